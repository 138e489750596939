//! Calm together: guided calming exercises a grown-up and a child do together.

pub mod check_in;
pub mod cues;
pub mod pacer;
pub mod practice;
pub mod runner;

use leptos::prelude::*;

use crate::model::exercise::{Exercise, Shelf};
use crate::model::pacing::PaceBand;
use crate::model::screen::Screen;
use crate::storage::use_family;
use crate::strings::{use_calm_strings, use_strings};
use crate::ui::navigation::Link;
use crate::ui::page_frame::PageFrame;
use crate::ui::picture::Picture;

/// The exercises, on shelves: breathing, and body and senses; for a baby (0–2), the practices
/// done holding the baby come first, and with no age given they come last.
#[component]
pub fn CalmPage() -> impl IntoView {
    let strings = use_strings();
    let calm_words = use_calm_strings();
    let family = use_family();
    let age = family.with_untracked(|f| f.current().and_then(|c| c.age_band));
    let band = PaceBand::for_child(age);
    let shelf = move |shelf: Shelf| {
        let (title, intro, id) = match shelf {
            Shelf::WithABaby => (
                calm_words.baby_shelf,
                Some(calm_words.baby_shelf_intro),
                "shelf-baby",
            ),
            Shelf::Breathing => (calm_words.breathing_shelf, None, "shelf-breathing"),
            Shelf::BodyAndSenses => (calm_words.body_shelf, None, "shelf-body"),
        };
        let cards = Exercise::ALL
            .into_iter()
            .filter(|e| e.shelf() == shelf)
            .map(|exercise| view! { <ExerciseCard exercise band/> })
            .collect_view();
        view! {
            <section class="shelf" class:baby-shelf=shelf == Shelf::WithABaby aria-labelledby=id>
                <h2 id=id class="shelf-title">{title}</h2>
                {intro.map(|intro| view! { <p class="shelf-intro">{intro}</p> })}
                <div class="exercise-cards">{cards}</div>
            </section>
        }
    };
    view! {
        <PageFrame title=strings.calm_title picture="balloon">
            <p class="page-intro">{calm_words.list_intro}</p>
            {Shelf::for_child(age).iter().copied().map(shelf).collect_view()}
        </PageFrame>
    }
}

/// One exercise: its picture, name and a short line; a note when it is for older children.
#[component]
fn ExerciseCard(exercise: Exercise, band: PaceBand) -> impl IntoView {
    let calm_words = use_calm_strings();
    view! {
        <Link to=Screen::Practice(exercise) class="exercise-card">
            <Picture name=exercise.picture() class="exercise-card-picture" after_first_paint=true/>
            <span class="exercise-card-name">{(use_strings().exercise_name)(exercise)}</span>
            <span class="exercise-card-line">{(calm_words.line)(exercise)}</span>
            {(!exercise.made_for(band) && !exercise.for_a_baby()).then(|| view! { <span class="exercise-card-note">{calm_words.for_older}</span> })}
        </Link>
    }
}
