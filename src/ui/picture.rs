//! A picture from the app's curated set.

use leptos::prelude::*;

use crate::platform::site::file_address;

/// Where the build puts the extracted pictures.
pub fn picture_url(name: &str) -> String {
    file_address(&format!("pictures/{name}.svg"))
}

/// A decorative picture: the words beside it carry the meaning, so screen readers skip it.
#[component]
pub fn Picture(
    name: &'static str,
    #[prop(optional)] class: &'static str,
    /// Fetched once the screen has painted: for a list's many pictures, so its words come first.
    #[prop(optional)]
    after_first_paint: bool,
) -> impl IntoView {
    let class = format!("picture {class}");
    if after_first_paint {
        let src = src_after_first_paint(picture_url(name));
        view! { <img class=class src=src alt="" draggable="false" loading="lazy"/> }.into_any()
    } else {
        view! { <img class=class src=picture_url(name) alt="" draggable="false"/> }.into_any()
    }
}

/// `url` from the screen's first paint on, nothing before. Each SVG picture costs the browser a
/// document of its own: fifty covers loaded first held a shelf's words back by 0.4 s (4x slower CPU).
pub fn src_after_first_paint(
    url: String,
) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
    let painted = RwSignal::new(false);
    // The screen may be gone by then (a quick tap away): nothing to show it in.
    request_animation_frame(move || {
        let _ = painted.try_set(true);
    });
    move || painted.get().then(|| url.clone())
}
