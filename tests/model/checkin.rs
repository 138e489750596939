use calm_together::model::checkin::{CheckIn, Feeling};
use calm_together::model::exercise::Exercise;
use calm_together::model::practice::{Ending, Practice, PracticeLog};
use calm_together::model::settings::CalmSettings;

#[test]
fn a_check_in_keeps_only_answers_in_range() {
    let wild = CheckIn {
        feeling: Some(Feeling::Scared),
        size: Some(9),
        grown_up_calm: Some(0),
    };
    assert_eq!(
        wild.sanitised(),
        CheckIn {
            feeling: Some(Feeling::Scared),
            size: None,
            grown_up_calm: None
        }
    );
    assert!(CheckIn::default().is_empty());
}

#[test]
fn at_least_the_six_feelings_children_need() {
    for feeling in [
        Feeling::Happy,
        Feeling::Calm,
        Feeling::Sad,
        Feeling::Worried,
        Feeling::Angry,
        Feeling::Scared,
    ] {
        assert!(Feeling::ALL.contains(&feeling));
    }
}

fn practice(id: &str) -> Practice {
    Practice {
        id: id.into(),
        child: None,
        exercise: Exercise::Balloon,
        started_at: 1,
        ended_at: 2,
        ending: Ending::StoppedEarly,
        before: None,
        after: Some(CheckIn::default()),
    }
}

#[test]
fn recording_the_same_practice_twice_keeps_one_copy() {
    let mut log = PracticeLog::default();
    log.record(practice("a"));
    log.record(practice("b"));
    log.record(Practice {
        ending: Ending::Completed,
        ..practice("a")
    });
    assert_eq!(log.practices.len(), 2);
    assert_eq!(log.practices[0].ending, Ending::Completed);
    assert_eq!(
        log.for_child(None)
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["b", "a"]
    );
}

#[test]
fn every_exercise_has_a_slug_that_reads_back() {
    for exercise in Exercise::ALL {
        assert_eq!(Exercise::from_slug(exercise.slug()), Some(exercise));
        let json = serde_json::to_string(&exercise).unwrap();
        assert_eq!(json, format!("\"{}\"", exercise.slug()));
    }
}

#[test]
fn settings_default_gently_and_stay_in_range() {
    let settings = CalmSettings::default();
    assert!(settings.grown_up_first, "grown-up first is on by default");
    assert!(settings.chime_gain() <= 0.25);
    let wild = CalmSettings {
        volume: 200,
        speed_step: -100,
        ..settings
    }
    .sanitised();
    assert_eq!((wild.volume, wild.speed_step), (10, -2));
    assert!(
        wild.chime_gain() <= 0.25,
        "never loud, even at the top of the scale"
    );
}

#[test]
fn the_usual_length_preference_picks_a_length_each_exercise_offers() {
    use calm_together::model::exercise::Exercise;
    use calm_together::model::pacing::{Length, PaceBand};
    use calm_together::model::settings::LengthPreference;
    for exercise in Exercise::ALL {
        for band in [
            PaceBand::Toddler,
            PaceBand::Preschool,
            PaceBand::EarlySchool,
        ] {
            for preference in LengthPreference::ALL {
                let length = exercise.length_for(band, preference);
                let choices = exercise.length_choices();
                assert!(
                    choices.is_empty()
                        || choices.contains(&length)
                        || length == exercise.default_length(band),
                    "{exercise:?} {preference:?}"
                );
            }
            assert_eq!(
                exercise.length_for(band, LengthPreference::Usual),
                exercise.default_length(band)
            );
        }
    }
    let little = PaceBand::Preschool;
    assert_eq!(
        Exercise::Balloon.length_for(little, LengthPreference::Short),
        Length::Breaths(3)
    );
    assert_eq!(
        Exercise::Balloon.length_for(little, LengthPreference::Longer),
        Length::Minutes(2)
    );
    assert_eq!(
        Exercise::ButterflyHug.length_for(little, LengthPreference::Longer),
        Length::Minutes(2)
    );
}

#[test]
fn settings_saved_before_the_length_preference_read_and_write_back_the_same() {
    let old = r#"{"grown_up_first":true,"chime":true,"volume":3,"speech":false,"vibration":false,"keep_awake":true,"gentle_visuals":false,"speed_step":0}"#;
    let settings: CalmSettings = serde_json::from_str(old).unwrap();
    assert_eq!(serde_json::to_string(&settings).unwrap(), old);
}
