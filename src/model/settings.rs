//! The grown-up's choices for calming practice: which cues, how loud, how fast.

use serde::{Deserialize, Serialize};

use super::pacing::{FASTEST_STEP, SLOWEST_STEP};
use super::schema::{self, Aggregate, Migration};

/// The loudest the chime may be set (out of 10); never loud.
pub const VOLUME_STEPS: u8 = 10;

/// Settings for calming practice, stored under one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalmSettings {
    /// Three slow breaths for the grown-up alone before each practice.
    pub grown_up_first: bool,
    /// A soft chime when the step changes.
    pub chime: bool,
    /// 1 to [`VOLUME_STEPS`]; quiet by default.
    pub volume: u8,
    /// Spoken guidance, when the device has a voice.
    pub speech: bool,
    /// Gentle vibration patterns, where the device can vibrate.
    pub vibration: bool,
    /// Keep the screen awake during an exercise.
    pub keep_awake: bool,
    /// No growing or spinning: colour and counting instead (also on with reduced motion).
    pub gentle_visuals: bool,
    /// Slower (negative) or faster (positive) than the default pace.
    pub speed_step: i8,
    /// How long a practice usually is, before the grown-up changes it for one practice.
    #[serde(skip_serializing_if = "LengthPreference::is_usual")]
    pub length: LengthPreference,
}

/// The usual length of a practice, as a grown-up thinks of it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LengthPreference {
    Short,
    #[default]
    Usual,
    Longer,
}

impl LengthPreference {
    pub const ALL: [LengthPreference; 3] = [
        LengthPreference::Short,
        LengthPreference::Usual,
        LengthPreference::Longer,
    ];

    pub fn is_usual(&self) -> bool {
        *self == LengthPreference::Usual
    }
}

impl Default for CalmSettings {
    fn default() -> Self {
        Self {
            grown_up_first: true,
            chime: true,
            volume: 3,
            speech: false,
            vibration: false,
            keep_awake: true,
            gentle_visuals: false,
            speed_step: 0,
            length: LengthPreference::Usual,
        }
    }
}

impl Aggregate for CalmSettings {
    const MIGRATIONS: &'static [Migration] = &[schema::version_1_reads_as_it_is];
    const READS_AS_IS_FROM: u32 = 1;
}

impl CalmSettings {
    /// Keeps every value within its safe range.
    pub fn sanitised(mut self) -> CalmSettings {
        self.volume = self.volume.clamp(1, VOLUME_STEPS);
        self.speed_step = self.speed_step.clamp(SLOWEST_STEP, FASTEST_STEP);
        self
    }

    /// The chime's loudness for Web Audio: at most 0.25 of full scale, never sudden.
    pub fn chime_gain(&self) -> f32 {
        0.25 * f32::from(self.sanitised_volume()) / f32::from(VOLUME_STEPS)
    }

    fn sanitised_volume(&self) -> u8 {
        self.volume.clamp(1, VOLUME_STEPS)
    }
}
