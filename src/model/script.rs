//! An exercise as a list of timed steps, and where a practice is at any elapsed time.

/// What to do now: shown in words, spoken, and drawn by the exercise's picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    BreatheIn,
    Hold,
    BreatheOut,
    Squeeze,
    LetGo,
    TapLeft,
    TapRight,
    Notice,
    StopBody,
    TuckIn,
    ComeOut,
    Think,
    See,
    Feel,
    Hear,
    Smell,
    Taste,
    /// Rock and sway: one way, then back.
    Sway,
    SwayBack,
    /// Hum a lullaby: the song begins, then goes on softer.
    Hum,
    KeepHumming,
    /// Say what the baby feels: look, name the feeling, then two sentences of comfort.
    LookAtBaby,
    NameFeeling,
    ImHere,
    SafeWithMe,
}

impl Cue {
    /// Every cue, in the order the enum lists them.
    pub const ALL: [Cue; 25] = [
        Cue::BreatheIn,
        Cue::Hold,
        Cue::BreatheOut,
        Cue::Squeeze,
        Cue::LetGo,
        Cue::TapLeft,
        Cue::TapRight,
        Cue::Notice,
        Cue::StopBody,
        Cue::TuckIn,
        Cue::ComeOut,
        Cue::Think,
        Cue::See,
        Cue::Feel,
        Cue::Hear,
        Cue::Smell,
        Cue::Taste,
        Cue::Sway,
        Cue::SwayBack,
        Cue::Hum,
        Cue::KeepHumming,
        Cue::LookAtBaby,
        Cue::NameFeeling,
        Cue::ImHere,
        Cue::SafeWithMe,
    ];

    /// Breath cues fill a picture (in), keep it (hold) or empty it (out); others keep it still.
    pub fn breath(self) -> Option<BreathDirection> {
        match self {
            Cue::BreatheIn => Some(BreathDirection::Filling),
            Cue::Hold => Some(BreathDirection::Holding),
            Cue::BreatheOut => Some(BreathDirection::Emptying),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreathDirection {
    Filling,
    Holding,
    Emptying,
}

/// One timed step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub cue: Cue,
    pub ms: u32,
    /// Which breath or round this step belongs to, from 1.
    pub round: u32,
}

/// A whole exercise, step by step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    steps: Vec<Step>,
    /// When each step starts, in ms from the beginning.
    starts: Vec<u64>,
    total_ms: u64,
}

/// Where a practice is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moment {
    /// Index of the current step (the last one once finished).
    pub step: usize,
    pub cue: Cue,
    pub round: u32,
    /// How far through the current step, 0 to 1.
    pub progress: f64,
    /// How full a breathing picture should be, 0 (empty) to 1 (full).
    pub fullness: f64,
    pub finished: bool,
    /// Whole seconds into the step, counting from 1: for counting aloud instead of movement.
    pub count: u32,
}

impl Script {
    pub fn new(steps: Vec<Step>) -> Self {
        let mut starts = Vec::with_capacity(steps.len());
        let mut total_ms = 0u64;
        for step in &steps {
            starts.push(total_ms);
            total_ms += u64::from(step.ms);
        }
        Self {
            steps,
            starts,
            total_ms,
        }
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn total_ms(&self) -> u64 {
        self.total_ms
    }

    /// The number of rounds (breaths, body parts …) in the script.
    pub fn rounds(&self) -> u32 {
        self.steps.last().map_or(0, |s| s.round)
    }

    /// Where the practice is after `elapsed_ms` of running time.
    pub fn moment_at(&self, elapsed_ms: f64) -> Moment {
        let Some(last) = self.steps.len().checked_sub(1) else {
            return Moment {
                step: 0,
                cue: Cue::Notice,
                round: 0,
                progress: 1.0,
                fullness: 0.0,
                finished: true,
                count: 0,
            };
        };
        let elapsed = elapsed_ms.max(0.0);
        if elapsed >= self.total_ms as f64 {
            let step = self.steps[last];
            return Moment {
                step: last,
                cue: step.cue,
                round: step.round,
                progress: 1.0,
                fullness: 0.0,
                finished: true,
                count: 0,
            };
        }
        // The last step starting at or before `elapsed`.
        let index = self
            .starts
            .partition_point(|&start| start as f64 <= elapsed)
            - 1;
        let step = self.steps[index];
        let progress =
            ((elapsed - self.starts[index] as f64) / f64::from(step.ms.max(1))).clamp(0.0, 1.0);
        Moment {
            step: index,
            cue: step.cue,
            round: step.round,
            progress,
            fullness: self.fullness(index, progress),
            finished: false,
            count: ((elapsed - self.starts[index] as f64) / 1000.0) as u32 + 1,
        }
    }

    /// Breathing pictures grow on the in-breath, stay on a hold, shrink on the out-breath.
    fn fullness(&self, index: usize, progress: f64) -> f64 {
        match self.steps[index].cue.breath() {
            Some(BreathDirection::Filling) => progress,
            Some(BreathDirection::Emptying) => 1.0 - progress,
            Some(BreathDirection::Holding) => {
                // A hold keeps whatever the breath before it left.
                let before = self.steps[..index]
                    .iter()
                    .rev()
                    .find_map(|s| match s.cue.breath() {
                        Some(BreathDirection::Filling) => Some(1.0),
                        Some(BreathDirection::Emptying) => Some(0.0),
                        _ => None,
                    });
                before.unwrap_or(0.0)
            }
            None => 0.0,
        }
    }
}
