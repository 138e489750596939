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

mod putting_many_in_place {
    use calm_together::model::family::Family;
    use calm_together::model::practice::PracticeLog;
    use calm_together::storage::store::Write;
    use calm_together::storage::{BackendError, MemoryBackend, SaveOutcome, StoreKey};

    use super::super::{family_named, tab};

    fn story_text(n: usize) -> calm_together::model::story::Story {
        calm_together::model::story::Story {
            id: n as u64,
            title: "w".repeat(70),
            ..Default::default()
        }
    }

    #[test]
    fn a_quota_hit_halfway_leaves_what_was_there_before_whole() {
        let backend = MemoryBackend::new();
        let mut store = tab(&backend, "a");
        store.load::<Family>(&StoreKey::Family, 1);
        store.save(&StoreKey::Family, &family_named("Mia"), 2);
        store.load::<calm_together::model::story::Story>(&StoreKey::Story(1), 3);
        store.save(&StoreKey::Story(1), &story_text(1), 4);
        let before = backend.snapshot();
        let used: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
        backend.set_quota(Some(used + 600));
        let writes: Vec<Write> = (2..=9)
            .map(|n| Write::of(StoreKey::Story(n as u64), &story_text(n)))
            .chain([Write::of(
                StoreKey::Family,
                &family_named("From the backup"),
            )])
            .collect();
        let result = store.write_together(&writes, &[StoreKey::Story(1)], 5);
        assert_eq!(result, Err(BackendError::QuotaExceeded));
        assert_eq!(
            backend.snapshot(),
            before,
            "every key exactly as it was, nothing half-done"
        );
        // And this tab goes on saving as before.
        assert_eq!(
            store.save(&StoreKey::Family, &family_named("Mia Rose"), 6),
            SaveOutcome::Saved
        );
    }

    #[test]
    fn with_room_everything_is_written_in_order_and_old_stories_go_last() {
        let backend = MemoryBackend::new();
        let mut store = tab(&backend, "a");
        store.load::<calm_together::model::story::Story>(&StoreKey::Story(1), 1);
        store.save(&StoreKey::Story(1), &story_text(1), 2);
        let writes = vec![
            Write::of(StoreKey::Story(2), &story_text(2)),
            Write::of(StoreKey::PracticeLog, &PracticeLog::default()),
            Write::of(StoreKey::Family, &family_named("From the backup")),
        ];
        store
            .write_together(&writes, &[StoreKey::Story(1)], 3)
            .unwrap();
        assert!(backend.raw(&StoreKey::Story(1).name()).is_none());
        assert!(backend.raw(&StoreKey::Story(2).name()).is_some());
        let family = store.load::<Family>(&StoreKey::Family, 4).value;
        assert_eq!(family.greeting_name(), Some("From the backup"));
    }

    #[test]
    fn a_protected_key_refuses_the_whole_before_anything_is_written() {
        let backend = MemoryBackend::new();
        let newer = "{\"schema\":42,\"revision\":1,\"saved_at\":1,\"writer\":\"x\",\"data\":{}}";
        backend.put_raw(&StoreKey::Family.name(), newer);
        let mut store = tab(&backend, "a");
        store.load::<Family>(&StoreKey::Family, 1);
        let before = backend.snapshot();
        let writes = vec![
            Write::of(StoreKey::Story(2), &story_text(2)),
            Write::of(StoreKey::Family, &family_named("From the backup")),
        ];
        assert!(store.write_together(&writes, &[], 2).is_err());
        assert_eq!(backend.snapshot(), before);
    }
}
