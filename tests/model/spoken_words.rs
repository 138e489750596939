//! The family's language reaches every word, or the app says loudly that it could not.
//!
//! Also keeps `tests/fixtures/spoken-cues.json` equal to the tables: the words each exercise
//! can say aloud, per language, which the end-to-end test of spoken cues checks the browser
//! against. After changing a cue's words: `WRITE_FIXTURES=1 cargo test --test model spoken`.

use std::collections::BTreeMap;

use calm_together::model::exercise::Exercise;
use calm_together::model::language::Language;
use calm_together::model::pacing::PaceBand;
use calm_together::model::settings::LengthPreference;
use calm_together::strings::{
    provide_language, use_calm_strings, use_language, use_story_strings, use_strings,
};
use leptos::prelude::Owner;

use super::pacing::every_script;

const FIXTURE: &str = "tests/fixtures/spoken-cues.json";

/// Runs `read` as a component of an app shown in `language` would.
pub(super) fn in_component<T>(language: Language, read: impl FnOnce() -> T) -> T {
    Owner::new().with(|| {
        provide_language(language);
        read()
    })
}

#[test]
fn a_component_gets_the_words_of_the_language_provided() {
    for language in Language::ALL {
        in_component(language, || {
            assert_eq!(use_language(), language);
            assert_eq!(use_strings().language_tag, language.tag());
        });
    }
    let (english, spanish) = (
        in_component(Language::English, || use_calm_strings().start),
        in_component(Language::Spanish, || use_calm_strings().start),
    );
    assert_eq!((english, spanish), ("Start", "Empezar"));
}

#[test]
fn a_child_component_gets_the_language_of_the_app_around_it() {
    let words = Owner::new().with(|| {
        provide_language(Language::Spanish);
        Owner::new().with(|| use_story_strings().read_aloud)
    });
    assert_eq!(words, "Leer las palabras en voz alta");
}

#[test]
#[should_panic(expected = "outside a component")]
fn words_asked_for_outside_any_component_fail_loudly_never_in_english() {
    // As an animation frame or a timer would: no owner, so no language to find.
    let _ = use_calm_strings();
}

#[test]
#[should_panic(expected = "outside a component")]
fn a_language_shown_before_does_not_hide_a_missing_one() {
    in_component(Language::Spanish, || ());
    let _ = use_strings();
}

/// Every cue an exercise's scripts can reach, at every age, speed and length, in first-met order.
fn cues_of(exercise: Exercise) -> Vec<calm_together::model::script::Cue> {
    let mut cues = vec![];
    for band in PaceBand::ALL {
        for (_, _, script) in every_script(exercise, band) {
            for step in script.steps() {
                if !cues.contains(&step.cue) {
                    cues.push(step.cue);
                }
            }
        }
    }
    cues
}

/// `{"en": {"tag": "en", "exercises": {"balloon": ["Fill the balloon", …]}}, "es": …,
/// "steps_with_no_age_given": {"balloon": 6, …}}`: the last is how many steps a practice of
/// the usual length has (so as many words are said) for a child whose age was not given.
fn spoken_cues() -> String {
    let mut languages = BTreeMap::new();
    let band = PaceBand::for_child(None);
    let steps: BTreeMap<&str, usize> = Exercise::ALL
        .into_iter()
        .map(|exercise| {
            let length = exercise.length_for(band, LengthPreference::Usual);
            (
                exercise.slug(),
                exercise.script(band, 0, length).steps().len(),
            )
        })
        .collect();
    languages.insert("steps_with_no_age_given", serde_json::json!(steps));
    for language in Language::ALL {
        let (tag, exercises) = in_component(language, || {
            let calm = use_calm_strings();
            let exercises: BTreeMap<&str, Vec<&str>> = Exercise::ALL
                .into_iter()
                .map(|exercise| {
                    let mut words: Vec<&str> = cues_of(exercise)
                        .into_iter()
                        .map(|cue| (calm.cue)(exercise, cue))
                        .collect();
                    words.dedup();
                    (exercise.slug(), words)
                })
                .collect();
            (use_strings().language_tag, exercises)
        });
        languages.insert(
            language.tag(),
            serde_json::json!({ "tag": tag, "exercises": exercises }),
        );
    }
    serde_json::to_string_pretty(&languages).unwrap() + "\n"
}

#[test]
fn the_spoken_cues_fixture_is_what_the_tables_say() {
    let path = format!("{}/{FIXTURE}", env!("CARGO_MANIFEST_DIR"));
    let expected = spoken_cues();
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        stored == expected,
        "{FIXTURE} is not what the tables say; write it again with \
         `WRITE_FIXTURES=1 cargo test --test model spoken`"
    );
}

#[test]
fn no_exercise_says_the_same_words_in_both_languages() {
    let words = |language| {
        in_component(language, || {
            let calm = use_calm_strings();
            Exercise::ALL
                .into_iter()
                .flat_map(|e| cues_of(e).into_iter().map(move |c| (calm.cue)(e, c)))
                .collect::<Vec<_>>()
        })
    };
    let english = words(Language::English);
    for spanish in words(Language::Spanish) {
        assert!(
            !english.contains(&spanish),
            "“{spanish}” is said in both languages: the end-to-end test could not tell them apart"
        );
    }
}
