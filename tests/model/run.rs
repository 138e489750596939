//! One run of an exercise as the runner drives it: taps and frames in, what to show and say out.

use calm_together::model::exercise::Exercise;
use calm_together::model::pacing::{Length, PaceBand, LENGTH_CHOICES};
use calm_together::model::practice::Ending;
use calm_together::model::run::{ExerciseRun, RunState};
use calm_together::model::script::Script;
use proptest::prelude::*;

fn script(exercise: Exercise, length: Length) -> Script {
    exercise.script(PaceBand::Preschool, 0, length)
}

fn balloon() -> Script {
    script(Exercise::Balloon, Length::Breaths(3))
}

/// Frames every `step` ms from `from` to `to`, collecting what each said and how it ended.
fn frames(run: &mut ExerciseRun, from: f64, to: f64, step: f64) -> (usize, Option<Ending>) {
    let (mut said, mut t) = (0, from);
    while t <= to {
        if let Some(frame) = run.frame(t) {
            said += usize::from(frame.announce.is_some());
            if frame.ended.is_some() {
                return (said, frame.ended);
            }
        }
        t += step;
    }
    (said, None)
}

#[test]
fn a_run_starts_only_from_ready_and_a_second_tap_changes_nothing() {
    let mut run = ExerciseRun::new(balloon());
    assert_eq!(run.state(), RunState::Ready);
    assert!(run.frame(10.0).is_none(), "nothing moves before Start");
    let first = run.start(balloon(), 1_000.0).expect("starts");
    assert_eq!(first.step, 0);
    assert_eq!(run.state(), RunState::Running);
    assert!(run.start(balloon(), 2_000.0).is_none());
    // The clock did not restart: 1.5 s in, not 0.5 s.
    let frame = run.frame(2_500.0).unwrap();
    assert!(frame.moment.progress > 0.0);
}

#[test]
fn pause_keeps_the_place_and_keep_going_goes_on_from_it() {
    let mut run = ExerciseRun::new(balloon());
    run.start(balloon(), 0.0);
    let before = run.frame(1_000.0).unwrap().moment;
    assert!(run.pause(1_000.0));
    assert!(!run.pause(1_500.0), "already paused");
    assert!(run.frame(60_000.0).is_none(), "nothing moves while paused");
    assert!(run.resume(60_000.0));
    assert!(!run.resume(60_001.0), "already going");
    let after = run.frame(60_000.0).unwrap().moment;
    assert_eq!(after.step, before.step);
    assert!(
        (after.progress - before.progress).abs() < 1e-9,
        "a minute paused did not count"
    );
}

#[test]
fn stop_ends_early_from_running_or_paused_but_not_from_ready() {
    let mut run = ExerciseRun::new(balloon());
    assert_eq!(run.stop(), None);
    run.start(balloon(), 0.0);
    assert_eq!(run.stop(), Some(Ending::StoppedEarly));
    assert_eq!(run.state(), RunState::Ready);
    run.start(balloon(), 0.0);
    run.pause(500.0);
    assert_eq!(run.stop(), Some(Ending::StoppedEarly));
    assert!(!run.resume(600.0), "a stopped run does not go on");
}

#[test]
fn the_words_change_only_at_a_new_step_and_each_step_is_said_once() {
    let mut run = ExerciseRun::new(balloon());
    run.start(balloon(), 0.0);
    let mut changes = 0;
    let mut said = 0;
    let mut t = 0.0;
    while let Some(frame) = run.frame(t) {
        changes += usize::from(frame.changed.is_some());
        said += usize::from(frame.announce.is_some());
        if frame.ended.is_some() {
            break;
        }
        t += 16.0;
    }
    let steps = balloon().rounds() as usize * 2;
    // Start says the first step; each later step is said by the frame that reaches it.
    assert_eq!(said, steps - 1);
    assert!(
        changes >= steps - 1,
        "the count changes every second as well"
    );
}

proptest! {
    #[test]
    fn every_exercise_ends_completed_once_after_its_length_however_it_is_paused(
        exercise in prop::sample::select(Exercise::ALL.to_vec()),
        length in prop::sample::select(LENGTH_CHOICES.to_vec()),
        pauses in prop::collection::vec((1_000.0f64..200_000.0, 1.0f64..100_000.0), 0..4),
    ) {
        let mut run = ExerciseRun::new(script(exercise, length));
        run.start(script(exercise, length), 0.0);
        let mut now = 0.0;
        let mut paused_for = 0.0;
        for (after, gap) in pauses {
            let (_, ended) = frames(&mut run, now, now + after, 250.0);
            if ended.is_some() {
                break;
            }
            now += after;
            prop_assert!(run.pause(now));
            now += gap;
            paused_for += gap;
            prop_assert!(run.resume(now));
        }
        if run.state() == RunState::Running {
            let (_, ended) = frames(&mut run, now, now + 3_600_000.0, 250.0);
            prop_assert_eq!(ended, Some(Ending::Completed));
        }
        prop_assert_eq!(run.state(), RunState::Ready);
        prop_assert!(run.frame(now + paused_for + 10_000_000.0).is_none(), "an ended run stays still");
        prop_assert_eq!(run.stop(), None, "and cannot be stopped again");
    }
}
