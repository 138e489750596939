//! The English words of Calm together: warm, short, easy to read aloud, never blaming.

use super::{CalmSettingsStrings, CalmStrings, FeelingStrings};
use crate::model::checkin::Feeling;
use crate::model::exercise::{BodyPart, Counted, Exercise};
use crate::model::pacing::Length;
use crate::model::script::Cue;

/// An exercise's name (in the core table, so Home can name one without the calm words).
pub(super) fn name(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Balloon => "Balloon breathing",
        Exercise::FlowerAndCandle => "Flower and candle",
        Exercise::Bubble => "Bubble breathing",
        Exercise::StarfishHand => "Starfish hand",
        Exercise::BirthdayCandles => "Birthday candles",
        Exercise::BoxBreathing => "Box breathing",
        Exercise::SpaghettiBody => "Spaghetti body",
        Exercise::TurtleTime => "Turtle time",
        Exercise::ButterflyHug => "Butterfly hug",
        Exercise::FiveSenses => "5-4-3-2-1 senses",
    }
}

fn line(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Balloon => "Fill the balloon slowly, then let the air out slowly",
        Exercise::FlowerAndCandle => "Smell the flower, blow out the candle",
        Exercise::Bubble => "Blow slowly for a big bubble",
        Exercise::StarfishHand => "Trace your hand, one breath a finger",
        Exercise::BirthdayCandles => "Five candles, one long breath each",
        Exercise::BoxBreathing => "Breathe around a square",
        Exercise::SpaghettiBody => "Stiff like a robot, floppy like spaghetti",
        Exercise::TurtleTime => "Tuck into your shell and breathe",
        Exercise::ButterflyHug => "Cross your arms and tap slowly",
        Exercise::FiveSenses => "Find things to see, touch and hear",
    }
}

fn guide(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Balloon => "Sit together. Put a hand, or a teddy, on your tummies. Say: \"Let's fill our balloon slowly … and let the air out even more slowly.\" Breathe with your child, a little slower than feels natural. Eyes can stay open.",
        Exercise::FlowerAndCandle => "Hold up one finger as a flower and one as a candle. Say: \"Smell the flower\" as you breathe in through your nose, and \"Blow out the candle\" as you breathe out long and gentle through your mouth.",
        Exercise::Bubble => "Pretend to hold a bubble wand. Say: \"If we blow really slowly, the bubble gets bigger and bigger.\" A slow, gentle breath out is what matters; there is no need to breathe in hard.",
        Exercise::StarfishHand => "Spread one hand like a starfish. With a finger of the other hand, trace up a finger as you breathe in and down as you breathe out. Help your child trace their own hand. Five fingers, five breaths.",
        Exercise::BirthdayCandles => "Hold up five fingers as birthday candles. With each long breath out, blow one out and curl that finger down. Count together.",
        Exercise::BoxBreathing => "For older children and grown-ups. Follow the dot around the square: breathe in along the top, hold, breathe out, hold. If holding feels hard, just breathe; little ones never hold.",
        Exercise::SpaghettiBody => "First be stiff robots: squeeze the part of the body on the screen tight. Then be floppy spaghetti: let it go all loose. Show it with your own body; it is fine to be silly.",
        Exercise::TurtleTime => "Say: \"When we have a big feeling, we can be turtles.\" Notice the feeling, stop your body, tuck into your shell (arms around you, head down, eyes open is fine) and take three slow breaths. Then come out and think together about what to do.",
        Exercise::ButterflyHug => "Cross your arms over your chest, hands on your shoulders like butterfly wings. Tap one wing, then the other, slowly, as the screen shows, and breathe slowly. Do it together, face to face: your child copies you, so just say “tap, tap”.",
        Exercise::FiveSenses => "Read each step aloud and look around together. Name five things you can see, four you can touch, three you can hear. From age 5, also two things you can smell, and what your mouth tastes like right now (a sip of water helps). Nothing new goes in the mouth. It starts and ends with one slow belly breath.",
    }
}

fn cue(exercise: Exercise, cue: Cue) -> &'static str {
    match (exercise, cue) {
        (Exercise::FlowerAndCandle, Cue::BreatheIn) => "Smell the flower",
        (Exercise::FlowerAndCandle, Cue::BreatheOut) => "Blow out the candle",
        (Exercise::Bubble, Cue::BreatheOut) => "Blow a big, slow bubble",
        (Exercise::Balloon, Cue::BreatheIn) => "Fill the balloon",
        (Exercise::Balloon, Cue::BreatheOut) => "Let the air out slowly",
        (Exercise::StarfishHand, Cue::BreatheIn) => "Breathe in, trace up",
        (Exercise::StarfishHand, Cue::BreatheOut) => "Breathe out, trace down",
        (Exercise::BirthdayCandles, Cue::BreatheOut) => "Blow out a candle",
        (Exercise::TurtleTime, Cue::BreatheIn) => "In your shell: breathe in",
        (Exercise::TurtleTime, Cue::BreatheOut) => "In your shell: breathe out",
        (_, Cue::BreatheIn) => "Breathe in",
        (_, Cue::Hold) => "Hold",
        (_, Cue::BreatheOut) => "Breathe out",
        (_, Cue::Squeeze) => "Squeeze like a robot",
        (_, Cue::LetGo) => "Let go like spaghetti",
        (_, Cue::TapLeft) => "Tap",
        (_, Cue::TapRight) => "And tap",
        (_, Cue::Notice) => "What are you feeling?",
        (_, Cue::StopBody) => "Stop your body",
        (_, Cue::TuckIn) => "Tuck into your shell",
        (_, Cue::ComeOut) => "Come out slowly",
        (_, Cue::Think) => "What can we do now?",
        (_, Cue::See) => "Find 5 things you can see",
        (_, Cue::Feel) => "Find 4 things you can touch",
        (_, Cue::Hear) => "Find 3 things you can hear",
        (_, Cue::Smell) => "Find 2 things you can smell",
        (_, Cue::Taste) => "What does your mouth taste like now?",
    }
}

fn body_part(part: BodyPart) -> &'static str {
    match part {
        BodyPart::Hands => "Hands",
        BodyPart::Arms => "Arms",
        BodyPart::Legs => "Legs",
        BodyPart::Tummy => "Tummy",
    }
}

fn feeling(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::Happy => "Happy",
        Feeling::Calm => "Calm",
        Feeling::Sad => "Sad",
        Feeling::Worried => "Worried",
        Feeling::Angry => "Angry",
        Feeling::Scared => "Scared",
        Feeling::Tired => "Tired",
        Feeling::Silly => "Silly",
    }
}

fn size(size: u8) -> &'static str {
    match size {
        1 => "Tiny",
        2 => "Small",
        3 => "Medium",
        4 => "Big",
        _ => "Huge",
    }
}

fn length(length: Length) -> String {
    match length {
        Length::Breaths(1) => "1 breath".into(),
        Length::Breaths(n) => format!("{n} breaths"),
        Length::Minutes(1) => "1 minute".into(),
        Length::Minutes(n) => format!("{n} minutes"),
    }
}

fn count(counted: Counted, round: u32, of: u32) -> String {
    match counted {
        Counted::Steps => format!("Step {round} of {of}"),
        Counted::Taps => format!("Tap {round} of {of}"),
        Counted::Squares => format!("Square {round} of {of}"),
        Counted::Breaths => format!("Breath {round} of {of}"),
    }
}

pub static ENGLISH_CALM: CalmStrings = CalmStrings {
    list_intro: "Pick one to do together. You can stop any time.",
    breathing_shelf: "Breathing",
    body_shelf: "Body and senses",
    for_older: "For older children and grown-ups",
    line,
    guide,
    cue,
    body_part,
    length,
    count,

    stop_if_dizzy: "If anyone feels dizzy or tingly, stop and breathe normally. Slow and gentle is the goal, never big breaths.",
    guide_button: "For the grown-up",
    length_label: "How long?",

    grown_up_first_title: "Grown-up first",
    grown_up_first_line:
        "Calm your own body first, then help your child. Three slow breaths, just for you.",
    check_in_before_title: "Before we start",
    check_in_after_title: "How are we now?",
    how_calm: "Grown-up: how calm do you feel?",
    calm_low: "Not calm",
    calm_high: "Very calm",

    start: "Start",
    pause: "Pause",
    keep_going: "Keep going",
    stop: "Stop",
    next: "Next",
    skip: "Skip",
    done: "Done",
    back_to_story: "Back to our story",
    stop_any_time: "You can stop any time.",
    paused: "Paused. Keep going when you are ready.",
    ready: "Ready when you are",
    breathe_slowly: "Breathe slowly",

    ending_completed: "We did it together.",
    ending_stopped: "We stopped when we needed to. That is a good thing to know how to do.",
    ending_line: "How does your body feel now?",
    saved: "Kept in your progress on this tablet.",

    sound_on: "Sound on",
    sound_off: "Sound off",
};

pub static ENGLISH_FEELINGS: FeelingStrings = FeelingStrings {
    feeling,
    size,
    how_feeling: "How are you feeling?",
    how_big: "How big is the feeling?",
};

pub static ENGLISH_CALM_SETTINGS: CalmSettingsStrings = CalmSettingsStrings {
    pace_label: "Pace",
    slower: "Slower",
    faster: "Faster",
    pace_names: [
        "Much slower",
        "A bit slower",
        "Usual pace",
        "A bit faster",
        "Faster",
    ],
    length_label: "Usual length of a practice (you can still change it each time)",
    lengths: ["Short", "Usual", "Longer"],
    settings_title: "Calm together: how it guides you",
    setting_grown_up_first: "Grown-up first: three slow breaths for you before each practice",
    setting_chime: "A soft chime when it is time to change",
    setting_volume: "Chime volume",
    setting_speech: "Speak the steps aloud (when this tablet has a voice)",
    setting_vibration: "Gentle vibration (on devices that can)",
    setting_keep_awake: "Keep the screen awake during an exercise",
    setting_gentle: "Gentle pictures: nothing grows or moves, colours and counting instead",
    quieter: "Quieter",
    louder: "Louder",
};
