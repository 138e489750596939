use calm_together::model::family::Family;
use calm_together::model::practice::PracticeLog;
use calm_together::model::schema::{decode, encode, Stamp};
use calm_together::storage::{MemoryBackend, SaveOutcome, SetAsideReason, StorageNotice, StoreKey};

use super::{family_named, tab};

#[test]
fn nothing_stored_loads_the_default_and_writes_nothing() {
    let backend = MemoryBackend::new();
    let loaded = tab(&backend, "a").load::<Family>(&StoreKey::Family, 1);
    assert_eq!(loaded.value, Family::default());
    assert!(loaded.notices.is_empty());
    assert!(backend.snapshot().is_empty(), "loading never writes");
}

#[test]
fn saved_data_loads_back_in_a_new_session() {
    let backend = MemoryBackend::new();
    let mut first = tab(&backend, "a");
    first.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(
        first.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Saved
    );

    let loaded = tab(&backend, "b").load::<Family>(&StoreKey::Family, 3);
    assert_eq!(loaded.value.greeting_name(), Some("Mia"));
    assert!(loaded.notices.is_empty());
}

#[test]
fn each_write_counts_the_revision_up_and_stamps_the_tab() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    store.save(&StoreKey::Family, &family_named("A"), 10);
    store.save(&StoreKey::Family, &family_named("B"), 20);
    let decoded = decode::<Family>(&backend.raw(&StoreKey::Family.name()).unwrap()).unwrap();
    assert_eq!(
        decoded.stamp,
        Stamp {
            revision: 2,
            saved_at: 20,
            writer: "a".into()
        }
    );
}

#[test]
fn saving_what_is_already_stored_writes_nothing() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    store.save(&StoreKey::Family, &family_named("Mia"), 2);
    let before = backend.snapshot();
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 3),
        SaveOutcome::Unchanged
    );
    assert_eq!(backend.snapshot(), before);
}

#[test]
fn unreadable_text_is_copied_aside_before_anything_else_and_the_original_is_untouched() {
    let backend = MemoryBackend::new();
    let garbage = "{\"schema\":1, \"data\": {\"children\": [ cut off here";
    backend.put_raw(&StoreKey::Family.name(), garbage);

    let mut store = tab(&backend, "a");
    let loaded = store.load::<Family>(&StoreKey::Family, 100);
    assert_eq!(loaded.value, Family::default(), "the app still starts");
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).as_deref(),
        Some(garbage),
        "left untouched"
    );
    let [StorageNotice::SetAside {
        record_key: Some(record_key),
        record,
    }] = loaded.notices.as_slice()
    else {
        panic!("expected one set-aside notice, got {:?}", loaded.notices);
    };
    assert_eq!(record.raw, garbage);
    assert_eq!(record.reason, SetAsideReason::Unreadable);
    assert!(backend.raw(record_key).unwrap().contains("cut off here"));
}

#[test]
fn after_the_copy_is_safe_new_changes_can_be_saved() {
    let backend = MemoryBackend::new();
    backend.put_raw(&StoreKey::Family.name(), "not json");
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Saved
    );
    let records = store.unacknowledged_set_asides();
    assert_eq!(records.len(), 1);
    let StorageNotice::SetAside { record, .. } = &records[0] else {
        unreachable!()
    };
    assert_eq!(record.raw, "not json", "the unreadable text is still kept");
}

#[test]
fn an_envelope_with_broken_data_is_also_set_aside_and_then_replaceable() {
    let backend = MemoryBackend::new();
    let broken = "{\"schema\":1,\"revision\":4,\"saved_at\":1,\"writer\":\"x\",\"data\":{\"children\":\"?\"}}";
    backend.put_raw(&StoreKey::Family.name(), broken);
    let mut store = tab(&backend, "a");
    assert_eq!(store.load::<Family>(&StoreKey::Family, 1).notices.len(), 1);
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Saved
    );
    assert!(store.unacknowledged_set_asides().iter().any(|n| matches!(n,
        StorageNotice::SetAside { record, .. } if record.raw == broken)));
}

#[test]
fn starting_again_with_the_same_unreadable_text_does_not_copy_it_twice() {
    let backend = MemoryBackend::new();
    backend.put_raw(&StoreKey::Family.name(), "garbage");
    assert_eq!(
        tab(&backend, "a")
            .load::<Family>(&StoreKey::Family, 1)
            .notices
            .len(),
        1
    );
    let again = tab(&backend, "b").load::<Family>(&StoreKey::Family, 2);
    assert!(
        again.notices.is_empty(),
        "the first notice is listed from the copy at start-up"
    );
    assert_eq!(backend.snapshot().len(), 2, "the key and one copy");
}

#[test]
fn a_hidden_notice_stays_hidden_but_its_copy_stays() {
    let backend = MemoryBackend::new();
    backend.put_raw(&StoreKey::Family.name(), "garbage");
    let mut store = tab(&backend, "a");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    let StorageNotice::SetAside {
        record_key: Some(record_key),
        ..
    } = &loaded.notices[0]
    else {
        unreachable!()
    };
    store.acknowledge_set_aside(record_key).unwrap();
    assert!(store.unacknowledged_set_asides().is_empty());
    assert!(backend.raw(record_key).unwrap().contains("garbage"));
}

#[test]
fn data_from_a_newer_app_is_never_written_over() {
    let backend = MemoryBackend::new();
    let newer =
        "{\"schema\":42,\"revision\":1,\"saved_at\":1,\"writer\":\"x\",\"data\":{\"new\":1}}";
    backend.put_raw(&StoreKey::Family.name(), newer);
    let mut store = tab(&backend, "a");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(
        loaded.notices,
        vec![StorageNotice::FromNewerApp {
            key_name: StoreKey::Family.name()
        }]
    );
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Refused
    );
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).as_deref(),
        Some(newer)
    );
    assert_eq!(
        backend.snapshot().len(),
        1,
        "nothing set aside either: it is healthy, just newer"
    );
}

#[test]
fn a_newer_versions_data_is_shown_as_far_as_known_and_never_written() {
    let backend = MemoryBackend::new();
    // What a later build might write: a field this build has never heard of, beside known ones.
    let newer = "{\"schema\":4,\"revision\":4,\"saved_at\":1,\"writer\":\"x\",\"data\":\
        {\"children\":[{\"id\":\"c1\",\"nickname\":\"Mia\"}],\"current_child\":\"c1\",\
        \"crisis_contacts\":\"Línea: 800\",\"safety_plan\":{\"steps\":[\"call\"]}}}";
    backend.put_raw(&StoreKey::Family.name(), newer);
    let mut store = tab(&backend, "old-build");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(
        loaded.value.greeting_name(),
        Some("Mia"),
        "shown, not empty"
    );
    assert_eq!(loaded.value.crisis_contacts, "Línea: 800");
    let mut changed = loaded.value.clone();
    changed.crisis_contacts.clear();
    assert_eq!(
        store.save(&StoreKey::Family, &changed, 2),
        SaveOutcome::Refused
    );
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).as_deref(),
        Some(newer),
        "the newer field survives: nothing was written"
    );
}

#[test]
fn a_value_this_build_does_not_know_is_a_newer_builds_not_damage() {
    let backend = MemoryBackend::new();
    // Today's version number, but an exercise added after this build: never set aside, never
    // shown empty and overwritten by the next practice.
    let log = "{\"schema\":2,\"revision\":7,\"saved_at\":1,\"writer\":\"x\",\"data\":\
        {\"practices\":[{\"id\":\"p1\",\"exercise\":\"ocean-waves\",\"started_at\":1,\
        \"ended_at\":2,\"ending\":\"completed\"}]}}";
    backend.put_raw(&StoreKey::PracticeLog.name(), log);
    let mut store = tab(&backend, "old-build");
    let loaded = store.load::<PracticeLog>(&StoreKey::PracticeLog, 1);
    assert_eq!(
        loaded.notices,
        vec![StorageNotice::FromNewerApp {
            key_name: StoreKey::PracticeLog.name()
        }]
    );
    assert!(loaded.notices[0].is_protected_key());
    assert_eq!(
        store.save(&StoreKey::PracticeLog, &PracticeLog::default(), 2),
        SaveOutcome::Refused
    );
    assert_eq!(
        backend.snapshot().len(),
        1,
        "nothing set aside: it is healthy"
    );
    assert_eq!(
        backend.raw(&StoreKey::PracticeLog.name()).as_deref(),
        Some(log)
    );
}

#[test]
fn text_replaced_by_hand_while_open_is_copied_aside_before_the_next_write() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    store.save(&StoreKey::Family, &family_named("Mia"), 2);
    backend.put_raw(&StoreKey::Family.name(), "hand-typed text");
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mimi"), 3),
        SaveOutcome::Saved
    );
    assert!(backend
        .snapshot()
        .values()
        .any(|v| v.contains("hand-typed text")));
}

#[test]
fn encode_then_load_keeps_everything_of_a_hand_written_current_envelope() {
    let backend = MemoryBackend::new();
    let stamp = Stamp {
        revision: 9,
        saved_at: 3,
        writer: "old".into(),
    };
    backend.put_raw(
        &StoreKey::Family.name(),
        &encode(&family_named("Ana"), stamp),
    );
    let mut store = tab(&backend, "new");
    assert_eq!(
        store
            .load::<Family>(&StoreKey::Family, 4)
            .value
            .greeting_name(),
        Some("Ana")
    );
    store.save(&StoreKey::Family, &family_named("Ana B"), 5);
    let decoded = decode::<Family>(&backend.raw(&StoreKey::Family.name()).unwrap()).unwrap();
    assert_eq!(
        decoded.stamp.revision, 10,
        "revisions continue from what was stored"
    );
}

#[test]
fn saving_exactly_what_was_loaded_never_writes_not_even_defaults() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(
        store.save(&StoreKey::Family, &loaded.value, 2),
        SaveOutcome::Unchanged
    );
    assert!(backend.snapshot().is_empty());

    backend.put_raw(&StoreKey::Family.name(), "garbage");
    let mut store = tab(&backend, "b");
    let loaded = store.load::<Family>(&StoreKey::Family, 3);
    assert_eq!(
        store.save(&StoreKey::Family, &loaded.value, 4),
        SaveOutcome::Unchanged
    );
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).as_deref(),
        Some("garbage")
    );
}

#[test]
fn a_deleted_key_is_gone_and_can_be_saved_again_as_new() {
    let backend = MemoryBackend::new();
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    store.save(&StoreKey::Family, &family_named("Mia"), 2);
    store.remove(&StoreKey::Family).unwrap();
    assert_eq!(backend.raw(&StoreKey::Family.name()), None);

    // Undoing the delete writes it back, from revision 1, with no clash.
    assert_eq!(
        store.save(&StoreKey::Family, &family_named("Mia"), 3),
        SaveOutcome::Saved
    );
    let decoded = decode::<Family>(&backend.raw(&StoreKey::Family.name()).unwrap()).unwrap();
    assert_eq!(decoded.stamp.revision, 1);
    assert_eq!(decoded.data.greeting_name(), Some("Mia"));
}

#[test]
fn text_from_a_newer_app_is_never_deleted() {
    let backend = MemoryBackend::new();
    let newer = "{\"schema\":42,\"revision\":1,\"saved_at\":1,\"writer\":\"x\",\"data\":{}}";
    backend.put_raw(&StoreKey::Family.name(), newer);
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 1);
    assert!(store.remove(&StoreKey::Family).is_err());
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).as_deref(),
        Some(newer)
    );
}

#[test]
fn set_aside_copies_are_listed_and_deleted_one_by_one_and_nothing_else() {
    let backend = MemoryBackend::new();
    backend.put_raw(&StoreKey::Family.name(), "not json at all");
    let mut store = tab(&backend, "a");
    store.load::<Family>(&StoreKey::Family, 5);
    let copies = store.set_aside_copies();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].1.raw, "not json at all");
    assert!(
        store.delete_set_aside(&StoreKey::Family.name()).is_err(),
        "only copies"
    );
    store.delete_set_aside(&copies[0].0).unwrap();
    assert!(store.set_aside_copies().is_empty());
}

#[test]
fn set_aside_copies_never_take_more_than_their_share_and_nothing_is_lost_when_full() {
    use calm_together::storage::store::SET_ASIDE_BUDGET_CHARS;
    use calm_together::storage::BackendError;
    let backend = MemoryBackend::new();
    // One unreadable value fills nearly all the copies' share.
    let big = "x".repeat(SET_ASIDE_BUDGET_CHARS - 300);
    backend.put_raw(&StoreKey::StoryIndex.name(), &big);
    let mut first = tab(&backend, "a");
    first.load::<PracticeLog>(&StoreKey::StoryIndex, 1);
    assert_eq!(first.set_aside_copies().len(), 1);

    // A second unreadable value cannot be copied: it stays where it is, protected, never written.
    let other = "y".repeat(400);
    backend.put_raw(&StoreKey::PracticeLog.name(), &other);
    let mut store = tab(&backend, "b");
    let loaded = store.load::<PracticeLog>(&StoreKey::PracticeLog, 2);
    assert!(loaded.notices[0].is_protected_key(), "{:?}", loaded.notices);
    assert_eq!(
        store.save(&StoreKey::PracticeLog, &PracticeLog::default(), 3),
        SaveOutcome::Refused
    );
    assert_eq!(backend.raw(&StoreKey::PracticeLog.name()), Some(other));

    // A clash whose copy does not fit is not written: theirs stays stored, ours is retried.
    let mut one = tab(&backend, "one");
    let mut two = tab(&backend, "two");
    one.load::<Family>(&StoreKey::Family, 4);
    two.load::<Family>(&StoreKey::Family, 4);
    assert_eq!(
        one.save(&StoreKey::Family, &family_named("Mia"), 5),
        SaveOutcome::Saved
    );
    let mut ours = family_named("Leo");
    ours.crisis_contacts = "z".repeat(500);
    assert_eq!(
        two.save(&StoreKey::Family, &ours, 6),
        SaveOutcome::Failed(BackendError::SetAsideFull)
    );
    let stored = decode::<Family>(&backend.raw(&StoreKey::Family.name()).unwrap()).unwrap();
    assert_eq!(stored.data.greeting_name(), Some("Mia"));
    assert_eq!(two.set_aside_copies().len(), 1, "no copy was half-made");
}
