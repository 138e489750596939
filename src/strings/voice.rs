//! The words of "Our own voice": recording the grown-up's words for a practice's steps.

pub struct VoiceStrings {
    pub title: &'static str,
    pub intro: &'static str,
    /// Why the microphone, before it is ever asked for.
    pub why_microphone: &'static str,
    /// Where the pages of stories and books are recorded (not in this panel).
    pub pages_where: &'static str,
    pub how_to_say: &'static str,
    /// For Hum a lullaby instead: the family's song, up to half a minute.
    pub how_to_sing: &'static str,
    pub exercise_label: &'static str,
    /// "Recorded: 3 seconds".
    pub recorded: fn(u32) -> String,
    pub not_recorded: &'static str,
    pub record: &'static str,
    pub record_again: &'static str,
    pub listen: &'static str,
    pub delete: &'static str,
    pub asking: &'static str,
    pub recording_now: &'static str,
    /// "8 seconds left".
    pub seconds_left: fn(u32) -> String,
    pub stop: &'static str,
    pub saving: &'static str,
    pub saved: &'static str,
    pub deleted: &'static str,
    pub refused: &'static str,
    pub no_microphone: &'static str,
    pub cannot_record: &'static str,
    pub not_kept: &'static str,
    pub full: &'static str,
    pub failed: &'static str,
    pub cannot_play: &'static str,
    /// "3 recordings, 0.2 MB of 50 MB".
    pub used: fn(usize, u64) -> String,
    pub none_yet: &'static str,
    pub demo: &'static str,

    /// Read together, on one of the family's own stories.
    pub record_page: &'static str,
    pub record_page_again: &'static str,
    pub delete_page: &'static str,
    pub read_in_our_voice: &'static str,
    pub page_saved: &'static str,
    pub page_deleted: &'static str,
}

/// A button's name with the step's words, for screen readers: "Record: Fill the balloon" (the
/// same punctuation in every language).
pub fn for_step(action: &str, step: &str) -> String {
    format!("{action}: {step}")
}
