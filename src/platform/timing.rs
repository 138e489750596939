//! Performance measures the benchmark reads (`performance.getEntriesByName`), never the app.

/// Runs `work` and records how long it took as a performance measure called `name`.
pub fn measured<R>(name: &str, work: impl FnOnce() -> R) -> R {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
        performance.clear_marks_with_mark_name(&start);
    }
    result
}
