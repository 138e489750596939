//! Calm Together: calming exercises and a shared picture story for a grown-up and a young
//! child, kept only on this device.

pub mod calm;
pub mod family;
pub mod home;
pub mod model;
pub mod parts;
pub mod platform;
pub mod progress;
pub mod storage;
pub mod story;
pub mod strings;
pub mod ui;

use leptos::prelude::*;

use crate::storage::keys;
use crate::storage::use_family;
use storage::AppStorage;
use strings::strings_for;
use ui::navigation::Navigation;
use ui::notices::StorageNotices;

/// Starts the app: a recover screen for failures, then the app at the address it was opened
/// with (see `parts` for how each screen's code arrives).
pub fn start_app() {
    platform::ready::mark_start();
    platform::recover::show_recover_screen_on_panic(strings_for(
        platform::language::browser_language(),
    ));
    parts::fetch_first_part_early(ui::navigation::screen_here());
    // Built in the next task of the queue, so the first part's download has begun by then
    // (wasm-bindgen's own queue: Leptos's executor starts with the app).
    wasm_bindgen_futures::spawn_local(async {
        mount_to_body(App);
        parts::fetch_ahead_when_kept();
    });
}

/// The whole app: saved data loaded before the first screen is drawn, then the screens.
#[component]
pub fn App() -> impl IntoView {
    let storage = AppStorage::open();
    provide_context(storage);
    let family = storage.bind(keys::FAMILY);
    provide_context(family);
    // The family's choice, else the browser's; changing it opens the app again.
    let language = family
        .with_untracked(|f| f.language)
        .unwrap_or_else(platform::language::browser_language);
    platform::language::show_language(language);
    strings::provide_language(language);
    // The recover screen was set up before the family's choice was read: now it speaks it too.
    platform::recover::show_recover_screen_on_panic(strings_for(language));
    provide_context(storage.bind(keys::CALM_SETTINGS));
    follow_text_size();
    let navigation = Navigation::follow_the_address_bar();
    provide_context(navigation);
    let screen = move || parts::screen_view(navigation.screen.get());
    view! {
        <ui::demo_banner::DemoBanner/>
        <ui::update_notice::UpdateNotice/>
        <StorageNotices/>
        <main class="app">{screen}</main>
    }
}

/// Sizes every word of the app from the family's text size (the style sheet uses rem).
fn follow_text_size() {
    let family = use_family();
    Effect::new(move || {
        let size = family.with(|f| f.text_size);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-text-size", size.slug());
        }
    });
}
