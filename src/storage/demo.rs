//! Demo mode: while it is on, this tab keeps everything in its sessionStorage, seeded with a
//! sample family, so the family's own data in localStorage is never read or written, and the
//! sandbox is thrown away when the demo ends (or the tab closes).

use super::backend::{Backend, BackendError};
use super::keys::{StoreKey, PREFIX};
use super::local::LocalStorageBackend;
use super::store::{SaveOutcome, Store};
use crate::model::backup::Everything;
use crate::model::schema::Aggregate;

/// Set in sessionStorage while this tab shows the demo. Outside the app's key prefix, so
/// "Delete everything" inside the demo empties the sandbox but never ends the demo (which
/// would switch the tab to the family's real data without a word).
pub const DEMO_FLAG: &str = "calm-together-demo";
/// Where builds before this one kept the flag, still honoured for a tab already in the demo.
const OLD_DEMO_FLAG: &str = "calm-together.demo";

/// Whether this tab is showing the demo.
pub fn demo_is_on() -> bool {
    // A plain look at one key: every start asks, so no probing write here.
    let Some(session) =
        web_sys::window().and_then(|window| window.session_storage().ok().flatten())
    else {
        return false;
    };
    [DEMO_FLAG, OLD_DEMO_FLAG]
        .iter()
        .any(|flag| session.get_item(flag).ok().flatten().as_deref() == Some("on"))
}

/// The demo's sandbox, for the app's storage to use instead of localStorage.
pub fn sandbox() -> Result<LocalStorageBackend, BackendError> {
    LocalStorageBackend::open_session()
}

/// Fills a fresh sandbox with the sample family and turns the demo on for this tab.
pub fn start_demo(sample: &Everything, now: u64) -> Result<(), BackendError> {
    let session = LocalStorageBackend::open_session()?;
    clear(&session)?;
    let mut store = Store::new(session, "demo");
    for story in &sample.stories {
        put(&mut store, StoreKey::Story(story.id), story, now)?;
    }
    put(&mut store, StoreKey::StoryIndex, &sample.story_index(), now)?;
    put(&mut store, StoreKey::Family, &sample.family, now)?;
    put(&mut store, StoreKey::PracticeLog, &sample.practice_log, now)?;
    put(
        &mut store,
        StoreKey::CalmSettings,
        &sample.calm_settings,
        now,
    )?;
    LocalStorageBackend::open_session()?.set(DEMO_FLAG, "on")
}

/// Ends the demo: everything done in it is thrown away.
pub fn end_demo() -> Result<(), BackendError> {
    let session = LocalStorageBackend::open_session()?;
    clear(&session)?;
    session.remove(OLD_DEMO_FLAG)?;
    session.remove(DEMO_FLAG)
}

fn put<A: Aggregate>(
    store: &mut Store<LocalStorageBackend>,
    key: StoreKey,
    value: &A,
    now: u64,
) -> Result<(), BackendError> {
    match store.save(&key, value, now) {
        SaveOutcome::Failed(error) => Err(error),
        SaveOutcome::Refused | SaveOutcome::Conflict { .. } | SaveOutcome::DeletedElsewhere => {
            Err(BackendError::Unavailable)
        }
        SaveOutcome::Saved | SaveOutcome::Unchanged => Ok(()),
    }
}

fn clear(session: &LocalStorageBackend) -> Result<(), BackendError> {
    for key in session.keys()?.iter().filter(|k| k.starts_with(PREFIX)) {
        session.remove(key)?;
    }
    Ok(())
}
