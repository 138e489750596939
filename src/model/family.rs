//! The family on this tablet: the children and which one is using the app now.

use serde::{Deserialize, Serialize};

use super::schema::{Aggregate, Migration};

/// The longest nickname kept; a name tag, not an essay.
pub const NICKNAME_MAX_CHARS: usize = 40;

/// A child's stable id, made once when the profile is created.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ChildId(pub String);

/// The age groups that set gentle defaults (breath pace, holds) for a child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgeBand {
    Toddler,
    Preschool,
    EarlySchool,
}

/// One child: what the app calls them and how old they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildProfile {
    pub id: ChildId,
    pub nickname: String,
    #[serde(default)]
    pub age_band: Option<AgeBand>,
}

/// Everyone on this tablet, stored under one key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    pub children: Vec<ChildProfile>,
    pub current_child: Option<ChildId>,
}

impl Aggregate for Family {
    const MIGRATIONS: &'static [Migration] = &[];
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
        self.children.push(ChildProfile {
            id: id.clone(),
            nickname: String::new(),
            age_band: None,
        });
        self.current_child = Some(id.clone());
        id
    }
}
