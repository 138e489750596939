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
        Exercise::ChestToChest => "Chest to chest",
        Exercise::RockAndSway => "Rock and sway",
        Exercise::HumALullaby => "Hum a lullaby",
        Exercise::SayWhatTheyFeel => "Say what your baby feels",
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
        Exercise::ChestToChest => "Hold your baby close and breathe slowly for you both",
        Exercise::RockAndSway => "Sway slowly together, side to side",
        Exercise::HumALullaby => "Hum a song your baby knows, softly",
        Exercise::SayWhatTheyFeel => "Put your baby's feeling into words",
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
        Exercise::ChestToChest => "Sit somewhere comfortable and hold your baby upright against your chest, their head turned to one side so their nose and mouth are free, your arms around them. Follow the picture: breathe in through your nose, and out long and slow. Your baby feels your chest rise and fall and your body soften, and borrows your calm. Say the words on the screen softly, or your own.",
        Exercise::RockAndSway => "Hold your baby close, one hand behind their head and neck. Sway slowly from side to side, or rock in a chair: one way as the picture tips, back as it tips back, about one sway every two or three seconds. Keep the movements small, smooth and gentle. Hum or say \"shh\" with each sway if you like.",
        Exercise::HumALullaby => "Hold your baby close and hum or sing a song they know: a lullaby or a song from your family, the same one each time. Keep your voice low, soft and slow, and let it get softer as your baby settles. If you recorded your song in Our own voice, it plays at the start of each half minute, and you can hum along.",
        Exercise::SayWhatTheyFeel => "Babies feel frightening things before they have words for them. Hold your baby, look at their face, and say softly what you think they feel: \"You got scared. I'm here. You're safe with me.\" Your words and your calm voice tell your baby that big feelings can be shared, and that you are there. Then breathe slowly together.",
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
        (Exercise::ChestToChest, Cue::BreatheIn) => "Breathe in slowly",
        (Exercise::ChestToChest, Cue::BreatheOut) => "Breathe out long and slow",
        (Exercise::SayWhatTheyFeel, Cue::BreatheIn) => "Hold your baby close: breathe in",
        (Exercise::SayWhatTheyFeel, Cue::BreatheOut) => "Breathe out slowly",
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
        (_, Cue::Sway) => "Sway this way",
        (_, Cue::SwayBack) => "And back",
        (_, Cue::Hum) => "Hum your song softly",
        (_, Cue::KeepHumming) => "Softer and slower",
        (_, Cue::LookAtBaby) => "Look at your baby's face",
        (_, Cue::NameFeeling) => "Say: \"You got scared.\"",
        (_, Cue::ImHere) => "Say: \"I'm here.\"",
        (_, Cue::SafeWithMe) => "Say: \"You're safe with me.\"",
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
        Counted::Sways => format!("Sway {round} of {of}"),
        Counted::Verses => format!("Verse {round} of {of}"),
    }
}

fn baby_safety(exercise: Exercise) -> Option<&'static str> {
    match exercise {
        Exercise::ChestToChest => Some("Stay awake while your baby is on your chest. If you feel sleepy, lay your baby on their back in their own crib. Never fall asleep with your baby on a sofa or armchair."),
        Exercise::RockAndSway => Some("Always gentle: support your baby's head, and never shake a baby. If you feel angry or overwhelmed, lay your baby on their back in their crib, step away for a few minutes to calm yourself, then come back."),
        Exercise::HumALullaby | Exercise::SayWhatTheyFeel => Some("If your baby falls asleep, lay them on their back in their own crib."),
        _ => None,
    }
}

fn soft_words(exercise: Exercise, round: u32) -> Option<&'static str> {
    const HOLDING: [&str; 4] = [
        "\"I've got you.\"",
        "\"You're safe with me.\"",
        "\"I'm right here.\"",
        "\"We're breathing slowly together.\"",
    ];
    const SWAYING: [&str; 3] = ["\"Shh… shh…\"", "\"I've got you.\"", "\"Nice and slow.\""];
    let pick = |words: &[&'static str]| words[(round.max(1) as usize - 1) % words.len()];
    match exercise {
        Exercise::ChestToChest => Some(pick(&HOLDING)),
        Exercise::RockAndSway => Some(pick(&SWAYING)),
        _ => None,
    }
}

pub static ENGLISH_CALM: CalmStrings = CalmStrings {
    list_intro: "Pick one to do together. You can stop any time.",
    baby_shelf: "With a baby (0–2)",
    baby_shelf_intro: "For the grown-up holding a baby: your baby calms through your body and your voice.",
    breathing_shelf: "Breathing",
    body_shelf: "Body and senses",
    for_older: "For older children and grown-ups",
    line,
    guide,
    cue,
    body_part,
    length,
    count,

    baby_safety,
    soft_words,
    say_softly: "Say softly:",
    how_baby_seems: "How does your baby seem?",
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
