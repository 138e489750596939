use calm_together::model::story::edit;
use calm_together::model::story::{Page, Placed};
use calm_together::storage::{AppStorage, MemoryBackend, SaveState, Store, StoreKey};
use calm_together::story::canvas::{CanvasEvent, EditCanvas};
use calm_together::ui::hold_button::HoldButton;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit};

use super::helpers::{find, find_all, mount_fresh, wait_ms};
use calm_together::storage::keys;

fn picture(id: u32, name: &str, x: u16) -> Placed {
    Placed {
        id,
        picture: name.into(),
        x,
        y: 5_000,
        size: 2_000,
        rotation: 0,
        flipped: false,
    }
}

fn pointer(target: &HtmlElement, kind: &str, id: i32, x: f64, y: f64) {
    let init = PointerEventInit::new();
    init.set_pointer_id(id);
    init.set_pointer_type("touch");
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_client_x(x as i32);
    init.set_client_y(y as i32);
    let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn centre(element: &HtmlElement) -> (f64, f64) {
    let rect = element.get_bounding_client_rect();
    (
        rect.left() + rect.width() / 2.0,
        rect.top() + rect.height() / 2.0,
    )
}

/// Mounts the editable canvas with two pictures; returns it and what it reported.
async fn canvas() -> (HtmlElement, RwSignal<Vec<CanvasEvent>>, impl Sized) {
    canvas_choosing(RwSignal::new(None)).await
}

/// The same, with the chosen picture kept in `selected`.
async fn canvas_choosing(
    selected: RwSignal<Option<u32>>,
) -> (HtmlElement, RwSignal<Vec<CanvasEvent>>, impl Sized) {
    let events = RwSignal::new(Vec::<CanvasEvent>::new());
    let (root, keep) = mount_fresh(move || {
        let mut page = Page::blank(1);
        page.pictures = vec![picture(1, "dog", 3_000), picture(2, "teddy-bear", 7_000)];
        let page = Signal::derive(move || Some(page.clone()));
        view! {
            <div style:width="800px">
                <EditCanvas page selected on_event=move |e| events.update(|all| all.push(e))/>
            </div>
        }
    });
    tick().await;
    (root, events, keep)
}

#[wasm_bindgen_test]
async fn every_placed_picture_is_a_named_button() {
    let (root, _events, _keep) = canvas().await;
    let names: Vec<String> = find_all(&root, ".placed-button")
        .iter()
        .map(|b| b.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(names, ["Dog", "Teddy bear"]);
    assert_eq!(
        find(&root, ".page-canvas").get_attribute("role").as_deref(),
        Some("group")
    );
}

#[wasm_bindgen_test]
async fn a_finger_drag_reports_where_the_picture_goes_then_puts_it_down() {
    let (root, events, _keep) = canvas().await;
    let dog = find(&root, ".placed-button[aria-label='Dog']");
    let area = find(&root, ".page-canvas");
    let (x, y) = centre(&dog);
    let width = area.get_bounding_client_rect().width();
    pointer(&dog, "pointerdown", 4, x, y);
    pointer(&area, "pointermove", 4, x + width / 10.0, y);
    pointer(&area, "pointerup", 4, x + width / 10.0, y);
    let seen = events.get_untracked();
    assert_eq!(seen[0], CanvasEvent::Select(1));
    match seen[1] {
        CanvasEvent::DragTo { id: 1, x, y: 5_000 } => assert!((x - 4_000).abs() <= 20, "{x}"),
        other => panic!("expected a drag, got {other:?}"),
    }
    assert_eq!(seen.last(), Some(&CanvasEvent::DragEnd));
}

#[wasm_bindgen_test]
async fn two_fingers_spread_apart_make_the_picture_bigger() {
    let (root, events, _keep) = canvas().await;
    let dog = find(&root, ".placed-button[aria-label='Dog']");
    let area = find(&root, ".page-canvas");
    let (x, y) = centre(&dog);
    pointer(&dog, "pointerdown", 1, x, y);
    pointer(&area, "pointerdown", 2, x + 100.0, y);
    pointer(&area, "pointermove", 2, x + 200.0, y);
    let seen = events.get_untracked();
    assert!(
        !seen.contains(&CanvasEvent::Deselect),
        "a second finger is not a tap on the page"
    );
    match seen.last() {
        Some(CanvasEvent::Transform {
            id: 1,
            size,
            rotation: 0,
            ..
        }) => {
            assert!(
                (size - 4_000).abs() <= 20,
                "twice the spread, twice the size: {size}"
            );
        }
        other => panic!("expected a pinch, got {other:?}"),
    }
    pointer(&area, "pointerup", 2, x + 200.0, y);
    pointer(&area, "pointerup", 1, x, y);
    assert_eq!(events.get_untracked().last(), Some(&CanvasEvent::DragEnd));
}

fn key_down(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target
        .dispatch_event(
            &KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_a_picture_and_a_tap_on_the_page_lets_go() {
    let (root, events, _keep) = canvas().await;
    let teddy = find(&root, ".placed-button[aria-label='Teddy bear']");
    key_down(&teddy, "ArrowLeft");
    assert_eq!(
        events.get_untracked(),
        [
            CanvasEvent::DragTo {
                id: 2,
                x: 6_900,
                y: 5_000
            },
            CanvasEvent::DragEnd
        ]
    );
    let area = find(&root, ".page-canvas");
    let rect = area.get_bounding_client_rect();
    pointer(&area, "pointerdown", 5, rect.left() + 5.0, rect.top() + 5.0);
    assert_eq!(events.get_untracked().last(), Some(&CanvasEvent::Deselect));
}

#[wasm_bindgen_test]
async fn plus_and_minus_resize_the_picture_with_focus_and_enter_chooses_it() {
    let selected = RwSignal::new(None::<u32>);
    let (root, events, _keep) = canvas_choosing(selected).await;
    let dog = find(&root, ".placed-button[aria-label='Dog']");
    assert_eq!(
        dog.get_attribute("aria-describedby").as_deref(),
        Some("picture-keys"),
        "each picture says how the keys move it"
    );
    key_down(&dog, "+");
    assert_eq!(
        selected.get_untracked(),
        Some(1),
        "a key chooses the picture"
    );
    key_down(&dog, "-");
    let resized = |size| CanvasEvent::Transform {
        id: 1,
        x: 3_000,
        y: 5_000,
        size,
        rotation: 0,
    };
    assert_eq!(
        events.get_untracked(),
        [
            resized(2_500),
            CanvasEvent::DragEnd,
            resized(1_600),
            CanvasEvent::DragEnd
        ]
    );
    let teddy = find(&root, ".placed-button[aria-label='Teddy bear']");
    teddy.click();
    assert_eq!(
        selected.get_untracked(),
        Some(2),
        "Enter or Space (a click) chooses it"
    );
}

#[wasm_bindgen_test]
async fn the_hold_button_ignores_a_tap_and_acts_after_a_hold() {
    let held = RwSignal::new(0);
    let (root, _keep) = mount_fresh(move || {
        view! { <HoldButton label="Delete this story" hint="Press and hold for 2 seconds" on_held=move |()| held.update(|n| *n += 1)/> }
    });
    tick().await;
    let button = find(&root, "button");
    let (x, y) = centre(&button);
    pointer(&button, "pointerdown", 1, x, y);
    wait_ms(300).await;
    pointer(&button, "pointerup", 1, x, y);
    wait_ms(2_000).await;
    assert_eq!(held.get_untracked(), 0, "a quick tap does nothing");

    pointer(&button, "pointerdown", 1, x, y);
    tick().await;
    assert!(
        button.class_list().contains("holding"),
        "the fill runs while held"
    );
    wait_ms(2_200).await;
    assert_eq!(held.get_untracked(), 1);
    let hint = button.get_attribute("aria-describedby").unwrap();
    assert_eq!(
        find(&root, &format!("#{hint}")).text_content().as_deref(),
        Some("Press and hold for 2 seconds")
    );
}

#[wasm_bindgen_test]
async fn the_saved_word_follows_the_writes_and_a_full_storage() {
    let backend = MemoryBackend::new();
    let storage = AppStorage::with_store(Store::new(Box::new(backend.clone()), "test"), vec![]);
    let family = storage.bind(keys::FAMILY);
    assert_eq!(storage.save_state.get_untracked(), SaveState::Saved);
    family.update(|f| {
        f.rename_current_child("Mia", || calm_together::model::child::ChildId("c".into()))
    });
    tick().await;
    assert_eq!(storage.save_state.get_untracked(), SaveState::Waiting);
    wait_ms(800).await;
    assert_eq!(storage.save_state.get_untracked(), SaveState::Saved);

    backend.set_quota(Some(10));
    family.update(|f| {
        f.rename_current_child("Noa", || calm_together::model::child::ChildId("c".into()))
    });
    tick().await;
    wait_ms(800).await;
    assert_eq!(storage.save_state.get_untracked(), SaveState::NotSaved);
    assert!(
        backend
            .raw(&StoreKey::Family.name())
            .unwrap()
            .contains("Mia"),
        "nothing stored was damaged"
    );
}

#[wasm_bindgen_test]
async fn a_removed_story_key_is_not_written_back() {
    let backend = MemoryBackend::new();
    let storage = AppStorage::with_store(Store::new(Box::new(backend.clone()), "test"), vec![]);
    let story = storage.bind(keys::story(5));
    story.update(|s| {
        s.id = 5;
        edit::rename(s, "Gone");
    });
    tick().await;
    storage.flush();
    assert!(backend.raw(&StoreKey::Story(5).name()).is_some());
    storage.remove(&StoreKey::Story(5)).unwrap();
    story.update(|s| edit::rename(s, "Still gone"));
    tick().await;
    storage.flush();
    wait_ms(800).await;
    assert_eq!(backend.raw(&StoreKey::Story(5).name()), None);
}
