//! Fingers on the editable page, as plain arithmetic and one small state machine: one finger
//! carries a picture, a second makes it a pinch (resize and turn), the corner handle resizes and
//! turns, and lifting the last finger ends the gesture (one undo step, the story published).
//! The canvas feeds in pointer ids and positions in screen pixels.

use super::{Placed, SPAN};

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    pub id: u32,
    pub x: i32,
    pub y: i32,
    pub size: i32,
    pub rotation: i32,
}

impl Start {
    pub fn of(picture: &Placed) -> Self {
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
pub enum Gesture {
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
fn follow(gesture: Gesture, now: &[(f64, f64)], page_px: (f64, f64)) -> CanvasEvent {
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

/// Where a finger landed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Landed {
    /// The page itself, between pictures.
    Page,
    Picture(Start),
    /// A picture's corner handle; `centre` is the picture's centre on the screen.
    Handle {
        picture: Start,
        centre: (f64, f64),
    },
}

/// What the canvas does about a finger landing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pressed {
    /// A gesture on this picture began: capture the pointer, pick the picture.
    Picked(u32),
    /// A second finger joined: capture it too.
    Joined,
    /// Nothing to do (a third finger).
    Nothing,
    /// The page itself: put the picture down (nothing picked).
    Deselect,
}

/// The fingers (or mouse) on the page, and the gesture they make.
#[derive(Clone, Debug, Default)]
pub struct Touches {
    /// Pointer id and where it is now, in the order they landed.
    pointers: Vec<(i32, (f64, f64))>,
    gesture: Option<Gesture>,
}

impl Touches {
    /// Whether a gesture is under way.
    pub fn moving(&self) -> bool {
        self.gesture.is_some()
    }

    /// A finger lands at `at`: every finger comes here first, so a second one turns a carry
    /// into a pinch, wherever it lands.
    pub fn press(&mut self, pointer: i32, at: (f64, f64), landed: Landed) -> Pressed {
        self.pointers.retain(|(id, _)| *id != pointer);
        self.pointers.push((pointer, at));
        match self.gesture {
            Some(Gesture::Carry {
                picture,
                pointer: first,
            }) => {
                let first = self.pointers.first().map_or(first, |(_, at)| *at);
                self.gesture = Some(Gesture::Pinch {
                    picture,
                    first,
                    second: at,
                });
                Pressed::Joined
            }
            Some(_) => Pressed::Nothing,
            None => match landed {
                Landed::Picture(picture) => {
                    self.gesture = Some(Gesture::Carry {
                        picture,
                        pointer: at,
                    });
                    Pressed::Picked(picture.id)
                }
                Landed::Handle { picture, centre } => {
                    self.gesture = Some(Gesture::Handle {
                        picture,
                        centre,
                        pointer: at,
                    });
                    Pressed::Picked(picture.id)
                }
                Landed::Page => {
                    self.pointers.clear();
                    Pressed::Deselect
                }
            },
        }
    }

    /// A finger moved: where the picture goes, on a page `page_px` pixels wide and high.
    pub fn slide(
        &mut self,
        pointer: i32,
        at: (f64, f64),
        page_px: (f64, f64),
    ) -> Option<CanvasEvent> {
        if let Some(entry) = self.pointers.iter_mut().find(|(id, _)| *id == pointer) {
            entry.1 = at;
        }
        let gesture = self.gesture?;
        let now: Vec<(f64, f64)> = self.pointers.iter().map(|(_, at)| *at).collect();
        Some(follow(gesture, &now, page_px))
    }

    /// A finger lifted (or was cancelled). The last one ends the gesture; one of two carries on
    /// from where the picture is now (`picture_now`), so it does not jump.
    pub fn lift(
        &mut self,
        pointer: i32,
        picture_now: impl FnOnce(u32) -> Option<Start>,
    ) -> Option<CanvasEvent> {
        self.pointers.retain(|(id, _)| *id != pointer);
        let gesture = self.gesture?;
        if self.pointers.is_empty() {
            self.gesture = None;
            return Some(CanvasEvent::DragEnd);
        }
        if let Gesture::Pinch { picture, .. } = gesture {
            let (_, at) = self.pointers[0];
            self.gesture = Some(Gesture::Carry {
                picture: picture_now(picture.id).unwrap_or(picture),
                pointer: at,
            });
        }
        None
    }

    /// The page was hidden mid-gesture: it ends here, so the move is kept.
    pub fn end_all(&mut self) -> Option<CanvasEvent> {
        self.pointers.clear();
        self.gesture.take().map(|_| CanvasEvent::DragEnd)
    }
}
