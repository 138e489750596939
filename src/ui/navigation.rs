//! Moving between screens: the current screen follows the address bar, and links change
//! both without reloading the page. A few lines instead of a router crate: see README "Size".

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::model::screen::Screen;
use crate::platform::site::{address_of, screen_at};
use crate::storage::AppStorage;

/// The screen being shown, shared through context.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub screen: RwSignal<Screen>,
    /// Saved data, written at every screen change (where a page load used to write it).
    storage: Option<AppStorage>,
}

impl Navigation {
    /// Starts at the address the page was opened with and follows Back and Forward.
    pub fn follow_the_address_bar() -> Self {
        let navigation = Self {
            screen: RwSignal::new(screen_here()),
            storage: use_context::<AppStorage>(),
        };
        window_event_listener(leptos::ev::popstate, move |_| {
            navigation.save_now();
            navigation.screen.set(screen_here());
        });
        navigation
    }

    /// Shows `screen` and records it in the browser's history, so Back returns here. Never a
    /// page load: a part of the app not fetched yet is fetched (see `crate::parts`).
    pub fn go(&self, screen: Screen) {
        if self.screen.get_untracked() != screen {
            self.show(screen, History::Push);
        }
    }

    /// Shows `screen` in place of this one in the browser's history: Back does not return to
    /// an address that was used once (a plan's link, whose plan is now taken or declined).
    pub fn replace(&self, screen: Screen) {
        self.show(screen, History::Replace);
    }

    /// Takes the `#fragment` off the address bar, staying on this screen: a plan's link is not
    /// kept in this tablet's history nor used again by a reload.
    pub fn forget_the_fragment(&self) {
        let location = window().location();
        if let (Ok(path), Ok(history)) = (location.pathname(), window().history()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
}

/// How a screen change is written in the browser's history.
#[derive(Clone, Copy)]
enum History {
    Push,
    Replace,
}

impl Navigation {
    fn show(&self, screen: Screen, history: History) {
        self.save_now();
        if let Ok(browser_history) = window().history() {
            let address = address_of(screen);
            let _ = match history {
                History::Push => browser_history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&address),
                ),
                History::Replace => browser_history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&address),
                ),
            };
        }
        self.screen.set(screen);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Writes what is waiting to be saved: a screen left is a moment the family expects its
    /// work to be kept, as a page load did.
    fn save_now(&self) {
        if let Some(storage) = self.storage {
            storage.flush();
        }
    }
}

/// A value from the address's query, decoded: `page` in `?page=3&picture=1` is "3".
pub fn query_value(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    let encoded = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?;
    js_sys::decode_uri_component(encoded).ok().map(String::from)
}

/// The screen the address bar names now.
pub fn screen_here() -> Screen {
    screen_at(
        &window()
            .location()
            .pathname()
            .unwrap_or_else(|_| "/".into()),
    )
}

/// The navigation of the app this component is in.
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

/// A link to a screen: a real `<a href>` (so it can be opened, copied, read by a screen reader),
/// handled in the app without a page load.
///
/// `plain` leaves out `aria-current` for links that can never be the screen shown (a book on
/// the shelf), so a long list does not follow the address for every link.
#[component]
pub fn Link(
    to: Screen,
    class: &'static str,
    #[prop(optional)] plain: bool,
    children: Children,
) -> impl IntoView {
    let navigation = use_navigation();
    let follow = move |event: MouseEvent| {
        let plain_click = event.button() == 0
            && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if plain_click {
            event.prevent_default();
            navigation.go(to);
        }
    };
    if plain {
        return view! { <a href=address_of(to) class=class on:click=follow>{children()}</a> }
            .into_any();
    }
    let current = move || (navigation.screen.get() == to).then_some("page");
    view! {
        <a href=address_of(to) class=class aria-current=current on:click=follow>
            {children()}
        </a>
    }
    .into_any()
}
