//! The editor's tools: undo, what to do with the chosen picture, the page's words, its feeling.

use leptos::prelude::*;

use super::editor::use_editor;
use crate::model::story::edit;
use crate::model::story::{PageFeeling, Placed, Speaker, WORDS_MAX_CHARS};
use crate::strings::{use_feeling_strings, use_story_strings};
use crate::ui::feelings::{FacePicker, FeelingThermometer};

/// Line drawings (24×24) for the tool buttons; each button also says its name in words.
mod icon {
    pub const UNDO: &str = "M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3";
    pub const REDO: &str = "m15 14 5-5-5-5m5 5H10a6 6 0 0 0 0 12h3";
    pub const BIGGER: &str = "M12 5v14M5 12h14";
    pub const SMALLER: &str = "M5 12h14";
    pub const TURN_LEFT: &str = "M4 13a8 8 0 1 0 3-7.5M4 3v5h5";
    pub const TURN_RIGHT: &str = "M20 13a8 8 0 1 1-3-7.5M20 3v5h-5";
    pub const FLIP: &str = "M12 3v18M8 7l-5 5 5 5zM16 7l5 5-5 5z";
    pub const FRONT: &str = "M3 3h11v11H3zM10 10h11v11H10z";
    pub const BACK: &str = "M10 10h11v11H10zM3 3h11v11H3z";
    pub const TAKE_OFF: &str = "M6 6l12 12M18 6 6 18";
}

/// A small square button with a line drawing over its name.
#[component]
fn ToolButton(
    icon: &'static str,
    label: &'static str,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(into)] on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button class="tool-button" disabled=disabled on:click=move |_| on_press.run(())>
            <svg viewBox="0 0 24 24" class="tool-icon" aria-hidden="true"><path d=icon/></svg>
            <span>{label}</span>
        </button>
    }
}

/// Undo and redo, then what can be done with the chosen picture (shown while one is chosen).
#[component]
pub fn EditToolbar() -> impl IntoView {
    let story_words = use_story_strings();
    let editor = use_editor();
    let chosen = move || {
        let id = editor.selected.get()?;
        editor.story.with(|s| {
            s.pages
                .get(editor.page.get())?
                .pictures
                .iter()
                .find(|p| p.id == id)
                .cloned()
        })
    };
    let change = move |make: fn(&Placed) -> Change| {
        move |()| {
            if let Some(picture) = chosen() {
                let page = editor.current_page();
                let id = picture.id;
                let _ = editor.apply(|s| match make(&picture) {
                    Change::Size(size) => edit::resize_picture(s, page, id, size),
                    Change::Turn(degrees) => edit::rotate_picture(s, page, id, degrees),
                    Change::Flip => edit::flip_picture(s, page, id),
                    Change::Layer(forward) => edit::restack_picture(s, page, id, forward),
                    Change::Remove => edit::delete_picture(s, page, id),
                });
                if matches!(make(&picture), Change::Remove) {
                    editor.selected.set(None);
                }
            }
        }
    };
    view! {
        <div class="edit-toolbar">
            <ToolButton icon=icon::UNDO label=story_words.undo disabled=Signal::derive(move || !editor.can_undo.get()) on_press=move |()| editor.undo()/>
            <ToolButton icon=icon::REDO label=story_words.redo disabled=Signal::derive(move || !editor.can_redo.get()) on_press=move |()| editor.redo()/>
            <div class="picture-tools" role="group" aria-label=story_words.picture_tools class:invisible=move || chosen().is_none()>
                <ToolButton icon=icon::BIGGER label=story_words.bigger on_press=change(|p| Change::Size(i32::from(p.size) * 5 / 4))/>
                <ToolButton icon=icon::SMALLER label=story_words.smaller on_press=change(|p| Change::Size(i32::from(p.size) * 4 / 5))/>
                <ToolButton icon=icon::TURN_LEFT label=story_words.turn_left on_press=change(|p| Change::Turn(i32::from(p.rotation) - 15))/>
                <ToolButton icon=icon::TURN_RIGHT label=story_words.turn_right on_press=change(|p| Change::Turn(i32::from(p.rotation) + 15))/>
                <ToolButton icon=icon::FLIP label=story_words.flip on_press=change(|_| Change::Flip)/>
                <ToolButton icon=icon::FRONT label=story_words.forward on_press=change(|_| Change::Layer(true))/>
                <ToolButton icon=icon::BACK label=story_words.backward on_press=change(|_| Change::Layer(false))/>
                <ToolButton icon=icon::TAKE_OFF label=story_words.remove_picture on_press=change(|_| Change::Remove)/>
            </div>
        </div>
    }
}

/// One change to a chosen picture.
enum Change {
    Size(i32),
    Turn(i32),
    Flip,
    Layer(bool),
    Remove,
}

/// The page's words, typed by the grown-up, and whose words they are. Text is only ever text.
#[component]
pub fn WordsPanel() -> impl IntoView {
    let story_words = use_story_strings();
    let editor = use_editor();
    let page = move || {
        editor.story.with(|s| {
            s.pages
                .get(editor.page.get())
                .map(|p| (p.words.clone(), p.speaker))
        })
    };
    let words = move || page().map(|p| p.0).unwrap_or_default();
    let speaker = move || page().map_or(Speaker::GrownUp, |p| p.1);
    let set = move |text: String, by: Speaker| {
        let index = editor.current_page();
        let _ = editor.apply(|s| edit::set_words(s, index, &text, by));
    };
    let speaker_button = move |by: Speaker, label: &'static str| {
        view! {
            <button class="choice-button" aria-pressed=move || (speaker() == by).to_string() on:click=move |_| set(words(), by)>
                {label}
            </button>
        }
    };
    view! {
        <div class="field words-panel">
            <label for="page-words" class="field-label">{story_words.words_label}</label>
            <textarea
                id="page-words"
                class="text-input words-input"
                dir="auto"
                rows="5"
                maxlength=WORDS_MAX_CHARS
                aria-describedby="page-words-help"
                prop:value=words
                on:focus=move |_| editor.begin_gesture()
                on:blur=move |_| editor.end_gesture()
                on:input=move |event| set(event_target_value(&event), speaker())
            ></textarea>
            <p id="page-words-help" class="field-help">{story_words.words_help}</p>
            <div class="choices" role="group" aria-label=story_words.words_by>
                {speaker_button(Speaker::Child, story_words.child_words)}
                {speaker_button(Speaker::GrownUp, story_words.grown_up_words)}
            </div>
        </div>
    }
}

/// A feeling for the page, as in the calming check-in: a face and how big.
#[component]
pub fn FeelingPanel() -> impl IntoView {
    let story_words = use_story_strings();
    let feeling_words = use_feeling_strings();
    let editor = use_editor();
    let current = move || {
        editor
            .story
            .with(|s| s.pages.get(editor.page.get()).and_then(|p| p.feeling))
    };
    let set = move |feeling: Option<PageFeeling>| {
        let index = editor.current_page();
        let _ = editor.apply(|s| edit::set_feeling(s, index, feeling));
    };
    view! {
        <div class="feeling-panel">
            <h2 id="page-feeling" class="panel-title">{feeling_words.how_feeling}</h2>
            <FacePicker
                chosen=Signal::derive(move || current().map(|f| f.feeling))
                on_pick=move |feeling| set(Some(PageFeeling { feeling, size: current().map_or(3, |f| f.size) }))
                labelled_by="page-feeling"
            />
            <h2 id="page-feeling-size" class="panel-title">{feeling_words.how_big}</h2>
            <FeelingThermometer
                chosen=Signal::derive(move || current().map(|f| f.size))
                on_pick=move |size| {
                    if let Some(f) = current() {
                        set(Some(PageFeeling { size, ..f }));
                    }
                }
                labelled_by="page-feeling-size"
                disabled=Signal::derive(move || current().is_none())
            />
            <button class="quiet-button" on:click=move |_| set(None)>{story_words.no_feeling}</button>
        </div>
    }
}
