//! What the app keeps so nothing is lost by mistake: stories deleted in the last 30 days, which
//! the grown-ups can bring back, and copies set aside (unreadable or clashing saves), which they
//! can save to a file or delete. Only behind the grown-ups' gate.

use leptos::prelude::*;

use crate::model::story::DeletedStory;
use crate::platform::clock::local_date;
use crate::storage::forget_stories_deleted_long_ago;
use crate::storage::keys;
use crate::storage::keys::PREFIX;
use crate::storage::store::SET_ASIDE_BUDGET_CHARS;
use crate::storage::{AppStorage, SetAsideReason, SetAsideRecord};
use crate::strings::{use_backup_strings, use_story_strings, use_strings};
use crate::ui::hold_button::HoldButton;
use crate::ui::notices::save_copy_to_file;

/// Both lists, each in its own panel.
#[component]
pub fn KeptPanels() -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="deleted-lately-title">
            <DeletedLately/>
        </section>
        <section class="panel" aria-labelledby="copies-title">
            <CopiesKeptAside/>
        </section>
    }
}

fn month_and_day(ms: u64) -> (u32, u32) {
    let (_, month, day) = local_date(ms);
    (month, day)
}

/// Stories deleted from the shelf in the last 30 days, newest first, each with "Bring back".
#[component]
fn DeletedLately() -> impl IntoView {
    let words = use_backup_strings();
    let storage = expect_context::<AppStorage>();
    let index = storage.bind(keys::STORY_INDEX);
    forget_stories_deleted_long_ago(storage, index);
    let result = RwSignal::new(None::<String>);
    let deleted = move || index.with(|i| i.deleted.clone());
    view! {
        <h2 id="deleted-lately-title">{words.deleted_lately_title}</h2>
        <p class="field-help">{words.deleted_lately_help}</p>
        <p class="field-help" class:gone=move || index.with(|i| !i.deleted.is_empty())>
            {words.deleted_lately_none}
        </p>
        <ul class="kept-list">
            <For
                each=deleted
                key=|d| d.card.id
                children=move |d: DeletedStory| {
                    let id = d.card.id;
                    let title = d.card.title.clone();
                    let bring_back = move |_| {
                        index.update(|i| {
                            i.bring_back(id);
                        });
                        result.set(Some((words.brought_back)(&title)));
                    };
                    view! {
                        <li class="kept-item">
                            <p class="kept-what">{d.card.title.clone()}</p>
                            <p class="field-help">
                                {(words.deleted_when)(month_and_day(d.deleted_at), month_and_day(d.kept_until()))}
                            </p>
                            <div class="kept-actions">
                                <button class="big-button" on:click=bring_back>
                                    {(words.bring_back_titled)(&d.card.title)}
                                </button>
                            </div>
                        </li>
                    }
                }
            />
        </ul>
        <p class="field-help" aria-live="polite">{move || result.get()}</p>
    }
}

/// Thousands of characters, rounded up: what a grown-up reads as "KB".
fn kilobytes(chars: usize) -> usize {
    chars.div_ceil(1000)
}

/// Set-aside copies, oldest first: what, why, when, how big; save one to a file or delete it.
#[component]
fn CopiesKeptAside() -> impl IntoView {
    let words = use_backup_strings();
    let storage = expect_context::<AppStorage>();
    let copies = RwSignal::new(storage.set_aside_copies());
    let result = RwSignal::new(None::<&'static str>);
    let total = move || {
        copies.with(|c| {
            c.iter()
                .map(|(key, record)| key.len() + record.raw.len())
                .sum()
        })
    };
    view! {
        <h2 id="copies-title">{words.copies_title}</h2>
        <p class="field-help">{words.copies_help}</p>
        <p class="field-help" class:gone=move || copies.with(|c| !c.is_empty())>{words.copies_none}</p>
        <ul class="kept-list">
            <For
                each=move || copies.get()
                key=|(key, _)| key.clone()
                children=move |(key, record)| view! { <CopyItem record_key=key record copies result/> }
            />
        </ul>
        <p class="field-help" class:gone=move || copies.with(Vec::is_empty)>
            {move || (words.copies_total)(kilobytes(total()), kilobytes(SET_ASIDE_BUDGET_CHARS))}
        </p>
        <p class="field-help" aria-live="polite">{move || result.get()}</p>
    }
}

/// One copy with its two actions; deleting is held down, as deleting a story is.
#[component]
fn CopyItem(
    record_key: String,
    record: SetAsideRecord,
    copies: RwSignal<Vec<(String, SetAsideRecord)>>,
    result: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let words = use_backup_strings();
    let strings = use_strings();
    let storage = expect_context::<AppStorage>();
    let slug = record
        .original_key
        .strip_prefix(PREFIX)
        .unwrap_or(&record.original_key);
    let what = (words.copy_of)(slug);
    let why = match record.reason {
        SetAsideReason::Unreadable => words.copy_unreadable,
        SetAsideReason::ChangedInAnotherWindow => words.copy_other_window,
    };
    let (month, day) = month_and_day(record.at);
    let when = (words.copy_when)(month, day, kilobytes(record.raw.len()));
    let to_save = record.clone();
    let save = move |_| {
        result.set(Some(if save_copy_to_file(&to_save).is_ok() {
            strings.saved_to_file
        } else {
            strings.save_to_file_failed
        }));
    };
    let delete = move |()| match storage.delete_set_aside(&record_key) {
        Ok(()) => {
            copies.set(storage.set_aside_copies());
            result.set(Some(words.copy_deleted));
        }
        Err(_) => result.set(Some(words.copy_delete_failed)),
    };
    view! {
        <li class="kept-item">
            <p class="kept-what">{what}" · "{why}</p>
            <p class="field-help">{when}</p>
            <div class="kept-actions">
                <button class="big-button" on:click=save>{words.save_copy}</button>
                <HoldButton label=words.delete_copy hint=use_story_strings().hold_hint on_held=delete class="delete-copy"/>
            </div>
        </li>
    }
}
