//! Calm Together: calming exercises and a shared picture story for a grown-up and a young
//! child, kept only on this device.

pub mod calm;
pub mod family;
pub mod home;
pub mod model;
pub mod platform;
pub mod progress;
pub mod storage;
pub mod story;
pub mod strings;
pub mod ui;

use leptos::prelude::*;

use model::family::Family;
use model::practice::PracticeLog;
use model::screen::Screen;
use model::settings::CalmSettings;
use storage::{AppStorage, StoreKey};
use strings::{strings_for, use_strings, Language};
use ui::navigation::Navigation;
use ui::notices::StorageNotices;
use ui::page_frame::PageFrame;

/// Starts the app: a recover screen for failures, then the app itself.
pub fn start() {
    platform::recover::show_recover_screen_on_panic(strings_for(Language::default()));
    mount_to_body(App);
    platform::ready::mark_interactive();
}

/// The whole app: saved data loaded before the first screen is drawn, then the routes.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Language::default());
    let storage = AppStorage::open();
    provide_context(storage);
    provide_context(storage.bind::<Family>(StoreKey::Family));
    provide_context(storage.bind::<CalmSettings>(StoreKey::CalmSettings));
    provide_context(storage.bind::<PracticeLog>(StoreKey::PracticeLog));
    view! { <AppRoutes/> }
}

/// The screens, each at its own address so reloading stays on the same screen.
#[component]
pub fn AppRoutes() -> impl IntoView {
    let navigation = Navigation::follow_the_address_bar();
    provide_context(navigation);
    let screen = move || match navigation.screen.get() {
        Screen::Home => view! { <home::HomePage/> }.into_any(),
        Screen::Calm => view! { <calm::CalmPage/> }.into_any(),
        Screen::Stories => view! { <story::StoriesPage/> }.into_any(),
        Screen::Progress => view! { <progress::ProgressPage/> }.into_any(),
        Screen::Practice(exercise) => view! { <calm::practice::PracticePage exercise/> }.into_any(),
        Screen::GrownUps => view! { <family::grownups::GrownUpsPage/> }.into_any(),
        Screen::NotFound => view! { <NotFoundPage/> }.into_any(),
    };
    view! {
        <StorageNotices/>
        <main class="app">{screen}</main>
    }
}

/// An address the app does not know: a gentle way home.
#[component]
fn NotFoundPage() -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=strings.not_found_title picture="growing-heart">
            <p class="coming-line">{strings.not_found_line}</p>
        </PageFrame>
    }
}
