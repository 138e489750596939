//! The children on this tablet: who is using the app now, adding a child, and the current
//! child's picture and grown-ups. Each child has their own stories and practices.

use leptos::html;
use leptos::prelude::*;

use crate::model::family::{AVATARS, GROWN_UPS_MAX_CHARS, NICKNAME_MAX_CHARS};
use crate::platform::ids::new_child_id;
use crate::storage::keys;
use crate::storage::use_family;
use crate::storage::{AppStorage, StoreKey};
use crate::strings::{use_family_strings, use_strings};
use crate::ui::child_choices::ChildChoices;
use crate::ui::focus::focus_main_heading;
use crate::ui::hold_button::HoldButton;
use crate::ui::picture::picture_url;

/// Every child as a picture button (the pressed one is using the app), and "Add a child".
#[component]
pub fn ChildrenList() -> impl IntoView {
    let family_words = use_family_strings();
    let family = use_family();
    let adding = RwSignal::new(false);
    let name_field = NodeRef::<html::Input>::new();
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = name_field
            .get_untracked()
            .map(|f| f.value())
            .unwrap_or_default();
        family.update(|f| {
            f.add_child(&typed, new_child_id());
        });
        if let Some(field) = name_field.get_untracked() {
            field.set_value("");
        }
        adding.set(false);
    };
    view! {
        <div class="field">
            <ChildChoices label=family_words.children_label visible_label=true/>
            <p class="field-help">{family_words.children_help}</p>
            <button class="quiet-button" class:gone=move || adding.get() on:click=move |_| adding.set(true)>{family_words.add_child}</button>
            <form class="add-child" class:gone=move || !adding.get() on:submit=add>
                <label class="field-label" for="new-child-name">{family_words.new_child_name}</label>
                <div class="gate-answer-row">
                    <input node_ref=name_field id="new-child-name" class="text-input" type="text" autocomplete="off" maxlength=NICKNAME_MAX_CHARS/>
                    <button class="big-button" type="submit">{family_words.add_child_confirm}</button>
                </div>
            </form>
        </div>
    }
}

/// The current child's picture, chosen from a dozen friendly ones.
#[component]
pub fn AvatarField() -> impl IntoView {
    let strings = use_strings();
    let family_words = use_family_strings();
    let family = use_family();
    let current = move || family.with(|f| f.current().map(|c| c.avatar_or_default().to_string()));
    let choices = AVATARS
        .into_iter()
        .map(|avatar| {
            view! {
                <button
                    class="avatar-choice"
                    aria-label=strings.avatar_name(avatar)
                    aria-pressed=move || (current().as_deref() == Some(avatar)).to_string()
                    on:click=move |_| family.update(|f| f.set_current_avatar(avatar, new_child_id))
                >
                    <img class="picture" src=picture_url(avatar) alt=""/>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <span id="avatar-label" class="field-label">{family_words.avatar_label}</span>
            <div class="avatar-choices" role="group" aria-labelledby="avatar-label">{choices}</div>
        </div>
    }
}

/// Who looks after the current child, in the family's own words.
#[component]
pub fn GrownUpsField() -> impl IntoView {
    let family_words = use_family_strings();
    let family = use_family();
    let shown =
        move || family.with(|f| f.current().map(|c| c.grown_ups.clone()).unwrap_or_default());
    view! {
        <div class="field">
            <label for="child-grown-ups" class="field-label">{family_words.grown_ups_label}</label>
            <input
                id="child-grown-ups"
                class="text-input"
                type="text"
                autocomplete="off"
                maxlength=GROWN_UPS_MAX_CHARS
                prop:value=shown
                on:change=move |event| family.update(|f| f.set_current_grown_ups(&event_target_value(&event), new_child_id))
            />
        </div>
    }
}

/// Takes the current child off this tablet, with their own stories and practices, after a
/// plain warning and a two-second hold (shared stories stay).
#[component]
pub fn RemoveChild() -> impl IntoView {
    let words = use_family_strings();
    let storage = expect_context::<AppStorage>();
    let family = use_family();
    let log = storage.bind(keys::PRACTICE_LOG);
    let index = storage.bind(keys::STORY_INDEX);
    let removed = RwSignal::new(None::<String>);
    let name_of = move |nickname: &str| {
        if nickname.is_empty() {
            words.unnamed_child.to_string()
        } else {
            nickname.to_string()
        }
    };
    let current =
        move || family.with(|f| f.current().map(|c| (c.id.clone(), name_of(&c.nickname))));
    let remove = move |()| {
        let Some((id, name)) = current() else { return };
        for story in index.with_untracked(|i| i.only_of(&id)) {
            if storage.remove(&StoreKey::Story(story)).is_ok() {
                index.update(|i| {
                    i.remove(story);
                });
                family.update(|f| {
                    f.forget_story(story);
                });
            }
        }
        log.update(|l| l.remove_child(&id));
        family.update(|f| {
            f.remove_child(&id);
        });
        removed.set(Some(name));
        // The button held has gone with the child: start again from the screen's heading.
        focus_main_heading();
    };
    view! {
        <div class="field remove-child">
            <h3>{words.delete_child_title}</h3>
            <div role="status">
                {move || removed.get().map(|name| view! { <p class="restore-result">{(words.delete_child_done)(&name)}</p> })}
            </div>
            {move || current().map(|(id, name)| {
                let stories = index.with(|i| i.only_of(&id).len());
                let practices = log.with(|l| l.count_of(&id));
                view! {
                    <p class="field-help">{(words.delete_child_warning)(&name, stories, practices)}</p>
                    <HoldButton label=(words.delete_child)(&name) hint=words.delete_child_hint on_held=remove class="danger"/>
                }
            })}
        </div>
    }
}
