//! Check-ins before and after a practice: the child's feeling and its size, the grown-up's calm.

use serde::{Deserialize, Serialize};

/// The feelings a child can pick, as faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feeling {
    Happy,
    Calm,
    Sad,
    Worried,
    Angry,
    Scared,
    Tired,
    Silly,
}

impl Feeling {
    pub const ALL: [Feeling; 8] = [
        Feeling::Happy,
        Feeling::Calm,
        Feeling::Sad,
        Feeling::Worried,
        Feeling::Angry,
        Feeling::Scared,
        Feeling::Tired,
        Feeling::Silly,
    ];

    /// A feeling that is hard to have: its size is what calming should make smaller.
    pub fn is_hard(self) -> bool {
        matches!(
            self,
            Feeling::Sad | Feeling::Worried | Feeling::Angry | Feeling::Scared
        )
    }
}

/// "How big is the feeling?" from 1 (a tiny bit) to 5 (huge), as a thermometer.
pub const SIZE_STEPS: u8 = 5;
/// "How calm do you feel?" from 1 (not calm) to 5 (very calm).
pub const CALM_STEPS: u8 = 5;

/// One check-in. Every answer is optional: skipping is always fine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    #[serde(default)]
    pub feeling: Option<Feeling>,
    /// 1 to [`SIZE_STEPS`].
    #[serde(default)]
    pub size: Option<u8>,
    /// The grown-up's calm, 1 to [`CALM_STEPS`].
    #[serde(default)]
    pub grown_up_calm: Option<u8>,
}

impl CheckIn {
    /// The size of the child's feeling when it was a hard one (for the before/after chart: a
    /// big happy feeling is not a less calm child).
    pub fn hard_feeling_size(&self) -> Option<u8> {
        self.size
            .filter(|_| self.feeling.is_some_and(Feeling::is_hard))
    }

    /// Keeps only answers in range, so stored data is always valid.
    pub fn sanitised(self) -> CheckIn {
        CheckIn {
            feeling: self.feeling,
            size: self.size.filter(|s| (1..=SIZE_STEPS).contains(s)),
            grown_up_calm: self.grown_up_calm.filter(|c| (1..=CALM_STEPS).contains(c)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.feeling.is_none() && self.size.is_none() && self.grown_up_calm.is_none()
    }
}
