//! Breath pacing: phases and their lengths for each age, and where a practice is at any moment.
//!
//! Everything is a pure function of elapsed time read from a monotonic clock, so a practice
//! never drifts, however long it runs, and pausing loses or gains nothing.

use serde::{Deserialize, Serialize};

use super::child::AgeBand;

/// Who the pace is for: a child's age band, or a grown-up alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaceBand {
    /// 0–2 years.
    Toddler,
    /// 3–4 years.
    Preschool,
    /// 5–6 years.
    EarlySchool,
    GrownUp,
}

impl PaceBand {
    pub const ALL: [PaceBand; 4] = [
        PaceBand::Toddler,
        PaceBand::Preschool,
        PaceBand::EarlySchool,
        PaceBand::GrownUp,
    ];

    /// The band for a child's profile; with no age given, the gentlest pace.
    pub fn for_child(age: Option<AgeBand>) -> PaceBand {
        match age {
            None | Some(AgeBand::Toddler) => PaceBand::Toddler,
            Some(AgeBand::Preschool) => PaceBand::Preschool,
            Some(AgeBand::EarlySchool) => PaceBand::EarlySchool,
        }
    }

    /// Holds are never used below age 4 (this band includes 3-year-olds too).
    pub fn allows_holds(self) -> bool {
        matches!(self, PaceBand::EarlySchool | PaceBand::GrownUp)
    }

    /// The gentle default breath: milliseconds in, and out (always at least as long).
    pub fn default_breath(self) -> (u32, u32) {
        match self {
            PaceBand::Toddler => (3_000, 4_000),
            PaceBand::Preschool => (3_000, 4_000),
            PaceBand::EarlySchool => (3_000, 5_000),
            PaceBand::GrownUp => (4_000, 6_000),
        }
    }

    /// The slowest this band is ever paced: the longest whole breath (in, out and any holds)
    /// and the longest out-breath, in ms. Young children breathe faster than grown-ups, so an
    /// adult-slow pace is too slow for them: under 5, at least 8 breaths a minute and at most
    /// 6 s out; at 5–6, at least 6 a minute.
    pub fn slowest_breath(self) -> (u32, u32) {
        match self {
            PaceBand::Toddler | PaceBand::Preschool => (7_500, 6_000),
            PaceBand::EarlySchool => (10_000, LONGEST_PHASE_MS),
            PaceBand::GrownUp => (u32::MAX, LONGEST_PHASE_MS),
        }
    }

    /// Seconds per side of box breathing for those who may hold.
    pub fn box_side_ms(self) -> u32 {
        match self {
            PaceBand::GrownUp => 4_000,
            _ => 3_000,
        }
    }
}

/// How much slower or faster than the default, in steps the grown-up can tap.
pub const SLOWEST_STEP: i8 = -2;
pub const FASTEST_STEP: i8 = 2;
/// Each step changes every phase by this fraction.
const STEP_FRACTION: f64 = 0.15;
/// No phase is ever shorter than this, however fast the setting.
pub const SHORTEST_PHASE_MS: u32 = 2_000;
/// Nor longer than this (a long out-breath can make little ones dizzy).
pub const LONGEST_PHASE_MS: u32 = 9_000;

/// Applies a speed step (negative is slower) to a phase length, within the safe bounds.
pub fn adjust(ms: u32, speed_step: i8) -> u32 {
    let step = speed_step.clamp(SLOWEST_STEP, FASTEST_STEP);
    let factor = 1.0 - f64::from(step) * STEP_FRACTION;
    let adjusted = (f64::from(ms) * factor / 100.0).round() * 100.0;
    (adjusted as u32).clamp(SHORTEST_PHASE_MS, LONGEST_PHASE_MS)
}

/// The breath for a band at a speed step: (in, out), with out never shorter than in.
pub fn breath_for(band: PaceBand, speed_step: i8) -> (u32, u32) {
    let (breath_in, breath_out) = band.default_breath();
    let breath_in = adjust(breath_in, speed_step);
    fit_breath(
        band,
        breath_in,
        adjust(breath_out, speed_step).max(breath_in),
    )
}

/// A breath shortened, in proportion, until it fits the band's slowest (see
/// [`PaceBand::slowest_breath`]); out stays at least as long as in.
pub fn fit_breath(band: PaceBand, breath_in: u32, breath_out: u32) -> (u32, u32) {
    let (longest_breath, longest_out) = band.slowest_breath();
    let whole = u64::from(breath_in) + u64::from(breath_out);
    let shorten = |ms: u32| {
        if whole <= u64::from(longest_breath) {
            return ms;
        }
        let fitted = u64::from(ms) * u64::from(longest_breath) / whole;
        (fitted / 100 * 100) as u32
    };
    let breath_in = shorten(breath_in).max(SHORTEST_PHASE_MS);
    let breath_out = shorten(breath_out).min(longest_out).max(breath_in);
    (breath_in, breath_out)
}

/// One side of box breathing, shortened so that a whole breath (`sides` of them) fits the
/// band's slowest.
pub fn fit_side(band: PaceBand, side: u32, sides: u32) -> u32 {
    let most = band.slowest_breath().0 / sides.max(1) / 100 * 100;
    side.min(most).max(SHORTEST_PHASE_MS)
}

/// How long a practice lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Length {
    Breaths(u32),
    Minutes(u32),
}

/// The lengths offered to choose from.
pub const LENGTH_CHOICES: [Length; 6] = [
    Length::Breaths(3),
    Length::Breaths(5),
    Length::Minutes(1),
    Length::Minutes(2),
    Length::Minutes(3),
    Length::Minutes(5),
];

/// A stopwatch over a monotonic clock that can pause: elapsed time is always computed from
/// clock readings, never summed from timer ticks.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stopwatch {
    /// Time gathered before the current run (ms).
    banked_ms: f64,
    /// When the current run began, if running.
    running_since: Option<f64>,
}

impl Stopwatch {
    /// A stopwatch started at `now`.
    pub fn started(now: f64) -> Self {
        Self {
            banked_ms: 0.0,
            running_since: Some(now),
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Elapsed ms at `now`.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.banked_ms
            + self
                .running_since
                .map_or(0.0, |since| (now - since).max(0.0))
    }

    pub fn pause(&mut self, now: f64) {
        if let Some(since) = self.running_since.take() {
            self.banked_ms += (now - since).max(0.0);
        }
    }

    pub fn resume(&mut self, now: f64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }
}
