//! The children on this tablet as big picture buttons; tapping one makes them the one using
//! the app. Shown on Home ("Who is here?") and in Grown-ups.

use leptos::prelude::*;

use crate::storage::use_family;
use crate::strings::use_strings;
use crate::ui::picture::picture_url;

/// A group of child buttons named `label` (shown above them when `visible_label`).
#[component]
pub fn ChildChoices(
    label: &'static str,
    #[prop(optional)] visible_label: bool,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let strings = use_strings();
    let family = use_family();
    let buttons = move || {
        family.with(|f| {
            f.children
                .iter()
                .map(|child| {
                    let id = child.id.clone();
                    let name = if child.nickname.is_empty() {
                        strings.default_child_name.to_string()
                    } else {
                        child.nickname.clone()
                    };
                    view! {
                        <button
                            class="child-choice"
                            aria-pressed=(f.current_child.as_ref() == Some(&child.id)).to_string()
                            on:click=move |_| {
                                family.update(|f| {
                                    f.switch_to(&id);
                                });
                            }
                        >
                            <img class="picture child-avatar" src=picture_url(child.avatar_or_default()) alt=""/>
                            <span>{name}</span>
                        </button>
                    }
                })
                .collect_view()
        })
    };
    if visible_label {
        view! {
            <span id="child-choices-label" class="field-label">{label}</span>
            <div class=format!("child-choices {class}") role="group" aria-labelledby="child-choices-label">{buttons}</div>
        }
        .into_any()
    } else {
        view! { <div class=format!("child-choices {class}") role="group" aria-label=label>{buttons}</div> }.into_any()
    }
}
