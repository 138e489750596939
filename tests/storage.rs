//! Native tests of the storage rules against an in-memory backend with injected faults:
//! `cargo test --test storage`.
#![cfg(not(target_arch = "wasm32"))]

mod storage {
    mod faults;
    mod keys;
    mod properties;
    mod store;
    mod two_tabs;

    use calm_together::model::child::ChildId;
    use calm_together::model::family::Family;
    use calm_together::storage::{MemoryBackend, Store};

    /// A family whose current child is called `name`.
    pub fn family_named(name: &str) -> Family {
        let mut family = Family::default();
        family.rename_current_child(name, || ChildId("child-1".into()));
        family
    }

    /// A tab's store over a shared backend.
    pub fn tab(backend: &MemoryBackend, id: &str) -> Store<MemoryBackend> {
        Store::new(backend.clone(), id)
    }
}
