//! Spoken guidance with the device's own voice, where it has one.

use web_sys::SpeechSynthesisUtterance;

/// Says `words` slowly in `language` (e.g. "en"), replacing anything still being said.
pub fn say(words: &str, language: &str) {
    let Some(synthesis) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synthesis.cancel();
    if let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(words) {
        utterance.set_lang(language);
        utterance.set_rate(0.85);
        utterance.set_volume(0.8);
        synthesis.speak(&utterance);
    }
}

/// Stops speaking at once (pause or stop).
pub fn hush() {
    if let Some(synthesis) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synthesis.cancel();
    }
}
