//! The pages of a story as a strip: pick one to make, add, copy, move, or remove (asked first,
//! in a dialog).

use leptos::prelude::*;

use super::canvas::PageView;
use super::editor::use_editor;
use crate::model::story::{edit, Page};
use crate::strings::use_story_strings;
use crate::ui::dialog::Dialog;

#[component]
pub fn PageStrip() -> impl IntoView {
    let story_words = use_story_strings();
    let editor = use_editor();
    let asking_to_remove = RwSignal::new(false);
    let count = move || editor.story.with(|s| s.pages.len());
    let go = move |index: usize| {
        editor.page.set(index);
        editor.selected.set(None);
        asking_to_remove.set(false);
    };
    // Thumbnails follow the story between gestures, not at every step of a drag.
    let settled = Memo::new(move |before: Option<&Vec<Page>>| match before {
        Some(before) if editor.in_gesture.get() => before.clone(),
        _ => editor.story.with(|s| s.pages.clone()),
    });
    let thumbnails = move || {
        settled.with(|pages| {
            pages
                .iter()
                .enumerate()
                .map(|(index, page)| {
                    let page = page.clone();
                    view! {
                        <button
                            class="page-thumb"
                            aria-current=move || (editor.page.get() == index).then_some("page")
                            on:click=move |_| go(index)
                        >
                            <span class="thumb-page" aria-hidden="true"><PageView page/></span>
                            <span>{(story_words.page_label)(index)}</span>
                        </button>
                    }
                })
                .collect_view()
        })
    };
    let add = move |_| {
        let at = editor.current_page();
        let index = editor.apply(|s| Ok(edit::add_page(s, at))).unwrap_or(at);
        go(index);
    };
    let duplicate = move |_| {
        let at = editor.current_page();
        if let Ok(index) = editor.apply(|s| edit::duplicate_page(s, at)) {
            go(index);
        }
    };
    let shift = move |later: bool| {
        let at = editor.current_page();
        let to = if later { at + 1 } else { at.wrapping_sub(1) };
        if to < count() && editor.apply(|s| edit::move_page(s, at, to)).is_ok() {
            go(to);
        }
    };
    let remove = move |_| {
        let at = editor.current_page();
        if editor.apply(|s| edit::delete_page(s, at)).is_ok() {
            go(at.min(count().saturating_sub(1)));
        }
        asking_to_remove.set(false);
    };
    view! {
        <nav class="page-strip" aria-label=story_words.pages_label>
            <div class="page-thumbs">{thumbnails}</div>
            <div class="page-actions">
                <button class="quiet-button" on:click=add>{story_words.add_page}</button>
                <button class="quiet-button" on:click=duplicate>{story_words.duplicate_page}</button>
                <button class="quiet-button" disabled=move || editor.page.get() == 0 on:click=move |_| shift(false)>{story_words.move_earlier}</button>
                <button class="quiet-button" disabled={move || editor.page.get() + 1 >= count()} on:click=move |_| shift(true)>{story_words.move_later}</button>
                <button class="quiet-button" disabled=move || count() <= 1 on:click=move |_| asking_to_remove.set(true)>
                    {story_words.delete_page}
                </button>
                <Dialog open=asking_to_remove on_close=move |()| asking_to_remove.set(false) alert=true labelled_by="delete-page-title">
                    <h2 id="delete-page-title" class="dialog-title">{story_words.delete_page}</h2>
                    <div class="choices">
                        <button class="quiet-button" on:click=remove>{story_words.delete_page_confirm}</button>
                        <button class="big-button" autofocus on:click=move |_| asking_to_remove.set(false)>{story_words.keep_page}</button>
                    </div>
                </Dialog>
            </div>
        </nav>
    }
}
