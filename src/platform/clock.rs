//! Wall-clock time, for stamping what is saved.

/// Milliseconds since 1970, as the browser's clock says.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date as `YYYY-MM-DD` in the family's own time zone, for file names.
pub fn today_for_file_name() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// A monotonic clock in ms (`performance.now`), for timing practices without drift.
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
