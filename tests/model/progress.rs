use calm_together::model::calendar::{date_of, day_of, week_start, weekday};
use calm_together::model::checkin::{CheckIn, Feeling};
use calm_together::model::child::ChildId;
use calm_together::model::exercise::Exercise;
use calm_together::model::practice::{Ending, Practice, PracticeLog};
use calm_together::model::progress::{
    check_in_weeks, month_grid, practices_this_week, practised_days, BeforeAfter, CheckInWeek,
};
use proptest::prelude::*;

const DAY_MS: u64 = 86_400_000;

fn practice(id: &str, child: Option<&str>, day: u64) -> Practice {
    Practice {
        id: id.into(),
        child: child.map(|c| ChildId(c.into())),
        exercise: Exercise::ALL[0],
        started_at: day * DAY_MS + 1_000,
        ended_at: day * DAY_MS + 61_000,
        ending: Ending::StoppedEarly,
        before: None,
        after: None,
    }
}

#[test]
fn calendar_dates_are_right() {
    assert_eq!(date_of(0), (1970, 1, 1));
    assert_eq!(weekday(0), 3, "a Thursday");
    assert_eq!(day_of(2026, 11, 26), 20_783);
    assert_eq!(date_of(20_783), (2026, 11, 26));
    assert_eq!(weekday(20_783), 3, "26 November 2026 is a Thursday");
    assert_eq!(date_of(day_of(2024, 2, 29)), (2024, 2, 29));
}

#[test]
fn a_month_is_laid_out_monday_first_with_every_day_once() {
    let november = month_grid(2026, 11);
    assert_eq!(november[0][..6], [None; 6], "1 November 2026 is a Sunday");
    assert_eq!(november[0][6], Some(day_of(2026, 11, 1)));
    let days: Vec<i64> = november.iter().flatten().flatten().copied().collect();
    assert_eq!(days.len(), 30);
    assert_eq!(month_grid(2026, 12).iter().flatten().flatten().count(), 31);
    assert_eq!(month_grid(2028, 2).iter().flatten().flatten().count(), 29);
}

#[test]
fn days_practised_and_this_weeks_count_belong_to_one_child() {
    let log = PracticeLog {
        practices: vec![
            practice("a", Some("mia"), 100),
            practice("b", Some("mia"), 100),
            practice("c", Some("mia"), 95),
            practice("d", Some("mia"), 93),
            practice("e", Some("leo"), 100),
        ],
    };
    let mia = ChildId("mia".into());
    let day = |ms: u64| (ms / DAY_MS) as i64;
    let days: Vec<i64> = practised_days(&log, Some(&mia), day).into_iter().collect();
    assert_eq!(days, [93, 95, 100]);
    assert_eq!(
        practices_this_week(&log, Some(&mia), 100, day),
        3,
        "days 94 to 100"
    );
    assert_eq!(
        practices_this_week(&log, Some(&ChildId("leo".into())), 100, day),
        1
    );
}

/// A check-in with a feeling size and a grown-up's calm (either may be skipped).
/// A check-in of a worried child (a hard feeling, so its size is charted) and a grown-up.
fn answers(size: Option<u8>, grown_up_calm: Option<u8>) -> Option<CheckIn> {
    Some(CheckIn {
        feeling: Some(Feeling::Worried),
        size,
        grown_up_calm,
    })
}

fn checked_in(id: &str, day: u64, before: Option<CheckIn>, after: Option<CheckIn>) -> Practice {
    Practice {
        before,
        after,
        ..practice(id, Some("mia"), day)
    }
}

fn day_of_ms(ms: u64) -> i64 {
    (ms / DAY_MS) as i64
}

/// The averages of one question as (before, after).
fn averages(question: BeforeAfter) -> (Option<f32>, Option<f32>) {
    (question.before.average(), question.after.average())
}

/// Thursday 26 November 2026; its week began on Monday 23 November.
const THURSDAY: u64 = 20_783;
const MONDAY: u64 = THURSDAY - 3;

fn mia_weeks(log: &PracticeLog, weeks: usize) -> Vec<CheckInWeek> {
    check_in_weeks(
        log,
        Some(&ChildId("mia".into())),
        THURSDAY as i64,
        weeks,
        day_of_ms,
    )
}

#[test]
fn weeks_begin_on_monday() {
    assert_eq!(week_start(THURSDAY as i64), MONDAY as i64);
    assert_eq!(week_start(MONDAY as i64), MONDAY as i64);
    assert_eq!(week_start(MONDAY as i64 - 1), MONDAY as i64 - 7, "a Sunday");
}

#[test]
fn each_week_averages_only_the_answers_given() {
    let log = PracticeLog {
        practices: vec![
            checked_in(
                "a",
                MONDAY,
                answers(Some(4), Some(2)),
                answers(Some(2), Some(4)),
            ),
            checked_in(
                "b",
                MONDAY + 1,
                answers(Some(5), None),
                answers(Some(3), None),
            ),
            checked_in("c", MONDAY + 2, None, answers(None, Some(5))),
        ],
    };
    let weeks = mia_weeks(&log, 8);
    let this_week = weeks[7];
    assert_eq!(this_week.first_day, MONDAY as i64);
    assert_eq!(this_week.practices, 3);
    assert_eq!(averages(this_week.feeling_size), (Some(4.5), Some(2.5)));
    assert_eq!(averages(this_week.grown_up_calm), (Some(2.0), Some(4.5)));
    assert_eq!(this_week.grown_up_calm.before.count(), 1);
}

#[test]
fn only_the_size_of_a_hard_feeling_is_charted() {
    let feeling = |feeling, size| {
        Some(CheckIn {
            feeling,
            size: Some(size),
            grown_up_calm: None,
        })
    };
    let log = PracticeLog {
        practices: vec![
            checked_in("scared", MONDAY, feeling(Some(Feeling::Scared), 5), None),
            // A big calm or happy feeling after a practice is not a less calm child.
            checked_in("calm", MONDAY, None, feeling(Some(Feeling::Calm), 3)),
            checked_in("happy", MONDAY, None, feeling(Some(Feeling::Happy), 5)),
            checked_in("unnamed", MONDAY, feeling(None, 2), None),
            checked_in("angry", MONDAY, None, feeling(Some(Feeling::Angry), 2)),
        ],
    };
    let this_week = mia_weeks(&log, 1)[0];
    assert_eq!(averages(this_week.feeling_size), (Some(5.0), Some(2.0)));
    assert_eq!(this_week.feeling_size.after.count(), 1);
    let hard: Vec<Feeling> = Feeling::ALL.into_iter().filter(|f| f.is_hard()).collect();
    assert_eq!(
        hard,
        [
            Feeling::Sad,
            Feeling::Worried,
            Feeling::Angry,
            Feeling::Scared
        ]
    );
}

#[test]
fn a_week_of_skipped_check_ins_has_practices_but_no_averages() {
    let log = PracticeLog {
        practices: vec![
            checked_in("a", MONDAY - 7, None, None),
            checked_in("b", MONDAY - 6, answers(None, None), None),
        ],
    };
    let last_week = mia_weeks(&log, 8)[6];
    assert_eq!(last_week.practices, 2);
    assert_eq!(averages(last_week.feeling_size), (None, None), "not zero");
    assert_eq!(averages(last_week.grown_up_calm), (None, None));
    assert!(!last_week.feeling_size.is_answered());
}

#[test]
fn sunday_belongs_to_the_week_before_monday() {
    let log = PracticeLog {
        practices: vec![
            checked_in("sunday", MONDAY - 1, answers(Some(5), None), None),
            checked_in("monday", MONDAY, answers(Some(1), None), None),
        ],
    };
    let weeks = mia_weeks(&log, 2);
    assert_eq!(weeks[0].first_day, MONDAY as i64 - 7);
    assert_eq!((weeks[0].practices, weeks[1].practices), (1, 1));
    assert_eq!(weeks[0].feeling_size.before.average(), Some(5.0));
    assert_eq!(weeks[1].feeling_size.before.average(), Some(1.0));
}

#[test]
fn other_children_and_practices_outside_the_weeks_are_left_out() {
    let log = PracticeLog {
        practices: vec![
            Practice {
                before: answers(Some(5), Some(1)),
                ..practice("leo", Some("leo"), MONDAY)
            },
            checked_in("too-old", MONDAY - 14, answers(Some(5), Some(1)), None),
            checked_in("oldest-kept", MONDAY - 7, answers(Some(3), None), None),
            checked_in(
                "tomorrow-by-a-wrong-clock",
                MONDAY + 7,
                answers(Some(5), None),
                None,
            ),
            checked_in("out-of-range", MONDAY, answers(Some(9), Some(0)), None),
        ],
    };
    let weeks = mia_weeks(&log, 2);
    assert_eq!(
        weeks.iter().map(|w| w.practices).collect::<Vec<_>>(),
        [1, 1]
    );
    assert_eq!(weeks[0].feeling_size.before.average(), Some(3.0));
    assert!(
        !weeks[1].feeling_size.is_answered(),
        "Leo's answers and 9 are not Mia's week"
    );
    assert!(!weeks[1].grown_up_calm.is_answered());
}

#[test]
fn weeks_with_nothing_are_still_there_and_empty() {
    let weeks = mia_weeks(&PracticeLog::default(), 8);
    assert_eq!(weeks.len(), 8);
    assert_eq!(weeks[0].first_day, MONDAY as i64 - 49);
    assert!(weeks.iter().all(|w| w.practices == 0
        && !w.feeling_size.is_answered()
        && !w.grown_up_calm.is_answered()));
}

#[test]
fn the_weeks_add_up_to_the_whole_range() {
    let log = PracticeLog {
        practices: vec![
            checked_in("a", MONDAY - 7, answers(Some(4), None), None),
            checked_in("b", MONDAY, answers(Some(1), None), answers(Some(2), None)),
        ],
    };
    let total: BeforeAfter = mia_weeks(&log, 8).iter().map(|w| w.feeling_size).sum();
    assert_eq!(averages(total), (Some(2.5), Some(2.0)));
}

fn any_check_in() -> impl Strategy<Value = Option<CheckIn>> {
    proptest::option::of(
        (
            proptest::option::of(proptest::sample::select(Feeling::ALL.to_vec())),
            proptest::option::of(0u8..8),
            proptest::option::of(0u8..8),
        )
            .prop_map(|(feeling, size, grown_up_calm)| CheckIn {
                feeling,
                size,
                grown_up_calm,
            }),
    )
}

proptest! {
    #[test]
    fn weekly_check_ins_are_always_in_range_and_add_up(
        days in proptest::collection::vec(
            (0u64..120, any::<bool>(), any_check_in(), any_check_in()),
            0..40,
        ),
        weeks in 0usize..12,
    ) {
        let today = 100i64;
        let log = PracticeLog {
            practices: days
                .iter()
                .enumerate()
                .map(|(i, (day, mias, before, after))| Practice {
                    before: *before,
                    after: *after,
                    ..practice(&i.to_string(), Some(if *mias { "mia" } else { "leo" }), *day)
                })
                .collect(),
        };
        let mia = ChildId("mia".into());
        let result = check_in_weeks(&log, Some(&mia), today, weeks, day_of_ms);
        prop_assert_eq!(result.len(), weeks);
        let first = week_start(today) - 7 * weeks as i64 + 7;
        let in_range = log
            .for_child(Some(&mia))
            .filter(|p| (first..week_start(today) + 7).contains(&day_of_ms(p.started_at)))
            .count();
        prop_assert_eq!(result.iter().map(|w| w.practices).sum::<usize>(), in_range);
        for (i, week) in result.iter().enumerate() {
            prop_assert_eq!(week.first_day, first + 7 * i as i64);
            prop_assert_eq!(weekday(week.first_day), 0);
            for answers in [
                week.feeling_size.before,
                week.feeling_size.after,
                week.grown_up_calm.before,
                week.grown_up_calm.after,
            ] {
                prop_assert!(answers.count() as usize <= week.practices);
                if let Some(average) = answers.average() {
                    prop_assert!((1.0..=5.0).contains(&average));
                }
            }
        }
    }


    #[test]
    fn every_day_number_round_trips_through_its_date(day in -800_000i64..800_000) {
        let (y, m, d) = date_of(day);
        prop_assert_eq!(day_of(y, m, d), day);
        prop_assert_eq!(weekday(day + 7), weekday(day));
    }
}
