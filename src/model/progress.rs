//! What the Progress screen shows: the days practised, this week's count, a month laid out
//! as a calendar, and the check-ins week by week. No streaks and no missed days: only what was done.

use std::collections::BTreeSet;
use std::iter::Sum;

use super::calendar::{day_of, week_start, weekday, DayNumber};
use super::checkin::CheckIn;
use super::child::ChildId;
use super::practice::PracticeLog;

/// The days one child (or a child-less family) practised, given how to turn a time into a day.
pub fn practised_days(
    log: &PracticeLog,
    child: Option<&ChildId>,
    day_of_time: impl Fn(u64) -> DayNumber,
) -> BTreeSet<DayNumber> {
    log.for_child(child)
        .map(|p| day_of_time(p.started_at))
        .collect()
}

/// Practices in the seven days ending `today`.
pub fn practices_this_week(
    log: &PracticeLog,
    child: Option<&ChildId>,
    today: DayNumber,
    day_of_time: impl Fn(u64) -> DayNumber,
) -> usize {
    log.for_child(child)
        .filter(|p| (today - 6..=today).contains(&day_of_time(p.started_at)))
        .count()
}

/// A month as calendar rows of seven (Monday first); `None` pads before the 1st and after the end.
pub fn month_grid(year: i32, month: u32) -> Vec<[Option<DayNumber>; 7]> {
    let first = day_of(year, month, 1);
    let next = if month == 12 {
        day_of(year + 1, 1, 1)
    } else {
        day_of(year, month + 1, 1)
    };
    let mut rows = vec![];
    let mut row = [None; 7];
    let mut column = weekday(first) as usize;
    for day in first..next {
        row[column] = Some(day);
        column += 1;
        if column == 7 {
            rows.push(row);
            row = [None; 7];
            column = 0;
        }
    }
    if column > 0 {
        rows.push(row);
    }
    rows
}

/// The answers to one check-in question over some practices: how many, and their sum.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answers {
    sum: u32,
    count: u32,
}

impl Answers {
    /// Counts an answer; a skipped question counts for nothing (never as zero).
    fn add(&mut self, answer: Option<u8>) {
        if let Some(answer) = answer {
            self.sum += u32::from(answer);
            self.count += 1;
        }
    }

    /// How many answers there were.
    pub fn count(&self) -> u32 {
        self.count
    }

    /// The average answer, or `None` when there was none to average.
    pub fn average(&self) -> Option<f32> {
        (self.count > 0).then(|| self.sum as f32 / self.count as f32)
    }
}

/// One question's answers before and after the practices.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BeforeAfter {
    pub before: Answers,
    pub after: Answers,
}

impl BeforeAfter {
    /// Whether anyone answered, before or after.
    pub fn is_answered(&self) -> bool {
        self.before.count > 0 || self.after.count > 0
    }
}

impl Sum for BeforeAfter {
    fn sum<I: Iterator<Item = BeforeAfter>>(weeks: I) -> BeforeAfter {
        weeks.fold(BeforeAfter::default(), |total, week| BeforeAfter {
            before: Answers {
                sum: total.before.sum + week.before.sum,
                count: total.before.count + week.before.count,
            },
            after: Answers {
                sum: total.after.sum + week.after.sum,
                count: total.after.count + week.after.count,
            },
        })
    }
}

/// One week of check-ins, for the before/after chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckInWeek {
    /// The week's Monday.
    pub first_day: DayNumber,
    pub practices: usize,
    /// "How big is the feeling?", 1 to 5, when the feeling was a hard one.
    pub feeling_size: BeforeAfter,
    /// "How calm do you feel?", 1 to 5.
    pub grown_up_calm: BeforeAfter,
}

/// One child's check-ins, week by week (Monday first), for the `weeks` weeks ending with the week
/// of `today`, oldest first. Answers out of range are left out, as the check-in itself would.
pub fn check_in_weeks(
    log: &PracticeLog,
    child: Option<&ChildId>,
    today: DayNumber,
    weeks: usize,
    day_of_time: impl Fn(u64) -> DayNumber,
) -> Vec<CheckInWeek> {
    let first_day = week_start(today) - 7 * weeks as DayNumber + 7;
    let mut result: Vec<CheckInWeek> = (0..weeks)
        .map(|week| CheckInWeek {
            first_day: first_day + 7 * week as DayNumber,
            practices: 0,
            feeling_size: BeforeAfter::default(),
            grown_up_calm: BeforeAfter::default(),
        })
        .collect();
    for practice in log.for_child(child) {
        let day = day_of_time(practice.started_at);
        let Some(week) = usize::try_from((day - first_day).div_euclid(7))
            .ok()
            .and_then(|week| result.get_mut(week))
        else {
            continue;
        };
        let before = practice.before.map(CheckIn::sanitised).unwrap_or_default();
        let after = practice.after.map(CheckIn::sanitised).unwrap_or_default();
        week.practices += 1;
        week.feeling_size.before.add(before.hard_feeling_size());
        week.feeling_size.after.add(after.hard_feeling_size());
        week.grown_up_calm.before.add(before.grown_up_calm);
        week.grown_up_calm.after.add(after.grown_up_calm);
    }
    result
}
