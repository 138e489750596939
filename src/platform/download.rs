//! Saving text to a file on the device (the browser's download), with no network involved.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file called `file_name`; says why not if the browser refused. The
/// browser saves it afterwards, on its own: a click is not proof that the file was written.
pub fn save_text_file(file_name: &str, text: &str, mime_type: &str) -> Result<(), String> {
    let describe = |e: JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let link = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(&url);
    link.set_download(file_name);
    // In the page while clicked: Firefox ignores a click on a link that is not.
    let body = document.body().ok_or("no body")?;
    body.append_with_node_1(&link).map_err(describe)?;
    link.click();
    link.remove();
    // Safari and Firefox start the download after this tick: the file's address must outlive it.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            KEEP_FILE_ADDRESS_MS,
        )
        .map_err(describe)?;
    Ok(())
}

/// How long the file's address stays valid after the click: long enough for any browser to
/// start its download, short enough not to keep a big backup in memory.
const KEEP_FILE_ADDRESS_MS: i32 = 60_000;
