//! Finger drawing on a page: a few bright colours, thin or thick, and an eraser. While the
//! Draw tab is open a layer over the page takes the finger; each line is saved simplified.

use leptos::ev::PointerEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::editor::use_editor;
use crate::model::story::edit;
use crate::model::story::stroke::{snap, Point, GRID};
use crate::strings::use_story_strings;

/// How many colours the palette offers (CSS `.stroke-colour-N` paints each).
pub const COLOURS: u8 = 6;
/// How near the eraser must pass to take a line away, in grid steps (a fingertip).
const ERASER_REACH: f64 = 18.0;

/// What the finger does on the Draw tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pen {
    pub colour: u8,
    pub thick: bool,
    pub eraser: bool,
}

impl Default for Pen {
    fn default() -> Self {
        Self {
            colour: 4,
            thick: false,
            eraser: false,
        }
    }
}

/// The stroke width, in grid steps, as the page shows it.
pub fn stroke_width(thick: bool) -> &'static str {
    if thick {
        "14"
    } else {
        "6"
    }
}

/// Colours, sizes and the eraser.
#[component]
pub fn DrawingPanel() -> impl IntoView {
    let story_words = use_story_strings();
    let editor = use_editor();
    let pen = editor.pen;
    let colours = (0..COLOURS)
        .map(|colour| {
            view! {
                <button
                    class=format!("colour-button colour-{colour}")
                    aria-label=(story_words.colour_name)(colour)
                    aria-pressed=move || pen.with(|p| !p.eraser && p.colour == colour).to_string()
                    on:click=move |_| pen.update(|p| { p.colour = colour; p.eraser = false; })
                ></button>
            }
        })
        .collect_view();
    let size_button = move |thick: bool, label: &'static str| {
        view! {
            <button
                class="choice-button"
                aria-pressed=move || pen.with(|p| !p.eraser && p.thick == thick).to_string()
                on:click=move |_| pen.update(|p| { p.thick = thick; p.eraser = false; })
            >
                <span class=format!("line-sample line-sample-{}", stroke_width(thick)) aria-hidden="true"></span>
                {label}
            </button>
        }
    };
    let has_lines = move || {
        editor.story.with(|s| {
            s.pages
                .get(editor.page.get())
                .is_some_and(|p| !p.strokes.is_empty())
        })
    };
    let clear = move |_| {
        let page = editor.current_page();
        let _ = editor.apply(|s| edit::clear_drawing(s, page));
    };
    view! {
        <div class="drawing-panel">
            <p class="field-help">{story_words.draw_help}</p>
            <h2 id="pen-colours" class="panel-title">{story_words.colours}</h2>
            <div class="colours" role="group" aria-labelledby="pen-colours">{colours}</div>
            <h2 id="pen-sizes" class="panel-title">{story_words.line_size}</h2>
            <div class="choices" role="group" aria-labelledby="pen-sizes">
                {size_button(false, story_words.thin)}
                {size_button(true, story_words.thick)}
                <button
                    class="choice-button"
                    aria-pressed=move || pen.with(|p| p.eraser).to_string()
                    on:click=move |_| pen.update(|p| p.eraser = true)
                >
                    {story_words.eraser}
                </button>
            </div>
            <button class="quiet-button clear-drawing" disabled=move || !has_lines() on:click=clear>
                {story_words.clear_drawing}
            </button>
        </div>
    }
}

/// The finger's line while it is still on the glass.
#[derive(Clone, Default)]
struct Line {
    pointer: Option<i32>,
    points: Vec<Point>,
}

/// The layer over the page that takes the finger while drawing.
#[component]
pub fn DrawingLayer() -> impl IntoView {
    let editor = use_editor();
    let layer = NodeRef::<html::Div>::new();
    let line = RwSignal::new(Line::default());
    let point_of = move |event: &PointerEvent| -> Option<Point> {
        let rect = layer.get_untracked()?.get_bounding_client_rect();
        Some(snap(
            (f64::from(event.client_x()) - rect.left()) / rect.width().max(1.0),
            (f64::from(event.client_y()) - rect.top()) / rect.height().max(1.0),
        ))
    };
    let erase = move |at: Point| {
        let page = editor.current_page();
        let _ = editor.apply_moving(|s| edit::erase_at(s, page, at, ERASER_REACH));
    };
    let down = move |event: PointerEvent| {
        if line.with_untracked(|l| l.pointer.is_some()) {
            return;
        }
        let Some(at) = point_of(&event) else {
            return;
        };
        event.prevent_default();
        if let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        line.set(Line {
            pointer: Some(event.pointer_id()),
            points: vec![at],
        });
        if editor.pen.get_untracked().eraser {
            editor.begin_gesture();
            erase(at);
        }
    };
    let moved = move |event: PointerEvent| {
        if line.with_untracked(|l| l.pointer) != Some(event.pointer_id()) {
            return;
        }
        let Some(at) = point_of(&event) else {
            return;
        };
        if editor.pen.get_untracked().eraser {
            erase(at);
        } else {
            line.update(|l| l.points.push(at));
        }
    };
    let up = move |event: PointerEvent| {
        if line.with_untracked(|l| l.pointer) != Some(event.pointer_id()) {
            return;
        }
        let finished = line.try_update(std::mem::take).unwrap_or_default();
        let pen = editor.pen.get_untracked();
        if pen.eraser {
            editor.end_gesture();
        } else {
            let page = editor.current_page();
            let _ = editor
                .apply(|s| edit::add_stroke(s, page, pen.colour, pen.thick, &finished.points));
        }
    };
    let preview = move || {
        let pen = editor.pen.get();
        line.with(|l| {
            (!pen.eraser && !l.points.is_empty()).then(|| {
                let points = l
                    .points
                    .iter()
                    .map(|p| format!("{},{}", p.x, p.y))
                    .collect::<Vec<_>>()
                    .join(" ");
                view! {
                    <polyline
                        points=points
                        class=format!("stroke stroke-colour-{}", pen.colour % COLOURS)
                        stroke-width=stroke_width(pen.thick)
                    />
                }
            })
        })
    };
    view! {
        <div
            node_ref=layer
            class="drawing-layer"
            class:erasing=move || editor.pen.with(|p| p.eraser)
            data-testid="drawing-layer"
            on:pointerdown=down
            on:pointermove=moved
            on:pointerup=up
            on:pointercancel=up
        >
            <svg class="drawing" viewBox=format!("0 0 {GRID} {GRID}") preserveAspectRatio="none" aria-hidden="true">
                {preview}
            </svg>
        </div>
    }
}
