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

/// The family's own calendar date (year, month 1–12, day) of a moment in ms since 1970.
pub fn local_date(ms: u64) -> (i32, u32, u32) {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    (
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
}

/// Which day a moment falls on in the family's time zone, counted from 1970, to say "today".
pub fn local_day_number(ms: u64) -> i64 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let offset_ms = date.get_timezone_offset() * 60_000.0;
    ((ms as f64 - offset_ms) / 86_400_000.0).floor() as i64
}
