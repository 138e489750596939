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
                loaded(
                    A::default(),
                    vec![StorageNotice::FromNewerApp { key_name: name }],
                )
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
    pub fn remove_everything(&mut self) -> Result<usize, BackendError> {
        let ours: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(super::keys::PREFIX))
            .collect();
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
        if let Some((record_key, record)) = self
            .set_aside_records()
            .into_iter()
            .find(|(_, r)| r.original_key == original_key && r.raw == raw)
        {
            return Ok((record_key, record, false));
        }
        let record = new_record(key, raw, reason, problem.describe(), now);
        let text = to_json(&record);
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
