//! The style sheets only some parts of the app need: index.html links each turned off (so Home's
//! first load does not fetch them), and a part's screens turn on their own as they open.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Longest wait for a sheet to arrive: past it the screen is drawn anyway (still readable,
/// only less styled), so a stalled download never leaves the family before a blank page.
const LONGEST_WAIT_MS: i32 = 4_000;

/// Fetches the sheets named (`style/<name>.css`, linked as `id="style-<name>"`) and waits until
/// each has arrived, so a screen is never drawn unstyled.
pub async fn turn_on(names: &[&str]) {
    for name in names {
        let Some(link) = sheet_link(name) else {
            continue;
        };
        if link.disabled() {
            // Still only linked: fetched now, and from here on turned on and off as a sheet.
            link.set_disabled(false);
        }
        until_arrived(&link).await;
    }
}

/// Fetches the sheets named without applying them (for a part fetched ahead of time): they
/// arrive turned off, ready to be turned on at once.
pub async fn fetch_quietly(names: &[&str]) {
    for name in names {
        let Some(link) = sheet_link(name) else {
            continue;
        };
        if !link.disabled() {
            continue;
        }
        // A sheet for no media is fetched but applies to nothing until it is switched off.
        link.set_media("not all");
        link.set_disabled(false);
        until_arrived(&link).await;
        if let Some(sheet) = link.sheet() {
            sheet.set_disabled(true);
        }
        let _ = link.remove_attribute("media");
    }
}

/// Whether every sheet named has arrived (a screen needing them can be drawn at once).
pub fn arrived(names: &[&str]) -> bool {
    names
        .iter()
        .all(|name| sheet_link(name).is_none_or(|link| !link.disabled() && link.sheet().is_some()))
}

/// Applies the sheets named and none of the others in `every_sheet`, as the screen that needs
/// them is drawn: a screen sees the shared sheets and its own part's, as each was written for.
/// (The sheet itself is switched, not the link, which would fetch and apply it again later.)
pub fn turn_off_all_but(names: &[&str], every_sheet: &[&str]) {
    for name in every_sheet {
        if let Some(sheet) = sheet_link(name).and_then(|link| link.sheet()) {
            sheet.set_disabled(!names.contains(name));
        }
    }
}

fn sheet_link(name: &str) -> Option<web_sys::HtmlLinkElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(&format!("style-{name}"))?
        .dyn_into()
        .ok()
}

/// Waits for a turned-on link's sheet, unless it is here already.
async fn until_arrived(link: &web_sys::HtmlLinkElement) {
    if link.sheet().is_none() {
        let _ = wasm_bindgen_futures::JsFuture::from(arrival_of(link)).await;
    }
}

/// Resolves when the sheet has loaded or failed, or after `LONGEST_WAIT_MS`.
fn arrival_of(link: &web_sys::HtmlLinkElement) -> js_sys::Promise {
    let link = link.clone();
    js_sys::Promise::new(&mut move |resolve, _reject| {
        // Called up to three times (load or error, then the timer): resolving twice is harmless.
        let done = Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
        .into_js_value();
        let done: &js_sys::Function = done.unchecked_ref();
        let _ = link.add_event_listener_with_callback("load", done);
        let _ = link.add_event_listener_with_callback("error", done);
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(done, LONGEST_WAIT_MS);
        }
    })
}
