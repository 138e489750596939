//! The rules of keeping data: load synchronously, write only what was read, never lose anything.
//!
//! Pure over a [`Backend`], so every rule (faults, quota, two tabs) is tested natively.

use std::collections::HashMap;

use super::backend::{Backend, BackendError};
use super::keys::{set_aside_name, StoreKey, SET_ASIDE_PREFIX};
use super::set_aside::{SetAsideReason, SetAsideRecord, StorageNotice};
use crate::model::schema::{self, Aggregate, Stamp, Unreadable};

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

/// One value to write as part of a whole (a backup put in place).
pub struct Write {
    key: StoreKey,
    schema: u32,
    data_json: String,
    /// Nothing to keep where nothing is stored: as everywhere, defaults are never written.
    is_default: bool,
}

impl Write {
    pub fn of<A: Aggregate>(key: StoreKey, value: &A) -> Write {
        Write {
            key,
            schema: A::schema_version(),
            data_json: schema::data_fingerprint(value),
            is_default: *value == A::default(),
        }
    }
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
        let name = key.name();
        let fingerprint = schema::data_fingerprint(value);
        let state = self.state(&name);
        if state.read_only {
            return SaveOutcome::Refused;
        }
        if state.written.as_ref() == Some(&fingerprint) {
            return SaveOutcome::Unchanged;
        }
        // The stamp sits at the start of what the app writes: read just that, and the whole
        // text only when the head is not ours.
        let current = match self.backend.get_head(&name, STAMP_HEAD_CHARS) {
            Ok(Some(head)) if schema::read_stamp(&head).is_some() => Some(head),
            Ok(Some(_)) => match self.backend.get(&name) {
                Ok(whole) => whole,
                Err(error) => return SaveOutcome::Failed(error),
            },
            Ok(None) => None,
            Err(error) => return SaveOutcome::Failed(error),
        };
        let seen = self.state(&name).seen.clone();
        if current.is_none() && self.everything_deleted_since(seen.as_ref()) {
            // A grown-up deleted everything in another window: never bring any of it back.
            let state = self.state(&name);
            state.seen = None;
            state.written = Some(schema::data_fingerprint(&A::default()));
            return SaveOutcome::DeletedElsewhere;
        }
        let current_stamp = current.as_deref().and_then(schema::read_stamp);
        if let (Some(raw), None) = (&current, &current_stamp) {
            // Text that is not ours at all appeared under the key: copy it aside before writing.
            let problem = Unreadable::NotAnEnvelope("replaced while the app was open".into());
            if let Err(error) =
                self.set_aside(key, raw.clone(), SetAsideReason::Unreadable, &problem, now)
            {
                return SaveOutcome::Failed(error);
            }
        } else if current_stamp != seen {
            return self.keep_both(key, value, seen, now);
        }
        let stamp = Stamp {
            revision: seen.map_or(0, |s| s.revision) + 1,
            saved_at: now,
            writer: self.tab_id.clone(),
        };
        if let Err(error) = self.backend.set(
            &name,
            &schema::encode_fingerprint::<A>(&fingerprint, &stamp),
        ) {
            return SaveOutcome::Failed(error);
        }
        let state = self.state(&name);
        state.seen = Some(stamp);
        state.written = Some(fingerprint);
        SaveOutcome::Saved
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

    /// Writes every value in order, then removes `removes`, as one whole: if the browser refuses
    /// partway (a full storage), every key is put back as it was and the error returned.
    /// A key this tab must never write (newer, or unreadable and not copied) refuses the whole.
    pub fn write_together(
        &mut self,
        writes: &[Write],
        removes: &[StoreKey],
        now: u64,
    ) -> Result<(), BackendError> {
        let names = writes
            .iter()
            .map(|w| &w.key)
            .chain(removes)
            .map(StoreKey::name);
        if let Some(protected) = names
            .into_iter()
            .find(|name| self.keys.get(name).is_some_and(|state| state.read_only))
        {
            return Err(BackendError::Other(format!("{protected} is protected")));
        }
        // Each key's text before it was touched, in the order touched, to put back.
        let mut before: Vec<(String, Option<String>)> = vec![];
        let result = self.write_all(writes, removes, now, &mut before);
        match result {
            Ok(()) => {
                // Read afresh by whoever shows them: nothing here knows these values yet.
                for (name, _) in before {
                    self.keys.insert(name, KeyState::default());
                }
                Ok(())
            }
            Err(error) => {
                self.put_back(before);
                Err(error)
            }
        }
    }

    fn write_all(
        &mut self,
        writes: &[Write],
        removes: &[StoreKey],
        now: u64,
        before: &mut Vec<(String, Option<String>)>,
    ) -> Result<(), BackendError> {
        // Only a key's first touch holds what was there before.
        let mut touched = std::collections::HashSet::new();
        for write in writes {
            let name = write.key.name();
            let previous = self.backend.get(&name)?;
            if previous.is_none() && write.is_default {
                continue;
            }
            let stamp = Stamp {
                revision: previous
                    .as_deref()
                    .and_then(schema::read_stamp)
                    .map_or(0, |s| s.revision)
                    + 1,
                saved_at: now,
                writer: self.tab_id.clone(),
            };
            if touched.insert(name.clone()) {
                before.push((name.clone(), previous));
            }
            let text = schema::encode_as_version(write.schema, &write.data_json, &stamp);
            self.backend.set(&name, &text)?;
        }
        for key in removes {
            let name = key.name();
            if touched.insert(name.clone()) {
                before.push((name.clone(), self.backend.get(&name)?));
            }
            self.backend.remove(&name)?;
        }
        Ok(())
    }

    /// Puts keys back as they were: new ones removed first (which frees room), then the others.
    fn put_back(&mut self, before: Vec<(String, Option<String>)>) {
        let (absent, present): (Vec<_>, Vec<_>) = before
            .into_iter()
            .rev()
            .partition(|(_, text)| text.is_none());
        for (name, _) in absent {
            let _ = self.backend.remove(&name);
        }
        for (name, text) in present {
            if let Some(text) = text {
                let _ = self.backend.set(&name, &text);
            }
        }
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

    /// Set-aside copies the grown-up has not yet hidden, for the notices at start-up.
    pub fn unacknowledged_set_asides(&self) -> Vec<StorageNotice> {
        self.set_aside_records()
            .into_iter()
            .filter(|(_, record)| !record.acknowledged)
            .map(|(record_key, record)| StorageNotice::SetAside {
                record_key: Some(record_key),
                record,
            })
            .collect()
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

    /// Hides a set-aside notice for good; the copy itself stays.
    pub fn acknowledge_set_aside(&mut self, record_key: &str) -> Result<(), BackendError> {
        let Some(raw) = self.backend.get(record_key)? else {
            return Ok(());
        };
        let Ok(mut record) = serde_json::from_str::<SetAsideRecord>(&raw) else {
            return Ok(());
        };
        record.acknowledged = true;
        self.backend.set(record_key, &to_json(&record))
    }

    fn state(&mut self, name: &str) -> &mut KeyState {
        self.keys.entry(name.to_string()).or_default()
    }

    /// Copies unreadable text aside; if even that fails, the key is never written.
    fn keep_unreadable(
        &mut self,
        key: &StoreKey,
        raw: String,
        problem: &Unreadable,
        now: u64,
    ) -> Vec<StorageNotice> {
        match self.set_aside(key, raw.clone(), SetAsideReason::Unreadable, problem, now) {
            Ok((record_key, record, is_new)) => {
                // The text is safe in its copy, so the next save may replace it.
                self.state(&key.name()).seen = schema::read_stamp(&raw);
                if is_new {
                    vec![StorageNotice::SetAside {
                        record_key: Some(record_key),
                        record,
                    }]
                } else {
                    vec![]
                }
            }
            Err(_) => {
                self.state(&key.name()).read_only = true;
                vec![StorageNotice::SetAside {
                    record_key: None,
                    record: new_record(
                        key,
                        raw,
                        SetAsideReason::Unreadable,
                        problem.describe(),
                        now,
                    ),
                }]
            }
        }
    }

    /// Another tab wrote first: keep this tab's version aside, then show theirs.
    fn keep_both<A: Aggregate>(
        &mut self,
        key: &StoreKey,
        ours: &A,
        seen: Option<Stamp>,
        now: u64,
    ) -> SaveOutcome<A> {
        let ours_stamp = Stamp {
            revision: seen.map_or(0, |s| s.revision),
            saved_at: now,
            writer: self.tab_id.clone(),
        };
        let ours_raw = schema::encode(ours, ours_stamp);
        let problem = Unreadable::DataInvalid("another window saved first".into());
        let (record_key, record, _) = match self.set_aside(
            key,
            ours_raw,
            SetAsideReason::ChangedInAnotherWindow,
            &problem,
            now,
        ) {
            Ok(kept) => kept,
            Err(error) => return SaveOutcome::Failed(error),
        };
        let mut theirs = self.load::<A>(key, now);
        theirs.notices.insert(
            0,
            StorageNotice::SetAside {
                record_key: Some(record_key),
                record,
            },
        );
        SaveOutcome::Conflict { theirs }
    }

    /// Writes a set-aside copy and reads it back; reuses an existing copy of the same text.
    /// Returns the record's key, the record, and whether it is new.
    fn set_aside(
        &mut self,
        key: &StoreKey,
        raw: String,
        reason: SetAsideReason,
        problem: &Unreadable,
        now: u64,
    ) -> Result<(String, SetAsideRecord, bool), BackendError> {
        let original_key = key.name();
        // Read once: both the same-text search and the copies' total need every record.
        let records = self.set_aside_records();
        if let Some((record_key, record)) = records
            .iter()
            .find(|(_, r)| r.original_key == original_key && r.raw == raw)
            .cloned()
        {
            return Ok((record_key, record, false));
        }
        let record = new_record(key, raw, reason, problem.describe(), now);
        let text = to_json(&record);
        let kept: usize = records
            .iter()
            .map(|(record_key, record)| record_key.len() + to_json(record).len())
            .sum();
        if kept + text.len() > SET_ASIDE_BUDGET_CHARS {
            return Err(BackendError::SetAsideFull);
        }
        let record_key = loop {
            self.set_aside_count += 1;
            let candidate = set_aside_name(key, now, self.set_aside_count);
            if self.backend.get(&candidate)?.is_none() {
                break candidate;
            }
        };
        self.backend.set(&record_key, &text)?;
        if self.backend.get(&record_key)?.as_deref() != Some(text.as_str()) {
            return Err(BackendError::Other(
                "the set-aside copy did not read back".into(),
            ));
        }
        Ok((record_key, record, true))
    }

    /// Every set-aside copy, oldest first, with its key: for the grown-ups to look through.
    pub fn set_aside_copies(&self) -> Vec<(String, SetAsideRecord)> {
        let mut copies = self.set_aside_records();
        copies.sort_by_key(|(record_key, record)| (record.at, record_key.clone()));
        copies
    }

    /// Deletes one set-aside copy a grown-up chose to delete (nothing else: only copies).
    pub fn delete_set_aside(&mut self, record_key: &str) -> Result<(), BackendError> {
        if !record_key.starts_with(SET_ASIDE_PREFIX) {
            return Err(BackendError::Other(format!("{record_key} is not a copy")));
        }
        self.backend.remove(record_key)
    }

    fn set_aside_records(&self) -> Vec<(String, SetAsideRecord)> {
        let Ok(keys) = self.backend.keys() else {
            return vec![];
        };
        keys.into_iter()
            .filter(|k| k.starts_with(SET_ASIDE_PREFIX))
            .filter_map(|k| {
                let raw = self.backend.get(&k).ok()??;
                let record = serde_json::from_str::<SetAsideRecord>(&raw).ok()?;
                Some((k, record))
            })
            .collect()
    }
}

fn loaded<A>(value: A, notices: Vec<StorageNotice>) -> Loaded<A> {
    Loaded { value, notices }
}

fn new_record(
    key: &StoreKey,
    raw: String,
    reason: SetAsideReason,
    detail: String,
    at: u64,
) -> SetAsideRecord {
    SetAsideRecord {
        original_key: key.name(),
        reason,
        detail,
        at,
        raw,
        acknowledged: false,
    }
}

fn to_json(record: &SetAsideRecord) -> String {
    serde_json::to_string(record).expect("a set-aside record always serialises")
}
