//! The names of everything the app keeps in localStorage, all under one prefix.

use std::marker::PhantomData;

use crate::model::family::Family;
use crate::model::practice::PracticeLog;
use crate::model::settings::CalmSettings;
use crate::model::story::{Story, StoryIndex};

/// Every key this app writes starts with this, so nothing else on the origin is touched.
pub const PREFIX: &str = "calm-together.";

/// Written when a grown-up deletes everything, so other open windows start afresh. Outside
/// [`PREFIX`]: it is a message between windows, not the family's data.
pub const EVERYTHING_DELETED: &str = "calm-together-everything-deleted";

/// Where unreadable or conflicting values are copied before anything else happens to them.
pub const SET_ASIDE_PREFIX: &str = "calm-together.set-aside.";

/// A key together with the type stored under it, so no screen can bind a key as another type.
#[derive(Debug)]
pub struct Key<A> {
    key: StoreKey,
    stored: PhantomData<fn() -> A>,
}

impl<A> Key<A> {
    const fn of(key: StoreKey) -> Key<A> {
        Key {
            key,
            stored: PhantomData,
        }
    }

    /// The untyped key, as the store and other tabs' events name it.
    pub fn store_key(&self) -> &StoreKey {
        &self.key
    }
}

pub const FAMILY: Key<Family> = Key::of(StoreKey::Family);
pub const PRACTICE_LOG: Key<PracticeLog> = Key::of(StoreKey::PracticeLog);
pub const CALM_SETTINGS: Key<CalmSettings> = Key::of(StoreKey::CalmSettings);
pub const STORY_INDEX: Key<StoryIndex> = Key::of(StoreKey::StoryIndex);

/// One story's pages.
pub fn story(id: u64) -> Key<Story> {
    Key::of(StoreKey::Story(id))
}

/// One stored aggregate: each lives under its own key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StoreKey {
    /// The children and their profiles.
    Family,
    /// Every calming practice done, with its check-ins.
    PracticeLog,
    /// The grown-up's choices for calming practice.
    CalmSettings,
    /// The list of stories (titles, covers, last changed).
    StoryIndex,
    /// One story's pages, by story id.
    Story(u64),
}

impl StoreKey {
    /// The localStorage key name.
    pub fn name(&self) -> String {
        match self {
            StoreKey::Family => format!("{PREFIX}family"),
            StoreKey::PracticeLog => format!("{PREFIX}practice-log"),
            StoreKey::CalmSettings => format!("{PREFIX}calm-settings"),
            StoreKey::StoryIndex => format!("{PREFIX}story-index"),
            StoreKey::Story(id) => format!("{PREFIX}story.{id}"),
        }
    }

    /// The key a localStorage key name belongs to, for events from other tabs.
    pub fn from_name(name: &str) -> Option<StoreKey> {
        match name.strip_prefix(PREFIX)? {
            "family" => Some(StoreKey::Family),
            "practice-log" => Some(StoreKey::PracticeLog),
            "calm-settings" => Some(StoreKey::CalmSettings),
            "story-index" => Some(StoreKey::StoryIndex),
            rest => {
                let id = rest.strip_prefix("story.")?;
                // Only the canonical spelling, so one story has exactly one key.
                let number: u64 = id.parse().ok()?;
                (number.to_string() == id).then_some(StoreKey::Story(number))
            }
        }
    }

    /// Short and file-name safe, for set-aside keys and saved files.
    pub fn slug(&self) -> String {
        self.name()[PREFIX.len()..].to_string()
    }
}

/// The key a set-aside copy of `key` is kept under, unique by time and a counter.
pub fn set_aside_name(key: &StoreKey, at_ms: u64, counter: u32) -> String {
    format!("{SET_ASIDE_PREFIX}{}.{at_ms}-{counter}", key.slug())
}
