//! The sample family a therapist shows in demo mode: a child, a finished "Our story" that
//! shows a hard thing gently and ends safe, a month of practices, and this week's plan; and a
//! baby sibling with the practices done holding a baby.

use super::backup::Everything;
use super::calendar::{weekday, DayNumber};
use super::checkin::{CheckIn, Feeling};
use super::child::{AgeBand, ChildId};
use super::exercise::Exercise;
use super::family::{ChildProfile, Family};
use super::plan::{Activity, WeekPlan};
use super::practice::{Ending, Practice, PracticeLog};
use super::settings::CalmSettings;
use super::story::templates::new_story;
use super::story::{PageFeeling, Placed, Speaker, Story, Template};

const DAY_MS: u64 = 24 * 60 * 60 * 1000;
/// The sample story's id: fixed, so the demo's addresses are the same every time.
pub const DEMO_STORY: u64 = 1_000;

/// The words the sample needs, in the language the app is showing.
pub struct DemoWords {
    pub child_name: &'static str,
    /// The child's baby sibling (0–2).
    pub baby_name: &'static str,
    pub grown_ups: &'static str,
    pub story_title: &'static str,
    /// One line per page of "Our story": this is us, the hard thing, how we felt, what helped
    /// (twice), now we are safe.
    pub story_words: [&'static str; 6],
}

/// The sample family at `now` (ms), where `today` is the local day number of `now`.
pub fn sample(words: &DemoWords, now: u64, today: DayNumber) -> Everything {
    let child = ChildId("demo-child".into());
    let baby = ChildId("demo-baby".into());
    let mut practice_log = sample_practices(&child, now);
    practice_log.practices.extend(baby_practices(&baby, now));
    practice_log.practices.sort_by_key(|p| p.started_at);
    Everything {
        family: Family {
            children: vec![
                ChildProfile {
                    age_band: Some(AgeBand::Preschool),
                    avatar: Some("rabbit".into()),
                    grown_ups: words.grown_ups.into(),
                    plan: sample_plan(today),
                    ..ChildProfile::named(child.clone(), words.child_name)
                },
                ChildProfile {
                    age_band: Some(AgeBand::Toddler),
                    avatar: Some("teddy-bear".into()),
                    grown_ups: words.grown_ups.into(),
                    plan: baby_plan(),
                    ..ChildProfile::named(baby.clone(), words.baby_name)
                },
            ],
            current_child: Some(child.clone()),
            last_backup_at: Some(now),
            first_used_at: Some(now.saturating_sub(30 * DAY_MS)),
            text_size: Default::default(),
            language: None,
            crisis_contacts: String::new(),
        },
        practice_log,
        calm_settings: CalmSettings::default(),
        stories: vec![sample_story(words, &child, now)],
    }
}

/// Balloon breathing three times a week, the butterfly hug on two days, reading on Sunday, and
/// whatever today is, so Home always has something to show.
fn sample_plan(today: DayNumber) -> WeekPlan {
    let mut plan = WeekPlan::default();
    for day in [0, 2, 4, weekday(today) as usize] {
        plan.set_day(Activity::Exercise(Exercise::Balloon), day, true);
    }
    for day in [1, 3] {
        plan.set_day(Activity::Exercise(Exercise::ButterflyHug), day, true);
    }
    plan.set_day(Activity::ReadStory(Some(DEMO_STORY)), 6, true);
    plan
}

/// Chest to chest every day, rocking on weekdays: a baby's calm is daily and short.
fn baby_plan() -> WeekPlan {
    let mut plan = WeekPlan::default();
    for day in 0..7 {
        plan.set_day(Activity::Exercise(Exercise::ChestToChest), day, true);
    }
    for day in 0..5 {
        plan.set_day(Activity::Exercise(Exercise::RockAndSway), day, true);
    }
    plan
}

/// The last week with the baby: chest to chest and rocking, the baby seeming calmer after.
fn baby_practices(baby: &ChildId, now: u64) -> Vec<Practice> {
    let exercises = [
        Exercise::ChestToChest,
        Exercise::RockAndSway,
        Exercise::ChestToChest,
        Exercise::HumALullaby,
    ];
    exercises
        .into_iter()
        .zip([6u64, 4, 3, 1])
        .enumerate()
        .map(|(n, (exercise, days_ago))| {
            // In the evening, when a baby's day is hardest.
            let started_at = now.saturating_sub(days_ago * DAY_MS + 5 * 60 * 60 * 1000);
            Practice {
                id: format!("demo-baby-practice-{n}"),
                child: Some(baby.clone()),
                exercise,
                started_at,
                ended_at: started_at + 2 * 60 * 1000,
                ending: Ending::Completed,
                before: Some(CheckIn {
                    feeling: Some(Feeling::Scared),
                    size: Some(4),
                    grown_up_calm: Some(2),
                }),
                after: Some(CheckIn {
                    feeling: Some(Feeling::Calm),
                    size: Some(2),
                    grown_up_calm: Some(4),
                }),
            }
        })
        .collect()
}

/// Four weeks of practices, feelings growing smaller and the grown-up calmer after each.
fn sample_practices(child: &ChildId, now: u64) -> PracticeLog {
    let exercises = [
        Exercise::Balloon,
        Exercise::ButterflyHug,
        Exercise::Balloon,
        Exercise::StarfishHand,
    ];
    let practices = (0..12u64)
        .map(|n| {
            let days_ago = 27 - n * 2 - n / 4;
            let started_at = now.saturating_sub(days_ago * DAY_MS + 3 * 60 * 60 * 1000);
            let settling = (n / 4) as u8;
            let check_in = |feeling, size: u8, calm: u8| CheckIn {
                feeling: Some(feeling),
                size: Some(size.clamp(1, 5)),
                grown_up_calm: Some(calm.clamp(1, 5)),
            };
            Practice {
                id: format!("demo-practice-{n}"),
                child: Some(child.clone()),
                exercise: exercises[n as usize % exercises.len()],
                started_at,
                ended_at: started_at + 3 * 60 * 1000,
                ending: if n == 5 {
                    Ending::StoppedEarly
                } else {
                    Ending::Completed
                },
                // One practice without check-ins: skipping is always fine.
                before: (n != 7).then(|| check_in(Feeling::Worried, 5 - settling, 2 + settling)),
                // Mostly still a little worried, less each week (the chart's hard feeling);
                // now and then simply calm, which the chart leaves out.
                after: (n != 7).then(|| match n % 3 {
                    2 => check_in(Feeling::Calm, 3, 3 + settling),
                    _ => check_in(Feeling::Worried, 3 - settling, 3 + settling),
                }),
            }
        })
        .collect();
    PracticeLog { practices }
}

/// "Our story" with pictures on every page; the storm is a gentle dark cloud, not a picture of one.
fn sample_story(words: &DemoWords, child: &ChildId, now: u64) -> Story {
    let mut story = new_story(
        Template::OurStory,
        DEMO_STORY,
        words.story_title.into(),
        Some(child.clone()),
        now.saturating_sub(10 * DAY_MS),
    );
    story.changed_at = now.saturating_sub(2 * DAY_MS);
    let pictures: [&[(&str, u16, u16)]; 6] = [
        &[("boy-medium", 3_500, 6_000), ("woman-medium", 6_000, 5_600)],
        &[("dark-cloud", 5_000, 3_500), ("house", 5_000, 7_000)],
        &[("fearful-face", 3_500, 5_000), ("boy-medium", 6_500, 6_000)],
        &[
            ("people-hugging", 5_000, 5_500),
            ("red-heart", 7_500, 3_000),
        ],
        &[
            ("sun-behind-cloud", 3_000, 2_500),
            ("construction", 6_000, 6_500),
        ],
        &[
            ("house-with-garden", 5_000, 4_500),
            ("rainbow", 5_000, 1_800),
        ],
    ];
    let feelings = [
        Some((Feeling::Happy, 2)),
        Some((Feeling::Scared, 4)),
        Some((Feeling::Scared, 3)),
        Some((Feeling::Calm, 2)),
        None,
        Some((Feeling::Happy, 3)),
    ];
    let mut pages = story.pages.clone();
    // Our story has five chapters; "what helped" gets a second page.
    pages.insert(4, pages[3].clone());
    for (index, page) in pages.iter_mut().enumerate() {
        page.id = index as u32 + 1;
        page.words = words.story_words[index].into();
        // Whose words: the child's own, in the first person ("This is me", "I felt scared"),
        // and the grown-up's telling of what happened; therapists show the difference with it.
        page.speaker = if [0, 2, 3, 5].contains(&index) {
            Speaker::Child
        } else {
            Speaker::GrownUp
        };
        page.feeling = feelings[index].map(|(feeling, size)| PageFeeling { feeling, size });
        page.pictures = pictures[index]
            .iter()
            .enumerate()
            .map(|(n, (picture, x, y))| Placed {
                id: n as u32 + 1,
                picture: (*picture).into(),
                x: *x,
                y: *y,
                size: 2_400,
                rotation: 0,
                flipped: false,
            })
            .collect();
    }
    story.pages = pages;
    story
}
