//! Fingers on the editable page: carry, pinch, the corner handle, and one end per gesture.

use calm_together::model::story::touch::{CanvasEvent, Landed, Pressed, Start, Touches};
use calm_together::model::story::{Placed, SPAN};
use proptest::prelude::*;

/// A page 1000 × 800 pixels on the screen.
const PAGE: (f64, f64) = (1000.0, 800.0);

fn picture(id: u32) -> Start {
    Start::of(&Placed {
        id,
        picture: "teddy-bear".into(),
        x: 5_000,
        y: 5_000,
        size: 2_000,
        rotation: 0,
        flipped: false,
    })
}

#[test]
fn one_finger_carries_the_picture_by_as_much_as_it_moves() {
    let mut touches = Touches::default();
    assert_eq!(
        touches.press(1, (500.0, 400.0), Landed::Picture(picture(7))),
        Pressed::Picked(7)
    );
    assert!(touches.moving());
    // A tenth of the page across, a quarter down.
    let moved = touches.slide(1, (600.0, 600.0), PAGE);
    assert_eq!(
        moved,
        Some(CanvasEvent::DragTo {
            id: 7,
            x: 5_000 + SPAN as i32 / 10,
            y: 5_000 + SPAN as i32 / 4
        })
    );
    assert_eq!(touches.lift(1, |_| None), Some(CanvasEvent::DragEnd));
    assert!(!touches.moving());
    assert_eq!(
        touches.slide(1, (0.0, 0.0), PAGE),
        None,
        "nothing moves after the end"
    );
}

#[test]
fn a_second_finger_anywhere_joins_as_a_pinch_that_follows_their_middle() {
    let mut touches = Touches::default();
    touches.press(1, (400.0, 400.0), Landed::Picture(picture(3)));
    // The second finger lands on the page, not on the picture: it still joins.
    assert_eq!(
        touches.press(2, (600.0, 400.0), Landed::Page),
        Pressed::Joined
    );
    // Only the second finger moves: 200 px apart becomes 224, level becomes 63° up, and their
    // middle moves 50 px left and 100 px down.
    let moved = touches.slide(2, (500.0, 600.0), PAGE);
    assert_eq!(
        moved,
        Some(CanvasEvent::Transform {
            id: 3,
            x: 4_500,
            y: 6_250,
            size: 2_236,
            rotation: 63
        })
    );
}

#[test]
fn a_pinch_doubles_the_size_when_the_fingers_spread_twice_as_far() {
    let mut touches = Touches::default();
    touches.press(1, (400.0, 400.0), Landed::Picture(picture(3)));
    touches.press(2, (600.0, 400.0), Landed::Page);
    touches.slide(1, (300.0, 400.0), PAGE);
    let moved = touches.slide(2, (700.0, 400.0), PAGE);
    assert_eq!(
        moved,
        Some(CanvasEvent::Transform {
            id: 3,
            x: 5_000,
            y: 5_000,
            size: 4_000,
            rotation: 0
        })
    );
    // Turned a quarter about their middle.
    touches.slide(1, (500.0, 200.0), PAGE);
    let CanvasEvent::Transform { rotation, .. } = touches.slide(2, (500.0, 600.0), PAGE).unwrap()
    else {
        panic!("a pinch transforms");
    };
    assert_eq!(rotation, 90);
}

#[test]
fn lifting_one_of_two_fingers_carries_on_from_where_the_picture_is_without_a_jump() {
    let mut touches = Touches::default();
    touches.press(1, (400.0, 400.0), Landed::Picture(picture(3)));
    touches.press(2, (600.0, 400.0), Landed::Page);
    let now = Start {
        x: 6_000,
        y: 4_000,
        size: 3_000,
        ..picture(3)
    };
    assert_eq!(
        touches.lift(2, |id| (id == 3).then_some(now)),
        None,
        "the gesture goes on"
    );
    assert!(touches.moving());
    // The remaining finger has not moved: the picture stays where it is now.
    assert_eq!(
        touches.slide(1, (400.0, 400.0), PAGE),
        Some(CanvasEvent::DragTo {
            id: 3,
            x: 6_000,
            y: 4_000
        })
    );
    assert_eq!(touches.lift(1, |_| None), Some(CanvasEvent::DragEnd));
}

#[test]
fn the_corner_handle_resizes_by_the_distance_from_the_centre() {
    let mut touches = Touches::default();
    let landed = Landed::Handle {
        picture: picture(5),
        centre: (500.0, 400.0),
    };
    assert_eq!(touches.press(1, (600.0, 400.0), landed), Pressed::Picked(5));
    let moved = touches.slide(1, (650.0, 400.0), PAGE);
    assert_eq!(
        moved,
        Some(CanvasEvent::Transform {
            id: 5,
            x: 5_000,
            y: 5_000,
            size: 3_000,
            rotation: 0
        })
    );
}

#[test]
fn a_tap_on_the_page_puts_the_picture_down_and_a_third_finger_does_nothing() {
    let mut touches = Touches::default();
    assert_eq!(
        touches.press(1, (10.0, 10.0), Landed::Page),
        Pressed::Deselect
    );
    assert!(!touches.moving());
    touches.press(1, (400.0, 400.0), Landed::Picture(picture(3)));
    touches.press(2, (600.0, 400.0), Landed::Page);
    assert_eq!(
        touches.press(3, (100.0, 100.0), Landed::Page),
        Pressed::Nothing
    );
}

#[test]
fn a_page_hidden_mid_gesture_ends_it_once() {
    let mut touches = Touches::default();
    assert_eq!(touches.end_all(), None);
    touches.press(1, (400.0, 400.0), Landed::Picture(picture(3)));
    assert_eq!(touches.end_all(), Some(CanvasEvent::DragEnd));
    assert_eq!(touches.end_all(), None);
    assert_eq!(
        touches.lift(1, |_| None),
        None,
        "the finger lifting later ends nothing more"
    );
}

proptest! {
    /// However fingers land, move and lift, every gesture ends exactly once, when its last
    /// finger lifts, and nothing moves outside a gesture.
    #[test]
    fn every_gesture_ends_exactly_once(
        steps in prop::collection::vec((0u8..3, 0i32..3, 0.0f64..1000.0, 0.0f64..800.0, any::<bool>()), 1..60),
    ) {
        let mut touches = Touches::default();
        let mut down: Vec<i32> = Vec::new();
        let (mut began, mut ended) = (0, 0);
        for (kind, pointer, x, y, on_picture) in steps {
            match kind {
                0 if !down.contains(&pointer) => {
                    let landed = if on_picture { Landed::Picture(picture(9)) } else { Landed::Page };
                    let pressed = touches.press(pointer, (x, y), landed);
                    if let Pressed::Picked(_) = pressed { began += 1; }
                    if pressed == Pressed::Deselect { down.clear(); } else { down.push(pointer); }
                }
                1 => {
                    let moved = touches.slide(pointer, (x, y), PAGE);
                    prop_assert_eq!(moved.is_some(), touches.moving());
                }
                2 if down.contains(&pointer) => {
                    down.retain(|p| *p != pointer);
                    if touches.lift(pointer, |_| None) == Some(CanvasEvent::DragEnd) {
                        ended += 1;
                        prop_assert!(down.is_empty(), "ends only with its last finger");
                    }
                }
                _ => {}
            }
        }
        if touches.end_all().is_some() { ended += 1; }
        prop_assert_eq!(began, ended);
    }
}
