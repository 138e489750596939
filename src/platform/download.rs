//! Saving text to a file on the device (the browser's download), with no network involved.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file called `file_name`; says why not if the browser refused.
pub fn save_text_file(file_name: &str, text: &str, mime_type: &str) -> Result<(), String> {
    let describe = |e: JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The browser has taken its copy once the click is handled.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
