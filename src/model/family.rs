//! The family on this tablet: the children and which one is using the app now.

use serde::{Deserialize, Serialize};

use super::child::{AgeBand, ChildId};
use super::language::Language;
use super::plan::WeekPlan;
use super::schema::{self, Aggregate, Migration};

/// The longest nickname kept; a name tag, not an essay.
pub const NICKNAME_MAX_CHARS: usize = 40;

/// The longest "grown-ups' names" line kept.
pub const GROWN_UPS_MAX_CHARS: usize = 80;

/// What the children's plans held for a deleted story: each child's items and their places.
pub type ForgottenPlans = Vec<(ChildId, Vec<(usize, super::plan::PlanItem)>)>;

/// The longest crisis contacts note kept: a few names and numbers, with a line about each.
pub const CRISIS_CONTACTS_MAX_CHARS: usize = 600;

/// The pictures a child can choose to stand for them (picture names in the app's set).
pub const AVATARS: [&str; 12] = [
    "teddy-bear",
    "rabbit",
    "cat",
    "dog",
    "fox",
    "panda",
    "owl",
    "turtle",
    "butterfly",
    "sunflower",
    "rainbow",
    "star",
];

/// One child: what the app calls them, how old they are, their picture, their grown-ups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildProfile {
    pub id: ChildId,
    pub nickname: String,
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    /// A picture from [`AVATARS`] that stands for the child on Home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Who looks after this child, as the family writes it ("Mama and Grandpa").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub grown_ups: String,
    /// This child's practice plan for the week.
    #[serde(default, skip_serializing_if = "WeekPlan::is_empty")]
    pub plan: WeekPlan,
}

impl ChildProfile {
    /// A new profile with just an id and a name.
    pub fn named(id: ChildId, nickname: &str) -> ChildProfile {
        ChildProfile {
            id,
            nickname: clean_nickname(nickname),
            age_band: None,
            avatar: None,
            grown_ups: String::new(),
            plan: WeekPlan::default(),
        }
    }

    /// The avatar to show: the chosen one, or one picked from the id so each child differs.
    pub fn avatar_or_default(&self) -> &str {
        self.avatar.as_deref().unwrap_or_else(|| {
            let sum: usize = self.id.0.bytes().map(usize::from).sum();
            AVATARS[sum % AVATARS.len()]
        })
    }
}

/// Everyone on this tablet, stored under one key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    pub children: Vec<ChildProfile>,
    pub current_child: Option<ChildId>,
    /// When a backup file was last saved on this tablet (ms since 1970), for a kind reminder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_backup_at: Option<u64>,
    /// When this family first used the app here, so families who never saved a backup are
    /// reminded too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_used_at: Option<u64>,
    /// How big the app's words are on this tablet.
    #[serde(default, skip_serializing_if = "TextSize::is_usual")]
    pub text_size: TextSize,
    /// The language the family chose; until they do, the browser's is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Who to call in a crisis, as the family's therapist writes it with them (names, numbers,
    /// when to call). Kept on this tablet and in backups like everything else; only ever text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub crisis_contacts: String,
}

/// The size of every word in the app, for grown-ups who need larger text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextSize {
    #[default]
    Usual,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Usual, TextSize::Large, TextSize::Larger];

    pub fn is_usual(&self) -> bool {
        *self == TextSize::Usual
    }

    /// The word the page's root carries, for the style sheet to size every rem from.
    pub fn slug(self) -> &'static str {
        match self {
            TextSize::Usual => "usual",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }
}

/// After this long without a backup, Home reminds the grown-ups kindly (Safari may clear a
/// site's storage after 7 days without use unless the app is installed).
pub const BACKUP_REMINDER_AFTER_MS: u64 = 14 * 24 * 60 * 60 * 1000;

impl Aggregate for Family {
    const MIGRATIONS: &'static [Migration] = &[
        schema::version_1_reads_as_it_is,
        schema::version_2_reads_as_it_is,
    ];
    const READS_AS_IS_FROM: u32 = 1;
}

/// Trims a typed nickname to what is kept: no outer spaces, at most [`NICKNAME_MAX_CHARS`].
pub fn clean_nickname(typed: &str) -> String {
    typed
        .trim()
        .chars()
        .take(NICKNAME_MAX_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

impl Family {
    /// The child using the app now, if a profile exists.
    pub fn current(&self) -> Option<&ChildProfile> {
        let id = self.current_child.as_ref()?;
        self.children.iter().find(|child| &child.id == id)
    }

    /// Whether to remind the grown-ups to save a backup: the last one (or, with none, the
    /// first use) is long enough ago.
    pub fn backup_reminder_due(&self, now: u64) -> bool {
        self.last_backup_at
            .or(self.first_used_at)
            .is_some_and(|at| now.saturating_sub(at) >= BACKUP_REMINDER_AFTER_MS)
    }

    /// Remembers the first use, once there is a profile worth keeping. Returns whether it changed.
    pub fn note_first_use(&mut self, now: u64) -> bool {
        let new = self.first_used_at.is_none() && !self.children.is_empty();
        if new {
            self.first_used_at = Some(now);
        }
        new
    }

    /// The nickname to greet with, or `None` so the screen can use its friendly default.
    pub fn greeting_name(&self) -> Option<&str> {
        self.current()
            .map(|child| child.nickname.as_str())
            .filter(|name| !name.is_empty())
    }

    /// Sets the current child's age group, creating the first profile (with `new_id`) if none exists.
    pub fn set_current_age_band(&mut self, band: AgeBand, new_id: impl FnOnce() -> ChildId) {
        let id = self.current_or_new(new_id);
        if let Some(child) = self.children.iter_mut().find(|child| child.id == id) {
            child.age_band = Some(band);
        }
    }

    /// Sets the current child's nickname, creating the first profile (with `new_id`) if none exists.
    pub fn rename_current_child(&mut self, typed: &str, new_id: impl FnOnce() -> ChildId) {
        let id = self.current_or_new(new_id);
        if let Some(child) = self.children.iter_mut().find(|child| child.id == id) {
            child.nickname = clean_nickname(typed);
        }
    }

    /// The current child's id, making an empty first profile when there is none.
    fn current_or_new(&mut self, new_id: impl FnOnce() -> ChildId) -> ChildId {
        if let Some(child) = self.current() {
            return child.id.clone();
        }
        let id = new_id();
        self.children.push(ChildProfile::named(id.clone(), ""));
        self.current_child = Some(id.clone());
        id
    }

    /// Adds a child and makes them the one using the app; returns their id.
    pub fn add_child(&mut self, nickname: &str, id: ChildId) -> ChildId {
        self.children
            .push(ChildProfile::named(id.clone(), nickname));
        self.current_child = Some(id.clone());
        id
    }

    /// Makes another child the one using the app; an unknown id changes nothing.
    pub fn switch_to(&mut self, id: &ChildId) -> bool {
        let known = self.children.iter().any(|c| &c.id == id);
        if known {
            self.current_child = Some(id.clone());
        }
        known
    }

    /// Sets the current child's picture, if it is one of [`AVATARS`].
    pub fn set_current_avatar(&mut self, avatar: &str, new_id: impl FnOnce() -> ChildId) {
        if !AVATARS.contains(&avatar) {
            return;
        }
        let id = self.current_or_new(new_id);
        if let Some(child) = self.children.iter_mut().find(|child| child.id == id) {
            child.avatar = Some(avatar.to_string());
        }
    }

    /// Sets who looks after the current child (trimmed, at most [`GROWN_UPS_MAX_CHARS`]).
    pub fn set_current_grown_ups(&mut self, typed: &str, new_id: impl FnOnce() -> ChildId) {
        let id = self.current_or_new(new_id);
        if let Some(child) = self.children.iter_mut().find(|child| child.id == id) {
            child.grown_ups = typed.trim().chars().take(GROWN_UPS_MAX_CHARS).collect();
        }
    }

    /// Keeps the crisis contacts as typed: outer spaces trimmed, lines kept, at most
    /// [`CRISIS_CONTACTS_MAX_CHARS`]. Returns whether they changed.
    pub fn set_crisis_contacts(&mut self, typed: &str) -> bool {
        let kept: String = typed
            .trim()
            .chars()
            .take(CRISIS_CONTACTS_MAX_CHARS)
            .collect::<String>()
            .trim_end()
            .to_string();
        let changed = kept != self.crisis_contacts;
        self.crisis_contacts = kept;
        changed
    }

    /// Changes the current child's plan, creating the first profile (with `new_id`) if none exists.
    pub fn update_current_plan(
        &mut self,
        new_id: impl FnOnce() -> ChildId,
        change: impl FnOnce(&mut WeekPlan),
    ) {
        let id = self.current_or_new(new_id);
        if let Some(child) = self.children.iter_mut().find(|child| child.id == id) {
            change(&mut child.plan);
        }
    }

    /// Applies `change` to one child's plan (none: no profile, nothing planned). Returns
    /// whether the plan changed, so nothing is written when nothing happened.
    pub fn update_plan_of(
        &mut self,
        child: Option<&ChildId>,
        change: impl FnOnce(&mut WeekPlan) -> bool,
    ) -> bool {
        match self.children.iter_mut().find(|c| Some(&c.id) == child) {
            Some(child) => change(&mut child.plan),
            None => false,
        }
    }

    /// Takes a child's profile off this tablet; another child (if any) becomes current.
    /// Returns whether the child was here.
    pub fn remove_child(&mut self, id: &ChildId) -> bool {
        let before = self.children.len();
        self.children.retain(|child| &child.id != id);
        if self.current_child.as_ref() == Some(id) {
            self.current_child = self.children.first().map(|child| child.id.clone());
        }
        self.children.len() != before
    }

    /// Forgets a deleted story in every child's plan; returns what each plan held for it.
    pub fn forget_story(&mut self, story: u64) -> ForgottenPlans {
        self.children
            .iter_mut()
            .map(|child| (child.id.clone(), child.plan.forget_story(story)))
            .filter(|(_, forgotten)| !forgotten.is_empty())
            .collect()
    }

    /// Brings a deleted story back into the plans that named it (children still here).
    pub fn restore_story_plans(&mut self, forgotten: ForgottenPlans) {
        for (id, items) in forgotten {
            if let Some(child) = self.children.iter_mut().find(|child| child.id == id) {
                child.plan.restore_story(items);
            }
        }
    }

    /// Gives every planned story its current title. Returns whether anything changed.
    pub fn retitle_story(&mut self, story: u64, title: &str) -> bool {
        let mut changed = false;
        for child in &mut self.children {
            changed |= child.plan.retitle_story(story, title);
        }
        changed
    }
}
