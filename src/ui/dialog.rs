//! Something that sits over the whole screen (a question before deleting, the quick-hide
//! cover): the browser's own modal `<dialog>`, so everything behind it is inert for fingers,
//! keyboards and screen readers alike. Focus moves into it when it opens (to the control marked
//! `autofocus`, the safe choice), Escape closes it, and focus goes back to what opened it.

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::focus::{focus_is_lost, focus_now};

/// A modal dialog, shown while `open` is true. Escape asks `on_close` to close it.
#[component]
pub fn Dialog(
    #[prop(into)] open: Signal<bool>,
    #[prop(into)] on_close: Callback<()>,
    /// A question about something that cannot be undone (role `alertdialog`).
    #[prop(optional)]
    alert: bool,
    /// The id of the heading that names it; or else `label`, its name in words.
    #[prop(optional)]
    labelled_by: Option<&'static str>,
    #[prop(optional)] label: Option<&'static str>,
    /// The id of the words that say what it is about.
    #[prop(optional)]
    described_by: Option<&'static str>,
    #[prop(optional)] id: Option<&'static str>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let give_focus_back = move |element: &web_sys::HtmlDialogElement| {
        let inside = document()
            .active_element()
            .is_some_and(|active| element.contains(Some(&active)));
        if inside || focus_is_lost() {
            if let Some(opener) = opener.get_value() {
                let _ = opener.focus();
            }
            // What opened it may be going or disabled by the change made (the last page but one
            // removed): then the screen's heading, once the view has followed.
            request_animation_frame(|| {
                if focus_is_lost() {
                    focus_now("main h1");
                }
            });
        }
    };
    // Follows `open`: the browser's modal state is only ever changed here.
    Effect::new(move || {
        let Some(element) = dialog.get() else { return };
        if open.get() && !element.open() {
            opener.set_value(
                document()
                    .active_element()
                    .and_then(|active| active.dyn_into().ok()),
            );
            if element.show_modal().is_ok() {
                focus_start(&element);
            }
        } else if !open.get() && element.open() {
            element.close();
            give_focus_back(&element);
        }
    });
    view! {
        <dialog
            node_ref=dialog
            id=id
            class=format!("dialog {class}")
            role=alert.then_some("alertdialog")
            aria-modal="true"
            aria-labelledby=labelled_by
            aria-label=label
            aria-describedby=described_by
            on:keydown=move |event: KeyboardEvent| {
                if event.key() == "Escape" {
                    // Closed through `open`, so the state and the screen agree.
                    event.prevent_default();
                    on_close.run(());
                }
            }
            on:close=move |_| {
                // Closed by the browser itself: catch the state up, and focus with it.
                if open.get_untracked() {
                    on_close.run(());
                }
                if let Some(element) = dialog.get_untracked() {
                    give_focus_back(&element);
                }
            }
        >
            {children()}
        </dialog>
    }
}

/// Puts focus on a dialog's safe choice (marked `autofocus`), else its first button.
pub fn focus_start(dialog: &web_sys::Element) {
    let start = dialog
        .query_selector("[autofocus]")
        .ok()
        .flatten()
        .or_else(|| dialog.query_selector("button").ok().flatten());
    if let Some(start) = start.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = start.focus();
    }
}

/// Once the view has changed, puts focus on the start of the open dialog with id `id`: for a
/// dialog whose question changes (the control that had focus is gone).
pub fn focus_start_soon(id: &'static str) {
    request_animation_frame(move || {
        if let Some(dialog) = document().get_element_by_id(id) {
            focus_start(&dialog);
        }
    });
}
