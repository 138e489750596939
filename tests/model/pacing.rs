use calm_together::model::child::AgeBand;
use calm_together::model::exercise::{Exercise, Shelf, SPAGHETTI_PARTS, VERSE_MS};
use calm_together::model::pacing::{
    adjust, breath_for, Length, PaceBand, Stopwatch, FASTEST_STEP, LENGTH_CHOICES,
    LONGEST_PHASE_MS, SHORTEST_PHASE_MS, SLOWEST_STEP,
};
use calm_together::model::script::{Cue, Script};
use proptest::prelude::*;

fn band() -> impl Strategy<Value = PaceBand> {
    prop::sample::select(PaceBand::ALL.to_vec())
}
fn exercise() -> impl Strategy<Value = Exercise> {
    prop::sample::select(Exercise::ALL.to_vec())
}
fn length() -> impl Strategy<Value = Length> {
    prop::sample::select(LENGTH_CHOICES.to_vec())
}
fn speed() -> impl Strategy<Value = i8> {
    SLOWEST_STEP..=FASTEST_STEP
}

#[test]
fn little_ones_default_to_about_three_seconds_in_and_four_out() {
    assert_eq!(breath_for(PaceBand::Toddler, 0), (3_000, 4_000));
    assert_eq!(breath_for(PaceBand::Preschool, 0), (3_000, 4_000));
}

#[test]
fn slower_means_longer_and_faster_shorter_within_bounds() {
    assert!(adjust(4_000, -1) > 4_000);
    assert!(adjust(4_000, 1) < 4_000);
    assert_eq!(adjust(2_000, FASTEST_STEP), SHORTEST_PHASE_MS);
    assert_eq!(adjust(9_000, SLOWEST_STEP), LONGEST_PHASE_MS);
    assert_eq!(
        adjust(4_000, 100),
        adjust(4_000, FASTEST_STEP),
        "steps beyond the range are clamped"
    );
}

#[test]
fn holds_only_from_age_four() {
    assert!(!PaceBand::Toddler.allows_holds());
    assert!(
        !PaceBand::Preschool.allows_holds(),
        "the 3–4 band includes 3-year-olds"
    );
    assert!(PaceBand::EarlySchool.allows_holds());
    assert!(PaceBand::GrownUp.allows_holds());
}

#[test]
fn five_fingers_and_five_candles_are_five_breaths() {
    for exercise in [Exercise::StarfishHand, Exercise::BirthdayCandles] {
        let script = exercise.script(PaceBand::Preschool, 0, Length::Minutes(5));
        assert_eq!(script.rounds(), 5, "{exercise:?}");
        assert_eq!(script.steps().len(), 10);
    }
}

#[test]
fn box_breathing_holds_for_grown_ups_with_four_second_sides() {
    let script = Exercise::BoxBreathing.script(PaceBand::GrownUp, 0, Length::Breaths(1));
    let cues: Vec<Cue> = script.steps().iter().map(|s| s.cue).collect();
    assert_eq!(
        cues,
        [Cue::BreatheIn, Cue::Hold, Cue::BreatheOut, Cue::Hold]
    );
    assert!(script.steps().iter().all(|s| s.ms == 4_000));
}

#[test]
fn box_breathing_for_little_ones_has_no_hold() {
    let script = Exercise::BoxBreathing.script(PaceBand::Toddler, 0, Length::Breaths(2));
    assert!(script.steps().iter().all(|s| s.cue != Cue::Hold));
    assert!(!Exercise::BoxBreathing.made_for(PaceBand::Toddler));
    assert!(Exercise::BoxBreathing.made_for(PaceBand::EarlySchool));
}

#[test]
fn spaghetti_body_goes_robot_then_spaghetti_through_the_body_twice() {
    let script = Exercise::SpaghettiBody.script(PaceBand::Preschool, 0, Length::Breaths(3));
    assert_eq!(script.rounds() as usize, SPAGHETTI_PARTS.len() * 2);
    for pair in script.steps().chunks(2) {
        assert_eq!([pair[0].cue, pair[1].cue], [Cue::Squeeze, Cue::LetGo]);
        assert!(
            pair[1].ms > pair[0].ms,
            "letting go lasts longer than squeezing"
        );
    }
}

#[test]
fn turtle_time_notices_stops_tucks_in_for_three_breaths_and_comes_out() {
    let script = Exercise::TurtleTime.script(PaceBand::Preschool, 0, Length::Breaths(3));
    let cues: Vec<Cue> = script.steps().iter().map(|s| s.cue).collect();
    assert_eq!(cues[..3], [Cue::Notice, Cue::StopBody, Cue::TuckIn]);
    assert_eq!(cues.iter().filter(|c| **c == Cue::BreatheIn).count(), 3);
    assert_eq!(cues[cues.len() - 2..], [Cue::ComeOut, Cue::Think]);
    assert_eq!(
        script.rounds(),
        6,
        "notice, stop, tuck in, three breaths, come out, think"
    );
}

#[test]
fn the_butterfly_hug_taps_left_and_right_in_turn_for_the_chosen_minutes() {
    let script = Exercise::ButterflyHug.script(PaceBand::GrownUp, 0, Length::Minutes(2));
    for (i, step) in script.steps().iter().enumerate() {
        assert_eq!(
            step.cue,
            if i % 2 == 0 {
                Cue::TapLeft
            } else {
                Cue::TapRight
            }
        );
    }
    assert!(script.total_ms() >= 120_000 && script.total_ms() < 125_000);
}

#[test]
fn five_senses_counts_down_from_five_between_two_belly_breaths() {
    let cues = |band| -> Vec<Cue> {
        let script = Exercise::FiveSenses.script(band, 0, Length::Breaths(1));
        script.steps().iter().map(|s| s.cue).collect()
    };
    let breath = [Cue::BreatheIn, Cue::BreatheOut];
    let all = [Cue::See, Cue::Feel, Cue::Hear, Cue::Smell, Cue::Taste];
    assert_eq!(
        cues(PaceBand::EarlySchool),
        [&breath[..], &all, &breath].concat()
    );
    assert_eq!(
        cues(PaceBand::Preschool),
        [&breath[..], &all[..3], &breath].concat(),
        "little ones: see, touch, hear"
    );
}

#[test]
fn a_balloon_fills_on_the_in_breath_and_empties_on_the_out_breath() {
    let script = Exercise::Balloon.script(PaceBand::Toddler, 0, Length::Breaths(3));
    let halfway_in = script.moment_at(1_500.0);
    assert_eq!((halfway_in.cue, halfway_in.round), (Cue::BreatheIn, 1));
    assert!((halfway_in.fullness - 0.5).abs() < 1e-9);
    let halfway_out = script.moment_at(3_000.0 + 2_000.0);
    assert_eq!(halfway_out.cue, Cue::BreatheOut);
    assert!((halfway_out.fullness - 0.5).abs() < 1e-9);
    let second = script.moment_at(7_000.0);
    assert_eq!(
        (second.cue, second.round, second.step),
        (Cue::BreatheIn, 2, 2)
    );
    assert_eq!(script.moment_at(0.0).count, 1);
    assert_eq!(
        script.moment_at(2_999.0).count,
        3,
        "three seconds in: one, two, three"
    );
    assert_eq!(
        script.moment_at(3_000.0).count,
        1,
        "a new step counts from one again"
    );
    let end = script.moment_at(21_000.0);
    assert!(end.finished);
}

#[test]
fn a_hold_keeps_the_picture_as_the_breath_before_left_it() {
    let script = Exercise::BoxBreathing.script(PaceBand::GrownUp, 0, Length::Breaths(1));
    assert_eq!(
        script.moment_at(6_000.0).fullness,
        1.0,
        "after breathing in"
    );
    assert_eq!(
        script.moment_at(14_000.0).fullness,
        0.0,
        "after breathing out"
    );
}

#[test]
fn ten_minutes_of_frames_do_not_drift() {
    // Frames arrive irregularly (16–17 ms, sometimes a long gap); elapsed time is read from
    // the clock, so after ten minutes it is exact, where summing ticks would not be.
    let start = 1_000.25;
    let watch = Stopwatch::started(start);
    let mut now = start;
    let mut summed_ticks = 0.0f32;
    let mut frame = 0u64;
    while now - start < 600_000.0 {
        let tick = if frame.is_multiple_of(997) {
            250.0
        } else {
            16.0 + (frame % 3) as f64 * 0.3333
        };
        now += tick;
        summed_ticks += tick as f32;
        frame += 1;
    }
    assert_eq!(watch.elapsed(now), now - start);
    assert!(
        (f64::from(summed_ticks) - (now - start)).abs() > 1.0,
        "a tick counter would have drifted"
    );
    let script = Exercise::ButterflyHug.script(PaceBand::GrownUp, 0, Length::Minutes(5));
    assert!(
        script.moment_at(watch.elapsed(start + 299_999.0)).finished
            == (299_999.0 >= script.total_ms() as f64)
    );
}

#[test]
fn pausing_and_keeping_going_keep_the_timeline_exact() {
    let mut watch = Stopwatch::started(100.0);
    watch.pause(1_100.0);
    assert_eq!(
        watch.elapsed(50_000.0),
        1_000.0,
        "no time passes while paused"
    );
    watch.pause(60_000.0);
    assert_eq!(
        watch.elapsed(60_000.0),
        1_000.0,
        "pausing twice changes nothing"
    );
    watch.resume(61_000.0);
    watch.resume(62_000.0);
    assert_eq!(
        watch.elapsed(61_500.0),
        1_500.0,
        "resuming twice changes nothing"
    );
}

/// Every script an exercise can run at `band`: every speed, every length there is and the
/// one it starts with (with the speed and length, to say which one in a failure).
pub(super) fn every_script(
    exercise: Exercise,
    band: PaceBand,
) -> impl Iterator<Item = (i8, Length, Script)> {
    let lengths: Vec<Length> = LENGTH_CHOICES
        .into_iter()
        .chain([exercise.default_length(band)])
        .collect();
    (SLOWEST_STEP..=FASTEST_STEP).flat_map(move |speed| {
        lengths
            .clone()
            .into_iter()
            .map(move |length| (speed, length, exercise.script(band, speed, length)))
    })
}

/// Each breath of a script (an in-breath with the holds and out-breath after it): its whole
/// length and its out-breath, in ms.
fn breaths(steps: &[calm_together::model::script::Step]) -> Vec<(u32, u32)> {
    let mut found: Vec<(u32, u32)> = vec![];
    let mut in_breath = false;
    for step in steps {
        match step.cue {
            Cue::BreatheIn => {
                found.push((step.ms, 0));
                in_breath = true;
            }
            Cue::Hold | Cue::BreatheOut if in_breath => {
                let breath = found.last_mut().unwrap();
                breath.0 += step.ms;
                if step.cue == Cue::BreatheOut {
                    breath.1 += step.ms;
                }
            }
            _ => in_breath = false,
        }
    }
    found
}

/// Every exercise, at every age, speed and length on offer (all of them: the space is small).
#[test]
fn no_child_is_paced_slower_than_their_age_breathes() {
    for band in PaceBand::ALL {
        let (longest_breath, longest_out) = band.slowest_breath();
        let fewest_a_minute = match band {
            PaceBand::Toddler | PaceBand::Preschool => Some(8),
            PaceBand::EarlySchool => Some(6),
            PaceBand::GrownUp => None,
        };
        // With a baby, the pacer leads the grown-up's breathing, held close: checked below.
        for exercise in Exercise::ALL
            .into_iter()
            .filter(|e| !e.breath_is_the_grown_ups())
        {
            for (speed, length, script) in every_script(exercise, band) {
                for (whole, out) in breaths(script.steps()) {
                    let at = format!("{exercise:?} for {band:?} at speed {speed}, {length:?}");
                    assert!(whole <= longest_breath, "{at}: a breath of {whole} ms");
                    assert!(out <= longest_out, "{at}: {out} ms out");
                    if let Some(fewest) = fewest_a_minute {
                        assert!(
                            60_000 / whole >= fewest,
                            "{at}: {} a minute",
                            60_000 / whole
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn with_a_baby_the_pacer_leads_the_grown_ups_own_slow_breath() {
    let grown_up = breath_for(PaceBand::GrownUp, 0);
    for exercise in [Exercise::ChestToChest, Exercise::SayWhatTheyFeel] {
        assert!(exercise.breath_is_the_grown_ups());
        for band in PaceBand::ALL {
            for speed in SLOWEST_STEP..=FASTEST_STEP {
                let script = exercise.script(band, speed, exercise.default_length(band));
                for (whole, out) in breaths(script.steps()) {
                    // An adult's slow breath (4 s in, 6 s out at the usual pace): never a hold,
                    // never longer than a grown-up is ever paced, the out-breath the longer.
                    assert!(whole <= 2 * LONGEST_PHASE_MS && out >= whole - out);
                }
                assert!(script.steps().iter().all(|s| s.cue != Cue::Hold));
            }
            let (whole, out) = breaths(exercise.script(band, 0, Length::Minutes(1)).steps())[0];
            assert_eq!((whole - out, out), grown_up, "{exercise:?} at {band:?}");
        }
    }
    for exercise in Exercise::ALL {
        assert_eq!(
            exercise.breath_is_the_grown_ups(),
            matches!(exercise, Exercise::ChestToChest | Exercise::SayWhatTheyFeel)
        );
    }
}

#[test]
fn rock_and_sway_is_one_steady_sway_every_two_to_three_seconds() {
    for speed in SLOWEST_STEP..=FASTEST_STEP {
        for length in Exercise::RockAndSway.length_choices() {
            let script = Exercise::RockAndSway.script(PaceBand::Toddler, speed, *length);
            let Length::Minutes(minutes) = *length else {
                panic!("in minutes")
            };
            let total: u32 = script.steps().iter().map(|s| s.ms).sum();
            assert!(total >= minutes * 60_000 && total < minutes * 60_000 + 6_000);
            for pair in script.steps().chunks(2) {
                assert_eq!(pair[0].cue, Cue::Sway);
                assert_eq!(pair[1].cue, Cue::SwayBack);
                assert!((2_000..=3_000).contains(&pair[0].ms), "{} ms", pair[0].ms);
                assert_eq!(pair[0].ms, pair[1].ms, "steady: the same each way");
            }
        }
    }
}

#[test]
fn a_lullaby_begins_then_goes_on_softer_a_verse_at_a_time() {
    let script = Exercise::HumALullaby.script(PaceBand::Toddler, 0, Length::Minutes(2));
    let cues: Vec<Cue> = script.steps().iter().map(|s| s.cue).collect();
    assert_eq!(
        cues,
        [
            Cue::Hum,
            Cue::KeepHumming,
            Cue::KeepHumming,
            Cue::KeepHumming
        ]
    );
    assert!(script.steps().iter().all(|s| s.ms == VERSE_MS));
    // The song sets its own pace: the speed does not change a verse.
    assert_eq!(
        Exercise::HumALullaby.script(PaceBand::Toddler, SLOWEST_STEP, Length::Minutes(2)),
        script
    );
}

#[test]
fn saying_what_the_baby_feels_looks_names_comforts_then_breathes() {
    let script = Exercise::SayWhatTheyFeel.script(PaceBand::Toddler, 0, Length::Breaths(3));
    let cues: Vec<Cue> = script.steps().iter().map(|s| s.cue).collect();
    assert_eq!(
        cues,
        [
            Cue::LookAtBaby,
            Cue::NameFeeling,
            Cue::ImHere,
            Cue::SafeWithMe,
            Cue::BreatheIn,
            Cue::BreatheOut,
            Cue::BreatheIn,
            Cue::BreatheOut,
            Cue::BreatheIn,
            Cue::BreatheOut,
        ]
    );
    assert!(script.total_ms() < 75_000, "short: about a minute");
}

#[test]
fn the_baby_practices_are_offered_for_babies_and_come_first_on_their_shelf() {
    for exercise in Exercise::ALL {
        let baby = exercise.for_a_baby();
        assert_eq!(baby, exercise.shelf() == Shelf::WithABaby);
        for band in PaceBand::ALL {
            if baby {
                assert_eq!(
                    exercise.made_for(band),
                    band == PaceBand::Toddler,
                    "{exercise:?}"
                );
            }
        }
    }
    assert_eq!(Exercise::ALL.iter().filter(|e| e.for_a_baby()).count(), 4);
    use Shelf::*;
    assert_eq!(
        Shelf::for_child(Some(AgeBand::Toddler)),
        [WithABaby, Breathing, BodyAndSenses]
    );
    assert_eq!(
        Shelf::for_child(None),
        [Breathing, BodyAndSenses, WithABaby]
    );
    for older in [AgeBand::Preschool, AgeBand::EarlySchool] {
        assert_eq!(Shelf::for_child(Some(older)), [Breathing, BodyAndSenses]);
        for exercise in Exercise::ALL {
            assert_eq!(exercise.offered_for(Some(older)), !exercise.for_a_baby());
        }
    }
    assert!(Exercise::ALL
        .iter()
        .all(|e| e.offered_for(None) && e.offered_for(Some(AgeBand::Toddler))));
    let for_a_baby = Exercise::offered_in_order(Some(AgeBand::Toddler));
    assert_eq!(for_a_baby.len(), 14);
    assert!(for_a_baby[..4].iter().all(|e| e.for_a_baby()));
    assert_eq!(Exercise::offered_in_order(None)[0], Exercise::Balloon);
    assert_eq!(
        Exercise::offered_in_order(Some(AgeBand::EarlySchool)).len(),
        10
    );
    assert_eq!(
        PaceBand::for_child(Some(AgeBand::Toddler)),
        PaceBand::Toddler
    );
}

#[test]
fn bubble_at_the_slowest_stays_a_little_ones_breath() {
    let script = Exercise::Bubble.script(PaceBand::Preschool, SLOWEST_STEP, Length::Breaths(3));
    let (whole, out) = breaths(script.steps())[0];
    assert!(whole <= 7_500 && out <= 6_000, "{whole} ms, {out} ms out");
    assert!(out >= whole - out, "still a long, slow out-breath");
}

proptest! {
    #[test]
    fn every_exercise_for_every_age_is_gentle(exercise in exercise(), band in band(), speed in speed(), length in length()) {
        let script = exercise.script(band, speed, length);
        prop_assert!(!script.steps().is_empty());
        let (breath_in, breath_out) = breath_for(band, speed);
        prop_assert!(breath_out >= breath_in, "the out-breath is never shorter");
        for step in script.steps() {
            prop_assert!(band.allows_holds() || step.cue != Cue::Hold, "no holds below age 5");
            prop_assert!(step.ms >= 900 && step.ms <= 30_000);
        }
        // Every in-breath is followed by an out-breath at least as long (or a hold, for box).
        for pair in script.steps().windows(2) {
            if pair[0].cue == Cue::BreatheIn && pair[1].cue == Cue::BreatheOut {
                prop_assert!(pair[1].ms >= pair[0].ms);
            }
        }
        // The practice ends exactly at its total, never sooner or later.
        prop_assert!(!script.moment_at(script.total_ms() as f64 - 1.0).finished);
        prop_assert!(script.moment_at(script.total_ms() as f64).finished);
    }

    #[test]
    fn a_length_in_minutes_lasts_at_least_that_long_and_less_than_one_round_more(
        exercise in prop::sample::select(vec![Exercise::Balloon, Exercise::Bubble, Exercise::FlowerAndCandle]),
        band in band(), speed in speed(), minutes in 1u32..=5,
    ) {
        let script = exercise.script(band, speed, Length::Minutes(minutes));
        let round: u64 = script.steps()[..2].iter().map(|s| u64::from(s.ms)).sum();
        prop_assert!(script.total_ms() >= u64::from(minutes) * 60_000);
        prop_assert!(script.total_ms() < u64::from(minutes) * 60_000 + round);
    }

    #[test]
    fn time_only_moves_forward_through_the_steps(exercise in exercise(), band in band(), mut times in prop::collection::vec(0.0f64..400_000.0, 1..50)) {
        let script = exercise.script(band, 0, Length::Minutes(1));
        times.sort_by(f64::total_cmp);
        let moments: Vec<_> = times.iter().map(|t| script.moment_at(*t)).collect();
        for pair in moments.windows(2) {
            prop_assert!(pair[1].step >= pair[0].step);
            prop_assert!(pair[1].round >= pair[0].round);
            prop_assert!(!pair[0].finished || pair[1].finished);
        }
        for m in &moments {
            prop_assert!((0.0..=1.0).contains(&m.progress) && (0.0..=1.0).contains(&m.fullness));
        }
    }

    #[test]
    fn paused_time_never_counts(runs in prop::collection::vec((1.0f64..10_000.0, 1.0f64..10_000.0), 1..20)) {
        let mut now = 5.0;
        let mut watch = Stopwatch::started(now);
        let mut expected = 0.0;
        for (running, paused) in runs {
            now += running;
            expected += running;
            watch.pause(now);
            now += paused;
            prop_assert!((watch.elapsed(now) - expected).abs() < 1e-6);
            watch.resume(now);
        }
    }
}
