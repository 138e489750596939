//! What accompanies a new step besides the words on screen: a chime, a voice, a vibration,
//! each only if the grown-up left it on.

use crate::model::exercise::Exercise;
use crate::model::script::Cue;
use crate::model::settings::CalmSettings;
use crate::platform::chime::{play, Chime};
use crate::platform::speech::say;
use crate::platform::vibration::vibrate;
use crate::strings::{use_calm_strings, use_strings, CalmStrings};

/// The words a practice speaks, in the family's language. Taken in the runner's own body:
/// its steps change in animation frames, where no component is there to ask.
#[derive(Clone, Copy)]
pub struct SpokenWords {
    calm: &'static CalmStrings,
    language_tag: &'static str,
}

impl SpokenWords {
    /// The words of the language the app is showing; call it in a component's body.
    pub fn of_this_page() -> Self {
        SpokenWords {
            calm: use_calm_strings(),
            language_tag: use_strings().language_tag,
        }
    }
}

/// Marks the start of a step with the cues the settings allow.
pub fn announce_step(exercise: Exercise, cue: Cue, settings: CalmSettings, words: SpokenWords) {
    if settings.chime {
        play(chime_for(cue), settings.chime_gain());
    }
    if settings.speech {
        say((words.calm.cue)(exercise, cue), words.language_tag);
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
