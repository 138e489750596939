//! Gentle vibration patterns, on devices that can vibrate.

use wasm_bindgen::JsValue;

/// Vibrates in `pattern` (ms on, off, on …); does nothing where unsupported.
pub fn vibrate(pattern: &[u32]) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let steps = js_sys::Array::new();
    for ms in pattern {
        steps.push(&JsValue::from(*ms));
    }
    let _ = navigator.vibrate_with_pattern(&steps);
}
