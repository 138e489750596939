use calm_together::model::language::Language;
use calm_together::strings::provide_language;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Storage};

/// The real localStorage of the test page, emptied of everything the app writes.
pub fn clean_local_storage() -> Storage {
    let storage = window().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("calm-together."))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
    storage
}

/// A fresh element to mount into, in English; the returned handle keeps the view alive.
pub fn mount_fresh<F, N>(view: F) -> (HtmlElement, leptos::mount::UnmountHandle<N::State>)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    mount_fresh_in(Language::English, view)
}

/// A fresh element to mount into, with every word in `language` (as `App` provides it).
pub fn mount_fresh_in<F, N>(
    language: Language,
    view: F,
) -> (HtmlElement, leptos::mount::UnmountHandle<N::State>)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let view = move || {
        provide_language(language);
        view()
    };
    let container = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    (container, handle)
}

/// The first element matching `selector` inside `root`.
pub fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// Every element matching `selector` inside `root`.
pub fn find_all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// Lets timers and effects run for `ms` milliseconds.
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
