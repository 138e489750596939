//! What a clinician would otherwise re-read by hand before handing the app to a family: no
//! step asks a little one to put something in their mouth, and every exercise that leads
//! breathing says when to stop.

use calm_together::model::exercise::{senses_for, Exercise};
use calm_together::model::language::Language;
use calm_together::model::pacing::PaceBand;
use calm_together::model::script::Cue;
use calm_together::strings::use_calm_strings;

use super::pacing::every_script;
use super::spoken_words::in_component;

/// Fails unless `text` holds one of `any_of` (each language's word for the same thing).
fn assert_says(text: &str, any_of: &[&str], what: &str) {
    assert!(
        any_of.iter().any(|word| text.contains(word)),
        "{what}: “{text}”"
    );
}

/// Every cue an exercise's scripts can reach at `band`.
fn cues_for(exercise: Exercise, band: PaceBand) -> Vec<Cue> {
    every_script(exercise, band)
        .flat_map(|(_, _, script)| script.steps().to_vec())
        .map(|step| step.cue)
        .collect()
}

#[test]
fn no_step_asks_a_child_under_five_to_taste_or_smell_something() {
    for band in [PaceBand::Toddler, PaceBand::Preschool] {
        for exercise in Exercise::ALL {
            let cues = cues_for(exercise, band);
            assert!(
                !cues.contains(&Cue::Taste) && !cues.contains(&Cue::Smell),
                "{exercise:?} for {band:?}: little ones put what they find in their mouths"
            );
        }
        assert_eq!(
            senses_for(band)
                .iter()
                .map(|(cue, _)| *cue)
                .collect::<Vec<_>>(),
            [Cue::See, Cue::Feel, Cue::Hear],
            "the short version: see, touch, hear"
        );
    }
    let older = cues_for(Exercise::FiveSenses, PaceBand::EarlySchool);
    assert!(
        older.contains(&Cue::Taste),
        "from five, the whole 5-4-3-2-1"
    );
}

#[test]
fn the_taste_step_asks_about_the_mouth_and_never_to_find_something() {
    for language in Language::ALL {
        let (taste, touch) = in_component(language, || {
            let calm = use_calm_strings();
            (
                (calm.cue)(Exercise::FiveSenses, Cue::Taste),
                (calm.cue)(Exercise::FiveSenses, Cue::Feel),
            )
        });
        let taste = taste.to_lowercase();
        for finding in ["find", "busca", "thing", "cosa"] {
            assert!(!taste.contains(finding), "{language:?}: “{taste}”");
        }
        assert_says(
            &taste,
            &["mouth", "boca"],
            "the taste step asks about the mouth",
        );
        assert_says(
            touch,
            &["touch", "tocar"],
            "little ones know “touch”, not “feel”",
        );
    }
}

#[test]
fn every_exercise_that_leads_breathing_says_to_stop_if_anyone_feels_dizzy() {
    for exercise in Exercise::ALL {
        let breathes = PaceBand::ALL.iter().any(|&band| {
            cues_for(exercise, band)
                .iter()
                .any(|cue| cue.breath().is_some())
        });
        assert!(
            !breathes || exercise.paces_breathing(),
            "{exercise:?} leads breathing: its grown-up panel must say when to stop"
        );
    }
    for language in Language::ALL {
        let words = in_component(language, || use_calm_strings().stop_if_dizzy).to_lowercase();
        assert_says(&words, &["dizzy", "mareo"], "names feeling dizzy");
        assert_says(&words, &["stop", "paren"], "says to stop");
    }
}

#[test]
fn our_story_is_begun_with_the_therapist_and_ends_on_a_truthful_safe_page() {
    use calm_together::model::story::templates::starting_pages;
    use calm_together::model::story::{Background, Chapter, Template};
    use calm_together::strings::use_story_strings;

    let pages = starting_pages(Template::OurStory);
    assert_eq!(pages.last().map(|p| p.0), Some(Chapter::NowWeAreSafe));
    for (chapter, scene) in [pages[0], pages[pages.len() - 1]] {
        assert!(
            matches!(scene, Background::Plain(_)),
            "{chapter:?}: home may be where it happened, so Our story does not start or end there"
        );
    }
    for language in Language::ALL {
        in_component(language, || {
            let story = use_story_strings();
            let line = (story.template_line)(Template::OurStory).to_lowercase();
            let empty = story.shelf_empty.to_lowercase();
            for words in [&line, &empty] {
                assert_says(
                    words,
                    &["therapist", "terapeuta"],
                    "begun with the therapist",
                );
            }
            let ending = (story.chapter_prompt)(Chapter::NowWeAreSafe).to_lowercase();
            let truthful = "the safe ending offers what is true when “safe” is not";
            assert_says(&ending, &["safer", "más seguros"], truthful);
        });
    }
}

#[test]
fn the_guide_tells_grown_ups_to_say_only_what_is_true() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (language, true_words) in [("en", "only what is true"), ("es", "solo lo que es verdad")] {
        let card = std::fs::read_to_string(format!(
            "{root}/content/guide/talking-about-what-happened.{language}.md"
        ))
        .unwrap();
        assert!(card.contains(true_words), "{language}");
    }
}
