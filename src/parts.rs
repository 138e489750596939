//! The app's parts (`Module`): Home's code starts the app, and each other part's screens are a
//! separate .wasm chunk, fetched the first time one of them opens, in the same page. Built
//! without the `split` feature (tests, `cargo check`) every part is in the one .wasm.

use std::cell::Cell;

use leptos::prelude::*;

use crate::model::screen::{Module, Screen};
use crate::platform;
use crate::storage::{keys, AppStorage};
use crate::strings::use_strings;
use crate::ui::page_frame::PageFrame;

/// Waited before saying "Opening…": a part kept offline opens sooner, and a word flashed for
/// an instant is more unsettling than a short pause.
const QUIET_WAIT_MS: u64 = 400;

/// Starts fetching the code of the part the page opened at, before the app itself is built
/// (storage read, language chosen): its download then overlaps that work.
pub fn fetch_first_part_early(screen: Screen) {
    let module = screen.module().unwrap_or(Module::Shell);
    if module != Module::Shell {
        // wasm-bindgen's own queue: Leptos's executor starts with the app, after this.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = fetch(module).await;
        });
    }
}

/// The parts in the order a family most often opens them after Home.
const AHEAD: [Module; 5] = [
    Module::Calm,
    Module::Shelf,
    Module::Story,
    Module::Progress,
    Module::Family,
];

/// Once the first screen is up, and only when the app is kept offline (so nothing is
/// downloaded twice beside the service worker's own fetch), fetches and starts every other
/// part quietly, one after the other: moving to a screen then never waits for its code.
pub fn fetch_ahead_when_kept() {
    // navigator.serviceWorker.controller, read without web-sys's service worker bindings.
    let get = |on: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(on, &name.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
    };
    let kept = !get(&get(&window().navigator(), "serviceWorker"), "controller").is_falsy();
    if !kept || cfg!(not(feature = "split")) {
        return;
    }
    set_timeout(
        || {
            leptos::task::spawn_local(async {
                for module in AHEAD {
                    if fetch(module).await.is_err() {
                        return;
                    }
                    platform::styles::fetch_quietly(module.styles()).await;
                }
            });
        },
        std::time::Duration::from_millis(FETCH_AHEAD_AFTER_MS),
    );
}

/// After the first screen's own work (its data read, its pictures asked for).
const FETCH_AHEAD_AFTER_MS: u64 = 300;

/// The screen, from its part: at once when the part's code is here, else once it is fetched.
pub fn screen_view(screen: Screen) -> AnyView {
    let module = screen.module().unwrap_or(Module::Shell);
    if is_here(module) && platform::styles::arrived(module.styles()) {
        let view = show(module, screen).unwrap_or_else(|| missing_view(module, screen));
        mark_drawn_soon();
        return view;
    }
    fetched_view(module, screen)
}

/// Where a part that is not here yet is: being fetched, drawn, or not fetched.
#[derive(Clone, Copy, PartialEq)]
enum Fetch {
    Waiting,
    Drawn,
    Missing,
}

/// Fetches a part's code and style sheets in a task, then builds the screen under this screen's
/// owner (so it finds the app's contexts). Nothing is shown for a moment, then "Opening…".
fn fetched_view(module: Module, screen: Screen) -> AnyView {
    let strings = use_strings();
    let state = RwSignal::new(Fetch::Waiting);
    let slow = RwSignal::new(false);
    let built = StoredValue::new_local(None::<AnyView>);
    let owner = Owner::current().expect("a screen is built under an owner");
    platform::ready::mark_waiting();
    set_timeout(
        move || {
            let _ = slow.try_set(true);
        },
        std::time::Duration::from_millis(QUIET_WAIT_MS),
    );
    leptos::task::spawn_local(async move {
        let fetched = fetch(module).await;
        platform::styles::turn_on(module.styles()).await;
        // Moved on to another screen meanwhile: this one is gone, build nothing.
        if state.try_get_untracked().is_none() {
            return;
        }
        let view = match fetched {
            Ok(()) => owner.with(|| show(module, screen)),
            Err(_) => None,
        };
        match view {
            Some(view) => {
                built.set_value(Some(view));
                state.set(Fetch::Drawn);
            }
            None => state.set(Fetch::Missing),
        }
        mark_drawn_soon();
    });
    view! {
        {move || match state.get() {
            Fetch::Waiting => slow
                .get()
                .then(|| view! { <p class="part-opening" role="status">{strings.part_opening}</p> })
                .into_any(),
            Fetch::Drawn => built
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(|| ().into_any()),
            Fetch::Missing => missing_view(module, screen),
        }}
    }
    .into_any()
}

/// A part that could not be fetched: a calm line, and "Try again" (a failed fetch is not
/// remembered, so trying again fetches again).
fn missing_view(module: Module, screen: Screen) -> AnyView {
    let strings = use_strings();
    let retry = RwSignal::new(0u32);
    view! {
        {move || {
            if retry.get() > 0 {
                return fetched_view(module, screen);
            }
            view! {
                <PageFrame title=strings.part_missing_title picture="growing-heart">
                    <div class="part-missing">
                        <p class="coming-line">{strings.part_missing_line}</p>
                        <button class="big-button" on:click=move |_| try_again(retry)>
                            {strings.part_try_again}
                        </button>
                    </div>
                </PageFrame>
            }
            .into_any()
        }}
    }
    .into_any()
}

/// Fetches the part again; if a new version of the app has taken over meanwhile (its files
/// replace this version's), opens this screen in it instead.
fn try_again(retry: RwSignal<u32>) {
    let root = document().document_element();
    if root.is_some_and(|root| root.has_attribute("data-new-version-active")) {
        let _ = window().location().reload();
    } else {
        retry.update(|n| *n += 1);
    }
}

/// Draws a screen of a part whose code is here: its sheets on, the other parts' off.
fn show(module: Module, screen: Screen) -> Option<AnyView> {
    let every_sheet: Vec<&str> = Module::ALL
        .iter()
        .flat_map(|m| m.styles())
        .copied()
        .collect();
    platform::styles::turn_off_all_but(module.styles(), &every_sheet);
    build(module, screen)
}

/// Marks the screen ready once it is in the page (the renderer adds it before this task runs).
fn mark_drawn_soon() {
    leptos::task::spawn_local(async { platform::ready::mark_interactive() });
}

/// Home and "not found" are in the code that starts the app.
fn shell_screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <crate::home::HomePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn calm_screens(screen: Screen) -> AnyView {
    load_practice_log();
    match screen {
        Screen::Calm => view! { <crate::calm::CalmPage/> }.into_any(),
        Screen::Practice(exercise) => {
            view! { <crate::calm::practice::PracticePage exercise/> }.into_any()
        }
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn shelf_screens(screen: Screen) -> AnyView {
    load_story_index();
    match screen {
        Screen::Stories => view! { <crate::story::StoriesPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn story_screens(screen: Screen) -> AnyView {
    use crate::story::{books, editor, print, reader};
    load_story_index();
    match screen {
        Screen::StoryEdit(id) => view! { <editor::EditorPage id/> }.into_any(),
        Screen::StoryRead(id) => view! { <reader::ReaderPage id/> }.into_any(),
        Screen::StoryPrint(id) => view! { <print::PrintPage id/> }.into_any(),
        Screen::Book(id) => view! { <books::BookReaderPage id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn progress_screens(screen: Screen) -> AnyView {
    use crate::family::grownups::GrownUpsDoorPage;
    load_practice_log();
    match screen {
        Screen::Progress => view! { <crate::progress::ProgressPage/> }.into_any(),
        Screen::GrownUps => view! { <GrownUpsDoorPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn family_screens(screen: Screen) -> AnyView {
    load_practice_log();
    match screen {
        Screen::GrownUpsBehindGate => view! { <crate::family::grownups::GrownUpsPage/> }.into_any(),
        Screen::SentPlan => view! { <crate::family::sent_plan::SentPlanPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The practice log, for the screens that log practices or show them (loaded by their part, so
/// Home's code does not carry it).
fn load_practice_log() {
    provide_context(expect_context::<AppStorage>().bind(keys::PRACTICE_LOG));
}

/// The shelf's index of stories, for the shelf and for keeping a story's card up to date.
fn load_story_index() {
    provide_context(expect_context::<AppStorage>().bind(keys::STORY_INDEX));
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

/// A part's code that could not be fetched or started.
#[derive(Debug)]
pub struct PartMissing;

/// Declares the split points: one function per part, whose body (and all only it reaches) the
/// split puts in that part's chunk, and the ways to fetch and to build each.
macro_rules! split_points {
    ($($module:ident => $chunk:ident, $part:ident, $preload:ident, $screens:ident;)*) => {
        #[cfg(feature = "split")]
        mod split_points {
            use super::*;
            impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
                fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
                    PartMissing
                }
            }
            $(
                #[leptos::wasm_split::wasm_split(
                    $chunk,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload($preload)
                )]
                pub fn $part(screen: Screen) -> Result<AnyView, PartMissing> {
                    Ok($screens(screen))
                }
            )*
        }

        /// Fetches (once per page) the code of `module`'s part.
        async fn fetch(module: Module) -> Result<(), PartMissing> {
            #[cfg(feature = "split")]
            {
                let fetched = match module {
                    Module::Shell => Ok(()),
                    $(Module::$module => split_points::$preload().await.map_err(PartMissing::from),)*
                };
                if fetched.is_ok() {
                    HERE.with(|here| here.set(here.get() | bit(module)));
                }
                fetched
            }
            #[cfg(not(feature = "split"))]
            {
                let _ = module;
                Ok(())
            }
        }

        /// Builds a screen of a part whose code is here.
        fn build(module: Module, screen: Screen) -> Option<AnyView> {
            match module {
                Module::Shell => Some(shell_screens(screen)),
                $(
                    #[cfg(feature = "split")]
                    Module::$module => now(split_points::$part(screen)).and_then(Result::ok),
                    #[cfg(not(feature = "split"))]
                    Module::$module => Some($screens(screen)),
                )*
            }
        }
    };
}

split_points! {
    Calm => calm, calm_part, preload_calm, calm_screens;
    Shelf => shelf, shelf_part, preload_shelf, shelf_screens;
    Story => story, story_part, preload_story, story_screens;
    Progress => progress, progress_part, preload_progress, progress_screens;
    Family => family, family_part, preload_family, family_screens;
}

thread_local! {
    /// The parts whose code this page has fetched, one bit each (Home's is always here).
    static HERE: Cell<u8> = const { Cell::new(1) };
}

fn bit(module: Module) -> u8 {
    1 << Module::ALL.iter().position(|m| *m == module).unwrap_or(0)
}

/// Whether `module`'s code is in this page already.
fn is_here(module: Module) -> bool {
    cfg!(not(feature = "split")) || HERE.with(|here| here.get() & bit(module) != 0)
}

/// Polls a future once: a split function's future is ready at once when its chunk is here.
#[cfg(feature = "split")]
fn now<F: std::future::Future>(future: F) -> Option<F::Output> {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    }
}
