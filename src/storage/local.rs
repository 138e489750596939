//! The browser's localStorage (and, in demo mode, this tab's sessionStorage).

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use super::backend::{Backend, BackendError};
use super::keys::PREFIX;

/// localStorage (or sessionStorage), once it has been shown to be usable.
pub struct LocalStorageBackend {
    storage: web_sys::Storage,
}

impl LocalStorageBackend {
    /// Opens localStorage, or says it is unavailable (disabled, blocked, throwing on access).
    pub fn open() -> Result<Self, BackendError> {
        let window = web_sys::window().ok_or(BackendError::Unavailable)?;
        // gloo's `raw()` throws when storage is blocked, so look first without it.
        Self::usable(
            window
                .local_storage()
                .map(|found| found.map(|_| LocalStorage::raw())),
        )
    }

    /// Opens this tab's sessionStorage: the demo's sandbox, gone when the tab closes.
    pub fn open_session() -> Result<Self, BackendError> {
        let window = web_sys::window().ok_or(BackendError::Unavailable)?;
        Self::usable(
            window
                .session_storage()
                .map(|found| found.map(|_| SessionStorage::raw())),
        )
    }

    fn usable(found: Result<Option<web_sys::Storage>, JsValue>) -> Result<Self, BackendError> {
        let Ok(Some(storage)) = found else {
            return Err(BackendError::Unavailable);
        };
        let stored = storage.length().map_err(|_| BackendError::Unavailable)?;
        // Some private modes (older Safari) have a storage that holds nothing: with nothing
        // stored yet, a write that fails for lack of room means nothing can be kept at all.
        if stored == 0 {
            let probe = format!("{PREFIX}probe");
            if let Err(error) = storage.set_item(&probe, "1") {
                return Err(match to_error(error) {
                    BackendError::QuotaExceeded => BackendError::Unavailable,
                    other => other,
                });
            }
            let _ = storage.remove_item(&probe);
        }
        Ok(Self { storage })
    }
}

fn to_error(error: JsValue) -> BackendError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => BackendError::QuotaExceeded,
        "SecurityError" => BackendError::Unavailable,
        _ => BackendError::Other(format!("{error:?}")),
    }
}

impl Backend for LocalStorageBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.storage.get_item(key).map_err(to_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.storage.set_item(key, value).map_err(to_error)
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.storage.remove_item(key).map_err(to_error)
    }

    fn get_head(&self, key: &str, chars: usize) -> Result<Option<String>, BackendError> {
        // getItem called from here keeps the value a JS string, so only its head is copied.
        let get_item: js_sys::Function = js_sys::Reflect::get(&self.storage, &"getItem".into())
            .map_err(to_error)?
            .dyn_into()
            .map_err(to_error)?;
        let value = get_item
            .call1(&self.storage, &JsValue::from_str(key))
            .map_err(to_error)?;
        Ok(value
            .dyn_into::<js_sys::JsString>()
            .ok()
            .map(|text| String::from(text.slice(0, chars as u32))))
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let length = self.storage.length().map_err(to_error)?;
        Ok((0..length)
            .filter_map(|index| self.storage.key(index).ok().flatten())
            .collect())
    }
}
