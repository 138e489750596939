//! The gate's pass to the grown-ups' side (see `model::gate`), kept in this tab's
//! sessionStorage between the gate's page and the page behind it, and taken on arrival.

use super::backend::Backend;
use super::local::LocalStorageBackend;
use crate::model::gate::{pass_lets_in, pass_text};

/// Outside the app's own key prefix, so no store ever reads it as saved data.
const GATE_PASS: &str = "calm-together-gate-pass";

/// In the address (`#pass=…`) when this browser keeps no sessionStorage (storage turned off).
const PASS_IN_ADDRESS: &str = "#pass=";

/// Leaves a pass for the page that loads next in this tab. Returns the address fragment to go
/// to with when the tab cannot keep it (no sessionStorage), else an empty text.
pub fn leave_gate_pass(now: u64) -> String {
    let kept = LocalStorageBackend::open_session()
        .and_then(|session| session.set(GATE_PASS, &pass_text(now)))
        .is_ok();
    if kept {
        String::new()
    } else {
        format!("{PASS_IN_ADDRESS}{}", pass_text(now))
    }
}

/// Takes the pass (it works once) and says whether it lets a grown-up in.
pub fn take_gate_pass(now: u64) -> bool {
    let from_session = LocalStorageBackend::open_session()
        .ok()
        .and_then(|session| {
            let pass = session.get(GATE_PASS).ok().flatten();
            let _ = session.remove(GATE_PASS);
            pass
        });
    let pass = from_session.or_else(take_pass_from_address);
    pass_lets_in(pass.as_deref(), now)
}

/// A pass left in the address, taken out of it at once so Back or a reload does not reuse it.
fn take_pass_from_address() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let pass = hash.strip_prefix(PASS_IN_ADDRESS)?.to_string();
    let address = window.location().pathname().ok()?;
    let _ = window.history().ok()?.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&address),
    );
    Some(pass)
}
