//! Days as plain numbers and the calendar maths on them: dates, weekdays, weeks. A leaf of the
//! model: progress, plans and the demo all count days, and this depends on nothing.

/// A day as a count of days since 1 January 1970 in the family's own time zone.
pub type DayNumber = i64;

/// The calendar date (year, month 1–12, day 1–31) of a day number (proleptic Gregorian).
pub fn date_of(day: DayNumber) -> (i32, u32, u32) {
    // Howard Hinnant's civil_from_days.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// The day number of a calendar date.
pub fn day_of(year: i32, month: u32, day: u32) -> DayNumber {
    // Howard Hinnant's days_from_civil.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Monday is 0 … Sunday is 6.
pub fn weekday(day: DayNumber) -> u32 {
    // 1 January 1970 was a Thursday.
    (day + 3).rem_euclid(7) as u32
}

/// The Monday of the week a day is in.
pub fn week_start(day: DayNumber) -> DayNumber {
    day - DayNumber::from(weekday(day))
}
