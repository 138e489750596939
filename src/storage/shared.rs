//! The saved data screens share, each a signal bound to its key by `AppStorage::bind` at
//! start-up (`lib.rs`) and handed down by context: changing it saves it.

use leptos::prelude::*;

use crate::model::family::Family;
use crate::model::practice::PracticeLog;
use crate::model::settings::CalmSettings;
use crate::model::story::StoryIndex;

/// The family: children, their plans, the grown-ups' choices. Every part of the app has it.
pub fn use_family() -> RwSignal<Family> {
    expect_context()
}

/// How calming practice is paced and sounds. Every part of the app has it.
pub fn use_calm_settings() -> RwSignal<CalmSettings> {
    expect_context()
}

/// Every practice done; bound by the parts that log or show practices.
pub fn use_practice_log() -> RwSignal<PracticeLog> {
    expect_context()
}

/// The shelf's list of stories; bound by the parts that show or change stories.
pub fn use_story_index() -> RwSignal<StoryIndex> {
    expect_context()
}
