//! Choosing the app's language: each language named in its own words, one tap each. The app
//! then opens again in that language, with everything kept.

use leptos::prelude::*;

use crate::model::language::Language;
use crate::storage::use_family;
use crate::storage::AppStorage;
use crate::strings::use_language;

/// "English · Español" as pressed buttons; `label_id` names the group.
#[component]
pub fn LanguageChoice(label_id: &'static str) -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let family = use_family();
    let shown = use_language();
    let choose = move |language: Language| {
        if language == shown {
            return;
        }
        family.update(|f| f.language = Some(language));
        // Written now, then the app opens again with every word in the new language.
        storage.flush();
        let _ = window().location().reload();
    };
    let buttons = Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <button
                    type="button"
                    class="choice-button"
                    lang=language.tag()
                    aria-pressed=(language == shown).to_string()
                    on:click=move |_| choose(language)
                >
                    {language.own_name()}
                </button>
            }
        })
        .collect_view();
    view! { <div class="choices" role="group" aria-labelledby=label_id>{buttons}</div> }
}
