//! Plays the grown-up's recorded words ("Our own voice") through the app's audio context: a
//! tap on Start wakes it (`chime::wake_audio`), and then every step can play, on every engine
//! (an `<audio>` element on iPad would need a tap for each clip).

use std::cell::RefCell;

use wasm_bindgen_futures::JsFuture;
use web_sys::{AudioBuffer, AudioBufferSourceNode};

use super::chime::audio_context;

/// How loud a recording plays: as the device's voice does, never sudden (it fades in).
const VOICE_GAIN: f32 = 0.8;
/// The fade-in, so a clip never starts with a click.
const FADE_IN_S: f64 = 0.03;

thread_local! {
    /// The clip playing now: a new one, or a stop, hushes it.
    static PLAYING: RefCell<Option<AudioBufferSourceNode>> = const { RefCell::new(None) };
}

/// A recording ready to play.
#[derive(Clone)]
pub struct VoiceClip {
    sound: AudioBuffer,
}

impl VoiceClip {
    /// Decodes recorded bytes; `None` when this browser cannot play their format (a clip
    /// recorded in another browser and restored here).
    pub async fn decode(sound: &js_sys::ArrayBuffer) -> Option<VoiceClip> {
        let context = audio_context()?;
        // Decoding takes the bytes away from their buffer: give it a copy.
        let promise = context.decode_audio_data(&sound.slice(0)).ok()?;
        let decoded = JsFuture::from(promise).await.ok()?;
        wasm_bindgen::JsCast::dyn_into::<AudioBuffer>(decoded)
            .ok()
            .map(|sound| VoiceClip { sound })
    }

    /// How long it plays, in ms.
    pub fn length_ms(&self) -> u32 {
        (self.sound.duration() * 1000.0).round() as u32
    }

    /// Plays it from the start, in place of anything still playing.
    pub fn play(&self) {
        hush_voice();
        let Some(context) = audio_context() else {
            return;
        };
        let started = (|| -> Result<AudioBufferSourceNode, wasm_bindgen::JsValue> {
            let source = context.create_buffer_source()?;
            source.set_buffer(Some(&self.sound));
            let volume = context.create_gain()?;
            let now = context.current_time();
            volume.gain().set_value_at_time(0.0, now)?;
            volume
                .gain()
                .linear_ramp_to_value_at_time(VOICE_GAIN, now + FADE_IN_S)?;
            source.connect_with_audio_node(&volume)?;
            volume.connect_with_audio_node(&context.destination())?;
            AsRef::<web_sys::AudioScheduledSourceNode>::as_ref(&source).start()?;
            Ok(source)
        })();
        if let Ok(source) = started {
            PLAYING.with_borrow_mut(|playing| *playing = Some(source));
        }
    }
}

/// Whether this browser says it can play sound of `kind` (a clip's recorded format): a clip
/// restored from another browser may not. Asked of an `<audio>` element, never played.
pub fn can_play_here(kind: &str) -> bool {
    web_sys::HtmlAudioElement::new()
        .map(|audio| !audio.can_play_type(kind).is_empty())
        .unwrap_or(false)
}

/// Stops the recording playing now, if any (pause, stop, leaving the screen).
pub fn hush_voice() {
    if let Some(source) = PLAYING.with_borrow_mut(Option::take) {
        let scheduled: &web_sys::AudioScheduledSourceNode = source.as_ref();
        let _ = scheduled.stop();
    }
}
