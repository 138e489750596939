//! The grown-ups' gate opens on its own light screen (`/grown-ups`), and the side behind it is
//! another part of the app, loaded next. The gate leaves a pass for that one page load: used
//! once, and only within a minute, so a reload or a later visit asks again.

/// How long a pass waits for the side behind the gate to load.
pub const PASS_LIFETIME_MS: u64 = 60_000;

/// The pass as kept: when the gate was opened, in milliseconds since 1970.
pub fn pass_text(opened_at: u64) -> String {
    opened_at.to_string()
}

/// Whether a pass kept as `text` still lets a grown-up in at `now` (a clock set back does not).
pub fn pass_lets_in(text: Option<&str>, now: u64) -> bool {
    text.and_then(|text| text.trim().parse::<u64>().ok())
        .is_some_and(|opened_at| opened_at <= now && now - opened_at <= PASS_LIFETIME_MS)
}
