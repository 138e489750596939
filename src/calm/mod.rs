//! Calm together: the guided calming exercises.

use leptos::prelude::*;

use crate::strings::use_strings;
use crate::ui::page_frame::PageFrame;

/// The list of calming exercises; for now it says honestly what it will hold.
#[component]
pub fn CalmPage() -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=strings.calm_title picture="balloon">
            <p class="coming-line">{strings.calm_coming}</p>
        </PageFrame>
    }
}
