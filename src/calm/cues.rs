//! What accompanies a new step besides the words on screen: a chime, a voice, a vibration,
//! each only if the grown-up left it on.

use leptos::prelude::*;

use crate::model::exercise::Exercise;
use crate::model::script::Cue;
use crate::model::settings::CalmSettings;
use crate::model::voice::{step_voice, RecordingFor, StepVoice};
use crate::platform::chime::{play, Chime};
use crate::platform::speech::{hush, say};
use crate::platform::vibration::vibrate;
use crate::platform::voice::{hush_voice, VoiceClip};
use crate::storage::recordings::{list_recordings, recording};
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

/// The grown-up's recordings of this exercise's steps ("Our own voice"), decoded once when
/// the practice opens; a step without one (or one this browser cannot play) has none here.
#[derive(Clone, Copy)]
pub struct RecordedSteps {
    clips: StoredValue<Vec<(Cue, VoiceClip)>, LocalStorage>,
}

impl RecordedSteps {
    /// Starts reading the exercise's recordings; a practice started before they are ready
    /// uses the tablet's voice until they are.
    pub fn load(exercise: Exercise) -> RecordedSteps {
        let clips = StoredValue::new_local(Vec::new());
        leptos::task::spawn_local(async move {
            let Ok(kept) = list_recordings().await else {
                return;
            };
            for info in kept {
                let RecordingFor::Step(of, cue) = info.of else {
                    continue;
                };
                if of != exercise {
                    continue;
                }
                let Ok(Some(found)) = recording(info.of).await else {
                    continue;
                };
                if let Some(clip) = VoiceClip::decode(&found.sound).await {
                    clips.try_update_value(|clips| clips.push((cue, clip)));
                }
            }
        });
        RecordedSteps { clips }
    }

    pub fn any(self) -> bool {
        self.clips.with_value(|clips| !clips.is_empty())
    }

    fn of(self, cue: Cue) -> Option<VoiceClip> {
        self.clips
            .try_with_value(|clips| {
                clips
                    .iter()
                    .find(|(c, _)| *c == cue)
                    .map(|(_, clip)| clip.clone())
            })
            .flatten()
    }
}

/// Stops whatever voice is speaking or playing (pause, stop, the end).
pub fn hush_voices() {
    hush();
    hush_voice();
}

/// Marks the start of a step with the cues the settings allow, and the grown-up's recording
/// of it when there is one, in place of the tablet's voice.
pub fn announce_step(
    exercise: Exercise,
    cue: Cue,
    settings: CalmSettings,
    words: SpokenWords,
    recorded: RecordedSteps,
) {
    if settings.chime {
        play(chime_for(cue), settings.chime_gain());
    }
    let clip = recorded.of(cue);
    match (step_voice(clip.is_some(), settings.speech), clip) {
        (StepVoice::Recorded, Some(clip)) => {
            hush();
            clip.play();
        }
        (StepVoice::Speech, _) => {
            hush_voice();
            say((words.calm.cue)(exercise, cue), words.language_tag);
        }
        _ => hush_voices(),
    }
    if settings.vibration {
        vibrate(vibration_for(cue));
    }
}

/// A higher note to breathe in, lower to breathe out, a middle one for everything else.
pub fn chime_for(cue: Cue) -> Chime {
    match cue {
        Cue::BreatheIn | Cue::Squeeze | Cue::TapLeft | Cue::Sway => Chime::High,
        Cue::BreatheOut | Cue::LetGo | Cue::TapRight | Cue::SwayBack => Chime::Low,
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
