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

use crate::storage::keys;
use crate::storage::use_family;
use model::screen::{Module, Screen};
use storage::AppStorage;
use strings::{strings_for, use_strings};
use ui::navigation::Navigation;
use ui::notices::StorageNotices;
use ui::page_frame::PageFrame;

/// Starts the shell: Home.
pub fn start_shell() {
    start(Module::Shell, shell_screen, |_| {});
}

/// Starts Calm together: the exercise list and the practices.
pub fn start_calm() {
    start(Module::Calm, calm_screen, load_practice_log);
}

/// Starts Our stories' shelf.
pub fn start_shelf() {
    start(Module::Shelf, shelf_screen, load_story_index);
}

/// Starts one story: the page editor, the reader and printing, and the books' reader (and the
/// shelf again, when the family goes back to it).
pub fn start_story() {
    start(Module::Story, story_screen, load_story_index);
}

/// Starts Progress and the door to the grown-ups' side.
pub fn start_progress() {
    start(Module::Progress, progress_screen, load_practice_log);
}

/// Starts the grown-ups' side behind its gate.
pub fn start_family() {
    start(Module::Family, family_screen, load_practice_log);
}

/// The practice log, for the screens that log practices or show them.
fn load_practice_log(storage: AppStorage) {
    provide_context(storage.bind(keys::PRACTICE_LOG));
}

/// The shelf's index of stories, for the shelf and for keeping a story's card up to date.
fn load_story_index(storage: AppStorage) {
    provide_context(storage.bind(keys::STORY_INDEX));
}

/// A recover screen for failures, then the app with the screens of one module, which loads
/// (with `load_more`) only the saved data its screens use.
fn start(module: Module, screens: fn(Screen) -> AnyView, load_more: fn(AppStorage)) {
    platform::ready::mark_start();
    platform::recover::show_recover_screen_on_panic(strings_for(
        platform::language::browser_language(),
    ));
    mount_to_body(move || view! { <App module screens load_more/> });
    platform::ready::mark_interactive();
}

fn shell_screen(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <home::HomePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn progress_screen(screen: Screen) -> AnyView {
    match screen {
        Screen::Progress => view! { <progress::ProgressPage/> }.into_any(),
        Screen::GrownUps => view! { <family::grownups::GrownUpsDoorPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn family_screen(screen: Screen) -> AnyView {
    match screen {
        Screen::GrownUpsBehindGate => view! { <family::grownups::GrownUpsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn calm_screen(screen: Screen) -> AnyView {
    match screen {
        Screen::Calm => view! { <calm::CalmPage/> }.into_any(),
        Screen::Practice(exercise) => view! { <calm::practice::PracticePage exercise/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn shelf_screen(screen: Screen) -> AnyView {
    match screen {
        Screen::Stories => view! { <story::StoriesPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn story_screen(screen: Screen) -> AnyView {
    match screen {
        // Back from a story to the shelf stays in this part (see `Module::shows`).
        Screen::Stories => view! { <story::StoriesPage/> }.into_any(),
        Screen::StoryEdit(id) => view! { <story::editor::EditorPage id/> }.into_any(),
        Screen::StoryRead(id) => view! { <story::reader::ReaderPage id/> }.into_any(),
        Screen::StoryPrint(id) => view! { <story::print::PrintPage id/> }.into_any(),
        Screen::Book(id) => view! { <story::books::BookReaderPage id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The whole app: saved data loaded before the first screen is drawn, then the screens.
#[component]
pub fn App(
    module: Module,
    screens: fn(Screen) -> AnyView,
    load_more: fn(AppStorage),
) -> impl IntoView {
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
    load_more(storage);
    follow_text_size();
    let navigation = Navigation::follow_the_address_bar(module);
    provide_context(navigation);
    let screen = move || {
        let screen = navigation.screen.get();
        if !navigation.shows(screen) {
            // Back or Forward to a screen of another module: load that module.
            let _ = window()
                .location()
                .replace(&platform::site::address_of(screen));
        }
        screens(screen)
    };
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
