//! Handing a file to the device's share sheet (`navigator.share`), where the browser can: on an
//! iPad this is how files are kept ("Save to Files"), and a download may go unnoticed.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How handing the file over ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The grown-up chose where it goes, and the browser handed it there.
    Handed,
    /// The grown-up closed the share sheet: nothing was kept.
    Cancelled,
    /// The browser refused.
    Failed,
}

/// The data `navigator.share` takes for one file, if this browser can share it.
pub fn shareable_file(file_name: &str, text: &str, mime_type: &str) -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let can_share = method(&navigator, "canShare")?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let file =
        web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    let data: JsValue = data.into();
    can_share
        .call1(&navigator, &data)
        .ok()
        .and_then(|answer| answer.as_bool())
        .unwrap_or(false)
        .then_some(data)
}

/// Opens the share sheet with `data` (from [`shareable_file`]) at once, in the tap that asked
/// (browsers allow it only there), and gives how it ended.
pub fn share(data: &JsValue) -> impl std::future::Future<Output = Shared> {
    let promise = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|navigator| {
            let share = method(&navigator, "share")?;
            share.call1(&navigator, data).ok()
        })
        .map(js_sys::Promise::from);
    async move {
        match promise {
            Some(promise) => ended(JsFuture::from(promise).await),
            None => Shared::Failed,
        }
    }
}

fn ended(result: Result<JsValue, JsValue>) -> Shared {
    match result {
        Ok(_) => Shared::Handed,
        Err(error) => {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(web_sys::DomException::name);
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Failed
            }
        }
    }
}

fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}
