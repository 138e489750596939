use calm_together::model::family::Family;
use calm_together::model::schema::decode;
use calm_together::storage::keys::{EVERYTHING_DELETED, PREFIX};
use calm_together::storage::{MemoryBackend, SaveOutcome, SetAsideReason, StorageNotice, StoreKey};

use super::{family_named, tab};

#[test]
fn a_tab_that_saw_the_other_tabs_write_saves_normally() {
    let backend = MemoryBackend::new();
    let (mut a, mut b) = (tab(&backend, "a"), tab(&backend, "b"));
    a.load::<Family>(&StoreKey::Family, 1);
    b.load::<Family>(&StoreKey::Family, 1);
    a.save(&StoreKey::Family, &family_named("Mia"), 2);

    let refreshed = b
        .refresh::<Family>(&StoreKey::Family, 3)
        .expect("b sees a's change");
    assert_eq!(refreshed.value.greeting_name(), Some("Mia"));
    assert_eq!(
        b.save(&StoreKey::Family, &family_named("Mia Rose"), 4),
        SaveOutcome::Saved
    );
}

#[test]
fn refreshing_with_nothing_new_changes_nothing() {
    let backend = MemoryBackend::new();
    let mut a = tab(&backend, "a");
    a.load::<Family>(&StoreKey::Family, 1);
    assert!(a.refresh::<Family>(&StoreKey::Family, 2).is_none());
    a.save(&StoreKey::Family, &family_named("Mia"), 3);
    assert!(
        a.refresh::<Family>(&StoreKey::Family, 4).is_none(),
        "its own write is not news"
    );
}

#[test]
fn a_write_over_the_other_tabs_newer_data_keeps_both() {
    let backend = MemoryBackend::new();
    let (mut a, mut b) = (tab(&backend, "a"), tab(&backend, "b"));
    a.load::<Family>(&StoreKey::Family, 1);
    b.load::<Family>(&StoreKey::Family, 1);
    a.save(&StoreKey::Family, &family_named("From A"), 2);
    let stored_by_a = backend.raw(&StoreKey::Family.name()).unwrap();

    let SaveOutcome::Conflict { theirs } = b.save(&StoreKey::Family, &family_named("From B"), 3)
    else {
        panic!("b must notice a's write");
    };
    assert_eq!(
        theirs.value.greeting_name(),
        Some("From A"),
        "b now shows the newest saved version"
    );
    assert_eq!(
        backend.raw(&StoreKey::Family.name()).unwrap(),
        stored_by_a,
        "a's data is not overwritten"
    );
    let StorageNotice::SetAside { record, .. } = &theirs.notices[0] else {
        panic!("b's version is set aside: {:?}", theirs.notices);
    };
    assert_eq!(record.reason, SetAsideReason::ChangedInAnotherWindow);
    let kept = decode::<Family>(&record.raw).unwrap();
    assert_eq!(
        kept.data.greeting_name(),
        Some("From B"),
        "b's version is kept, readable"
    );

    assert_eq!(
        b.save(&StoreKey::Family, &family_named("From B again"), 4),
        SaveOutcome::Saved
    );
}

#[test]
fn a_key_deleted_in_another_tab_is_not_silently_recreated() {
    let backend = MemoryBackend::new();
    let (mut a, mut b) = (tab(&backend, "a"), tab(&backend, "b"));
    a.load::<Family>(&StoreKey::Family, 1);
    a.save(&StoreKey::Family, &family_named("Mia"), 2);
    b.load::<Family>(&StoreKey::Family, 3);
    use calm_together::storage::Backend;
    backend.remove(&StoreKey::Family.name()).unwrap();

    let outcome = b.save(&StoreKey::Family, &family_named("Mia B"), 4);
    assert!(matches!(outcome, SaveOutcome::Conflict { .. }));
    assert!(backend.raw(&StoreKey::Family.name()).is_none());
    assert!(
        backend.snapshot().values().any(|v| v.contains("Mia B")),
        "b's change is kept aside"
    );
}

#[test]
fn everything_deleted_in_one_window_never_comes_back_from_another() {
    let backend = MemoryBackend::new();
    let mut deleting = tab(&backend, "a");
    let mut other = tab(&backend, "b");
    deleting.load::<Family>(&StoreKey::Family, 1);
    deleting.save(&StoreKey::Family, &family_named("Mia"), 2);
    other.load::<Family>(&StoreKey::Family, 3);
    assert_eq!(deleting.remove_everything(4).unwrap(), 1);
    // The other window still holds an unsaved change: it is neither written nor set aside.
    assert_eq!(
        other.save(&StoreKey::Family, &family_named("Mia B"), 5),
        SaveOutcome::DeletedElsewhere
    );
    let left: Vec<String> = backend
        .snapshot()
        .into_keys()
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(
        backend.raw(EVERYTHING_DELETED).is_some(),
        "other windows are told"
    );
    // What the family makes afterwards is kept as usual.
    assert_eq!(
        other.save(&StoreKey::Family, &family_named("New start"), 6),
        SaveOutcome::Saved
    );
}
