//! This week's practice for the child here: the activities chosen with the therapist, and the
//! days each is meant for. Home shows them on the day.

use leptos::prelude::*;

use crate::model::exercise::Exercise;
use crate::model::family::Family;
use crate::model::plan::{Activity, PlanItem};
use crate::model::story::StoryIndex;
use crate::platform::ids::new_child_id;
use crate::storage::keys;
use crate::storage::use_family;
use crate::storage::AppStorage;
use crate::strings::use_family_strings;
use crate::ui::activity::activity_name;

use super::plan_send::SendPlan;

/// Every activity that can be planned for the child here: each exercise (those done holding a
/// baby only for a child of 0–2, or of no age given), any story, and each story on the
/// child's shelf.
fn activities(family: &Family, stories: &StoryIndex) -> Vec<Activity> {
    let age = family.current().and_then(|c| c.age_band);
    let exercises = Exercise::offered_in_order(age)
        .into_iter()
        .map(Activity::Exercise);
    let shelf = stories
        .shelf_for(family.current_child.as_ref())
        .into_iter()
        .map(|card| Activity::ReadStory(Some(card.id)))
        .collect::<Vec<_>>();
    exercises
        .chain([Activity::ReadStory(None)])
        .chain(shelf)
        .collect()
}

/// A planned story's title from the shelf (empty for anything else, or a story not found).
fn story_title(stories: &StoryIndex, activity: Activity) -> String {
    match activity {
        Activity::ReadStory(Some(id)) => stories
            .stories
            .iter()
            .find(|card| card.id == id)
            .map(|card| card.title.clone())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The plan's rows, and a list to add another activity.
#[component]
pub fn PlanPanel() -> impl IntoView {
    let words = use_family_strings();
    let family = use_family();
    let stories = expect_context::<AppStorage>().bind(keys::STORY_INDEX);
    let items = move || {
        family.with(|f| {
            f.current()
                .map(|c| c.plan.items.clone())
                .unwrap_or_default()
        })
    };
    let choices = move || {
        let planned: Vec<Activity> = items().iter().map(|i| i.activity).collect();
        let all = family.with(|f| stories.with(|s| activities(f, s)));
        all.into_iter()
            .enumerate()
            .filter(|(_, a)| !planned.contains(a))
            .collect::<Vec<_>>()
    };
    let chosen = RwSignal::new(String::new());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let all = family.with_untracked(|f| stories.with_untracked(|s| activities(f, s)));
        let picked = chosen
            .get_untracked()
            .parse::<usize>()
            .ok()
            .and_then(|i| all.get(i).copied())
            .or_else(|| choices().first().map(|(_, a)| *a));
        if let Some(activity) = picked {
            // The list is drawn afresh without what was added; its first choice is chosen again.
            let title = stories.with_untracked(|s| story_title(s, activity));
            family.update(|f| {
                f.update_current_plan(new_child_id, |plan| {
                    plan.add(activity);
                    if let Activity::ReadStory(Some(id)) = activity {
                        plan.retitle_story(id, &title);
                    }
                })
            });
            chosen.set(String::new());
        }
    };
    view! {
        <section class="panel plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{words.plan_title}</h2>
            <p class="field-help">{words.plan_help}</p>
            <p class="coming-line" class:gone=move || !items().is_empty()>{words.plan_empty}</p>
            <div class="plan-items">
                <For each=items key=|item| item.activity let:item>
                    <PlanRow activity=item.activity/>
                </For>
            </div>
            <form class="plan-add" on:submit=add>
                <label class="field-label" for="plan-add-choice">{words.plan_add_label}</label>
                <div class="gate-answer-row">
                    <select id="plan-add-choice" class="text-input" on:change=move |e| chosen.set(event_target_value(&e))>
                        {move || {
                            let names = stories.with(|s| {
                                choices()
                                    .into_iter()
                                    .map(|(i, a)| (i, activity_name(a, &story_title(s, a))))
                                    .collect::<Vec<_>>()
                            });
                            // The first choice shows as chosen, so the list is never blank.
                            names
                                .into_iter()
                                .enumerate()
                                .map(|(n, (i, name))| view! { <option value=i.to_string() selected=n == 0>{name}</option> })
                                .collect_view()
                        }}
                    </select>
                    <button class="big-button" type="submit">{words.plan_add}</button>
                </div>
            </form>
            <SendPlan/>
        </section>
    }
}

/// One planned activity: its name, a button for each day of the week, and a way off the plan.
#[component]
fn PlanRow(activity: Activity) -> impl IntoView {
    let words = use_family_strings();
    let family = use_family();
    let stories = expect_context::<AppStorage>().bind(keys::STORY_INDEX);
    let name = move || stories.with(|s| activity_name(activity, &story_title(s, activity)));
    let days = move || {
        family.with(|f| {
            f.current()
                .and_then(|c| c.plan.items.iter().find(|i| i.activity == activity))
                .map_or(0, |item: &PlanItem| item.days)
        })
    };
    let on = move |weekday: usize| days() & (1 << weekday) != 0;
    let day_buttons = (0..7)
        .map(|weekday| {
            view! {
                <button
                    class="day-choice"
                    aria-pressed=move || on(weekday).to_string()
                    on:click=move |_| {
                        let on = !on(weekday);
                        family.update(|f| f.update_current_plan(new_child_id, |plan| plan.set_day(activity, weekday, on)));
                    }
                >
                    // Short on screen, the whole day's name for a screen reader.
                    <span aria-hidden="true">{use_family_strings().weekdays_short[weekday]}</span>
                    <span class="visually-hidden">{words.weekdays[weekday]}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="plan-item" role="group" aria-label=name>
            <span class="plan-item-name">{name}</span>
            <div class="day-choices">{day_buttons}</div>
            <button class="quiet-button" on:click=move |_| family.update(|f| f.update_current_plan(new_child_id, |plan| plan.remove(activity)))>
                {words.plan_remove}
            </button>
        </div>
    }
}
