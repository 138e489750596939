//! Where stored text physically lives: the browser's localStorage, or memory.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why the storage itself refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// No storage at all: disabled, blocked, or throwing on access.
    Unavailable,
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Set-aside copies have used their share of the storage ([`super::store::SET_ASIDE_BUDGET_CHARS`]).
    SetAsideFull,
    /// Anything else the browser said.
    Other(String),
}

/// A key–value store of text, as localStorage is.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&self, key: &str) -> Result<(), BackendError>;
    /// Every key currently stored.
    fn keys(&self) -> Result<Vec<String>, BackendError>;
    /// The first `chars` UTF-16 units of a value: enough for its stamp, without copying a long
    /// story out of the browser at every save.
    fn get_head(&self, key: &str, chars: usize) -> Result<Option<String>, BackendError> {
        Ok(self.get(key)?.map(|text| {
            let mut units = 0;
            text.chars()
                .take_while(|c| {
                    units += c.len_utf16();
                    units <= chars
                })
                .collect()
        }))
    }
}

impl<B: Backend + ?Sized> Backend for Box<B> {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), BackendError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        (**self).keys()
    }
    fn get_head(&self, key: &str, chars: usize) -> Result<Option<String>, BackendError> {
        (**self).get_head(key, chars)
    }
}

/// Storage in memory: used when the browser keeps nothing, and by tests, which can inject faults.
///
/// Clones share the same contents, as two tabs share one localStorage.
#[derive(Debug, Clone, Default)]
pub struct MemoryBackend {
    inner: Rc<RefCell<MemoryState>>,
}

#[derive(Debug, Default)]
struct MemoryState {
    items: BTreeMap<String, String>,
    quota_chars: Option<usize>,
    unavailable: bool,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes writes fail once the total of keys and values would pass `chars` (None: no limit).
    pub fn set_quota(&self, chars: Option<usize>) {
        self.inner.borrow_mut().quota_chars = chars;
    }

    /// Makes every call fail as a disabled localStorage does.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.inner.borrow_mut().unavailable = unavailable;
    }

    /// Writes text directly, as a hand edit or another program would.
    pub fn put_raw(&self, key: &str, value: &str) {
        self.inner
            .borrow_mut()
            .items
            .insert(key.to_string(), value.to_string());
    }

    /// Reads text directly, bypassing injected faults.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.inner.borrow().items.get(key).cloned()
    }

    /// A copy of everything stored.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.inner.borrow().items.clone()
    }

    fn check(&self) -> Result<(), BackendError> {
        if self.inner.borrow().unavailable {
            Err(BackendError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.check()?;
        Ok(self.raw(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.check()?;
        let mut state = self.inner.borrow_mut();
        if let Some(quota) = state.quota_chars {
            let others: usize = state
                .items
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(BackendError::QuotaExceeded);
            }
        }
        state.items.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.check()?;
        self.inner.borrow_mut().items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.check()?;
        Ok(self.inner.borrow().items.keys().cloned().collect())
    }
}
