//! A story's cover is never a reminder of what happened: the child sees every cover each time
//! Our stories opens.

use std::collections::HashSet;

use calm_together::model::checkin::Feeling;
use calm_together::model::child::ChildId;
use calm_together::model::family::{ChildProfile, Family};
use calm_together::model::story::cover::{can_be_cover, NEVER_A_COVER};
use calm_together::model::story::edit;
use calm_together::model::story::templates::new_story;
use calm_together::model::story::{PageFeeling, Story, StoryCard, Template};
use proptest::prelude::*;

use super::pictures::{catalog, story_categories};

/// Happenings that show no danger and no loss: everyday things that may be a cover. Every
/// happening is in this list or in `NEVER_A_COVER`, so a new picture is a decision, not a gap.
const EVERYDAY_HAPPENINGS: [&str; 11] = [
    "cloud-with-rain",
    "bed",
    "package",
    "luggage",
    "door",
    "person-walking",
    "waving-hand",
    "telephone-receiver",
    "wastebasket",
    "snowflake",
    "speaker-high-volume",
];

/// Faces of feelings that are not hard.
const EASY_FACES: [&str; 9] = [
    "grinning-face",
    "smiling-face-with-smiling-eyes",
    "relieved-face",
    "smiling-face-with-hearts",
    "hugging-face",
    "slightly-smiling-face",
    "sleepy-face",
    "zany-face",
    "confused-face",
];

fn blank_story() -> Story {
    new_story(Template::Blank, 1, "Our day".into(), None, 1)
}

fn with_pictures(pages: &[&[&str]]) -> Story {
    let mut story = blank_story();
    for (index, pictures) in pages.iter().enumerate() {
        if index > 0 {
            edit::add_page(&mut story, index - 1);
        }
        for picture in *pictures {
            edit::add_picture(&mut story, index, picture).unwrap();
        }
    }
    story
}

#[test]
fn every_picture_that_is_never_a_cover_is_in_the_catalog() {
    let mut known: HashSet<String> = story_categories().into_values().flatten().collect();
    known.extend(serde_json::from_value::<Vec<String>>(catalog()["shapes"].clone()).unwrap());
    for picture in NEVER_A_COVER {
        assert!(
            known.contains(picture),
            "{picture} is not in pictures/catalog.json"
        );
    }
}

#[test]
fn every_happening_face_and_shape_is_decided_on() {
    let categories = story_categories();
    for picture in &categories["happenings"] {
        assert!(
            NEVER_A_COVER.contains(&picture.as_str())
                ^ EVERYDAY_HAPPENINGS.contains(&picture.as_str()),
            "happening “{picture}”: put it in NEVER_A_COVER (src/model/story/cover.rs) or in \
             EVERYDAY_HAPPENINGS here, not both"
        );
    }
    for face in &categories["feelings"] {
        assert!(
            NEVER_A_COVER.contains(&face.as_str()) ^ EASY_FACES.contains(&face.as_str()),
            "feeling face “{face}”: decide whether it is a hard feeling"
        );
    }
    let shapes: Vec<String> = serde_json::from_value(catalog()["shapes"].clone()).unwrap();
    for shape in shapes {
        assert!(
            !can_be_cover(&shape),
            "the hard-thing shape {shape} is never a cover"
        );
    }
}

#[test]
fn a_story_that_begins_with_the_storm_has_the_dog_on_its_cover() {
    let story = with_pictures(&[
        &["cloud-with-lightning-and-rain", "police-car"],
        &["fire", "dog"],
    ]);
    assert_eq!(story.cover(), Some("dog"));
}

#[test]
fn no_picture_of_a_hard_page_is_a_cover() {
    let mut story = with_pictures(&[&["teddy-bear"], &["sun"]]);
    edit::set_feeling(
        &mut story,
        0,
        Some(PageFeeling {
            feeling: Feeling::Scared,
            size: 5,
        }),
    )
    .unwrap();
    assert_eq!(
        story.cover(),
        Some("sun"),
        "the teddy is on a page of huge fear"
    );
    let our_story = new_story(Template::OurStory, 2, "Our story".into(), None, 1);
    let mut our_story = our_story;
    edit::add_picture(&mut our_story, 1, "rainbow").unwrap();
    assert_eq!(
        our_story.cover(),
        None,
        "the rainbow is on the “something hard” page"
    );
}

#[test]
fn with_nothing_else_the_shelf_shows_the_childs_own_picture() {
    let story = with_pictures(&[&["tornado", "blob"]]);
    assert_eq!(story.cover(), None);
    let family = Family {
        children: vec![ChildProfile {
            avatar: Some("teddy-bear".into()),
            ..ChildProfile::named(ChildId("mia".into()), "Mia")
        }],
        current_child: Some(ChildId("mia".into())),
        ..Family::default()
    };
    let card = StoryCard::of(&story);
    assert_eq!(card.shown_cover(&family), Some("teddy-bear"));
    assert_eq!(
        card.shown_cover(&Family::default()),
        None,
        "the shelf then shows a book"
    );
}

#[test]
fn a_card_saved_with_a_hard_cover_before_this_rule_shows_the_childs_picture() {
    let card = StoryCard {
        cover: Some("fire".into()),
        ..StoryCard::of(&blank_story())
    };
    let family = Family {
        children: vec![ChildProfile::named(ChildId("leo".into()), "Leo")],
        current_child: Some(ChildId("leo".into())),
        ..Family::default()
    };
    let shown = card.shown_cover(&family).unwrap();
    assert_ne!(shown, "fire");
    assert_eq!(shown, family.children[0].avatar_or_default());
}

fn any_picture() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = story_categories().into_values().flatten().collect();
    names.extend(serde_json::from_value::<Vec<String>>(catalog()["shapes"].clone()).unwrap());
    proptest::sample::select(names)
}

proptest! {
    #[test]
    fn no_story_ever_has_a_reminder_or_a_hard_page_on_its_cover(
        pages in proptest::collection::vec(
            (proptest::collection::vec(any_picture(), 0..4), proptest::option::of(1u8..=5)),
            1..6,
        ),
    ) {
        let mut story = blank_story();
        for (index, (pictures, size)) in pages.iter().enumerate() {
            if index > 0 {
                edit::add_page(&mut story, index - 1);
            }
            for picture in pictures {
                edit::add_picture(&mut story, index, picture).unwrap();
            }
            let feeling = size.map(|size| PageFeeling { feeling: Feeling::Worried, size });
            edit::set_feeling(&mut story, index, feeling).unwrap();
        }
        if let Some(cover) = story.cover() {
            prop_assert!(can_be_cover(cover));
            let page = story.pages.iter().find(|p| p.pictures.iter().any(|x| x.picture == cover)).unwrap();
            prop_assert!(story.pages.iter().filter(|p| !p.is_hard()).any(|p| p.pictures.iter().any(|x| x.picture == cover)), "{cover} comes from a page that is not hard ({page:?})");
        }
    }
}
