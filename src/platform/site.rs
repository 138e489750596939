//! The app's addresses on this host: the base the build wrote into the page
//! (`<meta name="calm-together-base">`, see `model::site`), read once.

use crate::model::screen::Screen;
use crate::model::site::SiteBase;

thread_local! {
    static BASE: SiteBase = read_base().unwrap_or_else(SiteBase::root);
}

/// A page without the build's line (the component tests' page) is served from the root.
/// Never panics: the recover screen, shown on a panic, asks for Home's address.
fn read_base() -> Option<SiteBase> {
    let written = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector("meta[name=\"calm-together-base\"]")
                .ok()?
        })
        .and_then(|meta| meta.get_attribute("content"));
    let raw = written?;
    // scripts/modules.mjs checks the base at build time, so this is a page edited by hand.
    let base = SiteBase::parse(&raw);
    if base.is_none() {
        web_sys::console::error_1(&format!("calm-together-base is not a plain path: {raw}").into());
    }
    base
}

/// The full address of a screen on this host (`/calm` or `/calm-together/calm`).
pub fn address_of(screen: Screen) -> String {
    address_of_path(&screen.path())
}

/// The full address of a path inside the app, query and all (`/stories/3?page=2`).
pub fn address_of_path(screen_path: &str) -> String {
    BASE.with(|base| base.address(screen_path))
}

/// The address of one of the build's files (`pictures/tulip.svg`).
pub fn file_address(name: &str) -> String {
    BASE.with(|base| base.file(name))
}

/// The screen a full address shows; an address outside the app is "not found".
pub fn screen_at(address: &str) -> Screen {
    BASE.with(|base| {
        base.screen_path(address)
            .map_or(Screen::NotFound, Screen::from_path)
    })
}
