//! The only code that touches localStorage (and IndexedDB, for recordings: `recordings`).
//!
//! Every value is a versioned envelope under one key per aggregate. Nothing this layer could
//! not read is ever written over: it is copied aside first, and the grown-up is told.

pub mod backend;
pub mod demo;
pub mod gate_pass;
pub mod keys;
pub mod live;
pub mod local;
pub mod recordings;
pub mod set_aside;
pub mod shared;
pub mod store;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use keys::StoreKey;
pub use live::{AppStorage, SaveState};
pub use set_aside::{SetAsideReason, SetAsideRecord, StorageNotice};
pub use shared::{
    forget_stories_deleted_long_ago, use_calm_settings, use_family, use_practice_log,
    use_story_index,
};
pub use store::{Loaded, SaveOutcome, Store};
