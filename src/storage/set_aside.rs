//! Copies of stored text the app could not use, kept so nothing is ever lost.

use serde::{Deserialize, Serialize};

/// Why a copy was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetAsideReason {
    /// The stored text could not be read or updated by this version of the app.
    Unreadable,
    /// Another window saved a change first; this is the version this window had.
    ChangedInAnotherWindow,
}

/// One set-aside copy, stored under its own key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAsideRecord {
    /// The localStorage key the text came from.
    pub original_key: String,
    pub reason: SetAsideReason,
    /// A technical note for whoever helps the family recover it.
    pub detail: String,
    /// Milliseconds since 1970 when it was set aside.
    pub at: u64,
    /// The text exactly as it was.
    pub raw: String,
    /// The grown-up has seen the notice and hidden it; the copy stays.
    #[serde(default)]
    pub acknowledged: bool,
}

/// Something the grown-up should know about saved data, shown as a calm notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageNotice {
    /// Text was set aside (or, when `record_key` is `None`, left where it was because even a
    /// copy could not be written). Offers to save `record.raw` to a file.
    SetAside {
        record_key: Option<String>,
        record: SetAsideRecord,
    },
    /// Saved by a newer version of the app: shown as empty here and never written over.
    FromNewerApp { key_name: String },
    /// The browser's storage is full: the latest changes are only on screen for now.
    Full,
    /// A change could not be kept aside as set-aside copies have used their share: it is only on
    /// screen until the grown-ups save some copies to a file and delete them.
    SetAsideFull,
    /// The browser keeps nothing (private mode, disabled storage): this visit lives in memory.
    Unavailable,
}

impl StorageNotice {
    /// About a key this page will never write (a newer version's data, or text that could
    /// neither be read nor copied aside): true for as long as the page lives.
    pub fn is_protected_key(&self) -> bool {
        matches!(
            self,
            StorageNotice::FromNewerApp { .. }
                | StorageNotice::SetAside {
                    record_key: None,
                    ..
                }
        )
    }
}
