use calm_together::model::checkin::Feeling;
use calm_together::model::schema::{decode, encode, Stamp};
use calm_together::model::story::edit::{self, Refused, LARGEST_PICTURE, SMALLEST_PICTURE};
use calm_together::model::story::history::Editing;
use calm_together::model::story::stroke::{
    distance_to_segment, simplify, snap, PackedPoints, Point, GRID, TOLERANCE,
};
use calm_together::model::story::templates::new_story;
use calm_together::model::story::{
    Background, Chapter, PageFeeling, Speaker, Story, Template, SPAN, WORDS_MAX_CHARS,
};
use proptest::prelude::*;

fn story(template: Template) -> Story {
    new_story(template, 1, "Our story".into(), None, 1)
}

fn chapters(story: &Story) -> Vec<Option<Chapter>> {
    story.pages.iter().map(|p| p.chapter).collect()
}

#[test]
fn our_story_starts_with_the_five_chapters_and_ends_safe() {
    let s = story(Template::OurStory);
    assert_eq!(
        chapters(&s),
        [
            Chapter::ThisIsUs,
            Chapter::SomethingHard,
            Chapter::HowWeFelt,
            Chapter::WhatHelped,
            Chapter::NowWeAreSafe
        ]
        .map(Some)
    );
    assert!(!s.needs_safe_ending());
    assert_eq!(story(Template::AllAboutMe).pages.len(), 4);
    assert_eq!(story(Template::Blank).pages.len(), 1);
}

#[test]
fn our_story_always_ends_on_its_safe_page() {
    let mut s = story(Template::OurStory);
    let added = edit::add_page(&mut s, 4);
    assert_eq!(
        added, 4,
        "a page added at the end goes just before the safe ending"
    );
    assert_eq!(edit::delete_page(&mut s, 5), Err(Refused::MustEndSafe));
    assert_eq!(edit::move_page(&mut s, 5, 0), Err(Refused::MustEndSafe));
    assert_eq!(
        s.pages.last().unwrap().chapter,
        Some(Chapter::NowWeAreSafe),
        "a refused edit changes nothing"
    );
    let copy = edit::duplicate_page(&mut s, 5).unwrap();
    assert_eq!(copy, 5);
    assert!(s.pages.last().unwrap().is_safe_ending());
    assert_eq!(s.pages.len(), 7);
}

#[test]
fn a_story_keeps_at_least_one_page() {
    let mut s = story(Template::Blank);
    assert_eq!(edit::delete_page(&mut s, 0), Err(Refused::LastPage));
    assert_eq!(edit::delete_page(&mut s, 9), Err(Refused::NotFound));
}

#[test]
fn a_story_ending_on_a_hard_page_asks_for_a_safe_one() {
    let mut s = story(Template::Blank);
    assert!(!s.needs_safe_ending());
    edit::set_feeling(
        &mut s,
        0,
        Some(PageFeeling {
            feeling: Feeling::Scared,
            size: 5,
        }),
    )
    .unwrap();
    assert!(s.needs_safe_ending(), "a huge feeling on the last page");
    let safe = edit::add_safe_page(&mut s);
    assert_eq!(s.pages[safe].chapter, Some(Chapter::NowWeAreSafe));
    assert!(!s.needs_safe_ending());
    let mut hard = story(Template::Blank);
    hard.pages[0].chapter = Some(Chapter::SomethingHard);
    assert!(hard.needs_safe_ending());
}

#[test]
fn pictures_are_placed_in_the_middle_on_top_and_kept_on_the_page() {
    let mut s = story(Template::Blank);
    let teddy = edit::add_picture(&mut s, 0, "teddy-bear").unwrap();
    let cloud = edit::add_picture(&mut s, 0, "cloud").unwrap();
    let page = &s.pages[0];
    assert_eq!(
        (page.pictures[0].x, page.pictures[0].y),
        (SPAN / 2, SPAN / 2),
        "the first in the middle"
    );
    assert_eq!(page.pictures[1].id, cloud, "the newest on top");
    assert_ne!(
        (page.pictures[1].x, page.pictures[1].y),
        (SPAN / 2, SPAN / 2),
        "beside the first, not on it"
    );
    edit::move_picture(&mut s, 0, teddy, -500, 99_999).unwrap();
    edit::resize_picture(&mut s, 0, teddy, 1).unwrap();
    edit::rotate_picture(&mut s, 0, teddy, 190).unwrap();
    edit::flip_picture(&mut s, 0, teddy).unwrap();
    let t = &s.pages[0].pictures[0];
    assert_eq!(
        (t.x, t.y, t.size, t.rotation, t.flipped),
        (0, SPAN, SMALLEST_PICTURE, -170, true)
    );
    edit::resize_picture(&mut s, 0, teddy, 1_000_000).unwrap();
    assert_eq!(s.pages[0].pictures[0].size, LARGEST_PICTURE);
    edit::restack_picture(&mut s, 0, teddy, true).unwrap();
    assert_eq!(s.pages[0].pictures[1].id, teddy, "brought forward");
    edit::restack_picture(&mut s, 0, teddy, true).unwrap();
    assert_eq!(s.pages[0].pictures[1].id, teddy, "already on top");
    edit::delete_picture(&mut s, 0, teddy).unwrap();
    assert_eq!(
        edit::delete_picture(&mut s, 0, teddy),
        Err(Refused::NotFound)
    );
    assert_eq!(s.cover(), Some("cloud"));
}

#[test]
fn words_are_kept_as_typed_up_to_the_limit() {
    let mut s = story(Template::Blank);
    let typed = "<script>alert(1)</script> مرحبا 🌈".to_string() + &"x".repeat(600);
    edit::set_words(&mut s, 0, &typed, Speaker::Child).unwrap();
    assert_eq!(s.pages[0].words.chars().count(), WORDS_MAX_CHARS);
    assert!(s.pages[0]
        .words
        .starts_with("<script>alert(1)</script> مرحبا 🌈"));
    assert_eq!(s.pages[0].speaker, Speaker::Child);
}

#[test]
fn the_eraser_removes_only_strokes_it_touches() {
    let mut s = story(Template::Blank);
    let line = |y| vec![Point { x: 100, y }, Point { x: 900, y }];
    edit::add_stroke(&mut s, 0, 1, false, &line(100)).unwrap();
    edit::add_stroke(&mut s, 0, 2, true, &line(800)).unwrap();
    edit::erase_at(&mut s, 0, Point { x: 500, y: 105 }, 10.0).unwrap();
    assert_eq!(s.pages[0].strokes.len(), 1);
    assert_eq!(s.pages[0].strokes[0].colour, 2);
}

#[test]
fn clearing_the_drawing_takes_every_line_and_is_one_undo_step() {
    let mut editing = Editing::new(story(Template::Blank));
    let line = vec![Point { x: 100, y: 100 }, Point { x: 900, y: 100 }];
    for colour in 0..3 {
        editing
            .apply(|s| edit::add_stroke(s, 0, colour, false, &line))
            .unwrap();
    }
    editing.apply(|s| edit::clear_drawing(s, 0)).unwrap();
    assert!(editing.story.pages[0].strokes.is_empty());
    editing.undo();
    assert_eq!(editing.story.pages[0].strokes.len(), 3);
}

#[test]
fn every_scene_can_be_chosen_and_plain_colours_stay_in_the_palette() {
    let mut s = story(Template::Blank);
    let distinct: std::collections::HashSet<_> = Background::CHOICES
        .iter()
        .map(|b| format!("{b:?}"))
        .collect();
    assert_eq!(distinct.len(), Background::CHOICES.len());
    assert!(
        Background::CHOICES.len() > 8,
        "eight scenes and plain colours"
    );
    for background in Background::CHOICES {
        edit::set_background(&mut s, 0, background).unwrap();
        assert_eq!(s.pages[0].background, background);
    }
    edit::set_background(&mut s, 0, Background::Plain(200)).unwrap();
    assert_eq!(
        s.pages[0].background,
        Background::Plain(200 % Background::PLAIN_COLOURS)
    );
    assert_eq!(
        edit::set_background(&mut s, 5, Background::Car),
        Err(Refused::NotFound)
    );
}

#[test]
fn at_least_fifty_steps_undo_and_redo_exactly() {
    let mut editing = Editing::new(story(Template::Blank));
    let original = editing.story.clone();
    let mut states = vec![original.clone()];
    for i in 0..60 {
        editing
            .apply(|s| edit::set_words(s, 0, &format!("step {i}"), Speaker::GrownUp))
            .unwrap();
        states.push(editing.story.clone());
    }
    for expected in states.iter().rev().skip(1).take(55) {
        assert!(editing.undo());
        assert_eq!(&editing.story, expected);
    }
    for expected in states.iter().skip(6).take(55) {
        assert!(editing.redo());
        assert_eq!(&editing.story, expected);
    }
    assert!(!editing.can_redo());
}

#[test]
fn a_refused_or_empty_edit_leaves_no_undo_step_and_a_new_edit_clears_redo() {
    let mut editing = Editing::new(story(Template::Blank));
    assert_eq!(
        editing.apply(|s| edit::delete_page(s, 0)),
        Err(Refused::LastPage)
    );
    assert!(editing
        .apply(|s| edit::set_words(s, 0, "", Speaker::GrownUp))
        .is_ok());
    assert!(!editing.can_undo());
    editing.apply(|s| edit::add_picture(s, 0, "sun")).unwrap();
    editing.undo();
    assert!(editing.can_redo());
    editing.apply(|s| edit::add_picture(s, 0, "moon")).unwrap();
    assert!(!editing.can_redo());
}

#[test]
fn a_whole_drag_is_one_undo_step() {
    let mut editing = Editing::new(story(Template::Blank));
    let id = editing.apply(|s| edit::add_picture(s, 0, "dog")).unwrap();
    editing.begin_gesture();
    for step in 0..30 {
        editing
            .apply(|s| edit::move_picture(s, 0, id, 5_000 + step * 10, 5_000))
            .unwrap();
    }
    editing.end_gesture();
    assert_eq!(editing.story.pages[0].pictures[0].x, 5_290);
    editing.undo();
    assert_eq!(
        editing.story.pages[0].pictures[0].x, 5_000,
        "back to before the drag"
    );
    editing.undo();
    assert!(editing.story.pages[0].pictures.is_empty());
}

/// A wobbly finger line across the page, as a child draws it.
fn finger_line(seed: u32, points: usize) -> Vec<Point> {
    (0..points)
        .map(|i| {
            let t = i as f64 / points as f64;
            let wobble = ((t * 17.0 + f64::from(seed)).sin() * 0.08) + ((t * 53.0).cos() * 0.01);
            snap(
                0.1 + 0.8 * t,
                (0.2 + 0.1 * f64::from(seed % 6) + wobble).clamp(0.0, 1.0),
            )
        })
        .collect()
}

#[test]
fn a_thirty_page_story_with_ten_pictures_and_five_strokes_a_page_stays_under_60_kb() {
    let mut s = story(Template::OurStory);
    while s.pages.len() < 30 {
        let end = s.pages.len();
        edit::add_page(&mut s, end);
    }
    for page in 0..30 {
        for n in 0..10u32 {
            let id = edit::add_picture(
                &mut s,
                page,
                [
                    "person-adult",
                    "teddy-bear",
                    "house",
                    "cloud-with-rain",
                    "red-heart",
                ][n as usize % 5],
            )
            .unwrap();
            edit::move_picture(
                &mut s,
                page,
                id,
                1_234 + n as i32 * 711,
                987 + n as i32 * 613,
            )
            .unwrap();
            edit::resize_picture(&mut s, page, id, 1_500 + n as i32 * 37).unwrap();
            edit::rotate_picture(&mut s, page, id, n as i32 * 7 - 30).unwrap();
        }
        for n in 0..5 {
            edit::add_stroke(
                &mut s,
                page,
                n as u8,
                n % 2 == 0,
                &finger_line(page as u32 * 5 + n, 120),
            )
            .unwrap();
        }
        edit::set_words(
            &mut s,
            page,
            "We were at home and then the storm came. Mama held me and we waited together.",
            Speaker::GrownUp,
        )
        .unwrap();
        edit::set_feeling(
            &mut s,
            page,
            Some(PageFeeling {
                feeling: Feeling::Worried,
                size: 3,
            }),
        )
        .unwrap();
    }
    let stored = encode(
        &s,
        Stamp {
            revision: 99,
            saved_at: 1_764_115_200_000,
            writer: "0123abcd".into(),
        },
    );
    eprintln!(
        "a 30-page story with 10 pictures and 5 strokes a page: {} bytes stored",
        stored.len()
    );
    assert!(stored.len() <= 60_000, "{} bytes", stored.len());
    assert_eq!(
        decode::<Story>(&stored).unwrap().data,
        s,
        "and it reads back exactly"
    );
}

#[test]
fn the_shelf_lists_a_childs_stories_and_shared_ones_newest_first_without_duplicates() {
    use calm_together::model::child::ChildId;
    use calm_together::model::story::{StoryCard, StoryIndex};
    let mia = ChildId("mia".into());
    let mut index = StoryIndex::default();
    let mut first = story(Template::OurStory);
    first.child = Some(mia.clone());
    first.changed_at = 10;
    let mut second = story(Template::AllAboutMe);
    second.id = 2;
    second.child = Some(mia.clone());
    second.changed_at = 20;
    edit::add_picture(&mut second, 1, "dog").unwrap();
    index.upsert(StoryCard::of(&first));
    index.upsert(StoryCard::of(&second));
    first.changed_at = 30;
    index.upsert(StoryCard::of(&first));
    let shelf: Vec<(u64, u64)> = index
        .shelf_for(Some(&mia))
        .iter()
        .map(|c| (c.id, c.changed_at))
        .collect();
    assert_eq!(shelf, [(1, 30), (2, 20)]);
    assert_eq!(index.shelf_for(Some(&mia))[1].cover.as_deref(), Some("dog"));
    assert!(index.shelf_for(None).is_empty());

    // A story made before any child had a profile belongs to everyone; another child's does not.
    let mut shared = story(Template::Blank);
    shared.id = 3;
    shared.child = None;
    shared.changed_at = 5;
    let mut leos = story(Template::Blank);
    leos.id = 4;
    leos.child = Some(ChildId("leo".into()));
    index.upsert(StoryCard::of(&shared));
    index.upsert(StoryCard::of(&leos));
    let ids: Vec<u64> = index.shelf_for(Some(&mia)).iter().map(|c| c.id).collect();
    assert_eq!(ids, [1, 2, 3]);
    let ids: Vec<u64> = index.shelf_for(None).iter().map(|c| c.id).collect();
    assert_eq!(ids, [3]);
    assert!(index.remove(2));
    assert!(!index.remove(2));
}

#[test]
fn packed_points_reject_anything_else() {
    assert_eq!(PackedPoints::unpack(""), Some(PackedPoints(vec![])));
    assert_eq!(PackedPoints::unpack("AAA"), None, "not whole points");
    assert_eq!(PackedPoints::unpack("AA!A"), None, "not the alphabet");
    assert_eq!(PackedPoints::unpack("____"), None, "beyond the grid");
}

fn path() -> impl Strategy<Value = Vec<Point>> {
    prop::collection::vec(
        (0..=GRID, 0..=GRID).prop_map(|(x, y)| Point { x, y }),
        0..300,
    )
}

proptest! {
    #[test]
    fn a_simplified_stroke_keeps_its_ends_and_stays_close_to_the_finger(points in path()) {
        let simplified = simplify(&points);
        if let (Some(first), Some(last)) = (points.first(), points.last()) {
            prop_assert_eq!(simplified.first(), Some(first));
            prop_assert_eq!(simplified.last(), Some(last));
        }
        prop_assert!(simplified.iter().all(|p| points.contains(p)));
        prop_assert!(simplified.len() <= points.len());
        if simplified.len() >= 2 {
            for point in &points {
                let nearest = simplified.windows(2).map(|w| distance_to_segment(*point, w[0], w[1])).fold(f64::MAX, f64::min);
                prop_assert!(nearest <= TOLERANCE + 1e-9, "{:?} is {} away", point, nearest);
            }
        }
    }

    #[test]
    fn packed_points_read_back_exactly(points in path()) {
        let packed = PackedPoints(points.clone()).pack();
        prop_assert_eq!(packed.len(), points.len() * 4);
        prop_assert_eq!(PackedPoints::unpack(&packed), Some(PackedPoints(points)));
    }

    #[test]
    fn any_sequence_of_page_edits_keeps_our_story_safe(ops in prop::collection::vec((0u8..4, 0usize..8, 0usize..8), 0..40)) {
        let mut s = story(Template::OurStory);
        for (op, a, b) in ops {
            let _ = match op {
                0 => { edit::add_page(&mut s, a); Ok(()) }
                1 => edit::delete_page(&mut s, a),
                2 => edit::move_page(&mut s, a, b),
                _ => edit::duplicate_page(&mut s, a).map(|_| ()),
            };
            prop_assert!(s.pages.last().unwrap().is_safe_ending());
            prop_assert!(!s.needs_safe_ending());
            let mut ids: Vec<u32> = s.pages.iter().map(|p| p.id).collect();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), s.pages.len(), "page ids stay unique");
        }
    }
}
