//! Progress: the days practised and how feelings changed, for the grown-up and therapist.

use leptos::prelude::*;

use crate::strings::use_strings;
use crate::ui::page_frame::PageFrame;

/// The progress screen; for now it says honestly what it will hold.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=strings.progress_title picture="seedling">
            <p class="coming-line">{strings.progress_coming}</p>
        </PageFrame>
    }
}
