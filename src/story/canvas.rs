//! A page as a picture book shows it: the scene, the placed pictures and the drawing. In the
//! editor a picture is picked up with a finger (Pointer Events, which work on iPad, unlike
//! HTML drag and drop), moved, and put down as one undo step; arrow keys move it too.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::story::stroke::GRID;
use crate::model::story::{Background, Page, Placed, SPAN};
use crate::strings::use_story_strings;
use crate::ui::picture::picture_url;

/// The CSS class of a page's scene.
pub fn background_class(background: Background) -> String {
    match background {
        Background::Plain(colour) => format!("scene scene-plain-{}", colour % 6),
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
            let points = stroke
                .points
                .0
                .iter()
                .map(|p| format!("{},{}", p.x, p.y))
                .collect::<Vec<_>>()
                .join(" ");
            view! {
                <polyline
                    points=points
                    class=format!("stroke stroke-colour-{}", stroke.colour % 6)
                    stroke-width=if stroke.thick { "14" } else { "6" }
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

/// What the editor's canvas reports: a picture picked, moved by, or put down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CanvasEvent {
    Select(u32),
    /// Move by this much, in page units (ten-thousandths), since the gesture began.
    DragTo {
        id: u32,
        x: i32,
        y: i32,
    },
    DragEnd,
    Deselect,
}

/// Where a drag began.
#[derive(Clone, Copy)]
struct Grab {
    id: u32,
    pointer: (f64, f64),
    start: (i32, i32),
    size: (f64, f64),
}

/// The editable page. `on_event` makes the changes (so they go through undo).
#[component]
pub fn EditCanvas(
    page: Signal<Option<Page>>,
    selected: RwSignal<Option<u32>>,
    #[prop(into)] on_event: Callback<CanvasEvent>,
) -> impl IntoView {
    let story_words = use_story_strings();
    let canvas = NodeRef::<html::Div>::new();
    let grab = StoredValue::new_local(None::<Grab>);
    let ids = move || {
        page.with(|p| {
            p.as_ref()
                .map(|p| p.pictures.iter().map(|x| x.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };

    let pick_up = move |event: PointerEvent, picture: &Placed| {
        let Some(area) = canvas.get_untracked() else {
            return;
        };
        let rect = area.get_bounding_client_rect();
        if let Some(target) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        event.prevent_default();
        grab.set_value(Some(Grab {
            id: picture.id,
            pointer: (f64::from(event.client_x()), f64::from(event.client_y())),
            start: (i32::from(picture.x), i32::from(picture.y)),
            size: (rect.width().max(1.0), rect.height().max(1.0)),
        }));
        on_event.run(CanvasEvent::Select(picture.id));
    };
    let drag = move |event: PointerEvent| {
        if let Some(g) = grab.get_value() {
            let dx = (f64::from(event.client_x()) - g.pointer.0) / g.size.0 * f64::from(SPAN);
            let dy = (f64::from(event.client_y()) - g.pointer.1) / g.size.1 * f64::from(SPAN);
            on_event.run(CanvasEvent::DragTo {
                id: g.id,
                x: g.start.0 + dx as i32,
                y: g.start.1 + dy as i32,
            });
        }
    };
    let put_down = move |_| {
        if grab.get_value().is_some() {
            grab.set_value(None);
            on_event.run(CanvasEvent::DragEnd);
        }
    };
    let nudge = move |event: KeyboardEvent, picture: &Placed| {
        let step = if event.shift_key() { 500 } else { 100 };
        let (x, y) = (i32::from(picture.x), i32::from(picture.y));
        let to = match event.key().as_str() {
            "ArrowLeft" => (x - step, y),
            "ArrowRight" => (x + step, y),
            "ArrowUp" => (x, y - step),
            "ArrowDown" => (x, y + step),
            _ => return,
        };
        event.prevent_default();
        on_event.run(CanvasEvent::DragTo {
            id: picture.id,
            x: to.0,
            y: to.1,
        });
        on_event.run(CanvasEvent::DragEnd);
    };

    view! {
        <div
            node_ref=canvas
            class=move || format!("page-canvas editing {}", page.with(|p| p.as_ref().map(|p| background_class(p.background)).unwrap_or_default()))
            role="group"
            aria-label=story_words.canvas_label
            on:pointermove=drag
            on:pointerup=put_down
            on:pointercancel=put_down
            on:pointerdown=move |event: PointerEvent| {
                if event.target() == event.current_target() {
                    on_event.run(CanvasEvent::Deselect);
                }
            }
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
                    view! {
                        <button
                            class="placed placed-button"
                            aria-label=(story_words.picture_name)(&picture_name)
                            aria-pressed=move || (selected.get() == Some(id)).to_string()
                            style:left=move || style.get().0
                            style:top=move || style.get().1
                            style:width=move || style.get().2
                            style:transform=move || style.get().3
                            on:pointerdown=move |event: PointerEvent| {
                                if let Some(picture) = page.with_untracked(find) {
                                    pick_up(event, &picture);
                                }
                            }
                            on:keydown=move |event: KeyboardEvent| {
                                if let Some(picture) = page.with_untracked(find) {
                                    nudge(event, &picture);
                                }
                            }
                        >
                            <img src=picture_url(&picture_name) alt="" draggable="false"/>
                        </button>
                    }
                }
            />
        </div>
    }
}
