//! The demo family: valid like any backup, a story that ends safe and shows the hard thing
//! gently, practices to chart, and something planned for today whatever the day.

use std::collections::HashSet;

use calm_together::model::backup;
use calm_together::model::demo::{sample, DemoWords, DEMO_STORY};
use calm_together::model::plan::Activity;
use calm_together::model::story::Chapter;

const WORDS: DemoWords = DemoWords {
    child_name: "Sam",
    baby_name: "Lily",
    grown_ups: "Mum",
    story_title: "Our story",
    story_words: ["one", "two", "three", "four", "five", "six"],
};
const NOW: u64 = 1_795_000_000_000;
const TODAY: i64 = 20_775;

#[test]
fn the_demo_family_passes_every_check_a_backup_does_and_round_trips() {
    let everything = sample(&WORDS, NOW, TODAY);
    backup::check(&everything).expect("valid");
    let text = backup::write(&everything, "test", NOW);
    let (read, summary) = backup::read(text.as_bytes()).expect("reads back");
    assert_eq!(read, everything);
    assert_eq!(summary.children, ["Sam", "Lily"]);
    assert_eq!(summary.stories, 1);
}

#[test]
fn the_demo_story_shows_the_hard_thing_gently_and_ends_safe() {
    let everything = sample(&WORDS, NOW, TODAY);
    let story = &everything.stories[0];
    assert_eq!(story.id, DEMO_STORY);
    assert_eq!(
        story.pages.last().unwrap().chapter,
        Some(Chapter::NowWeAreSafe)
    );
    assert!(!story.needs_safe_ending());
    let hard = story
        .pages
        .iter()
        .find(|p| p.chapter == Some(Chapter::SomethingHard))
        .unwrap();
    assert!(hard.pictures.iter().any(|p| p.picture == "dark-cloud"));
    let words: Vec<&str> = story.pages.iter().map(|p| p.words.as_str()).collect();
    assert_eq!(words, WORDS.story_words);
    assert_ne!(story.cover(), Some("dark-cloud"));
}

#[test]
fn the_childs_first_person_lines_are_marked_as_the_childs_words() {
    use calm_together::model::story::Speaker;
    let everything = sample(&WORDS, NOW, TODAY);
    let speakers: Vec<Speaker> = everything.stories[0]
        .pages
        .iter()
        .map(|p| p.speaker)
        .collect();
    // "This is me…", "I felt scared…", "Mum held me close…", "…Mum keeps me safe."
    assert_eq!(
        speakers,
        [
            Speaker::Child,
            Speaker::GrownUp,
            Speaker::Child,
            Speaker::Child,
            Speaker::GrownUp,
            Speaker::Child
        ]
    );
}

#[test]
fn every_demo_picture_is_in_the_picture_set() {
    let catalog: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/pictures/catalog.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut known: HashSet<String> = HashSet::new();
    for names in catalog["groups"]["story"].as_object().unwrap().values() {
        known.extend(
            names
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_str().unwrap().to_string()),
        );
    }
    known.extend(
        catalog["shapes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string()),
    );
    let everything = sample(&WORDS, NOW, TODAY);
    for page in &everything.stories[0].pages {
        for picture in &page.pictures {
            assert!(known.contains(&picture.picture), "{}", picture.picture);
        }
    }
    let avatar = everything.family.children[0].avatar_or_default();
    assert!(known.contains(avatar), "{avatar}");
}

#[test]
fn there_is_a_practice_planned_for_today_on_every_day_of_the_week() {
    for day in TODAY..TODAY + 7 {
        let everything = sample(&WORDS, NOW, day);
        let today = everything.family.children[0].plan.today(day);
        assert!(
            today.iter().any(|t| t.activity
                == Activity::Exercise(calm_together::model::exercise::Exercise::Balloon)),
            "day {day}"
        );
    }
}

#[test]
fn the_demo_practices_have_check_ins_to_chart_and_one_without() {
    let everything = sample(&WORDS, NOW, TODAY);
    let practices = &everything.practice_log.practices;
    assert!(practices.len() >= 10);
    assert!(
        practices
            .windows(2)
            .all(|w| w[0].started_at < w[1].started_at),
        "oldest first"
    );
    assert!(practices.iter().all(|p| p.started_at < NOW));
    assert_eq!(practices.iter().filter(|p| p.before.is_none()).count(), 1);
}

#[test]
fn the_demo_baby_has_the_practices_done_holding_a_baby_planned_and_done() {
    use calm_together::model::child::AgeBand;
    let everything = sample(&WORDS, NOW, TODAY);
    let baby = &everything.family.children[1];
    assert_eq!(baby.age_band, Some(AgeBand::Toddler));
    assert!(calm_together::model::family::AVATARS.contains(&baby.avatar.as_deref().unwrap()));
    assert!(baby
        .plan
        .items
        .iter()
        .all(|item| matches!(item.activity, Activity::Exercise(e) if e.for_a_baby())));
    let theirs: Vec<_> = everything.practice_log.for_child(Some(&baby.id)).collect();
    assert_eq!(theirs.len(), 4);
    assert!(theirs.iter().all(|p| p.exercise.for_a_baby()));
    // Sam is still the one shown first, with his own practices only.
    assert_eq!(
        everything.family.current_child.as_ref(),
        Some(&everything.family.children[0].id)
    );
    assert!(everything
        .practice_log
        .for_child(everything.family.current_child.as_ref())
        .all(|p| !p.exercise.for_a_baby()));
}
