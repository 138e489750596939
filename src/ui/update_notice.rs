//! "A new version is ready": shown when a new version of the app has been kept for offline
//! use (public/boot.js says so), and applied only when the family taps it, after everything
//! on screen is saved. Never during an exercise.

use leptos::prelude::*;

use crate::model::screen::Screen;
use crate::storage::AppStorage;
use crate::strings::use_strings;
use crate::ui::navigation::use_navigation;

/// The quiet line and its button, at the top of every screen but a practice.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let strings = use_strings();
    let storage = expect_context::<AppStorage>();
    let navigation = use_navigation();
    let already = document()
        .document_element()
        .is_some_and(|root| root.get_attribute("data-update-ready").is_some());
    let ready = RwSignal::new(already);
    let listener =
        window_event_listener_untyped("calm-together-update-ready", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let update = move |_| {
        // Everything shown is written first; the new version opens with it.
        storage.flush();
        let _ = window().dispatch_event(
            &web_sys::Event::new("calm-together-update-now").expect("a plain event"),
        );
    };
    let shown = move || ready.get() && !matches!(navigation.screen.get(), Screen::Practice(_));
    view! {
        // The status is always there, so the words are read out when they appear in it.
        <div role="status">
            {move || shown().then(|| view! {
                <p class="update-notice">
                    <span>{strings.update_ready}</span>
                    <button class="quiet-button" on:click=update>{strings.update_now}</button>
                </p>
            })}
        </div>
    }
}
