//! The grown-up's settings for how calming practice guides: cues, volume, pace, visuals.

use leptos::prelude::*;

use crate::model::pacing::{FASTEST_STEP, SLOWEST_STEP};
use crate::model::settings::{CalmSettings, LengthPreference, VOLUME_STEPS};
use crate::storage::use_calm_settings;
use crate::strings::use_calm_settings_strings;
use crate::ui::choice_buttons::choice_buttons;

/// A switch: a real checkbox with a big label, so it can be tapped anywhere on the line.
#[component]
fn Switch(
    label: &'static str,
    get: Signal<bool>,
    #[prop(into)] set: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="switch">
            <input type="checkbox" prop:checked=get on:change=move |event| set.run(event_target_checked(&event))/>
            <span>{label}</span>
        </label>
    }
}

/// Every calm setting, for the Grown-ups screen.
#[component]
pub fn CalmSettingsPanel() -> impl IntoView {
    let strings = use_calm_settings_strings();
    let settings = use_calm_settings();
    let switch = move |label: &'static str,
                       read: fn(&CalmSettings) -> bool,
                       write: fn(&mut CalmSettings, bool)| {
        view! {
            <Switch
                label
                get=Signal::derive(move || settings.with(read))
                set=move |on| settings.update(|s| write(s, on))
            />
        }
    };
    let volume = move || settings.with(|s| s.volume.clamp(1, VOLUME_STEPS));
    // Clamped, as a hand-edited setting could hold anything.
    let speed = move || settings.with(|s| s.speed_step.clamp(SLOWEST_STEP, FASTEST_STEP));
    view! {
        <section class="panel" aria-labelledby="calm-settings-title">
            <h2 id="calm-settings-title">{strings.settings_title}</h2>
            {switch(strings.setting_grown_up_first, |s| s.grown_up_first, |s, on| s.grown_up_first = on)}
            {switch(strings.setting_chime, |s| s.chime, |s, on| s.chime = on)}
            <div class="stepper" role="group" aria-label=strings.setting_volume>
                <span class="stepper-label">{strings.setting_volume}</span>
                <button class="quiet-button" disabled={move || volume() <= 1} on:click=move |_| { let v = volume(); settings.update(|s| s.volume = (v - 1).max(1)) }>
                    {strings.quieter}
                </button>
                <span class="stepper-value" aria-live="polite">{move || format!("{} / {VOLUME_STEPS}", volume())}</span>
                <button class="quiet-button" disabled={move || volume() >= VOLUME_STEPS} on:click=move |_| { let v = volume(); settings.update(|s| s.volume = (v + 1).min(VOLUME_STEPS)) }>
                    {strings.louder}
                </button>
            </div>
            {switch(strings.setting_speech, |s| s.speech, |s, on| s.speech = on)}
            {switch(strings.setting_vibration, |s| s.vibration, |s, on| s.vibration = on)}
            {switch(strings.setting_keep_awake, |s| s.keep_awake, |s, on| s.keep_awake = on)}
            {switch(strings.setting_gentle, |s| s.gentle_visuals, |s, on| s.gentle_visuals = on)}
            <div class="field">
                <span id="length-label" class="field-label">{strings.length_label}</span>
                <div class="choices" role="group" aria-labelledby="length-label">
                    {choice_buttons(
                        LengthPreference::ALL.into_iter().zip(strings.lengths),
                        move |length| settings.with(|s| s.length == length),
                        move |length| settings.update(|s| s.length = length),
                    )}
                </div>
            </div>
            <div class="stepper" role="group" aria-label=strings.pace_label>
                <span class="stepper-label">{strings.pace_label}</span>
                <button class="quiet-button" disabled={move || speed() <= SLOWEST_STEP} on:click=move |_| { let v = speed(); settings.update(|s| s.speed_step = (v - 1).max(SLOWEST_STEP)) }>
                    {strings.slower}
                </button>
                <span class="stepper-value" aria-live="polite">{move || strings.pace_names[(speed() - SLOWEST_STEP) as usize]}</span>
                <button class="quiet-button" disabled={move || speed() >= FASTEST_STEP} on:click=move |_| { let v = speed(); settings.update(|s| s.speed_step = (v + 1).min(FASTEST_STEP)) }>
                    {strings.faster}
                </button>
            </div>
        </section>
    }
}
