//! Home: a greeting for the child and the four places to go, as big picture cards.

pub mod today;

use leptos::html;
use leptos::prelude::*;

use crate::model::screen::Screen;
use crate::storage::use_family;
use crate::strings::use_strings;
use crate::ui::child_choices::ChildChoices;
use crate::ui::navigation::Link;
use crate::ui::page_frame::announce_screen;
use crate::ui::picture::Picture;
use crate::ui::welcome::Welcome;

/// The first screen: "Hello, Mia!" and four cards a child can tap.
#[component]
pub fn HomePage() -> impl IntoView {
    let strings = use_strings();
    let family = use_family();
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
            <Welcome/>
            <ChildSwitcher/>
            <today::TodaysPractice/>
            <BackupReminder/>
            <nav class="home-cards" aria-label=strings.main_navigation>
                <HomeCard to=Screen::Calm picture="balloon" title=strings.calm_title hint=strings.calm_hint class="home-card home-card-calm"/>
                <HomeCard to=Screen::Stories picture="open-book" title=strings.stories_title hint=strings.stories_hint class="home-card home-card-stories"/>
                <HomeCard to=Screen::Progress picture="seedling" title=strings.progress_title hint=strings.progress_hint class="home-card home-card-progress"/>
                <HomeCard to=Screen::GrownUps picture="people-hugging" title=strings.grownups_title hint=strings.grownups_hint class="home-card home-card-grownups"/>
            </nav>
        </div>
    }
}

/// With more than one child on the tablet: their pictures, to say who is here now.
#[component]
fn ChildSwitcher() -> impl IntoView {
    let strings = use_strings();
    let family = use_family();
    view! {
        <Show when=move || family.with(|f| f.children.len() >= 2)>
            <ChildChoices label=strings.who_is_here class="home-children"/>
        </Show>
    }
}

/// A kind word for the grown-ups when the last backup is a while ago.
#[component]
fn BackupReminder() -> impl IntoView {
    let strings = use_strings();
    let family = use_family();
    let now = crate::platform::clock::now_ms();
    // A family who never saved a backup is reminded from their first use.
    Effect::new(move || {
        if family.with(|f| f.first_used_at.is_none() && !f.children.is_empty()) {
            family.update(|f| {
                f.note_first_use(now);
            });
        }
    });
    let due = move || family.with(|f| f.backup_reminder_due(now));
    view! {
        <p class="backup-reminder" class:gone=move || !due()>{strings.backup_reminder}</p>
    }
}

/// One big card: a picture, a name, and a short line for the grown-up.
#[component]
fn HomeCard(
    to: Screen,
    picture: &'static str,
    title: &'static str,
    hint: &'static str,
    /// Its classes, which give each card its own colour.
    class: &'static str,
) -> impl IntoView {
    view! {
        <Link to=to class=class>
            <Picture name=picture class="home-card-picture"/>
            <span class="home-card-title">{title}</span>
            <span class="home-card-hint">{hint}</span>
        </Link>
    }
}
