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
    let ready = told_by_boot("data-update-ready", "calm-together-update-ready");
    let update = move |_| {
        // Everything shown is written first; the new version opens with it.
        storage.flush();
        let _ = window().dispatch_event(
            &web_sys::Event::new("calm-together-update-now").expect("a plain event"),
        );
    };
    let offline_ready = told_by_boot("data-offline-ready", "calm-together-offline-ready");
    let in_practice = move || matches!(navigation.screen.get(), Screen::Practice(_));
    let shown = move || ready.get() && !in_practice();
    // Another tab or window took the new version: this page still runs the old code, which must
    // not go on writing data the new version now keeps. Saved, then reloaded into the new
    // version as soon as no practice is under way.
    let new_version_active = told_by_boot(
        "data-new-version-active",
        "calm-together-new-version-active",
    );
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

/// Something public/boot.js tells the app: true once it has set `attribute` on `<html>` (before
/// the app started) or sent `event` (after). One function for every such flag, so the app
/// carries this code once.
fn told_by_boot(attribute: &str, event: &str) -> RwSignal<bool> {
    let already = document()
        .document_element()
        .is_some_and(|root| root.get_attribute(attribute).is_some());
    let told = RwSignal::new(already);
    let listener = window_event_listener_untyped(event, move |_| told.set(true));
    on_cleanup(move || listener.remove());
    told
}
