//! A finger's gesture on the editable page, as plain arithmetic: one finger carries a picture,
//! two fingers (or the corner handle) resize and turn it. The canvas feeds in pointer positions.

use leptos::ev::PointerEvent;

use crate::model::story::{Placed, SPAN};

/// What the editor's canvas reports: a picture picked, moved, resized or turned, or put down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CanvasEvent {
    Select(u32),
    /// Move its centre here, in page units (ten-thousandths).
    DragTo {
        id: u32,
        x: i32,
        y: i32,
    },
    /// Two fingers (or the corner handle) moved, resized and turned it.
    Transform {
        id: u32,
        x: i32,
        y: i32,
        size: i32,
        rotation: i32,
    },
    DragEnd,
    Deselect,
}

/// A picture as it was when a gesture began.
#[derive(Clone, Copy, Debug)]
pub(super) struct Start {
    pub(super) id: u32,
    x: i32,
    y: i32,
    size: i32,
    rotation: i32,
}

impl Start {
    pub(super) fn of(picture: &Placed) -> Self {
        Self {
            id: picture.id,
            x: i32::from(picture.x),
            y: i32::from(picture.y),
            size: i32::from(picture.size),
            rotation: i32::from(picture.rotation),
        }
    }
}

/// The gesture under way on the page, in screen pixels.
#[derive(Clone, Copy, Debug)]
pub(super) enum Gesture {
    /// One finger carries a picture.
    Carry { picture: Start, pointer: (f64, f64) },
    /// Two fingers: the picture follows their middle, grows with their spread, turns with them.
    Pinch {
        picture: Start,
        first: (f64, f64),
        second: (f64, f64),
    },
    /// The corner handle: distance from the centre sets the size, the angle the turn.
    Handle {
        picture: Start,
        centre: (f64, f64),
        pointer: (f64, f64),
    },
}

fn spread(a: (f64, f64), b: (f64, f64)) -> f64 {
    (b.0 - a.0).hypot(b.1 - a.1).max(1.0)
}

fn angle(a: (f64, f64), b: (f64, f64)) -> f64 {
    (b.1 - a.1).atan2(b.0 - a.0).to_degrees()
}

fn middle(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}

/// Where the picture goes when the fingers are at `now` (in the gesture's order of pointers).
pub(super) fn follow(gesture: Gesture, now: &[(f64, f64)], page_px: (f64, f64)) -> CanvasEvent {
    let to_units = |px: f64, across: f64| px / across * f64::from(SPAN);
    match gesture {
        Gesture::Carry { picture, pointer } => {
            let at = now.first().copied().unwrap_or(pointer);
            CanvasEvent::DragTo {
                id: picture.id,
                x: picture.x + to_units(at.0 - pointer.0, page_px.0) as i32,
                y: picture.y + to_units(at.1 - pointer.1, page_px.1) as i32,
            }
        }
        Gesture::Pinch {
            picture,
            first,
            second,
        } => {
            let (a, b) = match now {
                [a, b, ..] => (*a, *b),
                _ => (first, second),
            };
            let (was, is) = (middle(first, second), middle(a, b));
            CanvasEvent::Transform {
                id: picture.id,
                x: picture.x + to_units(is.0 - was.0, page_px.0) as i32,
                y: picture.y + to_units(is.1 - was.1, page_px.1) as i32,
                size: (f64::from(picture.size) * spread(a, b) / spread(first, second)) as i32,
                rotation: picture.rotation + (angle(a, b) - angle(first, second)).round() as i32,
            }
        }
        Gesture::Handle {
            picture,
            centre,
            pointer,
        } => {
            let at = now.first().copied().unwrap_or(pointer);
            CanvasEvent::Transform {
                id: picture.id,
                x: picture.x,
                y: picture.y,
                size: (f64::from(picture.size) * spread(centre, at) / spread(centre, pointer))
                    as i32,
                rotation: picture.rotation
                    + (angle(centre, at) - angle(centre, pointer)).round() as i32,
            }
        }
    }
}

/// The fingers (or mouse) on the page: pointer id and where it is now.
pub(super) type Pointers = Vec<(i32, (f64, f64))>;

pub(super) fn position(event: &PointerEvent) -> (f64, f64) {
    (f64::from(event.client_x()), f64::from(event.client_y()))
}
