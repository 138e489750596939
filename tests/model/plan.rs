use calm_together::model::calendar::{day_of, weekday};
use calm_together::model::exercise::Exercise;
use calm_together::model::plan::{Activity, TodayItem, WeekPlan};
use proptest::prelude::*;

const BALLOON: Activity = Activity::Exercise(Exercise::Balloon);
const ANY_STORY: Activity = Activity::ReadStory(None);

/// Monday 23 November 2026.
fn monday() -> i64 {
    let day = day_of(2026, 11, 23);
    assert_eq!(weekday(day), 0);
    day
}

/// Balloon on Monday, Wednesday and Friday; any story on Sunday (the issue's example).
fn homework() -> WeekPlan {
    let mut plan = WeekPlan::default();
    for day in [0, 2, 4] {
        plan.set_day(BALLOON, day, true);
    }
    plan.set_day(ANY_STORY, 6, true);
    plan
}

#[test]
fn today_shows_only_what_is_planned_for_this_weekday() {
    let plan = homework();
    assert_eq!(
        plan.today(monday()),
        vec![TodayItem {
            activity: BALLOON,
            title: String::new(),
            done: false
        }]
    );
    assert!(plan.today(monday() + 1).is_empty(), "nothing on Tuesday");
    assert_eq!(plan.today(monday() + 6)[0].activity, ANY_STORY);
}

#[test]
fn doing_a_planned_activity_marks_it_done_for_that_day_only() {
    let mut plan = homework();
    assert!(plan.mark_done(BALLOON, monday()));
    assert!(plan.today(monday())[0].done);
    assert!(!plan.today(monday() + 2)[0].done, "Wednesday starts fresh");
    assert!(
        !plan.mark_done(BALLOON, monday()),
        "twice the same day changes nothing"
    );
}

#[test]
fn doing_something_not_planned_that_day_records_nothing() {
    let mut plan = homework();
    assert!(!plan.mark_done(BALLOON, monday() + 1));
    assert!(!plan.mark_done(Activity::Exercise(Exercise::Bubble), monday()));
    assert!(plan.done.is_empty());
}

#[test]
fn reading_a_story_counts_for_that_story_and_for_any_story() {
    let mut plan = homework();
    let ours = Activity::ReadStory(Some(7));
    plan.set_day(ours, 6, true);
    assert!(plan.mark_read(7, monday() + 6));
    assert!(plan.today(monday() + 6).iter().all(|item| item.done));
}

#[test]
fn only_the_last_week_of_done_is_kept() {
    let mut plan = homework();
    plan.mark_done(BALLOON, monday());
    plan.mark_done(BALLOON, monday() + 7);
    assert_eq!(
        plan.done.len(),
        1,
        "last Monday is forgotten: no history to judge by"
    );
}

#[test]
fn unplanning_every_day_keeps_the_activity_until_it_is_taken_off() {
    let mut plan = homework();
    for day in [0, 2, 4] {
        plan.set_day(BALLOON, day, false);
    }
    assert!(plan.items.iter().any(|i| i.activity == BALLOON));
    assert!(plan.today(monday()).is_empty());
    plan.remove(BALLOON);
    assert!(!plan.items.iter().any(|i| i.activity == BALLOON));
}

#[test]
fn a_deleted_story_leaves_the_plan() {
    let mut plan = homework();
    let ours = Activity::ReadStory(Some(7));
    plan.set_day(ours, 6, true);
    plan.mark_read(7, monday() + 6);
    plan.forget_story(7);
    assert!(!plan.items.iter().any(|i| i.activity == ours));
    assert!(!plan.done.iter().any(|d| d.activity == ours));
    assert!(plan.is_planned(ANY_STORY, 6), "any story stays");
}

#[test]
fn a_story_brought_back_returns_to_its_place_in_the_plan_with_its_days() {
    let mut plan = homework();
    let ours = Activity::ReadStory(Some(7));
    plan.add(ours);
    plan.set_day(ours, 2, true);
    plan.add(Activity::Exercise(Exercise::Bubble));
    let before = plan.items.clone();
    let forgotten = plan.forget_story(7);
    assert_eq!(forgotten.len(), 1);
    assert_ne!(plan.items, before);
    plan.restore_story(forgotten);
    assert_eq!(plan.items, before, "same place, same days");

    // Planned again while it was gone: bringing it back does not add it twice.
    let forgotten = plan.forget_story(7);
    plan.add(ours);
    plan.restore_story(forgotten);
    assert_eq!(plan.items.iter().filter(|i| i.activity == ours).count(), 1);
    // A story that was never planned forgets and restores nothing.
    assert!(plan.forget_story(99).is_empty());
}

#[test]
fn a_weekday_past_sunday_is_ignored() {
    let mut plan = WeekPlan::default();
    plan.set_day(BALLOON, 7, true);
    assert!(plan.items.is_empty());
}

#[test]
fn a_plan_is_stored_in_a_small_readable_form() {
    let mut plan = WeekPlan::default();
    plan.set_day(BALLOON, 0, true);
    plan.set_day(Activity::ReadStory(Some(3)), 6, true);
    let json = serde_json::to_string(&plan).unwrap();
    assert_eq!(
        json,
        r#"{"items":[{"activity":"balloon","days":1},{"activity":"read-story-3","days":64}],"done":[]}"#
    );
    assert_eq!(serde_json::from_str::<WeekPlan>(&json).unwrap(), plan);
}

fn activity() -> impl Strategy<Value = Activity> {
    prop_oneof![
        (0..Exercise::ALL.len()).prop_map(|i| Activity::Exercise(Exercise::ALL[i])),
        proptest::option::of(1u64..5).prop_map(Activity::ReadStory),
    ]
}

proptest! {
    /// Whatever a grown-up taps, the plan names each activity once, today lists exactly the
    /// activities planned for today's weekday, and "done" only ever holds the last week.
    #[test]
    fn any_sequence_of_taps_keeps_the_plan_consistent(
        taps in proptest::collection::vec((activity(), 0usize..7, any::<bool>(), 0i64..30), 0..60)
    ) {
        let mut plan = WeekPlan::default();
        let start = monday();
        let mut latest = start;
        for (activity, weekday_tapped, on, day_offset) in taps {
            plan.set_day(activity, weekday_tapped, on);
            latest = latest.max(start + day_offset);
            plan.mark_done(activity, latest);
        }
        let mut seen = std::collections::HashSet::new();
        prop_assert!(plan.items.iter().all(|i| seen.insert(i.activity)));
        let today = plan.today(latest);
        let expected: Vec<Activity> = plan
            .items
            .iter()
            .filter(|i| i.on(weekday(latest) as usize))
            .map(|i| i.activity)
            .collect();
        prop_assert_eq!(today.iter().map(|t| t.activity).collect::<Vec<_>>(), expected);
        prop_assert!(plan.done.iter().all(|d| d.day > latest - 7 && d.day <= latest));
    }
}

#[test]
fn every_activity_reads_back_from_its_word_and_strange_words_are_refused() {
    let mut all: Vec<Activity> = Exercise::ALL.into_iter().map(Activity::Exercise).collect();
    all.extend([
        ANY_STORY,
        Activity::ReadStory(Some(0)),
        Activity::ReadStory(Some(u64::MAX)),
    ]);
    for activity in all {
        let word = String::from(activity);
        assert_eq!(Activity::try_from(word.clone()), Ok(activity), "{word}");
    }
    for strange in [
        "",
        "Balloon",
        "read-story-",
        "read-story-07",
        "read-story-x",
        "read-story--1",
    ] {
        assert!(
            Activity::try_from(strange.to_string()).is_err(),
            "{strange}"
        );
    }
}

#[test]
fn a_planned_story_keeps_its_current_title_for_home() {
    let mut plan = homework();
    let ours = Activity::ReadStory(Some(7));
    plan.set_day(ours, 6, true);
    assert!(plan.retitle_story(7, "Our story"));
    assert!(
        !plan.retitle_story(7, "Our story"),
        "the same title changes nothing"
    );
    assert!(!plan.retitle_story(8, "Another"), "only that story");
    let sunday = plan.today(monday() + 6);
    assert_eq!(
        sunday.iter().find(|t| t.activity == ours).unwrap().title,
        "Our story"
    );
    assert_eq!(
        sunday
            .iter()
            .find(|t| t.activity == ANY_STORY)
            .unwrap()
            .title,
        ""
    );
}
