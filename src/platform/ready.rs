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

/// Marks the app as ready: a performance mark, and `data-ready` on `<html>` for tests.
pub fn mark_interactive() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(performance) = window.performance() {
        let _ = performance.mark(INTERACTIVE_MARK);
    }
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}
