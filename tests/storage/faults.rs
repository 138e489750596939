use calm_together::model::family::Family;
use calm_together::storage::{BackendError, MemoryBackend, SaveOutcome, StorageNotice, StoreKey};

use super::{family_named, tab};

#[test]
fn a_full_storage_fails_visibly_and_damages_nothing() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    store.save(&StoreKey::Family, &family_named("Mia"), 2);
    let before = backend.snapshot();

    backend.set_quota(Some(10));
    assert_eq!(
        store.save(
            &StoreKey::Family,
            &family_named("A much longer name than before"),
            3
        ),
        SaveOutcome::Failed(BackendError::QuotaExceeded)
    );
    assert_eq!(backend.snapshot(), before, "what was stored is untouched");
}

#[test]
fn after_room_is_made_the_retry_saves() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    backend.set_quota(Some(10));
    let wanted = family_named("Mia");
    assert!(matches!(
        store.save(&StoreKey::Family, &wanted, 2),
        SaveOutcome::Failed(_)
    ));
    backend.set_quota(None);
    assert_eq!(
        store.save(&StoreKey::Family, &wanted, 3),
        SaveOutcome::Saved
    );
    assert_eq!(
        tab(&backend, "b")
            .load::<Family>(&StoreKey::Family, 4)
            .value,
        wanted
    );
}

#[test]
fn unavailable_storage_starts_with_defaults_and_a_notice() {
    let backend = MemoryBackend::new();
    backend.set_unavailable(true);
    let mut store = tab(&backend, "a");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(loaded.value, Family::default());
    assert_eq!(loaded.notices, vec![StorageNotice::Unavailable]);
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Refused
    );
}

#[test]
fn storage_that_disappears_mid_session_fails_the_save_without_panicking() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    backend.set_unavailable(true);
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Failed(BackendError::Unavailable)
    );
}

#[test]
fn unreadable_text_that_cannot_be_copied_aside_is_left_alone_for_good() {
    let backend = MemoryBackend::new();
    backend.put_raw(&StoreKey::Family.name(), "garbage that matters");
    backend.set_quota(Some(25));
    let mut store = tab(&backend, "a");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    let [StorageNotice::SetAside {
        record_key: None,
        record,
    }] = loaded.notices.as_slice()
    else {
        panic!("expected a not-copied notice, got {:?}", loaded.notices);
    };
    assert_eq!(
        record.raw, "garbage that matters",
        "the notice still offers the text as a file"
    );
    backend.set_quota(None);
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Refused
    );
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).as_deref(),
        Some("garbage that matters")
    );
}
