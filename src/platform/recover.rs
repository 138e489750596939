//! If the app ever fails, a friendly screen instead of a blank page. Stored data is untouched.

use crate::strings::Strings;

/// Shows the recover screen whenever Rust code panics.
pub fn show_recover_screen_on_panic(strings: &'static Strings) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Calm Together stopped: {info}").into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            show_recover_screen(&body, strings);
        }
    }));
}

/// Replaces everything in `page` (the body) with a calm message and a way back, built
/// without the app's own code.
pub fn show_recover_screen(page: &web_sys::Element, strings: &Strings) {
    let Some(document) = page.owner_document() else {
        return;
    };
    let make = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let (Some(screen), Some(title), Some(message), Some(safe), Some(again)) = (
        make("main", ""),
        make("h1", strings.recover_title),
        make("p", strings.recover_message),
        make("p", strings.recover_data_safe),
        make("a", strings.recover_start_again),
    ) else {
        return;
    };
    let _ = screen.set_attribute("class", "recover");
    let _ = screen.set_attribute("role", "alert");
    let _ = again.set_attribute(
        "href",
        &super::site::address_of(crate::model::screen::Screen::Home),
    );
    let _ = again.set_attribute("class", "big-button");
    for child in [&title, &message, &safe, &again] {
        let _ = screen.append_child(child);
    }
    page.set_text_content(None);
    let _ = page.append_child(&screen);
}
