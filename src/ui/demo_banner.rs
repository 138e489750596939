//! The banner on every screen while a therapist shows the demo, so no one mistakes it for the
//! family's own things.

use leptos::prelude::*;

use crate::storage::AppStorage;
use crate::strings::use_strings;

/// "Demo — nothing is saved", at the top of every screen in demo mode.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    storage.demo.then(|| {
        view! { <p class="demo-banner" role="note">{use_strings().demo_banner}</p> }
    })
}
