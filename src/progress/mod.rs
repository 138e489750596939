//! Progress, for the grown-up and the therapist: this week's count, stories made, a calendar
//! of the days practised (no streaks, no missed days), the check-ins before and after as a chart,
//! and each practice with its check-ins.

use leptos::prelude::*;

mod chart;

use chart::BeforeAfterChart;

use crate::model::calendar::date_of;
use crate::model::checkin::CheckIn;
use crate::model::practice::{Ending, Practice};
use crate::model::progress::{month_grid, practices_this_week, practised_days};
use crate::platform::clock::{local_day_number, now_ms};
use crate::storage::keys;
use crate::storage::AppStorage;
use crate::storage::{use_family, use_practice_log};
use crate::strings::{use_family_strings, use_feeling_strings, use_strings};
use crate::ui::page_frame::PageFrame;

/// How many practices the list shows, newest first.
const LISTED: usize = 30;

#[component]
pub fn ProgressPage() -> impl IntoView {
    let strings = use_strings();
    let family_words = use_family_strings();
    let family = use_family();
    let log = use_practice_log();
    let index = expect_context::<AppStorage>().bind(keys::STORY_INDEX);
    let child = move || family.with(|f| f.current_child.clone());
    let today = local_day_number(now_ms());
    let counts = move || {
        let child = child();
        let week = log.with(|l| practices_this_week(l, child.as_ref(), today, local_day_number));
        let (stories, pages) = index.with(|i| {
            let shelf = i.shelf_for(child.as_ref());
            (
                shelf.len(),
                shelf.iter().map(|c| c.pages as usize).sum::<usize>(),
            )
        });
        view! {
            <div class="progress-counts">
                <Count value=week label=family_words.progress_week/>
                <Count value=stories label=family_words.progress_stories/>
                <Count value=pages label=family_words.progress_pages/>
            </div>
        }
    };
    let practices = move || {
        let child = child();
        log.with(|l| {
            l.for_child(child.as_ref())
                .take(LISTED)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <PageFrame title=strings.progress_title picture="seedling">
            <p class="page-intro">{family_words.progress_intro}</p>
            {counts}
            <Calendar today/>
            <BeforeAfterChart today/>
            <section class="panel">
                <h2>{family_words.progress_list_title}</h2>
                {move || {
                    let list = practices();
                    if list.is_empty() {
                        view! { <p class="coming-line">{family_words.progress_nothing_yet}</p> }.into_any()
                    } else {
                        view! { <ul class="practice-list">{list.into_iter().map(|p| view! { <PracticeLine practice=p/> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </section>
        </PageFrame>
    }
}

#[component]
fn Count(value: usize, label: fn(usize) -> String) -> impl IntoView {
    view! {
        <p class="progress-count"><strong>{value}</strong><span>{label(value)}</span></p>
    }
}

/// This month, Monday first; a day practised carries a small leaf and says so.
#[component]
fn Calendar(today: i64) -> impl IntoView {
    let family_words = use_family_strings();
    let family = use_family();
    let log = use_practice_log();
    let (year, month, _) = date_of(today);
    let practised = move || {
        let child = family.with(|f| f.current_child.clone());
        log.with(|l| practised_days(l, child.as_ref(), local_day_number))
    };
    let rows = move || {
        let practised = practised();
        month_grid(year, month)
            .into_iter()
            .map(|row| {
                let cells = row
                    .into_iter()
                    .map(|day| match day {
                        None => view! { <td></td> }.into_any(),
                        Some(day) => {
                            let done = practised.contains(&day);
                            let number = date_of(day).2;
                            view! {
                                <td class="calendar-day" class:practised=done class:today=day == today>
                                    <span>{number}</span>
                                    {done.then(|| view! { <span class="leaf" aria-hidden="true"></span><span class="visually-hidden">{family_words.progress_practised}</span> })}
                                </td>
                            }
                            .into_any()
                        }
                    })
                    .collect_view();
                view! { <tr>{cells}</tr> }
            })
            .collect_view()
    };
    view! {
        <section class="panel">
            <h2 id="calendar-title">{(family_words.progress_month)(year, month)}</h2>
            <table class="calendar" aria-labelledby="calendar-title">
                <thead>
                    <tr>{family_words.weekdays_short.iter().map(|d| view! { <th scope="col">{*d}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// One practice: what, when, how it ended (never as a failure), and the check-ins.
#[component]
fn PracticeLine(practice: Practice) -> impl IntoView {
    let strings = use_strings();
    let family_words = use_family_strings();
    let feeling_words = use_feeling_strings();
    let (year, month, day) = date_of(local_day_number(practice.started_at));
    let check_in = move |c: Option<CheckIn>| -> String {
        let Some(c) = c.filter(|c| !c.is_empty()) else {
            return family_words.progress_no_check_in.to_string();
        };
        let mut said = vec![];
        if let Some(feeling) = c.feeling {
            let size = c
                .size
                .map(|s| format!(" ({})", (feeling_words.size)(s)))
                .unwrap_or_default();
            said.push(format!("{}{size}", (feeling_words.feeling)(feeling)));
        }
        if let Some(calm) = c.grown_up_calm {
            said.push((family_words.progress_grown_up_calm)(calm));
        }
        said.join(", ")
    };
    view! {
        <li class="practice-line">
            <strong>{(strings.exercise_name)(practice.exercise)}</strong>
            <span>{(family_words.progress_date)(year, month, day)}</span>
            <span>{match practice.ending {
                Ending::Completed => family_words.progress_completed,
                Ending::StoppedEarly => family_words.progress_stopped_early,
            }}</span>
            <span class="practice-check-ins">{(family_words.progress_check_ins)(&check_in(practice.before), &check_in(practice.after))}</span>
        </li>
    }
}
