//! The child's name on the home screen, typed by a grown-up.

use leptos::html;
use leptos::prelude::*;

use crate::model::family::{clean_nickname, NICKNAME_MAX_CHARS};
use crate::platform::ids::new_child_id;
use crate::storage::use_family;
use crate::strings::use_family_strings;

/// A text field that renames the current child (creating the first profile if needed).
#[component]
pub fn NicknameField() -> impl IntoView {
    let family_words = use_family_strings();
    let family = use_family();
    let input = NodeRef::<html::Input>::new();
    let shown = move || {
        let stored = family.with(|f| f.current().map(|c| c.nickname.clone()).unwrap_or_default());
        // Mid-typing the field holds "Mia " for the stored "Mia": keep the typing, take others' changes.
        match input.get_untracked() {
            Some(field) if clean_nickname(&field.value()) == stored => field.value(),
            _ => stored,
        }
    };
    let rename = move |typed: String| {
        family.update(|f| f.rename_current_child(&typed, new_child_id));
    };
    view! {
        <div class="field">
            <label for="child-nickname" class="field-label">{family_words.nickname_label}</label>
            <input
                node_ref=input
                id="child-nickname"
                class="text-input"
                type="text"
                autocomplete="off"
                maxlength=NICKNAME_MAX_CHARS
                prop:value=shown
                on:input=move |event| rename(event_target_value(&event))
                aria-describedby="child-nickname-help"
            />
            <p id="child-nickname-help" class="field-help">{family_words.nickname_help}</p>
        </div>
    }
}
