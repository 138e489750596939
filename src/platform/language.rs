//! The browser's side of languages: which one it prefers, and telling the page which one is
//! shown (so screen readers and speech pronounce it right).

use crate::model::language::Language;

/// The first language in the browser's list that the app speaks, else English.
pub fn browser_language() -> Language {
    let preferred: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default();
    Language::from_browser(preferred.iter().map(String::as_str))
}

/// Sets `<html lang>` to the language shown.
pub fn show_language(language: Language) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("lang", language.tag());
    }
}
