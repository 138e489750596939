//! The week's plan sent from the therapist's tablet to the family's, with no server: it travels
//! in a link's `#fragment` (which browsers never send to a server), shown as a QR code for the
//! family's tablet camera. Only the plan travels: which activities on which weekdays. No names,
//! no stories, no check-ins.
//!
//! A link reads `…/plan#plan-v1:balloon=135,read-story=7;check=4e1a9c`: each activity's
//! stored word and its weekdays as digits (1 Monday … 7 Sunday), then a check of everything
//! before it, so a link cut short or changed is refused like a damaged backup.

use qrcodegen::{QrCode, QrCodeEcc};

use super::plan::{Activity, PlanItem, WeekPlan, ALL_DAYS};

/// What every plan link starts with, before its version number.
const PREFIX: &str = "plan-v";
/// The version this code writes and reads. A link with a higher one was made by a newer app.
pub const LINK_VERSION: u32 = 1;
const CHECK: &str = ";check=";
/// Far longer than any plan this app can make (eleven activities on seven days is ~150): a
/// longer text is something else, refused before it is read.
const LONGEST_LINK: usize = 600;

/// Why a link could not be used. Nothing is changed for any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanLinkProblem {
    /// Not a plan from Calm Together at all (another site's link, an empty fragment).
    NotAPlan,
    /// A plan link, but cut short or changed on the way: its check does not match.
    Damaged,
    /// Made by a newer Calm Together (a higher version, or an activity this one does not know).
    Newer,
}

/// A plan read from a link: the activities and their weekdays, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentPlan {
    /// In the order the therapist planned them; each activity once, each with at least one day.
    pub items: Vec<PlanItem>,
}

/// The plan as it travels: a child's own stories stay on the tablet they were made on, so a
/// planned story becomes "read a story together" on its days. Activities with no days chosen
/// are left out (they show nowhere on the family's Home). `None` when nothing has a day.
pub fn plan_to_send(plan: &WeekPlan) -> Option<SentPlan> {
    let mut items: Vec<PlanItem> = Vec::new();
    for item in plan.items.iter().filter(|item| item.days & ALL_DAYS != 0) {
        let activity = match item.activity {
            Activity::ReadStory(_) => Activity::ReadStory(None),
            exercise => exercise,
        };
        add_days(&mut items, activity, item.days & ALL_DAYS);
    }
    (!items.is_empty()).then_some(SentPlan { items })
}

/// Adds `days` to an activity's item, making the item if it is not there yet.
fn add_days(items: &mut Vec<PlanItem>, activity: Activity, days: u8) {
    match items.iter_mut().find(|item| item.activity == activity) {
        Some(item) => item.days |= days,
        None => items.push(PlanItem {
            activity,
            days,
            title: String::new(),
        }),
    }
}

/// The fragment (without `#`) that carries a plan.
pub fn fragment_of(sent: &SentPlan) -> String {
    let body = sent
        .items
        .iter()
        .map(|item| {
            let days: String = (0..7)
                .filter(|day| item.days & (1 << day) != 0)
                .map(|day| char::from(b'1' + day as u8))
                .collect();
            format!("{}={days}", String::from(item.activity))
        })
        .collect::<Vec<_>>()
        .join(",");
    let signed = format!("{PREFIX}{LINK_VERSION}:{body}");
    format!("{signed}{CHECK}{:06x}", check_of(&signed))
}

/// Reads a link's fragment (with or without its `#`). Never panics, whatever the text.
pub fn read_fragment(fragment: &str) -> Result<SentPlan, PlanLinkProblem> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > LONGEST_LINK {
        return Err(PlanLinkProblem::NotAPlan);
    }
    let versioned = fragment
        .strip_prefix(PREFIX)
        .ok_or(PlanLinkProblem::NotAPlan)?;
    let digits_end = versioned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(versioned.len());
    let version: u32 = versioned[..digits_end]
        .parse()
        .map_err(|_| PlanLinkProblem::NotAPlan)?;
    if version > LINK_VERSION {
        return Err(PlanLinkProblem::Newer);
    }
    if version < 1 || !versioned[digits_end..].starts_with(':') {
        return Err(PlanLinkProblem::NotAPlan);
    }
    let (signed, check) = fragment
        .rsplit_once(CHECK)
        .ok_or(PlanLinkProblem::Damaged)?;
    let check_is = |written: &str| {
        written.len() == 6 && u32::from_str_radix(written, 16).ok() == Some(check_of(signed))
    };
    if !check.bytes().all(|b| b.is_ascii_hexdigit()) || !check_is(check) {
        return Err(PlanLinkProblem::Damaged);
    }
    let body = &signed[PREFIX.len() + digits_end + 1..];
    let mut items = Vec::new();
    for entry in body.split(',') {
        let (word, days) = entry.split_once('=').ok_or(PlanLinkProblem::Damaged)?;
        let days = days_of(days).ok_or(PlanLinkProblem::Damaged)?;
        // A word this version does not know, under a good check: a newer app's activity.
        let activity = Activity::try_from(word.to_string()).map_err(|_| PlanLinkProblem::Newer)?;
        if let Activity::ReadStory(Some(_)) = activity {
            // This app never sends one of the child's own stories: not a link it made.
            return Err(PlanLinkProblem::Damaged);
        }
        add_days(&mut items, activity, days);
    }
    Ok(SentPlan { items })
}

/// "135" → Monday, Wednesday and Friday's bits. At least one day, each once, in order.
fn days_of(digits: &str) -> Option<u8> {
    let mut days = 0u8;
    let mut last = 0u8;
    for byte in digits.bytes() {
        if !(b'1'..=b'7').contains(&byte) || byte <= last {
            return None;
        }
        last = byte;
        days |= 1 << (byte - b'1');
    }
    (days != 0).then_some(days)
}

/// 24 bits of FNV-1a: enough to catch a link cut short or mistyped, not a secret.
fn check_of(text: &str) -> u32 {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    (hash ^ (hash >> 24)) & 0x00ff_ffff
}

/// How a sent plan meets the plan a child already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFit {
    /// The child has nothing planned on any day: the sent plan simply becomes theirs.
    NothingPlanned,
    /// The child's plan already holds every activity on every day sent (the link opened again).
    AlreadyHeld,
    /// The child has another plan: replace it, or add the sent one to it.
    Different,
}

impl SentPlan {
    /// How this plan meets `plan`.
    pub fn fit(&self, plan: &WeekPlan) -> PlanFit {
        if self.items.iter().all(|sent| {
            plan.items
                .iter()
                .any(|item| item.activity == sent.activity && item.days & sent.days == sent.days)
        }) {
            PlanFit::AlreadyHeld
        } else if plan.items.iter().all(|item| item.days & ALL_DAYS == 0) {
            PlanFit::NothingPlanned
        } else {
            PlanFit::Different
        }
    }

    /// Makes this plan the child's week, in place of what was planned. What was done today
    /// stays done.
    pub fn replace(&self, plan: &mut WeekPlan) {
        plan.items = self.items.clone();
    }

    /// Adds this plan's days to the child's week, keeping everything already planned (and a
    /// planned story's title).
    pub fn add_to(&self, plan: &mut WeekPlan) {
        for sent in &self.items {
            add_days(&mut plan.items, sent.activity, sent.days);
        }
    }
}

/// A QR code drawn for SVG: its width in modules (without the quiet zone) and one path of its
/// dark squares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrDrawing {
    pub size: i32,
    /// `M x,y h1 v1 h-1 z` for each dark module, run together along a row.
    pub dark_path: String,
}

/// The white margin a QR code needs round it to be read, in modules.
pub const QR_QUIET_ZONE: i32 = 4;

/// A QR code for a link, with a quarter of it recoverable: a photo of a screen, glare and all,
/// still reads. `None` only for a text too long for any QR code (never a plan link).
pub fn qr_code(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Quartile).ok()?;
    let size = code.size();
    let mut dark_path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle for each run of dark modules: a far shorter path than one per square.
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            dark_path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
        }
    }
    Some(QrDrawing { size, dark_path })
}
