//! The first time on a tablet: a warm hello that asks only the child's name (and, if the
//! grown-up likes, their age), or lets them skip. Never a wall of forms. Shown on Home, and
//! before a plan sent from the therapist's tablet when it is the first thing opened here.

use leptos::html;
use leptos::prelude::*;

use super::choice_buttons::choice_buttons;
use super::focus::focus_main_heading;
use super::language_choice::LanguageChoice;
use crate::model::child::AgeBand;
use crate::model::family::NICKNAME_MAX_CHARS;
use crate::platform::ids::new_child_id;
use crate::storage::use_family;
use crate::strings::use_strings;

/// Shown until the first profile exists.
#[component]
pub fn Welcome() -> impl IntoView {
    let strings = use_strings();
    let family = use_family();
    let name_field = NodeRef::<html::Input>::new();
    let age = RwSignal::new(None::<AgeBand>);
    let begin = move |typed: String| {
        let band = age.get_untracked();
        family.update(|f| {
            f.rename_current_child(&typed, new_child_id);
            if let Some(band) = band {
                f.set_current_age_band(band, new_child_id);
            }
        });
        // The welcome is gone with the button that had focus: the greeting (now with the name).
        focus_main_heading();
    };
    view! {
        <Show when=move || family.with(|f| f.children.is_empty())>
            <section class="panel welcome" aria-labelledby="welcome-title">
                <h2 id="welcome-title">{strings.welcome_title}</h2>
                <span id="welcome-language" class="field-label">{strings.language_label}</span>
                <LanguageChoice label_id="welcome-language"/>
                <p>{strings.welcome_line}</p>
                <form class="welcome-form" on:submit=move |event| {
                    event.prevent_default();
                    begin(name_field.get_untracked().map(|f| f.value()).unwrap_or_default());
                }>
                    <label class="field-label" for="welcome-name">{strings.welcome_name}</label>
                    <input node_ref=name_field id="welcome-name" class="text-input" type="text" autocomplete="off" maxlength=NICKNAME_MAX_CHARS/>
                    <span id="welcome-age" class="field-label">{strings.welcome_age}</span>
                    <div class="choices" role="group" aria-labelledby="welcome-age">{choice_buttons(strings.age_bands(), move |band| age.get() == Some(band), move |band| age.set(Some(band)))}</div>
                    <div class="choices">
                        <button class="big-button" type="submit">{strings.welcome_begin}</button>
                        <button class="quiet-button" type="button" on:click=move |_| begin(String::new())>{strings.welcome_skip}</button>
                    </div>
                </form>
            </section>
        </Show>
    }
}
