//! A soft chime made with Web Audio (no sound files): it fades in and out, never sudden or loud.

use std::cell::RefCell;

use web_sys::{AudioContext, OscillatorType};

thread_local! {
    // One audio context for the app, created on the first tap (browsers require a gesture).
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Which chime: a higher note to breathe in, a lower one to breathe out, a middle one otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chime {
    High,
    Low,
    Middle,
}

/// Lets audio play; must run during a tap (Start), as browsers require. The context is made
/// here, not while the page opens, where its tens of milliseconds would hold up the first screen.
pub fn wake_audio() {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
        }
        if let Some(context) = context.as_ref() {
            let _ = context.resume();
        }
    });
}

/// The app's one audio context, made if there is none yet (it stays quiet until
/// [`wake_audio`] runs in a tap): recorded voices are decoded and played in it.
pub fn audio_context() -> Option<AudioContext> {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
        }
        context.clone()
    })
}

/// Plays a chime at `gain` (0 to 0.25), ramped in over 150 ms and out over 1.2 s.
pub fn play(chime: Chime, gain: f32) {
    CONTEXT.with(|context| {
        if let Some(context) = context.borrow().as_ref() {
            let _ = sound(context, chime, gain.clamp(0.0, 0.25));
        }
    });
}

fn sound(context: &AudioContext, chime: Chime, gain: f32) -> Result<(), wasm_bindgen::JsValue> {
    let frequency = match chime {
        Chime::High => 523.25,
        Chime::Middle => 440.0,
        Chime::Low => 392.0,
    };
    let now = context.current_time();
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(frequency);
    let volume = context.create_gain()?;
    let level = volume.gain();
    level.set_value_at_time(0.0, now)?;
    level.linear_ramp_to_value_at_time(gain, now + 0.15)?;
    level.exponential_ramp_to_value_at_time(0.0001, now + 1.35)?;
    oscillator.connect_with_audio_node(&volume)?;
    volume.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(now)?;
    oscillator.stop_with_when(now + 1.4)?;
    Ok(())
}
