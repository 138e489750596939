//! The gate's pass to the grown-ups' side (see `model::gate`), kept in this tab's
//! sessionStorage between the gate's page and the page behind it, and taken on arrival.

use super::backend::Backend;
use super::local::LocalStorageBackend;
use crate::model::gate::{pass_lets_in, pass_text};

/// Outside the app's own key prefix, so no store ever reads it as saved data.
const GATE_PASS: &str = "calm-together-gate-pass";

/// Leaves a pass for the page that loads next in this tab.
pub fn leave_gate_pass(now: u64) {
    if let Ok(session) = LocalStorageBackend::open_session() {
        let _ = session.set(GATE_PASS, &pass_text(now));
    }
}

/// Takes the pass (it works once) and says whether it lets a grown-up in.
pub fn take_gate_pass(now: u64) -> bool {
    let Ok(session) = LocalStorageBackend::open_session() else {
        return false;
    };
    let pass = session.get(GATE_PASS).ok().flatten();
    let _ = session.remove(GATE_PASS);
    pass_lets_in(pass.as_deref(), now)
}
