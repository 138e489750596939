//! Words and language: the size of every word in the app, and the language it speaks.

use leptos::prelude::*;

use crate::model::family::TextSize;
use crate::strings::{use_family_strings, use_strings};
use crate::ui::choice_buttons::choice_buttons;
use crate::ui::language_choice::LanguageChoice;

use super::guide::GuideSources;
use crate::platform::site::file_address;
use crate::storage::use_family;

/// Text size for the whole app on this tablet, and which language it speaks.
#[component]
pub fn DisplayPanel() -> impl IntoView {
    let words = use_family_strings();
    let family = use_family();
    let sizes = choice_buttons(
        TextSize::ALL.into_iter().zip(words.text_sizes),
        move |size| family.with(|f| f.text_size == size),
        move |size| family.update(|f| f.text_size = size),
    );
    view! {
        <section class="panel" aria-labelledby="display-title">
            <h2 id="display-title">{words.display_title}</h2>
            <div class="field">
                <span id="text-size-label" class="field-label">{words.text_size_label}</span>
                <div class="choices" role="group" aria-labelledby="text-size-label">{sizes}</div>
            </div>
            <div class="field">
                <span id="language-label" class="field-label">{use_strings().language_label}</span>
                <LanguageChoice label_id="language-label"/>
            </div>
        </section>
    }
}

/// Version, privacy in plain words, licences and picture credits; open to everyone.
#[component]
pub fn AboutPanel() -> impl IntoView {
    let words = use_family_strings();
    view! {
        <section class="panel about" aria-labelledby="about-title">
            <h2 id="about-title">{words.about_title}</h2>
            <p><strong>{(words.about_version)(env!("CARGO_PKG_VERSION"))}</strong></p>
            <p>{words.about_privacy}</p>
            <p>{words.about_offline}</p>
            <p>{words.about_not_emergency}</p>
            <h3>{words.about_licences}</h3>
            <ul class="about-licences">
                <li>
                    <a href=file_address("pictures/LICENSE.txt") rel="external" target="_blank">{words.about_pictures}</a>
                </li>
                <li>{words.about_scenes}</li>
                <li>{words.about_code}</li>
            </ul>
            <h3>{words.about_exercises_title}</h3>
            <ul class="about-licences">
                {words.about_exercises.map(|credit| view! { <li>{credit}</li> }).collect_view()}
            </ul>
            <GuideSources/>
        </section>
    }
}
