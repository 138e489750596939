//! Calm messages about saved data: what happened, that nothing is lost, and what can be done.

use leptos::prelude::*;

use crate::platform::clock::today_for_file_name;
use crate::platform::download::save_text_file;
use crate::storage::{AppStorage, SetAsideReason, SetAsideRecord, StorageNotice};
use crate::strings::{use_strings, Strings};

/// Every storage notice, at the top of each screen until the grown-up hides it.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let strings = use_strings();
    view! {
        // Always there and polite, so a notice that comes later (storage full, another tab) is
        // read out, calmly; the region inside it is only shown while it holds a notice.
        <div aria-live="polite">
            <section class="notices" aria-label=strings.notices_label>
                // A short list that rarely changes: redrawn whole (a keyed list costs every part
                // kilobytes); it changes only when a notice comes or goes, never at a save.
                {move || storage.notices.get().into_iter().map(|notice| view! { <Notice notice/> }).collect_view()}
            </section>
        </div>
    }
}

fn message(strings: &Strings, notice: &StorageNotice) -> &'static str {
    match notice {
        StorageNotice::SetAside {
            record_key: None, ..
        } => strings.notice_unreadable_not_copied,
        StorageNotice::SetAside { record, .. } => match record.reason {
            SetAsideReason::Unreadable => strings.notice_unreadable,
            SetAsideReason::ChangedInAnotherWindow => strings.notice_changed_elsewhere,
        },
        StorageNotice::FromNewerApp { .. } => strings.notice_newer_app,
        StorageNotice::Full => strings.notice_full,
        StorageNotice::SetAsideFull => strings.notice_set_aside_full,
        StorageNotice::Unavailable => strings.notice_unavailable,
    }
}

/// Saves a set-aside copy's text, exactly as it was, to a file named for what it was.
pub fn save_copy_to_file(record: &SetAsideRecord) -> Result<(), String> {
    let slug = record.original_key.replace('.', "-");
    let name = format!("{slug}-kept-{}.txt", today_for_file_name());
    save_text_file(&name, &record.raw, "text/plain;charset=utf-8")
}

/// One notice with its actions.
#[component]
fn Notice(notice: StorageNotice) -> impl IntoView {
    let storage = expect_context::<AppStorage>();
    let strings = use_strings();
    let file_result = RwSignal::new(None::<&'static str>);
    let save_button = match &notice {
        StorageNotice::SetAside { record, .. } => {
            let record = record.clone();
            let save = move |_| {
                let result = save_copy_to_file(&record);
                file_result.set(Some(if result.is_ok() {
                    strings.saved_to_file
                } else {
                    strings.save_to_file_failed
                }));
            };
            Some(view! { <button class="big-button" on:click=save>{strings.save_to_file}</button> })
        }
        _ => None,
    };
    let reload_button = matches!(notice, StorageNotice::FromNewerApp { .. }).then(|| {
        view! {
            <button class="big-button" on:click=move |_| { let _ = window().location().reload(); }>
                {strings.reload}
            </button>
        }
    });
    let text = message(strings, &notice);
    // A key this page will never write stays protected until a reload: so does its notice.
    let can_hide = !notice.is_protected_key();
    let hide = move |_| storage.hide_notice(&notice);
    view! {
        <div class="notice" role="status">
            <p class="notice-text">{text}</p>
            <p class="notice-result" aria-live="polite">{move || file_result.get()}</p>
            <div class="notice-actions">
                {save_button}
                {reload_button}
                {can_hide.then(|| view! {
                    <button class="quiet-button" on:click=hide>{strings.hide_notice}</button>
                })}
            </div>
        </div>
    }
}
