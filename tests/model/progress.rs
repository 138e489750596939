use calm_together::model::exercise::Exercise;
use calm_together::model::family::ChildId;
use calm_together::model::practice::{Ending, Practice, PracticeLog};
use calm_together::model::progress::{
    date_of, day_of, month_grid, practices_this_week, practised_days, weekday,
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

proptest! {
    #[test]
    fn every_day_number_round_trips_through_its_date(day in -800_000i64..800_000) {
        let (y, m, d) = date_of(day);
        prop_assert_eq!(day_of(y, m, d), day);
        prop_assert_eq!(weekday(day + 7), weekday(day));
    }
}
