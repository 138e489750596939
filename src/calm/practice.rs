//! One practice from start to gentle end: grown-up first, check-in, the exercise, check-in,
//! "We did it together". The practice is kept in the log as soon as it ends.

use leptos::prelude::*;

use super::check_in::CheckInForm;
use super::runner::ExerciseRunner;
use crate::model::checkin::CheckIn;
use crate::model::exercise::Exercise;
use crate::model::pacing::{Length, PaceBand};
use crate::model::plan::Activity;
use crate::model::practice::{Ending, Practice};
use crate::model::screen::Screen;
use crate::platform::clock::{local_day_number, now_ms};
use crate::platform::site::address_of_path;
use crate::storage::{use_calm_settings, use_family, use_practice_log};
use crate::strings::{use_calm_strings, use_strings};
use crate::ui::focus::focus_soon;
use crate::ui::navigation::{query_value, use_navigation};
use crate::ui::page_frame::PageFrame;
use crate::ui::picture::Picture;

/// The steps of one practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    GrownUpFirst,
    Before,
    Exercise,
    After,
    Finished(Ending),
}

/// What is gathered along the way, saved at the end.
#[derive(Debug, Clone, Copy, Default)]
struct Gathered {
    before: Option<CheckIn>,
    after: Option<CheckIn>,
    started_at: Option<u64>,
    ended_at: Option<u64>,
    ending: Option<Ending>,
}

/// The screen for one exercise.
#[component]
pub fn PracticePage(exercise: Exercise) -> impl IntoView {
    let calm_words = use_calm_strings();
    let settings = use_calm_settings();
    let family = use_family();
    let log = use_practice_log();
    let band = PaceBand::for_child(family.with_untracked(|f| f.current().and_then(|c| c.age_band)));
    let first = if settings.with_untracked(|s| s.grown_up_first) {
        Stage::GrownUpFirst
    } else {
        Stage::Before
    };
    let first_practice = log.with_untracked(|log| log.practices.is_empty());
    let stage = RwSignal::new(first);
    let gathered = RwSignal::new(Gathered::default());
    // Each new stage takes focus where it begins (its heading, or Start), so a keyboard or a
    // screen reader is never left on a button that has gone. The first is the screen's own.
    Effect::new(move |seen: Option<()>| {
        stage.track();
        if seen.is_some() {
            focus_soon("main [data-stage-start]");
        }
    });

    let finish = move |ending: Ending| {
        gathered.update(|g| {
            g.ending = Some(ending);
            g.ended_at = Some(now_ms());
        });
        stage.set(Stage::After);
    };
    let save = move || {
        let g = gathered.get_untracked();
        let (Some(started_at), Some(ending)) = (g.started_at, g.ending) else {
            return;
        };
        let child = family.with_untracked(|f| f.current_child.clone());
        // Every practice counts, short or long: it ticks off today's plan either way.
        let today = local_day_number(started_at);
        family.maybe_update(|f| {
            f.update_plan_of(child.as_ref(), |plan| {
                plan.mark_done(Activity::Exercise(exercise), today)
            })
        });
        log.update(|log| {
            log.record(Practice {
                id: format!("practice-{started_at}-{}", exercise.slug()),
                child,
                exercise,
                started_at,
                ended_at: g.ended_at.unwrap_or(started_at),
                ending,
                before: g.before,
                after: g.after,
            })
        });
    };
    let after_check_in = move |answers: Option<CheckIn>| {
        gathered.update(|g| g.after = answers);
        save();
        let ending = gathered
            .with_untracked(|g| g.ending)
            .unwrap_or(Ending::Completed);
        stage.set(Stage::Finished(ending));
    };

    // A calm break from a story brings its own way back to the same page.
    let back_to_story = story_to_return_to().map(|back| {
        view! {
            <a class="big-button back-to-story" href=address_of_path(&back)>{calm_words.back_to_story}</a>
        }
    });
    view! {
        <PageFrame title=(use_strings().exercise_name)(exercise) picture=exercise.picture() back=Screen::Calm>
            {back_to_story}
            <details class="guide">
                <summary class="guide-summary">{calm_words.guide_button}</summary>
                <p class="guide-text">{(calm_words.guide)(exercise)}</p>
                {exercise.paces_breathing().then(|| view! { <p class="guide-text guide-safety">{calm_words.stop_if_dizzy}</p> })}
            </details>
            // A baby's safety is always in sight, every time: it cannot wait for the panel.
            {(calm_words.baby_safety)(exercise).map(|safety| view! { <p class="baby-safety">{safety}</p> })}
            // The family's first practice also says it outside the panel, where it cannot be missed.
            {(first_practice && exercise.paces_breathing()).then(|| view! { <p class="first-practice-safety">{calm_words.stop_if_dizzy}</p> })}
            {move || match stage.get() {
                Stage::GrownUpFirst => view! {
                    <section class="grown-up-first">
                        <h2 tabindex="-1" data-stage-start>{calm_words.grown_up_first_title}</h2>
                        <p class="stage-line">{calm_words.grown_up_first_line}</p>
                        <ExerciseRunner
                            exercise=Exercise::Balloon
                            band=PaceBand::GrownUp
                            length=Length::Breaths(3)
                            on_start=|_| {}
                            on_end=move |_| stage.set(Stage::Before)
                        />
                        <button class="quiet-button" on:click=move |_| stage.set(Stage::Before)>{calm_words.skip}</button>
                    </section>
                }
                .into_any(),
                Stage::Before => view! {
                    <CheckInForm
                        title=calm_words.check_in_before_title
                        about_a_baby=exercise.for_a_baby()
                        on_done=move |answers| {
                            gathered.update(|g| g.before = answers);
                            stage.set(Stage::Exercise);
                        }
                    />
                }
                .into_any(),
                Stage::Exercise => view! {
                    <ExerciseRunner
                        exercise
                        band
                        on_start=move |_| gathered.update(|g| g.started_at = Some(now_ms()))
                        on_end=finish
                    />
                }
                .into_any(),
                Stage::After => view! {
                    <CheckInForm title=calm_words.check_in_after_title about_a_baby=exercise.for_a_baby() on_done=after_check_in/>
                }
                .into_any(),
                Stage::Finished(ending) => view! { <GentleEnding ending/> }.into_any(),
            }}
        </PageFrame>
    }
}

/// The story page a calm break came from (`?back=/stories/…`), only ever within this app.
fn story_to_return_to() -> Option<String> {
    query_value("back").filter(|back| {
        matches!(
            Screen::from_path(back),
            Screen::StoryEdit(_) | Screen::StoryRead(_)
        )
    })
}

/// The gentle, non-scoring end.
#[component]
fn GentleEnding(ending: Ending) -> impl IntoView {
    let calm_words = use_calm_strings();
    let navigation = use_navigation();
    let message = match ending {
        Ending::Completed => calm_words.ending_completed,
        Ending::StoppedEarly => calm_words.ending_stopped,
    };
    view! {
        <section class="ending">
            <Picture name="glowing-star" class="ending-picture"/>
            <h2 class="ending-title" tabindex="-1" data-stage-start>{message}</h2>
            <p class="stage-line">{calm_words.ending_line}</p>
            <p class="ending-saved">{calm_words.saved}</p>
            <button class="big-button" on:click=move |_| navigation.go(Screen::Calm)>{calm_words.done}</button>
        </section>
    }
}
