//! The calming exercises, and how each becomes a timed script for a child's age and pace.

use serde::{Deserialize, Serialize};

use super::child::AgeBand;
use super::pacing::{adjust, breath_for, fit_breath, fit_side, Length, PaceBand};
use super::script::{Cue, Script, Step};
use super::settings::LengthPreference;

/// Every exercise the app offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exercise {
    Balloon,
    FlowerAndCandle,
    Bubble,
    StarfishHand,
    BirthdayCandles,
    BoxBreathing,
    SpaghettiBody,
    TurtleTime,
    ButterflyHug,
    FiveSenses,
    /// For a baby (0–2) held by the grown-up: the pacer leads the grown-up's slow breathing.
    ChestToChest,
    /// For a baby: a slow, steady sway to rock to.
    RockAndSway,
    /// For a baby: a familiar song hummed, softer and slower.
    HumALullaby,
    /// For a baby: the baby's feeling said out loud, then comfort.
    SayWhatTheyFeel,
}

/// The shelves of the exercise list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    /// Practices for the grown-up holding a baby (0–2); first when the child is that young.
    WithABaby,
    Breathing,
    BodyAndSenses,
}

impl Shelf {
    /// The shelves Calm together shows for a child of `age`, in order: a baby's practices first
    /// for a baby (0–2), last when no age was given, and not at all for a child of 3–6.
    pub fn for_child(age: Option<AgeBand>) -> &'static [Shelf] {
        const CHILD: [Shelf; 2] = [Shelf::Breathing, Shelf::BodyAndSenses];
        const BABY_FIRST: [Shelf; 3] = [Shelf::WithABaby, Shelf::Breathing, Shelf::BodyAndSenses];
        const BABY_LAST: [Shelf; 3] = [Shelf::Breathing, Shelf::BodyAndSenses, Shelf::WithABaby];
        match age {
            Some(AgeBand::Toddler) => &BABY_FIRST,
            None => &BABY_LAST,
            Some(AgeBand::Preschool | AgeBand::EarlySchool) => &CHILD,
        }
    }
}

/// Rock and sway: one sway (one way, or back) every 2–3 seconds.
const SWAY_MS: u32 = 2_500;
/// Hum a lullaby: a verse of a song, about half a minute, before the next reminder.
pub const VERSE_MS: u32 = 30_000;

/// Body parts for Spaghetti body, in order, one per round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyPart {
    Hands,
    Arms,
    Legs,
    Tummy,
}

pub const SPAGHETTI_PARTS: [BodyPart; 4] = [
    BodyPart::Hands,
    BodyPart::Arms,
    BodyPart::Legs,
    BodyPart::Tummy,
];
/// Starfish hand and Birthday candles: five fingers, five breaths.
pub const FIVE: u32 = 5;
/// Robot then spaghetti, this many times through the body (experience says 2–3).
const SPAGHETTI_TIMES: u32 = 2;

/// What an exercise's rounds are counted in ("Breath 2 of 5", "Tap 3 of 8").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Breaths,
    Steps,
    Taps,
    /// Box breathing's rounds: one square drawn.
    Squares,
    /// Rock and sway's rounds: this way and back.
    Sways,
    /// Hum a lullaby's rounds: about half a minute of the song.
    Verses,
}

impl Exercise {
    /// What its rounds are counted in.
    pub fn counted_in(self) -> Counted {
        match self {
            Exercise::SpaghettiBody
            | Exercise::FiveSenses
            | Exercise::TurtleTime
            | Exercise::SayWhatTheyFeel => Counted::Steps,
            Exercise::ButterflyHug => Counted::Taps,
            Exercise::RockAndSway => Counted::Sways,
            Exercise::HumALullaby => Counted::Verses,
            Exercise::BoxBreathing => Counted::Squares,
            Exercise::Balloon
            | Exercise::FlowerAndCandle
            | Exercise::Bubble
            | Exercise::StarfishHand
            | Exercise::BirthdayCandles
            | Exercise::ChestToChest => Counted::Breaths,
        }
    }

    /// Every exercise; those done holding a baby last (they came last, and lists made for a
    /// baby put them first by their shelf).
    pub const ALL: [Exercise; 14] = [
        Exercise::Balloon,
        Exercise::FlowerAndCandle,
        Exercise::Bubble,
        Exercise::StarfishHand,
        Exercise::BirthdayCandles,
        Exercise::BoxBreathing,
        Exercise::SpaghettiBody,
        Exercise::TurtleTime,
        Exercise::ButterflyHug,
        Exercise::FiveSenses,
        Exercise::ChestToChest,
        Exercise::RockAndSway,
        Exercise::HumALullaby,
        Exercise::SayWhatTheyFeel,
    ];

    /// The name used in addresses and saved practices.
    pub fn slug(self) -> &'static str {
        match self {
            Exercise::Balloon => "balloon",
            Exercise::FlowerAndCandle => "flower-and-candle",
            Exercise::Bubble => "bubble",
            Exercise::StarfishHand => "starfish-hand",
            Exercise::BirthdayCandles => "birthday-candles",
            Exercise::BoxBreathing => "box-breathing",
            Exercise::SpaghettiBody => "spaghetti-body",
            Exercise::TurtleTime => "turtle-time",
            Exercise::ButterflyHug => "butterfly-hug",
            Exercise::FiveSenses => "five-senses",
            Exercise::ChestToChest => "chest-to-chest",
            Exercise::RockAndSway => "rock-and-sway",
            Exercise::HumALullaby => "hum-a-lullaby",
            Exercise::SayWhatTheyFeel => "say-what-they-feel",
        }
    }

    /// The picture that stands for the exercise wherever it is offered (the set's file name).
    pub fn picture(self) -> &'static str {
        match self {
            Exercise::Balloon => "balloon",
            Exercise::FlowerAndCandle => "tulip",
            Exercise::Bubble => "bubbles",
            Exercise::StarfishHand => "hand-with-fingers-splayed",
            Exercise::BirthdayCandles => "birthday-cake",
            Exercise::BoxBreathing => "blue-square",
            Exercise::SpaghettiBody => "spaghetti",
            Exercise::TurtleTime => "turtle",
            Exercise::ButterflyHug => "butterfly",
            Exercise::FiveSenses => "eyes",
            Exercise::ChestToChest => "people-hugging",
            Exercise::RockAndSway => "crescent-moon",
            Exercise::HumALullaby => "musical-note",
            Exercise::SayWhatTheyFeel => "red-heart",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Exercise> {
        Exercise::ALL.into_iter().find(|e| e.slug() == slug)
    }

    pub fn shelf(self) -> Shelf {
        match self {
            Exercise::ChestToChest
            | Exercise::RockAndSway
            | Exercise::HumALullaby
            | Exercise::SayWhatTheyFeel => Shelf::WithABaby,
            Exercise::SpaghettiBody
            | Exercise::TurtleTime
            | Exercise::ButterflyHug
            | Exercise::FiveSenses => Shelf::BodyAndSenses,
            _ => Shelf::Breathing,
        }
    }

    /// Whether the exercise leads breathing (all but muscle play, rocking and humming), so its
    /// grown-up panel says to stop if anyone feels dizzy.
    pub fn paces_breathing(self) -> bool {
        !matches!(
            self,
            Exercise::SpaghettiBody | Exercise::RockAndSway | Exercise::HumALullaby
        )
    }

    /// Whether the grown-up does it holding a baby: the baby is calmed through the grown-up's
    /// body and voice, and the grown-up's panel carries the baby's safety.
    pub fn for_a_baby(self) -> bool {
        self.shelf() == Shelf::WithABaby
    }

    /// Whether Calm together and the week's plan offer it for a child of `age` (see
    /// [`Shelf::for_child`]); its address opens it whatever the age.
    pub fn offered_for(self, age: Option<AgeBand>) -> bool {
        Shelf::for_child(age).contains(&self.shelf())
    }

    /// The exercises offered for a child of `age`, shelf by shelf as Calm together shows them.
    pub fn offered_in_order(age: Option<AgeBand>) -> Vec<Exercise> {
        Shelf::for_child(age)
            .iter()
            .flat_map(|shelf| Exercise::ALL.into_iter().filter(|e| e.shelf() == *shelf))
            .collect()
    }

    /// Whether the pacer leads the grown-up's breathing (the baby held close feels it), at an
    /// adult's slow pace rather than the child's.
    pub fn breath_is_the_grown_ups(self) -> bool {
        matches!(self, Exercise::ChestToChest | Exercise::SayWhatTheyFeel)
    }

    /// Box breathing is made for older children and grown-ups (little ones get it without
    /// holds); the baby practices are made for babies and young toddlers (0–2).
    pub fn made_for(self, band: PaceBand) -> bool {
        if self.for_a_baby() {
            return band == PaceBand::Toddler;
        }
        self != Exercise::BoxBreathing || band.allows_holds()
    }

    /// The lengths a grown-up can pick; empty when the exercise has its own length.
    pub fn length_choices(self) -> &'static [Length] {
        match self {
            Exercise::Balloon
            | Exercise::FlowerAndCandle
            | Exercise::Bubble
            | Exercise::BoxBreathing => &super::pacing::LENGTH_CHOICES,
            Exercise::ButterflyHug
            | Exercise::ChestToChest
            | Exercise::RockAndSway
            | Exercise::HumALullaby => {
                &[Length::Minutes(1), Length::Minutes(2), Length::Minutes(3)]
            }
            _ => &[],
        }
    }

    /// The length used until the grown-up picks another.
    pub fn default_length(self, band: PaceBand) -> Length {
        match self {
            Exercise::ButterflyHug => Length::Minutes(1),
            // A baby settles over minutes, not breaths.
            Exercise::ChestToChest | Exercise::RockAndSway | Exercise::HumALullaby => {
                Length::Minutes(2)
            }
            Exercise::BoxBreathing => Length::Breaths(4),
            // 3–5 slow breaths for little ones.
            _ if matches!(band, PaceBand::Toddler | PaceBand::Preschool) => Length::Breaths(3),
            _ => Length::Breaths(5),
        }
    }

    /// The length a practice starts with, from the grown-up's usual preference: short is the
    /// shortest choice, longer is two minutes (or the longest), usual is the age's default.
    pub fn length_for(self, band: PaceBand, preference: LengthPreference) -> Length {
        let choices = self.length_choices();
        let two_minutes = Length::Minutes(2);
        match preference {
            _ if choices.is_empty() => self.default_length(band),
            LengthPreference::Usual => self.default_length(band),
            LengthPreference::Short => choices[0],
            LengthPreference::Longer if choices.contains(&two_minutes) => two_minutes,
            LengthPreference::Longer => choices[choices.len() - 1],
        }
    }

    /// The timed steps for this exercise at an age, a speed step and a length.
    pub fn script(self, band: PaceBand, speed_step: i8, length: Length) -> Script {
        let (breath_in, breath_out) = breath_for(band, speed_step);
        let breaths = |count: u32| breathing(count, breath_in, breath_out);
        let steps = match self {
            Exercise::Balloon | Exercise::FlowerAndCandle => {
                breaths(count_for(length, breath_in + breath_out))
            }
            Exercise::Bubble => {
                // A slow out-breath makes a bigger bubble: the longest safe out-breath.
                let long_out = adjust(breath_out + breath_out / 2, speed_step).max(breath_out);
                let (breath_in, long_out) = fit_breath(band, breath_in, long_out);
                breathing(count_for(length, breath_in + long_out), breath_in, long_out)
            }
            Exercise::StarfishHand | Exercise::BirthdayCandles => breaths(FIVE),
            Exercise::BoxBreathing => box_breathing(band, speed_step, length),
            Exercise::SpaghettiBody => spaghetti(speed_step),
            Exercise::TurtleTime => turtle(breath_in, breath_out, speed_step),
            Exercise::ButterflyHug => butterfly(length, speed_step),
            Exercise::FiveSenses => five_senses(band, breath_in, breath_out, speed_step),
            // The grown-up breathes for both: an adult's slow pace, whatever the baby's age.
            Exercise::ChestToChest => {
                let (breath_in, breath_out) = breath_for(PaceBand::GrownUp, speed_step);
                breathing(
                    count_for(length, breath_in + breath_out),
                    breath_in,
                    breath_out,
                )
            }
            Exercise::RockAndSway => sway(length, speed_step),
            Exercise::HumALullaby => lullaby(length),
            Exercise::SayWhatTheyFeel => say_what_they_feel(speed_step),
        };
        Script::new(steps)
    }
}

/// How many whole breaths (or rounds of `round_ms`) make a length; always at least one.
fn count_for(length: Length, round_ms: u32) -> u32 {
    match length {
        Length::Breaths(count) => count.max(1),
        Length::Minutes(minutes) => {
            (u64::from(minutes) * 60_000).div_ceil(u64::from(round_ms.max(1))) as u32
        }
    }
    .max(1)
}

/// `count` rounds of two steps: one cue, then the other (in and out, squeeze and let go …).
fn rounds_of(count: u32, (first, first_ms): (Cue, u32), (then, then_ms): (Cue, u32)) -> Vec<Step> {
    (1..=count)
        .flat_map(|round| {
            [
                Step {
                    cue: first,
                    ms: first_ms,
                    round,
                },
                Step {
                    cue: then,
                    ms: then_ms,
                    round,
                },
            ]
        })
        .collect()
}

fn breathing(count: u32, breath_in: u32, breath_out: u32) -> Vec<Step> {
    rounds_of(
        count,
        (Cue::BreatheIn, breath_in),
        (Cue::BreatheOut, breath_out),
    )
}

/// Around a square: in, hold, out, hold; without holds for the youngest (in, out, in, out).
fn box_breathing(band: PaceBand, speed_step: i8, length: Length) -> Vec<Step> {
    // With holds, a breath goes all around the square; without, in and out are one breath.
    let sides_per_breath = if band.allows_holds() { 4 } else { 2 };
    let side = fit_side(
        band,
        adjust(band.box_side_ms(), speed_step),
        sides_per_breath,
    );
    let sides: [Cue; 4] = if band.allows_holds() {
        [Cue::BreatheIn, Cue::Hold, Cue::BreatheOut, Cue::Hold]
    } else {
        [
            Cue::BreatheIn,
            Cue::BreatheOut,
            Cue::BreatheIn,
            Cue::BreatheOut,
        ]
    };
    let laps = count_for(length, side * 4);
    (1..=laps)
        .flat_map(|round| {
            sides.map(|cue| Step {
                cue,
                ms: side,
                round,
            })
        })
        .collect()
}

/// Robot (squeeze) then spaghetti (let go), one body part a round, through the body twice.
fn spaghetti(speed_step: i8) -> Vec<Step> {
    let squeeze = adjust(4_000, speed_step);
    let let_go = adjust(6_000, speed_step);
    let rounds = SPAGHETTI_PARTS.len() as u32 * SPAGHETTI_TIMES;
    rounds_of(rounds, (Cue::Squeeze, squeeze), (Cue::LetGo, let_go))
}

/// Notice the feeling, stop the body, tuck in for three breaths, come out, think what to do.
fn turtle(breath_in: u32, breath_out: u32, speed_step: i8) -> Vec<Step> {
    let mut steps = vec![
        Step {
            cue: Cue::Notice,
            ms: adjust(5_000, speed_step),
            round: 1,
        },
        Step {
            cue: Cue::StopBody,
            ms: adjust(4_000, speed_step),
            round: 2,
        },
        Step {
            cue: Cue::TuckIn,
            ms: adjust(3_000, speed_step),
            round: 3,
        },
    ];
    // The three breaths in the shell are one step of the story.
    steps.extend(
        breathing(3, breath_in, breath_out)
            .into_iter()
            .map(|s| Step { round: 4, ..s }),
    );
    steps.push(Step {
        cue: Cue::ComeOut,
        ms: adjust(4_000, speed_step),
        round: 5,
    });
    steps.push(Step {
        cue: Cue::Think,
        ms: adjust(6_000, speed_step),
        round: 6,
    });
    steps
}

/// Slow left–right taps, about one a second, for the chosen minutes.
fn butterfly(length: Length, speed_step: i8) -> Vec<Step> {
    let tap = (adjust(2_400, speed_step) / 2).clamp(900, 1_800);
    let pairs = count_for(length, tap * 2);
    rounds_of(pairs, (Cue::TapLeft, tap), (Cue::TapRight, tap))
}

/// A belly breath, then see 5, feel 4, hear 3, smell 2, taste 1, then a belly breath.
/// 5-4-3-2-1 for children of five and up and grown-ups. Little ones, who put things in their
/// mouths, stop after hearing: there is nothing to find to smell or taste (the band of 3–4
/// includes four-year-olds, so it is the whole band).
pub fn senses_for(band: PaceBand) -> &'static [(Cue, u32)] {
    const ALL: [(Cue, u32); 5] = [
        (Cue::See, 5),
        (Cue::Feel, 4),
        (Cue::Hear, 3),
        (Cue::Smell, 2),
        (Cue::Taste, 1),
    ];
    match band {
        PaceBand::Toddler | PaceBand::Preschool => &ALL[..3],
        PaceBand::EarlySchool | PaceBand::GrownUp => &ALL,
    }
}

fn five_senses(band: PaceBand, breath_in: u32, breath_out: u32, speed_step: i8) -> Vec<Step> {
    let mut steps = breathing(1, breath_in, breath_out);
    for (round, &(cue, count)) in senses_for(band).iter().enumerate() {
        // About four seconds for each thing to find, so a grown-up can read and a child can look.
        let ms = (adjust(4_000, speed_step) * count).clamp(6_000, 30_000);
        steps.push(Step {
            cue,
            ms,
            round: round as u32 + 2,
        });
    }
    let last = steps.last().map_or(1, |s| s.round) + 1;
    steps.extend(
        breathing(1, breath_in, breath_out)
            .into_iter()
            .map(|s| Step { round: last, ..s }),
    );
    steps
}

/// One way, then back, each about 2.5 s (never under 2 nor over 3: a steady, slow sway).
fn sway(length: Length, speed_step: i8) -> Vec<Step> {
    let one_way = adjust(SWAY_MS, speed_step).clamp(2_000, 3_000);
    let sways = count_for(length, one_way * 2);
    rounds_of(sways, (Cue::Sway, one_way), (Cue::SwayBack, one_way))
}

/// The song begins, then half a minute at a time goes on softer and slower; the song sets
/// its own pace, so the speed does not change a verse.
fn lullaby(length: Length) -> Vec<Step> {
    let verses = count_for(length, VERSE_MS);
    (1..=verses)
        .map(|round| Step {
            cue: if round == 1 {
                Cue::Hum
            } else {
                Cue::KeepHumming
            },
            ms: VERSE_MS,
            round,
        })
        .collect()
}

/// Look at the baby, say the feeling, "I'm here", "You're safe with me", then three slow
/// breaths of the grown-up's with the baby held close.
fn say_what_they_feel(speed_step: i8) -> Vec<Step> {
    let mut steps: Vec<Step> = [
        (Cue::LookAtBaby, 8_000),
        (Cue::NameFeeling, 7_000),
        (Cue::ImHere, 6_000),
        (Cue::SafeWithMe, 6_000),
    ]
    .into_iter()
    .zip(1..)
    .map(|((cue, ms), round)| Step {
        cue,
        ms: adjust(ms, speed_step),
        round,
    })
    .collect();
    let (breath_in, breath_out) = breath_for(PaceBand::GrownUp, speed_step);
    steps.extend(
        breathing(3, breath_in, breath_out)
            .into_iter()
            .map(|s| Step { round: 5, ..s }),
    );
    steps
}
