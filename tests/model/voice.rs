//! "Our own voice": which steps can be recorded, the keys recordings are kept under, the limits
//! and what plays when a step starts.

use calm_together::model::exercise::Exercise;
use calm_together::model::library::BOOK_IDS;
use calm_together::model::pacing::PaceBand;
use calm_together::model::script::Cue;
use calm_together::model::voice::{
    recording_type, step_voice, steps_to_record, PagesOf, RecordingClock, RecordingFor,
    RecordingInfo, RecordingsUsed, StepVoice, ALL_RECORDINGS_LIMIT_BYTES, PAGE_LIMIT_MS,
    SONG_LIMIT_MS, STEP_LIMIT_MS,
};
use proptest::prelude::*;

#[test]
fn every_step_of_every_exercise_has_a_key_that_reads_back() {
    for exercise in Exercise::ALL {
        for cue in steps_to_record(exercise) {
            let of = RecordingFor::Step(exercise, cue);
            assert_eq!(RecordingFor::from_key(&of.key()), Some(of), "{}", of.key());
        }
    }
}

#[test]
fn keys_do_not_depend_on_language_and_stay_as_first_written() {
    // Kept in families' browsers: changing one would lose a recording.
    assert_eq!(
        RecordingFor::Step(Exercise::Balloon, Cue::BreatheIn).key(),
        "step/balloon/breathe-in"
    );
    assert_eq!(
        RecordingFor::Step(Exercise::ButterflyHug, Cue::TapRight).key(),
        "step/butterfly-hug/tap-right"
    );
}

#[test]
fn unknown_keys_are_not_read_as_a_recording() {
    for key in [
        "",
        "step/",
        "step/balloon",
        "step/balloon/",
        "step/nothing/breathe-in",
        "step/balloon/sing",
        "page/1",
        "page/1/",
        "page//2",
        "page/01/2",
        "page/1/-2",
        "page/1/2/3",
        "page/x/2",
        "page/1/4294967296",
        "STEP/balloon/breathe-in",
        "book/safe-with-you",
        "book/safe-with-you/",
        "book/safe-with-you/0",
        "book/safe-with-you/02",
        "book/a-book-not-here/1",
        "book//1",
        "book/Safe-With-You/1",
    ] {
        assert_eq!(RecordingFor::from_key(key), None, "{key}");
    }
}

#[test]
fn a_story_pages_recording_is_kept_by_the_story_and_page_ids() {
    let of = PagesOf::Story(1_764_115_200_000).page(3);
    assert_eq!(of.key(), "page/1764115200000/3");
    assert_eq!(RecordingFor::from_key(&of.key()), Some(of));
    assert_eq!(of.limit_ms(), PAGE_LIMIT_MS);
    assert_eq!(PAGE_LIMIT_MS, 60_000);
    let first = PagesOf::Story(0).page(0);
    assert_eq!(RecordingFor::from_key("page/0/0"), Some(first));
    assert!(PagesOf::Story(1_764_115_200_000).holds(of));
    assert!(!PagesOf::Story(1).holds(of));
    assert!(of.known_to_version_2());
}

#[test]
fn a_lullaby_is_kept_for_as_long_as_a_verse_and_every_other_step_for_10_seconds() {
    for cue in steps_to_record(Exercise::HumALullaby) {
        assert_eq!(
            RecordingFor::Step(Exercise::HumALullaby, cue).limit_ms(),
            SONG_LIMIT_MS
        );
    }
    assert_eq!(SONG_LIMIT_MS, 30_000);
    assert_eq!(
        steps_to_record(Exercise::HumALullaby),
        [Cue::Hum, Cue::KeepHumming]
    );
    for exercise in Exercise::ALL
        .into_iter()
        .filter(|e| *e != Exercise::HumALullaby)
    {
        for cue in steps_to_record(exercise) {
            assert_eq!(RecordingFor::Step(exercise, cue).limit_ms(), STEP_LIMIT_MS);
        }
    }
    assert_eq!(
        RecordingFor::Step(Exercise::SayWhatTheyFeel, Cue::SafeWithMe).key(),
        "step/say-what-they-feel/safe-with-me"
    );
}

#[test]
fn every_built_in_books_pages_can_be_recorded_by_the_books_id() {
    for book in BOOK_IDS {
        for page in [1, 2, 12] {
            let of = PagesOf::Book(book).page(page);
            assert_eq!(of.key(), format!("book/{book}/{page}"));
            assert_eq!(RecordingFor::from_key(&of.key()), Some(of));
            assert_eq!(of.limit_ms(), PAGE_LIMIT_MS);
            assert!(PagesOf::Book(book).holds(of));
            // A story's page with the same number is another recording.
            assert!(!PagesOf::Story(page.into()).holds(of));
            // Older builds do not know a book's pages: a backup holding one is version 3.
            assert!(!of.known_to_version_2());
        }
    }
    assert_eq!(
        PagesOf::Book("safe-with-you").page(2).key(),
        "book/safe-with-you/2"
    );
}

#[test]
fn the_steps_to_record_are_the_steps_a_practice_speaks_in_order() {
    assert_eq!(
        steps_to_record(Exercise::Balloon),
        vec![Cue::BreatheIn, Cue::BreatheOut]
    );
    assert_eq!(
        steps_to_record(Exercise::SpaghettiBody),
        vec![Cue::Squeeze, Cue::LetGo]
    );
    assert_eq!(
        steps_to_record(Exercise::ButterflyHug),
        vec![Cue::TapLeft, Cue::TapRight]
    );
    // A hold only comes with the ages that have holds, and it is still offered to record.
    assert!(steps_to_record(Exercise::BoxBreathing).contains(&Cue::Hold));
    // Taste is only for five and up: offered, as an older child may use it.
    assert!(steps_to_record(Exercise::FiveSenses).contains(&Cue::Taste));
}

#[test]
fn every_step_a_practice_can_speak_can_be_recorded() {
    for exercise in Exercise::ALL {
        let recordable = steps_to_record(exercise);
        for band in PaceBand::ALL {
            for length in exercise
                .length_choices()
                .iter()
                .copied()
                .chain([exercise.default_length(band)])
            {
                for step in exercise.script(band, 0, length).steps() {
                    assert!(
                        recordable.contains(&step.cue),
                        "{exercise:?} {band:?} {:?}",
                        step.cue
                    );
                }
            }
        }
    }
}

#[test]
fn a_recording_plays_instead_of_the_devices_voice() {
    assert_eq!(step_voice(true, true), StepVoice::Recorded);
    assert_eq!(step_voice(true, false), StepVoice::Recorded);
    assert_eq!(step_voice(false, true), StepVoice::Speech);
    assert_eq!(step_voice(false, false), StepVoice::Silent);
}

#[test]
fn the_first_format_the_browser_records_is_used() {
    // Chromium
    assert_eq!(
        recording_type(|kind| kind.starts_with("audio/webm")),
        Some("audio/webm;codecs=opus")
    );
    // Safari
    assert_eq!(
        recording_type(|kind| kind == "audio/mp4"),
        Some("audio/mp4")
    );
    // Firefox
    assert_eq!(
        recording_type(|kind| kind.starts_with("audio/ogg")),
        Some("audio/ogg;codecs=opus")
    );
    assert_eq!(recording_type(|_| false), None);
}

fn info(bytes: u64) -> RecordingInfo {
    RecordingInfo {
        of: RecordingFor::Step(Exercise::Balloon, Cue::BreatheIn),
        kind: "audio/webm".into(),
        length_ms: 3_000,
        bytes,
        recorded_at: 0,
    }
}

#[test]
fn what_is_used_adds_up_and_a_new_clip_must_fit() {
    let used = RecordingsUsed::of(&[info(40_000), info(60_000)]);
    assert_eq!(used.count, 2);
    assert_eq!(used.bytes, 100_000);
    assert_eq!(used.tenths_of_megabyte(), 1);
    assert_eq!(RecordingsUsed::default().tenths_of_megabyte(), 0);
    assert!(used.fits(ALL_RECORDINGS_LIMIT_BYTES - 100_000, 0));
    assert!(!used.fits(ALL_RECORDINGS_LIMIT_BYTES - 99_999, 0));
    // Recording a step again frees the old clip first.
    assert!(used.fits(ALL_RECORDINGS_LIMIT_BYTES - 60_000, 60_000));
}

#[test]
fn a_step_recording_stops_on_its_own_at_ten_seconds() {
    let clock = RecordingClock::start(
        1_000.0,
        RecordingFor::Step(Exercise::Balloon, Cue::BreatheIn),
    );
    assert_eq!(clock.seconds_left(1_000.0), 10);
    assert_eq!(clock.seconds_left(1_001.0), 10);
    assert_eq!(clock.seconds_left(2_000.0), 9);
    assert_eq!(clock.seconds_left(10_999.0), 1);
    assert!(!clock.must_stop(10_999.0));
    assert!(clock.must_stop(11_000.0));
    assert_eq!(clock.seconds_left(20_000.0), 0);
    assert_eq!(clock.length_ms(4_500.0), 3_500);
    assert_eq!(clock.length_ms(60_000.0), STEP_LIMIT_MS);
}

proptest! {
    #[test]
    fn the_clock_never_runs_past_its_limit_nor_backwards(start in 0.0f64..1e12, later in -1e6f64..1e6) {
        let clock = RecordingClock::start(start, RecordingFor::Step(Exercise::Bubble, Cue::BreatheOut));
        let now = start + later;
        prop_assert!(clock.seconds_left(now) <= STEP_LIMIT_MS / 1000);
        prop_assert!(clock.length_ms(now) <= STEP_LIMIT_MS);
        prop_assert_eq!(clock.must_stop(now), clock.length_ms(now) == STEP_LIMIT_MS && later >= f64::from(STEP_LIMIT_MS));
    }

    #[test]
    fn any_page_reads_back(story in any::<u64>(), page in any::<u32>()) {
        let of = PagesOf::Story(story).page(page);
        prop_assert_eq!(RecordingFor::from_key(&of.key()), Some(of));
    }

    #[test]
    fn any_text_read_as_a_key_does_not_panic(key in ".{0,40}") {
        if let Some(of) = RecordingFor::from_key(&key) {
            prop_assert_eq!(of.key(), key);
        }
    }
}
