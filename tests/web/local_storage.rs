use calm_together::model::child::ChildId;
use calm_together::model::family::Family;
use calm_together::storage::local::LocalStorageBackend;
use calm_together::storage::{Backend, BackendError, SaveOutcome, StorageNotice, Store, StoreKey};
use wasm_bindgen_test::*;

use super::helpers::clean_local_storage;

fn family_named(name: &str) -> Family {
    let mut family = Family::default();
    family.rename_current_child(name, || ChildId("child-1".into()));
    family
}

#[wasm_bindgen_test]
fn the_backend_reads_writes_lists_and_removes_real_keys() {
    clean_local_storage();
    let backend = LocalStorageBackend::open().expect("localStorage works in Chromium");
    backend.set("calm-together.test", "hello").unwrap();
    assert_eq!(
        backend.get("calm-together.test").unwrap().as_deref(),
        Some("hello")
    );
    assert!(backend
        .keys()
        .unwrap()
        .contains(&"calm-together.test".to_string()));
    backend.remove("calm-together.test").unwrap();
    assert_eq!(backend.get("calm-together.test").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_family_saved_in_one_session_loads_in_the_next() {
    clean_local_storage();
    let mut first = Store::new(LocalStorageBackend::open().unwrap(), "tab-1");
    first.load::<Family>(&StoreKey::Family, 1);
    assert_eq!(
        first.save(&StoreKey::Family, &family_named("Mia"), 2),
        SaveOutcome::Saved
    );

    let mut second = Store::new(LocalStorageBackend::open().unwrap(), "tab-2");
    let loaded = second.load::<Family>(&StoreKey::Family, 3);
    assert_eq!(loaded.value.greeting_name(), Some("Mia"));
}

#[wasm_bindgen_test]
fn unreadable_real_storage_is_set_aside_and_left_as_it_was() {
    let storage = clean_local_storage();
    storage
        .set_item("calm-together.family", "{ broken")
        .unwrap();
    let mut store = Store::new(LocalStorageBackend::open().unwrap(), "tab-1");
    let loaded = store.load::<Family>(&StoreKey::Family, 1);
    assert!(matches!(
        loaded.notices.as_slice(),
        [StorageNotice::SetAside {
            record_key: Some(_),
            ..
        }]
    ));
    assert_eq!(
        storage.get_item("calm-together.family").unwrap().as_deref(),
        Some("{ broken")
    );
}

#[wasm_bindgen_test]
fn a_really_full_storage_is_reported_as_full_and_keeps_what_was_there() {
    let storage = clean_local_storage();
    let backend = LocalStorageBackend::open().unwrap();
    backend.set("calm-together.family", "kept").unwrap();
    let chunk = "x".repeat(1024 * 1024);
    let mut filled = vec![];
    let error = loop {
        let key = format!("calm-together.filler.{}", filled.len());
        match backend.set(&key, &chunk) {
            Ok(()) => filled.push(key),
            Err(error) => break error,
        }
        assert!(filled.len() < 200, "the browser never said it was full");
    };
    assert_eq!(error, BackendError::QuotaExceeded);
    assert_eq!(
        storage.get_item("calm-together.family").unwrap().as_deref(),
        Some("kept")
    );
    for key in filled {
        backend.remove(&key).unwrap();
    }
}
