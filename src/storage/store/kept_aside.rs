//! Copies set aside so nothing is ever lost: text the app could not read, and a window's own
//! version when another saved first; listed, bounded and deleted only by a grown-up.

use super::{Store, TextSaved, SET_ASIDE_BUDGET_CHARS};
use crate::model::schema::{self, Stamp, Unreadable};
use crate::storage::backend::{Backend, BackendError};
use crate::storage::keys::{set_aside_name, StoreKey, SET_ASIDE_PREFIX};
use crate::storage::set_aside::{SetAsideReason, SetAsideRecord, StorageNotice};

impl<B: Backend> Store<B> {
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

    /// Copies unreadable text aside; if even that fails, the key is never written.
    pub(super) fn keep_unreadable(
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

    /// Another tab wrote first: keep this tab's version aside (`save` then shows theirs).
    pub(super) fn keep_ours_aside(
        &mut self,
        key: &StoreKey,
        ours_fingerprint: &str,
        schema_version: u32,
        seen: Option<Stamp>,
        now: u64,
    ) -> TextSaved {
        let ours_stamp = Stamp {
            revision: seen.map_or(0, |s| s.revision),
            saved_at: now,
            writer: self.tab_id.clone(),
        };
        let ours_raw = schema::encode_as_version(schema_version, ours_fingerprint, &ours_stamp);
        let problem = Unreadable::DataInvalid("another window saved first".into());
        match self.set_aside(
            key,
            ours_raw,
            SetAsideReason::ChangedInAnotherWindow,
            &problem,
            now,
        ) {
            Ok((record_key, record, _)) => TextSaved::KeptAside(StorageNotice::SetAside {
                record_key: Some(record_key),
                record,
            }),
            Err(error) => TextSaved::Failed(error),
        }
    }

    /// Writes a set-aside copy and reads it back; reuses an existing copy of the same text.
    /// Returns the record's key, the record, and whether it is new.
    pub(super) fn set_aside(
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
