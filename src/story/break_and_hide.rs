//! Two things always one tap away while making or reading a story: a calm break (a short
//! calming exercise that comes back to exactly this page and picture), and quick hide (a calm
//! cover over everything, in case someone walks in; hold it to bring the story back).

use leptos::ev::PointerEvent;
use leptos::prelude::*;

use crate::model::exercise::Exercise;
use crate::model::screen::Screen;
use crate::platform::site::address_of;
use crate::strings::use_story_strings;
use crate::ui::dialog::Dialog;
use crate::ui::navigation::query_value;
use crate::ui::picture::Picture;

/// How long a finger must rest on the cover to bring the story back.
const HOLD_MS: u64 = 1_000;

/// Reads a whole number from the address's query, like `page` in `?page=3`.
pub fn query_number(name: &str) -> Option<u32> {
    query_value(name)?.parse().ok()
}

/// A link to a short Balloon breathing that offers the way back to `back` (this very page, as
/// its path inside the app, `/stories/3?page=2`: the same wherever the app is hosted).
#[component]
pub fn CalmBreak(back: Signal<String>) -> impl IntoView {
    let story_words = use_story_strings();
    let href = move || {
        let back = js_sys::encode_uri_component(&back.get());
        format!(
            "{}?back={}",
            address_of(Screen::Practice(Exercise::Balloon)),
            String::from(back)
        )
    };
    view! {
        <a class="big-button calm-break" href=href>
            <Picture name="balloon" class="calm-break-picture"/>
            {story_words.calm_break}
        </a>
    }
}

/// The quick-hide button and its cover: a modal dialog over everything, so nothing of the
/// story can be reached or read out behind it. A hold (or Enter, or Escape) brings it back.
#[component]
pub fn QuickHide() -> impl IntoView {
    let story_words = use_story_strings();
    let hidden = RwSignal::new(false);
    let held_since = StoredValue::new(None::<f64>);
    let hold = move |_: PointerEvent| held_since.set_value(Some(js_sys::Date::now()));
    let release = move |_: PointerEvent| {
        let held = held_since.get_value().map(|t| js_sys::Date::now() - t);
        held_since.set_value(None);
        if held.is_some_and(|ms| ms >= HOLD_MS as f64) {
            hidden.set(false);
        }
    };
    view! {
        <button class="quiet-button quick-hide" on:click=move |_| hidden.set(true)>{story_words.quick_hide}</button>
        <Dialog open=hidden on_close=move |()| hidden.set(false) label=story_words.quick_hide class="hide-cover">
            <button
                class="hide-cover-button"
                aria-label=story_words.hold_to_show
                autofocus
                on:pointerdown=hold
                on:pointerup=release
                on:pointercancel=move |_| held_since.set_value(None)
                on:contextmenu=|event| event.prevent_default()
                on:keydown=move |event: leptos::ev::KeyboardEvent| {
                    if event.key() == "Enter" {
                        event.prevent_default();
                        hidden.set(false);
                    }
                }
            >
                <Picture name="rainbow" class="hide-picture"/>
            </button>
        </Dialog>
    }
}
