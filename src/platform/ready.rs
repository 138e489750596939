//! Tells the page (and the benchmark) that the home screen can be used.

/// The mark the benchmark reads: navigation start to this is "interactive".
pub const INTERACTIVE_MARK: &str = "calm-together-interactive";

/// The mark the benchmark reads as "the part's code has started" (its download is done).
pub const START_MARK: &str = "calm-together-start";

/// Marks the moment the part's code starts, before the first screen is built.
pub fn mark_start() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(START_MARK);
    }
}

/// Marks a screen as drawn and ready: `data-ready` on `<html>` for tests, and the first time, a
/// performance mark (the first screen the page opened with, fetched part and all).
pub fn mark_interactive() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(performance) = window.performance() {
        if performance.get_entries_by_name(INTERACTIVE_MARK).length() == 0 {
            let _ = performance.mark(INTERACTIVE_MARK);
        }
    }
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}

/// Marks the page as waiting for a part of the app's code: not ready until it is drawn.
pub fn mark_waiting() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.remove_attribute("data-ready");
    }
}
