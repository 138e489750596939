//! A story deleted from the shelf can be brought back for 30 days, then goes for good.

use calm_together::model::story::{StoryCard, StoryIndex, KEEP_DELETED_DAYS};

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

fn card(id: u64) -> StoryCard {
    StoryCard {
        id,
        title: format!("Story {id}"),
        child: None,
        cover: None,
        changed_at: id,
        pages: 2,
    }
}

fn shelf(ids: &[u64]) -> StoryIndex {
    StoryIndex {
        stories: ids.iter().map(|id| card(*id)).collect(),
        ..StoryIndex::default()
    }
}

#[test]
fn a_deleted_story_leaves_the_shelf_and_can_be_brought_back_whole() {
    let mut index = shelf(&[1, 2]);
    assert!(index.delete(1, 1_000));
    assert_eq!(index.shelf_for(None).len(), 1);
    assert_eq!(index.deleted[0].card, card(1));
    assert_eq!(index.deleted[0].deleted_at, 1_000);
    assert!(index.bring_back(1));
    assert!(index.deleted.is_empty());
    assert_eq!(index.shelf_for(None).len(), 2);
    assert!(!index.bring_back(1), "only once");
    assert!(!index.delete(99, 1), "a story not on the shelf");
}

#[test]
fn deleted_stories_go_for_good_after_thirty_days_not_before() {
    let mut index = shelf(&[1, 2, 3]);
    index.delete(1, 0);
    index.delete(2, 10 * DAY_MS);
    let thirty = KEEP_DELETED_DAYS * DAY_MS;
    assert!(index.deleted_for_good(thirty - 1).is_empty());
    assert_eq!(index.deleted_for_good(thirty), vec![1]);
    assert_eq!(index.deleted_for_good(thirty + 10 * DAY_MS), vec![2, 1]);
    assert!(
        index.remove(1),
        "removing for good takes it from the deleted list"
    );
    assert_eq!(index.deleted.len(), 1);
}

#[test]
fn a_deleted_storys_id_is_never_given_to_a_new_story() {
    let mut index = shelf(&[5_000]);
    index.delete(5_000, 1);
    assert!(
        index.next_id(10) > 5_000,
        "its pages still sit under its key"
    );
}
