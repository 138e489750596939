//! A page as a picture book shows it: the scene, the placed pictures and the drawing. In the
//! editor a picture is picked up with a finger (Pointer Events, which work on iPad, unlike
//! HTML drag and drop), moved, and put down as one undo step; arrow keys move it too, and + and
//! - resize it.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::drawing::{stroke_width, COLOURS};
use crate::model::story::stroke::GRID;
use crate::model::story::{Background, Page, Placed, SPAN};
use crate::strings::use_story_strings;
use crate::ui::picture::picture_url;

pub use crate::model::story::touch::CanvasEvent;
use crate::model::story::touch::{Landed, Pressed, Start, Touches};

/// The CSS class of a page's scene.
pub fn background_class(background: Background) -> String {
    match background {
        Background::Plain(colour) => {
            format!("scene scene-plain-{}", colour % Background::PLAIN_COLOURS)
        }
        Background::HomeInside => "scene scene-home".into(),
        Background::Bedroom => "scene scene-bedroom".into(),
        Background::Outside => "scene scene-outside".into(),
        Background::Street => "scene scene-street".into(),
        Background::Car => "scene scene-car".into(),
        Background::School => "scene scene-school".into(),
        Background::Clinic => "scene scene-clinic".into(),
        Background::NightSky => "scene scene-night".into(),
    }
}

/// Where a placed picture sits: centre and width as a share of the page, turned and mirrored.
fn placement_style(picture: &Placed) -> (String, String, String, String) {
    let percent = |v: u16| format!("{}%", f64::from(v) * 100.0 / f64::from(SPAN));
    let mirror = if picture.flipped { -1 } else { 1 };
    (
        percent(picture.x),
        percent(picture.y),
        percent(picture.size),
        format!(
            "translate(-50%, -50%) rotate({}deg) scaleX({mirror})",
            picture.rotation
        ),
    )
}

/// The drawing, as SVG polylines over the page.
fn drawing(page: &Page) -> impl IntoView {
    let lines = page
        .strokes
        .iter()
        .map(|stroke| {
            let mut points = stroke
                .points
                .0
                .iter()
                .map(|p| format!("{},{}", p.x, p.y))
                .collect::<Vec<_>>();
            // A tap is one point: drawn twice, its round cap shows as a dot.
            if points.len() == 1 {
                points.push(points[0].clone());
            }
            let points = points.join(" ");
            view! {
                <polyline
                    points=points
                    class=format!("stroke stroke-colour-{}", stroke.colour % COLOURS)
                    stroke-width=stroke_width(stroke.thick)
                />
            }
        })
        .collect_view();
    view! {
        <svg class="drawing" viewBox=format!("0 0 {GRID} {GRID}") preserveAspectRatio="none" aria-hidden="true">
            {lines}
        </svg>
    }
}

/// A read-only page, for the reader and thumbnails.
#[component]
pub fn PageView(page: Page) -> impl IntoView {
    let story_words = use_story_strings();
    let pictures = page
        .pictures
        .iter()
        .map(|picture| {
            let (left, top, width, transform) = placement_style(picture);
            view! {
                <img
                    class="placed"
                    src=picture_url(&picture.picture)
                    alt=(story_words.picture_name)(&picture.picture)
                    style:left=left
                    style:top=top
                    style:width=width
                    style:transform=transform
                    draggable="false"
                />
            }
        })
        .collect_view();
    view! {
        <div class=format!("page-canvas {}", background_class(page.background))>
            {drawing(&page)}
            {pictures}
        </div>
    }
}

/// The editable page. `on_event` makes the changes (so they go through undo).
#[component]
pub fn EditCanvas(
    #[prop(into)] page: Signal<Option<Page>>,
    selected: RwSignal<Option<u32>>,
    #[prop(into)] on_event: Callback<CanvasEvent>,
) -> impl IntoView {
    let story_words = use_story_strings();
    let canvas = NodeRef::<html::Div>::new();
    let touches = StoredValue::new_local(Touches::default());
    let ids = move || {
        page.with(|p| {
            p.as_ref()
                .map(|p| p.pictures.iter().map(|x| x.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let page_px = move || {
        canvas.get_untracked().map_or((1.0, 1.0), |area| {
            let rect = area.get_bounding_client_rect();
            (rect.width().max(1.0), rect.height().max(1.0))
        })
    };
    let capture = |event: &PointerEvent| {
        if let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
    };
    // The picture's centre on the screen, for the corner handle.
    let centre_of = move |picture: &Placed, at: (f64, f64)| {
        canvas.get_untracked().map_or(at, |area| {
            let rect = area.get_bounding_client_rect();
            (
                rect.left() + f64::from(picture.x) / f64::from(SPAN) * rect.width(),
                rect.top() + f64::from(picture.y) / f64::from(SPAN) * rect.height(),
            )
        })
    };
    // The rules are `model::story::touch::Touches`; here pointer events go in, and what it says
    // comes out as pointer capture and canvas events.
    let press = move |event: PointerEvent, on: Option<Placed>, handle: bool| {
        event.prevent_default();
        event.stop_propagation();
        let at = position(&event);
        let landed = match on {
            None => Landed::Page,
            Some(picture) if handle => Landed::Handle {
                picture: Start::of(&picture),
                centre: centre_of(&picture, at),
            },
            Some(picture) => Landed::Picture(Start::of(&picture)),
        };
        match touches
            .try_update_value(|t| t.press(event.pointer_id(), at, landed))
            .unwrap_or(Pressed::Nothing)
        {
            Pressed::Picked(id) => {
                capture(&event);
                on_event.run(CanvasEvent::Select(id));
            }
            Pressed::Joined => capture(&event),
            Pressed::Nothing => {}
            Pressed::Deselect => on_event.run(CanvasEvent::Deselect),
        }
    };
    let slide = move |event: PointerEvent| {
        let size = page_px();
        let moved =
            touches.try_update_value(|t| t.slide(event.pointer_id(), position(&event), size));
        if let Some(change) = moved.flatten() {
            on_event.run(change);
        }
    };
    let lift = move |event: PointerEvent| {
        let picture_now = |id: u32| {
            page.with_untracked(|p| {
                p.as_ref()
                    .and_then(|p| p.pictures.iter().find(|x| x.id == id).map(Start::of))
            })
        };
        if let Some(end) = touches
            .try_update_value(|t| t.lift(event.pointer_id(), picture_now))
            .flatten()
        {
            on_event.run(end);
        }
    };
    // A page hidden mid-gesture (the tablet locked, another app) ends it, so the move is kept.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            if let Some(end) = touches.try_update_value(Touches::end_all).flatten() {
                on_event.run(end);
            }
        }
    });
    // Leaving the editor mid-gesture (another finger on the calm break) keeps the move too.
    on_cleanup(move || {
        hidden.remove();
        if let Some(end) = touches.try_update_value(Touches::end_all).flatten() {
            on_event.run(end);
        }
    });
    // Keys for the picture that has focus (which they choose): arrows move it (further with
    // Shift), + and - resize it; each press is one step to undo.
    let keys = move |event: KeyboardEvent, picture: &Placed| {
        let step = if event.shift_key() { 500 } else { 100 };
        let (id, x, y) = (picture.id, i32::from(picture.x), i32::from(picture.y));
        let resized = |size: i32| CanvasEvent::Transform {
            id,
            x,
            y,
            size,
            rotation: i32::from(picture.rotation),
        };
        let change = match event.key().as_str() {
            "ArrowLeft" => CanvasEvent::DragTo { id, x: x - step, y },
            "ArrowRight" => CanvasEvent::DragTo { id, x: x + step, y },
            "ArrowUp" => CanvasEvent::DragTo { id, x, y: y - step },
            "ArrowDown" => CanvasEvent::DragTo { id, x, y: y + step },
            "+" | "=" => resized(i32::from(picture.size) * 5 / 4),
            "-" | "_" => resized(i32::from(picture.size) * 4 / 5),
            _ => return,
        };
        event.prevent_default();
        selected.set(Some(id));
        on_event.run(change);
        on_event.run(CanvasEvent::DragEnd);
    };

    view! {
        <div
            node_ref=canvas
            class=move || format!("page-canvas editing {}", page.with(|p| p.as_ref().map(|p| background_class(p.background)).unwrap_or_default()))
            role="group"
            aria-label=story_words.canvas_label
            on:pointermove=slide
            on:pointerup=lift
            on:pointercancel=lift
            on:pointerdown=move |event: PointerEvent| press(event, None, false)
        >
            {move || page.with(|p| p.as_ref().map(drawing))}
            <For
                each=ids
                key=|id| *id
                children=move |id: u32| {
                    // Each picture follows its own entry in the page, so a drag moves one node.
                    let find = move |p: &Option<Page>| p.as_ref().and_then(|p| p.pictures.iter().find(|x| x.id == id).cloned());
                    let placed = move || page.with(find);
                    let style = Memo::new(move |_| placed().map(|p| placement_style(&p)).unwrap_or_default());
                    let picture_name = placed().map(|p| p.picture).unwrap_or_default();
                    let chosen = move || selected.get() == Some(id);
                    view! {
                        <button
                            class="placed placed-button"
                            aria-label=(story_words.picture_name)(&picture_name)
                            aria-pressed=move || chosen().to_string()
                            aria-describedby="picture-keys"
                            style:left=move || style.get().0
                            style:top=move || style.get().1
                            style:width=move || style.get().2
                            style:transform=move || style.get().3
                            on:pointerdown=move |event: PointerEvent| press(event, page.with_untracked(find), false)
                            // Enter or Space (or a tap, after its pointerdown) chooses it.
                            on:click=move |_| selected.set(Some(id))
                            on:keydown=move |event: KeyboardEvent| {
                                if let Some(picture) = page.with_untracked(find) {
                                    keys(event, &picture);
                                }
                            }
                        >
                            <img src=picture_url(&picture_name) alt="" draggable="false"/>
                            <span
                                class="resize-handle"
                                class:gone=move || !chosen()
                                aria-hidden="true"
                                data-testid="resize-handle"
                                on:pointerdown=move |event: PointerEvent| press(event, page.with_untracked(find), true)
                            ></span>
                        </button>
                    }
                }
            />
            // Only a description (of each picture, read with it): never read on its own.
            <p id="picture-keys" hidden>{story_words.picture_keys}</p>
        </div>
    }
}

fn position(event: &PointerEvent) -> (f64, f64) {
    (f64::from(event.client_x()), f64::from(event.client_y()))
}
