//! The words of Calm together, one table per language.

use crate::model::checkin::Feeling;
use crate::model::exercise::{BodyPart, Exercise};
use crate::model::pacing::Length;
use crate::model::script::Cue;

pub struct CalmStrings {
    pub list_intro: &'static str,
    pub baby_shelf: &'static str,
    /// Under the baby shelf's title: who these practices are for, and how they work.
    pub baby_shelf_intro: &'static str,
    pub breathing_shelf: &'static str,
    pub body_shelf: &'static str,
    pub for_older: &'static str,
    pub line: fn(Exercise) -> &'static str,
    /// What the grown-up says and does, shown on the caregiver panel.
    pub guide: fn(Exercise) -> &'static str,
    /// The words for a cue in an exercise ("Smell the flower" rather than "Breathe in").
    pub cue: fn(Exercise, Cue) -> &'static str,
    pub body_part: fn(BodyPart) -> &'static str,
    pub length: fn(Length) -> String,
    /// "Breath 2 of 5", "Step 3 of 8".
    pub count: fn(crate::model::exercise::Counted, u32, u32) -> String,

    /// What keeps a baby safe in a practice done holding one (safe sleep, never shaking).
    pub baby_safety: fn(Exercise) -> Option<&'static str>,
    /// Words for the grown-up to say softly to the baby in round `n` (shown, never spoken).
    pub soft_words: fn(Exercise, u32) -> Option<&'static str>,
    /// Before the soft words: "Say softly:".
    pub say_softly: &'static str,
    /// The check-in's question about a baby's feeling, answered by the grown-up.
    pub how_baby_seems: &'static str,
    /// Under every exercise that paces breathing: breathing too fast or deep makes people dizzy.
    pub stop_if_dizzy: &'static str,
    pub guide_button: &'static str,
    pub length_label: &'static str,

    pub grown_up_first_title: &'static str,
    pub grown_up_first_line: &'static str,
    pub check_in_before_title: &'static str,
    pub check_in_after_title: &'static str,
    pub how_calm: &'static str,
    pub calm_low: &'static str,
    pub calm_high: &'static str,

    pub start: &'static str,
    pub pause: &'static str,
    pub keep_going: &'static str,
    pub stop: &'static str,
    pub next: &'static str,
    pub skip: &'static str,
    pub done: &'static str,
    pub back_to_story: &'static str,
    pub stop_any_time: &'static str,
    pub paused: &'static str,
    pub ready: &'static str,
    pub breathe_slowly: &'static str,

    pub ending_completed: &'static str,
    pub ending_stopped: &'static str,
    pub ending_line: &'static str,
    pub saved: &'static str,

    pub sound_on: &'static str,
    pub sound_off: &'static str,
}

/// Feelings and their sizes: shared by the calming check-ins and the story pages.
pub struct FeelingStrings {
    pub feeling: fn(Feeling) -> &'static str,
    /// "A tiny bit" … "Huge", for sizes 1 to 5.
    pub size: fn(u8) -> &'static str,
    pub how_feeling: &'static str,
    pub how_big: &'static str,
}

/// The grown-up's calm settings, shown on the Grown-ups screen.
pub struct CalmSettingsStrings {
    pub pace_label: &'static str,
    pub slower: &'static str,
    pub faster: &'static str,
    pub pace_names: [&'static str; 5],
    pub length_label: &'static str,
    /// Short, usual, longer.
    pub lengths: [&'static str; 3],
    pub settings_title: &'static str,
    pub setting_grown_up_first: &'static str,
    pub setting_chime: &'static str,
    pub setting_volume: &'static str,
    pub setting_speech: &'static str,
    pub setting_vibration: &'static str,
    pub setting_keep_awake: &'static str,
    pub setting_gentle: &'static str,
    pub quieter: &'static str,
    pub louder: &'static str,
}
