//! Writing several keys as one whole (a backup put in place): all of them, or none.

use super::{KeyState, Store};
use crate::model::schema::{self, Aggregate, Stamp};
use crate::storage::backend::{Backend, BackendError};
use crate::storage::keys::StoreKey;

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

impl<B: Backend> Store<B> {
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
}
