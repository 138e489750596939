//! Our stories: the picture books a grown-up and child make together.

use leptos::prelude::*;

use crate::strings::use_strings;
use crate::ui::page_frame::PageFrame;

/// The child's stories; for now it says honestly what it will hold.
#[component]
pub fn StoriesPage() -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=strings.stories_title picture="open-book">
            <p class="coming-line">{strings.stories_coming}</p>
        </PageFrame>
    }
}
