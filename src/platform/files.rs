//! Reading a file the grown-up picked (a backup), on the device: nothing is uploaded.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a picked file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickedFileError {
    NoneChosen,
    TooBig,
    Unreadable,
}

/// The bytes of the first file chosen in `input`, if it is at most `max_bytes` long (checked
/// before reading, so a huge file is never loaded).
pub async fn read_picked_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<Vec<u8>, PickedFileError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(PickedFileError::NoneChosen)?;
    if file.size() > max_bytes as f64 {
        return Err(PickedFileError::TooBig);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| PickedFileError::Unreadable)?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(|_| PickedFileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
