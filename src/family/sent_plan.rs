//! A plan sent from the therapist's tablet, opened on the family's from its link: what it
//! holds and for which child, then "Use this plan" (or add it, or replace this week's) or
//! "Not now". Nothing is stored before that tap. Not behind the grown-ups' gate: the link is
//! opened on purpose by a grown-up with the tablet's camera, and a child cannot reach it.

use leptos::prelude::*;

use crate::model::handoff::{read_fragment, PlanFit, PlanLinkProblem, SentPlan};
use crate::model::screen::Screen;
use crate::platform::ids::new_child_id;
use crate::storage::use_family;
use crate::strings::{use_family_strings, use_strings};
use crate::ui::child_choices::ChildChoices;
use crate::ui::navigation::use_navigation;
use crate::ui::page_frame::PageFrame;
use crate::ui::welcome::Welcome;

use super::plan_send::plan_lines;

/// What was chosen on this screen.
#[derive(Clone, Copy, PartialEq)]
enum Choice {
    Undecided,
    Taken,
}

/// The screen at `/plan#plan-v1:…`.
#[component]
pub fn SentPlanPage() -> impl IntoView {
    let words = use_family_strings();
    // Read once: the fragment is taken off the address as soon as the plan is used.
    let read = read_fragment(&window().location().hash().unwrap_or_default());
    let body = match read {
        Ok(sent) => view! { <PlanToTake sent=sent/> }.into_any(),
        Err(problem) => view! { <PlanNotRead problem=problem/> }.into_any(),
    };
    view! {
        <PageFrame title=words.sent_title picture="growing-heart">
            {body}
        </PageFrame>
    }
}

/// The plan in words, who it is for, and the choices. A tablet with no child yet says hello
/// first.
#[component]
fn PlanToTake(sent: SentPlan) -> impl IntoView {
    let words = use_family_strings();
    let strings = use_strings();
    let family = use_family();
    let navigation = use_navigation();
    let choice = RwSignal::new(Choice::Undecided);
    let sent = StoredValue::new(sent);
    let lines = sent.with_value(|sent| plan_lines(sent, words));
    let no_child_yet = move || family.with(|f| f.children.is_empty());
    let name = move || {
        family.with(|f| {
            f.current()
                .filter(|child| !child.nickname.is_empty())
                .map_or(strings.default_child_name.to_string(), |child| {
                    child.nickname.clone()
                })
        })
    };
    let fit = move || {
        family.with(|f| {
            let plan = f
                .current()
                .map(|child| child.plan.clone())
                .unwrap_or_default();
            sent.with_value(|sent| sent.fit(&plan))
        })
    };
    let take = move |replace: bool| {
        family.update(|f| {
            f.update_current_plan(new_child_id, |plan| {
                sent.with_value(|sent| {
                    if replace {
                        sent.replace(plan);
                    } else {
                        sent.add_to(plan);
                    }
                })
            })
        });
        choice.set(Choice::Taken);
        navigation.forget_the_fragment();
    };
    // Home in place of the link's address: Back does not offer the plan again.
    let not_now = move || navigation.replace(Screen::Home);
    let choices = move || match fit() {
        PlanFit::NothingPlanned => view! {
            <button class="big-button" on:click=move |_| take(true)>{words.sent_use}</button>
            <button class="quiet-button" on:click=move |_| not_now()>{words.sent_not_now}</button>
        }
        .into_any(),
        PlanFit::Different => view! {
            <p class="plan-fit">{move || (words.sent_has_plan)(&name())}</p>
            <button class="big-button" on:click=move |_| take(true)>{words.sent_replace}</button>
            <button class="big-button" on:click=move |_| take(false)>{words.sent_add}</button>
            <button class="quiet-button" on:click=move |_| not_now()>{words.sent_not_now}</button>
        }
        .into_any(),
        PlanFit::AlreadyHeld => view! {
            <p class="plan-fit">{move || (words.sent_already)(&name())}</p>
            <button class="big-button" on:click=move |_| not_now()>{words.sent_go_home}</button>
        }
        .into_any(),
    };
    view! {
        <Show when=no_child_yet>
            <p class="panel sent-plan-first">{words.sent_welcome_first}</p>
        </Show>
        <Welcome/>
        <section class="panel sent-plan" aria-labelledby="sent-plan-intro" class:gone=no_child_yet>
            <p id="sent-plan-intro">{words.sent_intro}</p>
            <ul class="plan-lines">{lines}</ul>
            <Show when=move || choice.get() == Choice::Undecided fallback=move || view! {
                <p class="plan-fit" role="status">{move || (words.sent_taken)(&name())}</p>
                <div class="choices">
                    <button class="big-button" on:click=move |_| navigation.replace(Screen::Home)>{words.sent_go_home}</button>
                </div>
            }>
                <Show
                    when=move || family.with(|f| f.children.len() >= 2)
                    fallback=move || view! { <p class="plan-fit">{move || (words.sent_for_child)(&name())}</p> }
                >
                    <ChildChoices label=words.sent_for visible_label=true class="sent-plan-children"/>
                </Show>
                <p class="field-help">{words.sent_nothing_changes}</p>
                <div class="choices">{choices}</div>
            </Show>
        </section>
    }
}

/// A link that could not be read: why, and the way home. Nothing was changed.
#[component]
fn PlanNotRead(problem: PlanLinkProblem) -> impl IntoView {
    let words = use_family_strings();
    let navigation = use_navigation();
    let why = match problem {
        PlanLinkProblem::NotAPlan => words.sent_not_a_plan,
        PlanLinkProblem::Damaged => words.sent_damaged,
        PlanLinkProblem::Newer => words.sent_newer,
    };
    view! {
        <section class="panel sent-plan">
            <p>{why}</p>
            <div class="choices">
                <button class="big-button" on:click=move |_| navigation.replace(Screen::Home)>{words.sent_go_home}</button>
            </div>
        </section>
    }
}
