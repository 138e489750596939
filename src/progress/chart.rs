//! The before/after chart: the child's feeling size and the grown-up's calm, before and after
//! each practice, week by week, drawn as SVG, with the same figures in a table.

use leptos::prelude::*;

use crate::model::calendar::{date_of, DayNumber};
use crate::model::progress::{check_in_weeks, BeforeAfter, CheckInWeek};
use crate::platform::clock::local_day_number;
use crate::storage::{use_family, use_practice_log};
use crate::strings::{use_family_strings, FamilyStrings};

/// How many weeks the chart shows, ending with this one.
const WEEKS: usize = 8;

/// The drawing's size in SVG units; it scales to the width it is given.
const WIDTH: f32 = 420.0;
const HEIGHT: f32 = 240.0;
/// Room for the 1–5 labels on the left and the dates below.
const LEFT: f32 = 32.0;
const RIGHT: f32 = 8.0;
const TOP: f32 = 14.0;
const BOTTOM: f32 = 50.0;
/// Both questions are answered from 1 to 5.
const LOWEST: u8 = 1;
const HIGHEST: u8 = 5;

/// The two questions the chart draws.
#[derive(Clone, Copy)]
enum Question {
    FeelingSize,
    GrownUpCalm,
}

impl Question {
    fn answers(self, week: &CheckInWeek) -> BeforeAfter {
        match self {
            Question::FeelingSize => week.feeling_size,
            Question::GrownUpCalm => week.grown_up_calm,
        }
    }

    fn title(self, family_words: &FamilyStrings) -> &'static str {
        match self {
            Question::FeelingSize => family_words.chart_size_title,
            Question::GrownUpCalm => family_words.chart_calm_title,
        }
    }

    fn hint(self, family_words: &FamilyStrings) -> &'static str {
        match self {
            Question::FeelingSize => family_words.chart_size_hint,
            Question::GrownUpCalm => family_words.chart_calm_hint,
        }
    }

    /// A name for tests to find each line by (the lines inside an image have no names).
    fn test_id(self) -> &'static str {
        match self {
            Question::FeelingSize => "feeling-size",
            Question::GrownUpCalm => "grown-up-calm",
        }
    }
}

/// Before or after a practice: each drawn its own way, so colour is never the only difference.
#[derive(Clone, Copy)]
enum Moment {
    Before,
    After,
}

impl Moment {
    fn name(self) -> &'static str {
        match self {
            Moment::Before => "before",
            Moment::After => "after",
        }
    }

    /// The CSS classes of one part ("line" or "point") of this moment's series.
    fn class(self, part: &str) -> String {
        format!("chart-{part} chart-{}", self.name())
    }
}

/// The Progress panel with the before/after chart, or a kind line while there are no answers.
#[component]
pub fn BeforeAfterChart(today: DayNumber) -> impl IntoView {
    let family_words = use_family_strings();
    let family = use_family();
    let log = use_practice_log();
    let weeks = Memo::new(move |_| {
        let child = family.with(|f| f.current_child.clone());
        log.with(|l| check_in_weeks(l, child.as_ref(), today, WEEKS, local_day_number))
    });
    let answered = move || {
        weeks.with(|weeks| {
            weeks
                .iter()
                .any(|w| w.feeling_size.is_answered() || w.grown_up_calm.is_answered())
        })
    };
    view! {
        <section class="panel before-after">
            <h2>{family_words.chart_title}</h2>
            <Show
                when=answered
                fallback=move || view! { <p class="coming-line">{family_words.chart_nothing_yet}</p> }
            >
                <p class="chart-intro">{family_words.chart_intro}</p>
                <Legend/>
                <div class="charts">
                    <QuestionChart question=Question::FeelingSize weeks/>
                    <QuestionChart question=Question::GrownUpCalm weeks/>
                </div>
                <WeeksTable weeks/>
            </Show>
        </section>
    }
}

/// Says which line is before and which is after, with a small sample of each.
#[component]
fn Legend() -> impl IntoView {
    let family_words = use_family_strings();
    let sample = |moment: Moment, words: &'static str| {
        view! {
            <li>
                <svg class="chart-sample" viewBox="0 0 40 16" aria-hidden="true">
                    <polyline class=moment.class("line") points="2,8 38,8"/>
                    <circle class=moment.class("point") cx="20" cy="8" r=point_radius(moment)/>
                </svg>
                {words}
            </li>
        }
    };
    view! {
        <ul class="chart-legend">
            {sample(Moment::Before, family_words.chart_before)}
            {sample(Moment::After, family_words.chart_after)}
        </ul>
    }
}

/// One question's chart: a title, how to read it, and the two lines over the weeks.
#[component]
fn QuestionChart(question: Question, weeks: Memo<Vec<CheckInWeek>>) -> impl IntoView {
    let family_words = use_family_strings();
    let title = question.title(family_words);
    let summary = move || {
        let total: BeforeAfter = weeks.with(|w| w.iter().map(|w| question.answers(w)).sum());
        (family_words.chart_summary)(title, WEEKS, total.before.average(), total.after.average())
    };
    let gridlines = (LOWEST..=HIGHEST).map(|value| {
        let y = y_of(f32::from(value));
        view! {
            <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=y y2=y/>
            <text class="chart-value" x=LEFT - 14.0 y=y + 5.0 text-anchor="middle">{value}</text>
        }
    });
    // The day of each week's Monday, with the month under it where the month begins.
    let dates = move || {
        weeks.with(|weeks| {
            let mut shown_month = None;
            weeks
                .iter()
                .enumerate()
                .map(|(index, week)| {
                    let (_, month, day) = date_of(week.first_day);
                    let new_month = shown_month.replace(month) != Some(month);
                    let x = x_of(index);
                    view! {
                        <text class="chart-date" x=x y=HEIGHT - BOTTOM + 22.0 text-anchor="middle">
                            {day}
                            {new_month.then(|| view! { <tspan class="chart-month" x=x dy="19">{(family_words.chart_month_short)(month)}</tspan> })}
                        </text>
                    }
                })
                .collect_view()
        })
    };
    let series = move |moment: Moment| {
        let values = weeks.with(|weeks| {
            weeks
                .iter()
                .map(|w| {
                    let answers = question.answers(w);
                    match moment {
                        Moment::Before => answers.before.average(),
                        Moment::After => answers.after.average(),
                    }
                })
                .collect::<Vec<_>>()
        });
        view! { <Series moment values test_id=format!("{}-{}", question.test_id(), moment.name())/> }
    };
    view! {
        <figure class="chart">
            <figcaption>
                <h3>{title}</h3>
                <p class="chart-hint">{question.hint(family_words)}</p>
            </figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary>
                {gridlines.collect_view()}
                <g data-testid=format!("{}-weeks", question.test_id())>{dates}</g>
                {move || series(Moment::Before)}
                {move || series(Moment::After)}
            </svg>
        </figure>
    }
}

/// One line of points; a week without answers breaks the line rather than dropping to zero.
#[component]
fn Series(moment: Moment, values: Vec<Option<f32>>, test_id: String) -> impl IntoView {
    let runs = answered_runs(&values);
    let lines = runs
        .iter()
        .filter(|run| run.len() > 1)
        .map(|run| {
            let points = run
                .iter()
                .map(|(x, y)| format!("{x:.1},{y:.1}"))
                .collect::<Vec<_>>()
                .join(" ");
            view! { <polyline class=moment.class("line") points=points/> }
        })
        .collect_view();
    let points = runs
        .into_iter()
        .flatten()
        .map(|(x, y)| view! { <circle class=moment.class("point") cx=x cy=y r=point_radius(moment)/> })
        .collect_view();
    view! { <g data-testid=test_id>{lines}{points}</g> }
}

/// The points of answered weeks, in runs of weeks next to each other (each run one line).
fn answered_runs(values: &[Option<f32>]) -> Vec<Vec<(f32, f32)>> {
    let mut runs = vec![vec![]];
    for (index, value) in values.iter().enumerate() {
        match (value, runs.last_mut()) {
            (Some(value), Some(run)) => run.push((x_of(index), y_of(*value))),
            _ => runs.push(vec![]),
        }
    }
    runs
}

/// The same figures as a table, for reading aloud and for the therapist's notes.
#[component]
fn WeeksTable(weeks: Memo<Vec<CheckInWeek>>) -> impl IntoView {
    let family_words = use_family_strings();
    let average = move |value: Option<f32>| match value {
        Some(value) => view! { <td>{(family_words.chart_average)(value)}</td> }.into_any(),
        None => view! {
            <td>
                <span aria-hidden="true">"–"</span>
                <span class="visually-hidden">{family_words.chart_no_answers}</span>
            </td>
        }
        .into_any(),
    };
    let rows = move || {
        weeks.with(|weeks| {
            weeks
                .iter()
                .map(|week| {
                    let (_, month, day) = date_of(week.first_day);
                    view! {
                        <tr>
                            <th scope="row">{(family_words.chart_week)(month, day)}</th>
                            <td>{week.practices}</td>
                            {average(week.feeling_size.before.average())}
                            {average(week.feeling_size.after.average())}
                            {average(week.grown_up_calm.before.average())}
                            {average(week.grown_up_calm.after.average())}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let headings = [
        family_words.chart_week_heading,
        family_words.chart_practices_heading,
        family_words.chart_size_before,
        family_words.chart_size_after,
        family_words.chart_calm_before,
        family_words.chart_calm_after,
    ];
    view! {
        <details class="chart-table">
            <summary>{family_words.chart_show_table}</summary>
            // A region of its own, so a narrow screen can scroll the table by keyboard too.
            <div class="table-scroll" role="region" aria-labelledby="chart-table-caption" tabindex="0">
                <table>
                    <caption id="chart-table-caption">{family_words.chart_table_caption}</caption>
                    <thead>
                        <tr>{headings.map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// Where a week's points sit across the chart: in the middle of its slot.
fn x_of(index: usize) -> f32 {
    let slot = (WIDTH - LEFT - RIGHT) / WEEKS as f32;
    LEFT + slot * (index as f32 + 0.5)
}

/// Where an answer from 1 to 5 sits: 1 at the bottom, 5 at the top.
fn y_of(value: f32) -> f32 {
    let (lowest, highest) = (f32::from(LOWEST), f32::from(HIGHEST));
    TOP + (HEIGHT - TOP - BOTTOM) * (highest - value) / (highest - lowest)
}

/// The before points are larger rings, so an after dot on the same value still shows inside.
fn point_radius(moment: Moment) -> f32 {
    match moment {
        Moment::Before => 6.5,
        Moment::After => 4.5,
    }
}
