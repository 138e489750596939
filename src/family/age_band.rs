//! The child's age group, which sets the gentle defaults of every calming exercise.

use leptos::prelude::*;

use crate::platform::ids::new_child_id;
use crate::storage::use_family;
use crate::strings::{use_family_strings, use_strings};
use crate::ui::choice_buttons::choice_buttons;

/// Three big choices: 0–2, 3–4, 5–6 years.
#[component]
pub fn AgeBandField() -> impl IntoView {
    let strings = use_strings();
    let family_words = use_family_strings();
    let family = use_family();
    let choices = choice_buttons(
        strings.age_bands(),
        move |band| family.with(|f| f.current().and_then(|c| c.age_band)) == Some(band),
        move |band| family.update(|f| f.set_current_age_band(band, new_child_id)),
    );
    view! {
        <div class="field">
            <span id="age-band-label" class="field-label">{family_words.age_label}</span>
            <div class="choices" role="group" aria-labelledby="age-band-label" aria-describedby="age-band-help">
                {choices}
            </div>
            <p id="age-band-help" class="field-help">{family_words.age_help}</p>
        </div>
    }
}
