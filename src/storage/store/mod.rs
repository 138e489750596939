//! The rules of keeping data: load synchronously, write only what was read, never lose anything.
//!
//! Pure over a [`Backend`], so every rule (faults, quota, two tabs) is tested natively.

mod kept_aside;
mod together;

use std::collections::HashMap;

use super::backend::{Backend, BackendError};
use super::keys::StoreKey;
use super::set_aside::{SetAsideReason, StorageNotice};
use crate::model::schema::{self, Aggregate, Stamp, Unreadable};

pub use together::Write;

/// What loading a key gave: the value to show, and anything the grown-up should be told.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<A> {
    pub value: A,
    pub notices: Vec<StorageNotice>,
}

/// What happened to a write.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveOutcome<A> {
    Saved,
    /// Nothing changed since the last write; nothing was written.
    Unchanged,
    /// The key holds data this app must not write over (unreadable and not copied, or newer).
    Refused,
    /// Another window wrote first: its version is now shown, this one was set aside.
    Conflict {
        theirs: Loaded<A>,
    },
    /// The browser refused; what is stored is untouched and the change should be retried.
    Failed(BackendError),
    /// A grown-up deleted everything in another window since this one read the key: nothing
    /// was written or set aside, and the key now reads as empty here too.
    DeletedElsewhere,
}

/// What `save_text` did: `SaveOutcome` before the type is known again.
enum TextSaved {
    Saved,
    Unchanged,
    Refused,
    Failed(BackendError),
    DeletedElsewhere,
    /// Another window wrote first; this one's version was set aside, as the notice says.
    KeptAside(StorageNotice),
}

/// What this tab knows about one key.
#[derive(Debug, Default)]
struct KeyState {
    /// The stamp last read or written here; a different stamp in storage means another tab wrote.
    seen: Option<Stamp>,
    /// The data last read or written, to skip writes that change nothing.
    written: Option<String>,
    /// Never write this key: its text could not be read and could not be copied, or is newer.
    read_only: bool,
}

/// How much of a stored value's start holds its stamp (schema, revision, time, tab).
const STAMP_HEAD_CHARS: usize = 256;

/// The most text all set-aside copies together may hold (about a fifth of what a browser
/// usually gives a site), so copies never fill the storage the family's stories need.
pub const SET_ASIDE_BUDGET_CHARS: usize = 1_000_000;

/// Loads and saves aggregates through one backend, for one browser tab.
pub struct Store<B: Backend> {
    backend: B,
    tab_id: String,
    keys: HashMap<String, KeyState>,
    set_aside_count: u32,
}

impl<B: Backend> Store<B> {
    /// A store for the tab with id `tab_id` (random per page load).
    pub fn new(backend: B, tab_id: impl Into<String>) -> Self {
        Self {
            backend,
            tab_id: tab_id.into(),
            keys: HashMap::new(),
            set_aside_count: 0,
        }
    }

    /// Reads a key at start-up (or after another tab changed it). Never writes over the key.
    ///
    /// What it returns counts as written: saving it unchanged writes nothing, so start-up never
    /// writes, not even defaults or migrated data.
    pub fn load<A: Aggregate>(&mut self, key: &StoreKey, now: u64) -> Loaded<A> {
        let name = key.name();
        self.keys.insert(name.clone(), KeyState::default());
        let result = self.read::<A>(key, now);
        self.state(&name).written = Some(schema::data_fingerprint(&result.value));
        result
    }

    fn read<A: Aggregate>(&mut self, key: &StoreKey, now: u64) -> Loaded<A> {
        let name = key.name();
        let raw = match self.backend.get(&name) {
            Ok(Some(raw)) => raw,
            Ok(None) => return loaded(A::default(), vec![]),
            Err(_) => {
                self.state(&name).read_only = true;
                return loaded(A::default(), vec![StorageNotice::Unavailable]);
            }
        };
        match schema::decode::<A>(&raw) {
            Ok(decoded) => {
                self.state(&name).seen = Some(decoded.stamp);
                loaded(decoded.data, vec![])
            }
            Err(problem) if problem.is_from_newer_app() => {
                self.state(&name).read_only = true;
                let shown = schema::read_newer_as_far_as_known(&raw).unwrap_or_default();
                loaded(shown, vec![StorageNotice::FromNewerApp { key_name: name }])
            }
            Err(problem) => {
                let notices = self.keep_unreadable(key, raw, &problem, now);
                loaded(A::default(), notices)
            }
        }
    }

    /// Writes a value unless nothing changed, another tab wrote first, or the key is protected.
    pub fn save<A: Aggregate>(&mut self, key: &StoreKey, value: &A, now: u64) -> SaveOutcome<A> {
        let fingerprint = schema::data_fingerprint(value);
        match self.save_text(key, fingerprint, A::schema_version(), now) {
            TextSaved::Saved => SaveOutcome::Saved,
            TextSaved::Unchanged => SaveOutcome::Unchanged,
            TextSaved::Refused => SaveOutcome::Refused,
            TextSaved::Failed(error) => SaveOutcome::Failed(error),
            TextSaved::DeletedElsewhere => {
                self.state(&key.name()).written = Some(schema::data_fingerprint(&A::default()));
                SaveOutcome::DeletedElsewhere
            }
            TextSaved::KeptAside(notice) => {
                let mut theirs = self.load::<A>(key, now);
                theirs.notices.insert(0, notice);
                SaveOutcome::Conflict { theirs }
            }
        }
    }

    /// `save` once the value is text (its fingerprint): one copy of the rules for every type.
    fn save_text(
        &mut self,
        key: &StoreKey,
        fingerprint: String,
        schema_version: u32,
        now: u64,
    ) -> TextSaved {
        let name = key.name();
        let state = self.state(&name);
        if state.read_only {
            return TextSaved::Refused;
        }
        if state.written.as_ref() == Some(&fingerprint) {
            return TextSaved::Unchanged;
        }
        // The stamp sits at the start of what the app writes: read just that, and the whole
        // text only when the head is not ours.
        let current = match self.backend.get_head(&name, STAMP_HEAD_CHARS) {
            Ok(Some(head)) if schema::read_stamp(&head).is_some() => Some(head),
            Ok(Some(_)) => match self.backend.get(&name) {
                Ok(whole) => whole,
                Err(error) => return TextSaved::Failed(error),
            },
            Ok(None) => None,
            Err(error) => return TextSaved::Failed(error),
        };
        let seen = self.state(&name).seen.clone();
        if current.is_none() && self.everything_deleted_since(seen.as_ref()) {
            // A grown-up deleted everything in another window: never bring any of it back.
            self.state(&name).seen = None;
            return TextSaved::DeletedElsewhere;
        }
        let current_stamp = current.as_deref().and_then(schema::read_stamp);
        if let (Some(raw), None) = (&current, &current_stamp) {
            // Text that is not ours at all appeared under the key: copy it aside before writing.
            let problem = Unreadable::NotAnEnvelope("replaced while the app was open".into());
            if let Err(error) =
                self.set_aside(key, raw.clone(), SetAsideReason::Unreadable, &problem, now)
            {
                return TextSaved::Failed(error);
            }
        } else if current_stamp != seen {
            return self.keep_ours_aside(key, &fingerprint, schema_version, seen, now);
        }
        let stamp = Stamp {
            revision: seen.map_or(0, |s| s.revision) + 1,
            saved_at: now,
            writer: self.tab_id.clone(),
        };
        let text = schema::encode_as_version(schema_version, &fingerprint, &stamp);
        if let Err(error) = self.backend.set(&name, &text) {
            return TextSaved::Failed(error);
        }
        let state = self.state(&name);
        state.seen = Some(stamp);
        state.written = Some(fingerprint);
        TextSaved::Saved
    }

    /// Whether a grown-up deleted everything (in any window) after this tab last saw the key.
    fn everything_deleted_since(&self, seen: Option<&Stamp>) -> bool {
        let Some(seen) = seen else {
            return false;
        };
        self.backend
            .get(super::keys::EVERYTHING_DELETED)
            .ok()
            .flatten()
            .and_then(|at| at.parse::<u64>().ok())
            .is_some_and(|at| at >= seen.saved_at)
    }

    /// Re-reads a key another tab wrote, if it really changed; `None` when it is what we hold.
    pub fn refresh<A: Aggregate>(&mut self, key: &StoreKey, now: u64) -> Option<Loaded<A>> {
        let name = key.name();
        let current = self.backend.get(&name).ok()?;
        let current_stamp = current.as_deref().and_then(schema::read_stamp);
        let state = self.state(&name);
        if current.is_some() && current_stamp.is_some() && current_stamp == state.seen {
            return None;
        }
        if current.is_none() && state.seen.is_none() {
            return None;
        }
        Some(self.load(key, now))
    }

    /// Deletes a key the family chose to delete. Text this store could not read (or that a newer
    /// app wrote) is never deleted, as it is never written.
    pub fn remove(&mut self, key: &StoreKey) -> Result<(), BackendError> {
        let name = key.name();
        if self.state(&name).read_only {
            return Err(BackendError::Other(format!("{name} is protected")));
        }
        self.backend.remove(&name)?;
        self.keys.insert(name, KeyState::default());
        Ok(())
    }

    /// Deletes everything the app keeps on this device, set-aside copies included: only ever
    /// when a grown-up asked for exactly that. Returns how many keys were removed.
    pub fn remove_everything(&mut self, now: u64) -> Result<usize, BackendError> {
        let ours: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(super::keys::PREFIX))
            .collect();
        // First, so every other open window hears it before any removal, and starts afresh
        // rather than keeping what it holds as a copy; it stays, for a window that was asleep.
        // A full storage may refuse even this: deleting must still work (the others then keep
        // their unsaved change aside, as for any key deleted elsewhere).
        let _ = self
            .backend
            .set(super::keys::EVERYTHING_DELETED, &now.to_string());
        for key in &ours {
            self.backend.remove(key)?;
        }
        self.keys.clear();
        Ok(ours.len())
    }

    fn state(&mut self, name: &str) -> &mut KeyState {
        self.keys.entry(name.to_string()).or_default()
    }
}

fn loaded<A>(value: A, notices: Vec<StorageNotice>) -> Loaded<A> {
    Loaded { value, notices }
}
