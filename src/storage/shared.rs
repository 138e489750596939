//! The saved data screens share, each a signal bound to its key by `AppStorage::bind` at
//! start-up (`lib.rs`) and handed down by context: changing it saves it.

use leptos::prelude::*;

use crate::model::family::Family;
use crate::model::practice::PracticeLog;
use crate::model::settings::CalmSettings;
use crate::model::story::StoryIndex;
use crate::platform::clock::now_ms;

use super::{AppStorage, StoreKey};

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

/// Removes for good the deleted stories whose 30 days are over (their pages, then their card).
pub fn forget_stories_deleted_long_ago(storage: AppStorage, index: RwSignal<StoryIndex>) {
    for id in index.with_untracked(|i| i.deleted_for_good(now_ms())) {
        // If the browser refuses, the card stays and the next visit tries again.
        if storage.remove(&StoreKey::Story(id)).is_ok() {
            index.update(|i| {
                i.remove(id);
            });
            // Its pages' recordings go with it; a refusal leaves them for "Delete everything".
            leptos::task::spawn_local(async move {
                let _ = super::recordings::delete_story_recordings(id).await;
            });
        }
    }
}
