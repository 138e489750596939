//! Backup files: everything on this tablet in one JSON file the family keeps, and the rules for
//! taking one back — checked whole before anything changes, merged by id or put in place.
//!
//! Each part is stored in the file exactly as it is stored in the browser (a versioned
//! envelope), so an old backup opens through the same migrations as old stored data.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::checkin::{CheckIn, CALM_STEPS, SIZE_STEPS};
use super::family::{
    ChildId, Family, CRISIS_CONTACTS_MAX_CHARS, GROWN_UPS_MAX_CHARS, NICKNAME_MAX_CHARS,
};
use super::pacing::{FASTEST_STEP, SLOWEST_STEP};
use super::plan::{Activity, WeekPlan, ALL_DAYS};
use super::practice::PracticeLog;
use super::schema::{self, Aggregate, Stamp, Unreadable};
use super::settings::{CalmSettings, VOLUME_STEPS};
use super::story::edit::{LARGEST_PICTURE, SMALLEST_PICTURE};
use super::story::{
    Background, Page, Story, StoryCard, StoryIndex, SPAN, TITLE_MAX_CHARS, WORDS_MAX_CHARS,
};

/// What the file says it is, so another program's JSON is never mistaken for a backup.
pub const FORMAT: &str = "calm-together-backup";
/// The shape of the file itself (each part carries its own data version inside).
pub const BACKUP_VERSION: u32 = 1;
/// The largest file the app will read.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The longest picture name: names are plain words joined by hyphens.
const PICTURE_NAME_MAX: usize = 64;
/// The most pictures, pages and stories a file may hold: far beyond any family's, short of
/// what would make the tablet struggle.
const MAX_PAGES: usize = 500;
const MAX_PICTURES_PER_PAGE: usize = 400;
const MAX_STORIES: usize = 2_000;
/// A week of "done" for every activity there is, and then some.
const MAX_DONE: usize = 1_000;

/// Everything a family keeps, as the app uses it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Everything {
    pub family: Family,
    pub practice_log: PracticeLog,
    pub calm_settings: CalmSettings,
    pub stories: Vec<Story>,
}

impl Everything {
    /// The shelf's list, made from the stories themselves.
    pub fn story_index(&self) -> StoryIndex {
        StoryIndex {
            stories: self.stories.iter().map(StoryCard::of).collect(),
        }
    }
}

/// Why a file cannot be taken back. Nothing on the tablet has changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupProblem {
    /// Larger than [`MAX_BYTES`].
    TooBig,
    /// Not JSON: cut short, damaged, or not a text file.
    NotJson,
    /// JSON, but not a Calm Together backup.
    NotABackup,
    /// Made by a newer version of the app.
    FromNewerApp,
    /// A Calm Together backup with something wrong inside; the detail is for the therapist.
    Damaged(String),
}

/// What a backup holds, shown before the grown-up decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub saved_at: u64,
    pub app_version: String,
    pub children: Vec<String>,
    pub stories: usize,
    pub pages: usize,
    pub practices: usize,
}

/// What "add to what is here" did, so nothing changes silently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub children_added: usize,
    pub stories_added: usize,
    /// Stories on both, where the backup's copy was changed later and replaced this tablet's.
    pub stories_updated: usize,
    /// Stories on both, where this tablet's copy was changed later and was kept.
    pub stories_kept: usize,
    pub practices_added: usize,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    app_version: &'a str,
    saved_at: u64,
    family: Box<RawValue>,
    practice_log: Box<RawValue>,
    calm_settings: Box<RawValue>,
    stories: Vec<Box<RawValue>>,
}

#[derive(Deserialize)]
struct FileIn<'a> {
    format: String,
    version: u32,
    app_version: String,
    saved_at: u64,
    #[serde(borrow)]
    family: &'a RawValue,
    #[serde(borrow)]
    practice_log: &'a RawValue,
    #[serde(borrow)]
    calm_settings: &'a RawValue,
    #[serde(borrow)]
    stories: Vec<&'a RawValue>,
}

fn part<A: Aggregate>(data: &A, saved_at: u64) -> Box<RawValue> {
    let stamp = Stamp {
        revision: 1,
        saved_at,
        writer: "backup".into(),
    };
    RawValue::from_string(schema::encode(data, stamp)).expect("an envelope is always JSON")
}

/// The backup file's text for everything, made at `saved_at` by app version `app_version`.
pub fn write(everything: &Everything, app_version: &str, saved_at: u64) -> String {
    let file = FileOut {
        format: FORMAT,
        version: BACKUP_VERSION,
        app_version,
        saved_at,
        family: part(&everything.family, saved_at),
        practice_log: part(&everything.practice_log, saved_at),
        calm_settings: part(&everything.calm_settings, saved_at),
        stories: everything
            .stories
            .iter()
            .map(|s| part(s, saved_at))
            .collect(),
    };
    serde_json::to_string(&file).expect("plain data always serialises to JSON")
}

/// The file's name, with the day it was saved: `calm-together-backup-2026-11-26.json`.
pub fn file_name(day: &str) -> String {
    format!("{FORMAT}-{day}.json")
}

fn open<A: Aggregate>(raw: &RawValue, what: &str) -> Result<A, BackupProblem> {
    schema::decode::<A>(raw.get())
        .map(|decoded| decoded.data)
        .map_err(|problem| match problem {
            Unreadable::FromNewerApp { .. } => BackupProblem::FromNewerApp,
            other => BackupProblem::Damaged(format!("{what}: {}", other.describe())),
        })
}

/// Reads a backup file's bytes and checks every part of it; nothing is changed by reading.
pub fn read(bytes: &[u8]) -> Result<(Everything, Summary), BackupProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(BackupProblem::TooBig);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BackupProblem::NotJson)?;
    let file: FileIn = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => BackupProblem::NotABackup,
        _ => BackupProblem::NotJson,
    })?;
    if file.format != FORMAT {
        return Err(BackupProblem::NotABackup);
    }
    if file.version > BACKUP_VERSION {
        return Err(BackupProblem::FromNewerApp);
    }
    if file.version == 0 {
        return Err(BackupProblem::NotABackup);
    }
    if file.stories.len() > MAX_STORIES {
        return Err(BackupProblem::Damaged("too many stories".into()));
    }
    let everything = Everything {
        family: open(file.family, "family")?,
        practice_log: open(file.practice_log, "practice log")?,
        calm_settings: open(file.calm_settings, "calm settings")?,
        stories: file
            .stories
            .iter()
            .map(|s| open(s, "story"))
            .collect::<Result<_, _>>()?,
    };
    check(&everything).map_err(BackupProblem::Damaged)?;
    let summary = Summary {
        saved_at: file.saved_at,
        app_version: file.app_version.chars().take(40).collect(),
        children: everything
            .family
            .children
            .iter()
            .map(|c| c.nickname.clone())
            .collect(),
        stories: everything.stories.len(),
        pages: everything.stories.iter().map(|s| s.pages.len()).sum(),
        practices: everything.practice_log.practices.len(),
    };
    Ok((everything, summary))
}

fn unique<T: std::hash::Hash + Eq>(
    items: impl IntoIterator<Item = T>,
    what: &str,
) -> Result<(), String> {
    let mut seen = HashSet::new();
    for item in items {
        if !seen.insert(item) {
            return Err(format!("two {what} share an id"));
        }
    }
    Ok(())
}

fn known_child(
    child: Option<&ChildId>,
    children: &HashSet<&ChildId>,
    what: &str,
) -> Result<(), String> {
    match child {
        Some(id) if !children.contains(id) => {
            Err(format!("{what} belongs to a child who is not in the file"))
        }
        _ => Ok(()),
    }
}

fn check_in_in_range(check_in: Option<&CheckIn>) -> bool {
    check_in.is_none_or(|c| {
        c.size.is_none_or(|s| (1..=SIZE_STEPS).contains(&s))
            && c.grown_up_calm
                .is_none_or(|g| (1..=CALM_STEPS).contains(&g))
    })
}

/// A picture name as the picture set writes them: lower-case words joined by hyphens.
pub fn is_picture_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= PICTURE_NAME_MAX
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_page(page: &Page) -> Result<(), String> {
    unique(page.pictures.iter().map(|p| p.id), "pictures on a page")?;
    if page.pictures.len() > MAX_PICTURES_PER_PAGE {
        return Err("a page holds too many pictures".into());
    }
    for picture in &page.pictures {
        let in_range = picture.x <= SPAN
            && picture.y <= SPAN
            && (SMALLEST_PICTURE..=LARGEST_PICTURE).contains(&picture.size)
            && (-180..=180).contains(&picture.rotation);
        if !in_range || !is_picture_name(&picture.picture) {
            return Err(format!("a picture is out of range ({})", picture.id));
        }
    }
    if page
        .strokes
        .iter()
        .any(|s| usize::from(s.colour) >= 6 || s.points.0.is_empty())
    {
        return Err("a drawing line is out of range".into());
    }
    if page.words.chars().count() > WORDS_MAX_CHARS {
        return Err("a page's words are too long".into());
    }
    if page
        .feeling
        .is_some_and(|f| !(1..=SIZE_STEPS).contains(&f.size))
    {
        return Err("a page's feeling is out of range".into());
    }
    if matches!(page.background, Background::Plain(colour) if colour >= Background::PLAIN_COLOURS) {
        return Err("a page's colour is out of range".into());
    }
    Ok(())
}

/// Every id unique, every number in range, every reference to something in the file.
pub fn check(everything: &Everything) -> Result<(), String> {
    let family = &everything.family;
    unique(family.children.iter().map(|c| &c.id), "children")?;
    if family.children.iter().any(|c| {
        c.id.0.is_empty()
            || c.id.0.len() > 64
            || c.nickname.chars().count() > NICKNAME_MAX_CHARS
            || c.grown_ups.chars().count() > GROWN_UPS_MAX_CHARS
            || c.avatar.as_deref().is_some_and(|a| !is_picture_name(a))
    }) {
        return Err("a child's profile is out of range".into());
    }
    if family.crisis_contacts.chars().count() > CRISIS_CONTACTS_MAX_CHARS {
        return Err("the crisis contacts are too long".into());
    }
    let children: HashSet<&ChildId> = family.children.iter().map(|c| &c.id).collect();
    if family
        .current_child
        .as_ref()
        .is_some_and(|id| !children.contains(id))
    {
        return Err("the current child is not in the file".into());
    }

    let practices = &everything.practice_log.practices;
    unique(practices.iter().map(|p| &p.id), "practices")?;
    for practice in practices {
        known_child(practice.child.as_ref(), &children, "a practice")?;
        let in_range = !practice.id.is_empty()
            && practice.ended_at >= practice.started_at
            && check_in_in_range(practice.before.as_ref())
            && check_in_in_range(practice.after.as_ref());
        if !in_range {
            return Err(format!("a practice is out of range ({})", practice.id));
        }
    }

    let settings = &everything.calm_settings;
    if !(1..=VOLUME_STEPS).contains(&settings.volume)
        || !(SLOWEST_STEP..=FASTEST_STEP).contains(&settings.speed_step)
    {
        return Err("a calm setting is out of range".into());
    }

    unique(everything.stories.iter().map(|s| s.id), "stories")?;
    for story in &everything.stories {
        known_child(story.child.as_ref(), &children, "a story")?;
        if story.id == 0
            || story.pages.is_empty()
            || story.pages.len() > MAX_PAGES
            || story.title.chars().count() > TITLE_MAX_CHARS
        {
            return Err(format!("a story is out of range ({})", story.id));
        }
        unique(story.pages.iter().map(|p| p.id), "pages of a story")?;
        for page in &story.pages {
            check_page(page).map_err(|e| format!("story {}: {e}", story.id))?;
        }
    }
    let stories: HashSet<u64> = everything.stories.iter().map(|s| s.id).collect();
    for child in &family.children {
        check_plan(&child.plan, &stories).map_err(|e| format!("{}'s plan: {e}", child.id.0))?;
    }
    Ok(())
}

/// A plan names each activity once, keeps a few days of "done", and reads only stories in the file.
fn check_plan(plan: &WeekPlan, stories: &HashSet<u64>) -> Result<(), String> {
    unique(plan.items.iter().map(|i| i.activity), "planned activities")?;
    if plan.done.len() > MAX_DONE || plan.items.iter().any(|i| i.days > ALL_DAYS) {
        return Err("a plan is out of range".into());
    }
    let planned = plan.items.iter().map(|i| i.activity);
    let done = plan.done.iter().map(|d| d.activity);
    if planned
        .chain(done)
        .any(|a| matches!(a, Activity::ReadStory(Some(id)) if !stories.contains(&id)))
    {
        return Err("a planned story is not in the file".into());
    }
    Ok(())
}

/// "Add to what is here": children, practices and stories joined by id. A story on both keeps
/// the copy changed later; a child or practice on both is the same one and keeps this tablet's.
/// This tablet's settings, current child and crisis contacts stay; the backup's crisis contacts
/// come in only where this tablet has none, so a safety note is never lost.
pub fn merge(here: &Everything, incoming: &Everything) -> (Everything, MergeReport) {
    let mut merged = here.clone();
    let mut report = MergeReport::default();
    for child in &incoming.family.children {
        if !merged.family.children.iter().any(|c| c.id == child.id) {
            merged.family.children.push(child.clone());
            report.children_added += 1;
        }
    }
    if merged.family.current_child.is_none() {
        merged.family.current_child = incoming.family.current_child.clone();
    }
    if merged.family.crisis_contacts.is_empty() {
        merged.family.crisis_contacts = incoming.family.crisis_contacts.clone();
    }
    for practice in &incoming.practice_log.practices {
        if !merged
            .practice_log
            .practices
            .iter()
            .any(|p| p.id == practice.id)
        {
            merged.practice_log.practices.push(practice.clone());
            report.practices_added += 1;
        }
    }
    merged.practice_log.practices.sort_by(|a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    for story in &incoming.stories {
        match merged.stories.iter_mut().find(|s| s.id == story.id) {
            None => {
                merged.stories.push(story.clone());
                report.stories_added += 1;
            }
            Some(existing) if story.changed_at > existing.changed_at => {
                *existing = story.clone();
                report.stories_updated += 1;
            }
            Some(existing) if *existing != *story => report.stories_kept += 1,
            Some(_) => {}
        }
    }
    (merged, report)
}
