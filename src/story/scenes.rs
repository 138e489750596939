//! Choosing a page's scene: eight gentle places and six plain soft colours, each shown as itself.

use leptos::prelude::*;

use super::canvas::background_class;
use super::editor::use_editor;
use crate::model::story::{edit, Background};
use crate::strings::use_story_strings;

/// A grid of small scenes; the page's own is shown pressed.
#[component]
pub fn ScenePicker() -> impl IntoView {
    let story_words = use_story_strings();
    let editor = use_editor();
    let current = move || {
        editor
            .story
            .with(|s| s.pages.get(editor.page.get()).map(|p| p.background))
    };
    let choices = Background::CHOICES
        .into_iter()
        .map(|background| {
            view! {
                <button
                    class="scene-choice"
                    aria-pressed=move || (current() == Some(background)).to_string()
                    on:click=move |_| {
                        let page = editor.current_page();
                        let _ = editor.apply(|s| edit::set_background(s, page, background));
                    }
                >
                    <span class=format!("scene-sample {}", background_class(background)) aria-hidden="true"></span>
                    <span class="scene-name">{(story_words.scene_name)(background)}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="scene-picker">
            <h2 id="page-scene" class="panel-title">{story_words.scene_title}</h2>
            <div class="scene-choices" role="group" aria-labelledby="page-scene">{choices}</div>
        </div>
    }
}
