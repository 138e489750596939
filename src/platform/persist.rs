//! Asking the browser to keep this site's data (`navigator.storage.persist()`), so it is not
//! cleared to make room. Asked only from the grown-ups' side, where a grown-up sees any prompt.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// The browser agreed to keep the data.
    Kept,
    /// It may clear the data when space runs low (or after a week unused, in Safari).
    MayClear,
    /// This browser cannot be asked.
    CannotAsk,
}

/// Asks once; browsers answer at once (most decide by themselves, without a prompt).
pub async fn ask_browser_to_keep_data() -> Kept {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Kept::CannotAsk;
    };
    let Ok(storage) = js_sys::Reflect::get(&navigator, &"storage".into()) else {
        return Kept::CannotAsk;
    };
    let persist = js_sys::Reflect::get(&storage, &"persist".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(persist) = persist else {
        return Kept::CannotAsk;
    };
    let Ok(promise) = persist.call0(&storage) else {
        return Kept::CannotAsk;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(answer) if answer.as_bool() == Some(true) => Kept::Kept,
        Ok(_) => Kept::MayClear,
        Err(_) => Kept::CannotAsk,
    }
}
