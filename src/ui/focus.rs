//! Where focus goes when the control that had it goes away (a stage ends, a panel closes, a
//! gate opens): somewhere sensible on the new view, never lost on the page's body, so a
//! keyboard can carry on and a screen reader says where it is.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector`, once the view has changed (next frame).
pub fn focus_soon(selector: &'static str) {
    request_animation_frame(move || {
        focus_now(selector);
    });
}

/// Focuses `element` once the view has changed (next frame): it may be shown only then.
pub fn focus_next_frame(element: Option<impl AsRef<web_sys::HtmlElement> + 'static>) {
    if let Some(element) = element {
        request_animation_frame(move || {
            let _ = element.as_ref().focus();
        });
    }
}

/// Focuses the screen's main heading in the next frame, as a new screen does.
pub fn focus_main_heading() {
    focus_soon("main h1");
}

/// Focuses the first element matching `selector` now; false when there is none.
pub fn focus_now(selector: &str) -> bool {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| element.focus().is_ok())
}

/// Whether focus is on nothing in particular (the page's body: what had it has gone), or on a
/// control just disabled or hidden (in a closed dialog), which the browser is about to take it
/// from.
pub fn focus_is_lost() -> bool {
    let document = document();
    match document.active_element() {
        None => true,
        Some(active) => {
            active
                .matches(":disabled, .gone, .gone *, dialog:not([open]) *")
                .unwrap_or(false)
                || document
                    .body()
                    .is_some_and(|body| body.unchecked_ref::<web_sys::Element>() == &active)
        }
    }
}
