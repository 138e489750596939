use calm_together::storage::keys::{set_aside_name, StoreKey, PREFIX, SET_ASIDE_PREFIX};

#[test]
fn every_key_lives_under_the_one_prefix_and_reads_back() {
    for key in [
        StoreKey::Family,
        StoreKey::PracticeLog,
        StoreKey::CalmSettings,
        StoreKey::StoryIndex,
        StoreKey::Story(42),
    ] {
        assert!(key.name().starts_with(PREFIX));
        assert_eq!(StoreKey::from_name(&key.name()), Some(key));
    }
}

#[test]
fn foreign_and_set_aside_keys_are_not_aggregates() {
    assert_eq!(StoreKey::from_name("family"), None);
    assert_eq!(StoreKey::from_name("other-app.family"), None);
    assert_eq!(StoreKey::from_name("calm-together.story."), None);
    assert_eq!(StoreKey::from_name("calm-together.story.042"), None);
    assert_eq!(StoreKey::from_name("calm-together.story.x"), None);
    let aside = set_aside_name(&StoreKey::Family, 5, 1);
    assert!(aside.starts_with(SET_ASIDE_PREFIX));
    assert_eq!(StoreKey::from_name(&aside), None);
}
