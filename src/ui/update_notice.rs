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
    let offline_ready = RwSignal::new(
        document()
            .document_element()
            .is_some_and(|root| root.get_attribute("data-offline-ready").is_some()),
    );
    let ready_listener = window_event_listener_untyped("calm-together-offline-ready", move |_| {
        offline_ready.set(true)
    });
    on_cleanup(move || ready_listener.remove());
    let in_practice = move || matches!(navigation.screen.get(), Screen::Practice(_));
    let shown = move || ready.get() && !in_practice();
    // Another tab or window took the new version: this page still runs the old code, which must
    // not go on writing data the new version now keeps. Saved, then reloaded into the new
    // version as soon as no practice is under way.
    let already_active = document()
        .document_element()
        .is_some_and(|root| root.get_attribute("data-new-version-active").is_some());
    let new_version_active = RwSignal::new(already_active);
    let active_listener =
        window_event_listener_untyped("calm-together-new-version-active", move |_| {
            new_version_active.set(true)
        });
    on_cleanup(move || active_listener.remove());
    Effect::new(move || {
        if new_version_active.get() && !in_practice() {
            storage.flush();
            let _ = window().location().reload();
        }
    });
    view! {
        // The status is always there, so the words are read out when they appear in it.
        <div role="status">
            {move || shown().then(|| view! {
                <p class="update-notice">
                    <span>{strings.update_ready}</span>
                    <button class="quiet-button" on:click=update>{strings.update_now}</button>
                </p>
            })}
            {move || (offline_ready.get() && !ready.get() && !in_practice()).then(|| view! {
                <p class="update-notice">{strings.offline_ready}</p>
            })}
        </div>
    }
}
