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
    /// Fetched once the screen has painted (the browser's lazy loading): for a list's many
    /// pictures, so its words come first on a slow connection.
    #[prop(optional)]
    after_first_paint: bool,
) -> impl IntoView {
    let loading = if after_first_paint { "lazy" } else { "eager" };
    view! { <img class=format!("picture {class}") src=picture_url(name) alt="" draggable="false" loading=loading/> }
}
