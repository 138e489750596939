//! Making a story: the page with its pictures, words and feeling, the picture tray, the pages,
//! and undo/redo. Every edit is saved a moment later, with no Save button.

use leptos::html;
use leptos::prelude::*;

use super::break_and_hide::{query_number, CalmBreak, QuickHide};
use super::canvas::{CanvasEvent, EditCanvas};
use super::drawing::{DrawingLayer, DrawingPanel, Pen};
use super::pages::PageStrip;
use super::scenes::ScenePicker;
use super::tabs::{Tab, TabButton, TabPanel};
use super::tools::{EditToolbar, FeelingPanel, WordsPanel};
use super::tray::PictureTray;
use super::{refresh_card, use_story};
use crate::model::screen::Screen;
use crate::model::story::edit::{self, Refused};
use crate::model::story::history::Editing;
use crate::model::story::{Page, Story};
use crate::platform::clock::now_ms;
use crate::storage::{AppStorage, SaveState};
use crate::strings::{use_story_strings, use_strings};
use crate::ui::navigation::Link;
use crate::ui::page_frame::announce_screen;

/// The editor's state, shared with its parts through context.
#[derive(Clone, Copy)]
pub struct Editor {
    editing: StoredValue<Editing, LocalStorage>,
    /// The revision of `editing` last shown and saved.
    published: StoredValue<u64>,
    /// The story as saved and shown.
    pub story: RwSignal<Story>,
    /// The page being made.
    pub page: RwSignal<usize>,
    pub selected: RwSignal<Option<u32>>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// A gentle word when an edit could not be made.
    pub refusal: RwSignal<Option<Refused>>,
    /// The side panel open: pictures, drawing, scene, words or feeling.
    pub tab: RwSignal<Tab>,
    /// The drawing colour and size, or the eraser.
    pub pen: RwSignal<Pen>,
    /// A finger is moving something (or words are being typed): thumbnails wait for the end.
    pub in_gesture: RwSignal<bool>,
    /// The page as a finger moves a picture on it or erases: shown on the canvas at once, while
    /// the story is published (shown everywhere, its card refreshed, saved) when the finger
    /// lifts, not at every move.
    pub moving: RwSignal<Option<Page>>,
}

impl Editor {
    /// Makes an edit as one undo step (or part of the gesture under way), then shows and saves it.
    pub fn apply<T>(
        &self,
        edit: impl FnOnce(&mut Story) -> Result<T, Refused>,
    ) -> Result<T, Refused> {
        let result = self
            .editing
            .try_update_value(|e| e.apply(edit))
            .unwrap_or(Err(Refused::NotFound));
        self.refusal.set(result.as_ref().err().copied());
        self.publish();
        result
    }

    /// Makes an edit as part of the finger's gesture under way: only the page being moved on
    /// changes now; `end_gesture` publishes the story.
    pub fn apply_moving<T>(
        &self,
        edit: impl FnOnce(&mut Story) -> Result<T, Refused>,
    ) -> Result<T, Refused> {
        let page = self.current_page();
        let (result, moved) = self
            .editing
            .try_update_value(|e| {
                let result = e.apply(edit);
                (result, e.story.pages.get(page).cloned())
            })
            .unwrap_or((Err(Refused::NotFound), None));
        self.refusal.set(result.as_ref().err().copied());
        if result.is_ok() {
            self.moving.set(moved);
        }
        result
    }

    pub fn begin_gesture(&self) {
        self.editing.update_value(Editing::begin_gesture);
        self.in_gesture.set(true);
    }

    pub fn end_gesture(&self) {
        self.editing.update_value(Editing::end_gesture);
        self.publish();
        if self.moving.with_untracked(Option::is_some) {
            self.moving.set(None);
        }
        self.in_gesture.set(false);
    }

    pub fn undo(&self) {
        self.editing.update_value(|e| {
            e.undo();
        });
        self.after_history_move();
    }

    pub fn redo(&self) {
        self.editing.update_value(|e| {
            e.redo();
        });
        self.after_history_move();
    }

    fn after_history_move(&self) {
        self.selected.set(None);
        self.publish();
        let pages = self.story.with_untracked(|s| s.pages.len());
        self.page.update(|p| *p = (*p).min(pages.saturating_sub(1)));
    }

    /// Shows the edited story and saves it, stamped with the time of the change.
    fn publish(&self) {
        let (revision, can_undo, can_redo) = self
            .editing
            .with_value(|e| (e.revision(), e.can_undo(), e.can_redo()));
        if revision != self.published.get_value() {
            self.published.set_value(revision);
            let mut story = self.editing.with_value(|e| e.story.clone());
            story.changed_at = now_ms();
            refresh_card(&story);
            self.story.set(story);
        }
        if self.can_undo.get_untracked() != can_undo {
            self.can_undo.set(can_undo);
        }
        if self.can_redo.get_untracked() != can_redo {
            self.can_redo.set(can_redo);
        }
    }

    pub fn current_page(&self) -> usize {
        self.page.get_untracked()
    }
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

/// The editor screen for story `id`.
#[component]
pub fn EditorPage(id: u64) -> impl IntoView {
    let strings = use_strings();
    let story_words = use_story_strings();
    let story = use_story(id);
    let heading = NodeRef::<html::H1>::new();
    if story.with_untracked(|s| s.id) != id {
        announce_screen(strings.stories_title, heading);
        return view! {
            <div class="page">
                <h1 node_ref=heading tabindex="-1" class="coming-line">{story_words.not_found}</h1>
                <Link to=Screen::Stories class="big-button">{story_words.back_to_shelf}</Link>
            </div>
        }
        .into_any();
    }
    let editor = Editor {
        editing: StoredValue::new_local(Editing::new(story.get_untracked())),
        published: StoredValue::new(0),
        story,
        // Coming back from a calm break: the same page and picture as before.
        page: RwSignal::new(
            query_number("page")
                .map_or(0, |p| p as usize)
                .min(story.with_untracked(|s| s.pages.len()).saturating_sub(1)),
        ),
        selected: RwSignal::new(query_number("picture")),
        can_undo: RwSignal::new(false),
        can_redo: RwSignal::new(false),
        refusal: RwSignal::new(None),
        tab: RwSignal::new(Tab::Pictures),
        pen: RwSignal::new(Pen::default()),
        in_gesture: RwSignal::new(false),
        moving: RwSignal::new(None),
    };
    provide_context(editor);
    let named = story.with_untracked(|s| format!("{} · {}", s.title, strings.stories_title));
    announce_screen(&named, heading);

    // A memo: each placed picture reads the page by reference, without a copy per picture.
    // While a finger moves a picture, the page it moves on; else the story's page.
    let page = Memo::new(move |_| {
        editor
            .moving
            .get()
            .or_else(|| story.with(|s| s.pages.get(editor.page.get()).cloned()))
    });
    let on_canvas = move |event: CanvasEvent| match event {
        CanvasEvent::Select(picture) => {
            editor.selected.set(Some(picture));
            editor.begin_gesture();
        }
        CanvasEvent::DragTo { id, x, y } => {
            let page = editor.current_page();
            let _ = editor.apply_moving(|s| edit::move_picture(s, page, id, x, y));
        }
        CanvasEvent::Transform {
            id,
            x,
            y,
            size,
            rotation,
        } => {
            let page = editor.current_page();
            let _ = editor.apply_moving(|s| {
                edit::move_picture(s, page, id, x, y)?;
                edit::resize_picture(s, page, id, size)?;
                edit::rotate_picture(s, page, id, rotation)
            });
        }
        CanvasEvent::DragEnd => editor.end_gesture(),
        CanvasEvent::Deselect => editor.selected.set(None),
    };
    let title = move || story.with(|s| s.title.clone());
    let prompt = move || {
        page.with(|p| p.as_ref().and_then(|p| p.chapter)).map(|c| {
            view! {
                <p class="chapter">
                    <strong>{(story_words.chapter_name)(c)}</strong>
                    " · "
                    {(story_words.chapter_prompt)(c)}
                </p>
            }
        })
    };
    let tab = editor.tab;
    view! {
        <div class="editor">
            <header class="editor-bar">
                <Link to=Screen::Stories class="home-button">{story_words.back_to_shelf}</Link>
                <label class="title-field">
                    <span class="visually-hidden">{story_words.title_label}</span>
                    <input
                        class="text-input title-input"
                        dir="auto"
                        type="text"
                        maxlength="80"
                        prop:value=title
                        on:change=move |event| {
                            let typed = event_target_value(&event);
                            let _ = editor.apply(|s| {
                                edit::rename(s, &typed);
                                Ok(())
                            });
                        }
                    />
                </label>
                <SavedWord/>
                <Link to=Screen::StoryRead(id) class="big-button">{story_words.read}</Link>
                <CalmBreak back=Signal::derive(move || {
                    let picture = editor.selected.get().map(|p| format!("&picture={p}")).unwrap_or_default();
                    format!("{}?page={}{picture}", Screen::StoryEdit(id).path(), editor.page.get())
                })/>
                <QuickHide/>
            </header>
            <h1 node_ref=heading tabindex="-1" class="visually-hidden">{title}</h1>
            {prompt}
            <div class="editor-main">
                <div class="editor-page">
                    <div class="canvas-stack">
                        <EditCanvas page selected=editor.selected on_event=on_canvas/>
                        <Show when=move || tab.get() == Tab::Draw><DrawingLayer/></Show>
                    </div>
                    <EditToolbar/>
                    <p class="refusal" aria-live="polite">
                        {move || editor.refusal.get().filter(|r| *r == Refused::MustEndSafe).map(|_| story_words.must_end_safe)}
                    </p>
                </div>
                <div class="editor-side">
                    <div class="tabs" role="tablist">
                        <TabButton tab=Tab::Pictures current=tab label=story_words.pictures_tab/>
                        <TabButton tab=Tab::Draw current=tab label=story_words.draw_tab/>
                        <TabButton tab=Tab::Scene current=tab label=story_words.scene_tab/>
                        <TabButton tab=Tab::Words current=tab label=story_words.words_tab/>
                        <TabButton tab=Tab::Feeling current=tab label=story_words.feeling_tab/>
                    </div>
                    <TabPanel tab=Tab::Pictures current=tab><PictureTray/></TabPanel>
                    <TabPanel tab=Tab::Draw current=tab><DrawingPanel/></TabPanel>
                    <TabPanel tab=Tab::Scene current=tab><ScenePicker/></TabPanel>
                    <TabPanel tab=Tab::Words current=tab><WordsPanel/></TabPanel>
                    <TabPanel tab=Tab::Feeling current=tab><FeelingPanel/></TabPanel>
                </div>
            </div>
            <PageStrip/>
        </div>
    }
    .into_any()
}

/// A quiet word saying whether the story is stored: no Save button is needed.
#[component]
fn SavedWord() -> impl IntoView {
    let story_words = use_story_strings();
    let state = expect_context::<AppStorage>().save_state;
    view! {
        <span class="saved-word" class:not-saved=move || matches!(state.get(), SaveState::NotSaved | SaveState::NotKept) data-testid="saved-word">
            {move || match state.get() {
                SaveState::Saved => story_words.saved,
                SaveState::Waiting => story_words.saving,
                SaveState::NotSaved => story_words.not_saved,
                SaveState::NotKept => story_words.not_kept,
            }}
        </span>
    }
}
