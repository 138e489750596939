//! What accompanies a new step besides the words on screen: a chime, a voice, a vibration,
//! each only if the grown-up left it on.

use crate::model::exercise::Exercise;
use crate::model::script::Cue;
use crate::model::settings::CalmSettings;
use crate::platform::chime::{play, Chime};
use crate::platform::speech::say;
use crate::platform::vibration::vibrate;
use crate::strings::{use_calm_strings, use_strings};

/// Marks the start of a step with the cues the settings allow.
pub fn announce_step(exercise: Exercise, cue: Cue, settings: CalmSettings) {
    if settings.chime {
        play(chime_for(cue), settings.chime_gain());
    }
    if settings.speech {
        let strings = use_strings();
        let calm_words = use_calm_strings();
        say((calm_words.cue)(exercise, cue), strings.language_tag);
    }
    if settings.vibration {
        vibrate(vibration_for(cue));
    }
}

/// A higher note to breathe in, lower to breathe out, a middle one for everything else.
pub fn chime_for(cue: Cue) -> Chime {
    match cue {
        Cue::BreatheIn | Cue::Squeeze | Cue::TapLeft => Chime::High,
        Cue::BreatheOut | Cue::LetGo | Cue::TapRight => Chime::Low,
        _ => Chime::Middle,
    }
}

/// One long buzz in, three short out, one tiny one otherwise: told apart without looking.
pub fn vibration_for(cue: Cue) -> &'static [u32] {
    match cue {
        Cue::BreatheIn | Cue::Squeeze => &[250],
        Cue::BreatheOut | Cue::LetGo => &[80, 80, 80, 80, 80],
        _ => &[40],
    }
}
