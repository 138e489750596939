//! Home: a greeting for the child and the four places to go, as big picture cards.

use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::family::Family;
use crate::strings::use_strings;
use crate::ui::page_frame::announce_screen;
use crate::ui::picture::Picture;

/// The first screen: "Hello, Mia!" and four cards a child can tap.
#[component]
pub fn HomePage() -> impl IntoView {
    let strings = use_strings();
    let family = expect_context::<RwSignal<Family>>();
    let heading = NodeRef::<html::H1>::new();
    announce_screen(strings.home, heading);
    let greeting = move || {
        family.with(|f| (strings.greeting)(f.greeting_name().unwrap_or(strings.default_child_name)))
    };
    view! {
        <div class="home">
            <header class="home-header">
                <h1 node_ref=heading tabindex="-1" class="home-greeting">{greeting}</h1>
                <p class="home-prompt">{strings.home_prompt}</p>
            </header>
            <nav class="home-cards" aria-label=strings.main_navigation>
                <HomeCard href="/calm" picture="balloon" title=strings.calm_title hint=strings.calm_hint tone="calm"/>
                <HomeCard href="/stories" picture="open-book" title=strings.stories_title hint=strings.stories_hint tone="stories"/>
                <HomeCard href="/progress" picture="seedling" title=strings.progress_title hint=strings.progress_hint tone="progress"/>
                <HomeCard href="/grown-ups" picture="people-hugging" title=strings.grownups_title hint=strings.grownups_hint tone="grownups"/>
            </nav>
        </div>
    }
}

/// One big card: a picture, a name, and a short line for the grown-up.
#[component]
fn HomeCard(
    href: &'static str,
    picture: &'static str,
    title: &'static str,
    hint: &'static str,
    tone: &'static str,
) -> impl IntoView {
    view! {
        <A href=href attr:class=format!("home-card home-card-{tone}")>
            <Picture name=picture class="home-card-picture"/>
            <span class="home-card-title">{title}</span>
            <span class="home-card-hint">{hint}</span>
        </A>
    }
}
