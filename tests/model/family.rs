use calm_together::model::child::{AgeBand, ChildId};
use calm_together::model::family::{clean_nickname, ChildProfile, Family, NICKNAME_MAX_CHARS};
use proptest::prelude::*;

fn id(n: &str) -> ChildId {
    ChildId(n.to_string())
}

#[test]
fn no_profile_means_the_friendly_default() {
    assert_eq!(Family::default().greeting_name(), None);
}

#[test]
fn an_empty_nickname_also_falls_back_to_the_default() {
    let mut family = Family::default();
    family.rename_current_child("   ", || id("a"));
    assert_eq!(family.greeting_name(), None);
    assert_eq!(
        family.children.len(),
        1,
        "the profile is still made, ready for a name"
    );
}

#[test]
fn renaming_with_no_profile_creates_the_first_child_and_selects_it() {
    let mut family = Family::default();
    family.rename_current_child("  Mia ", || id("a"));
    assert_eq!(family.greeting_name(), Some("Mia"));
    assert_eq!(family.current_child, Some(id("a")));
}

#[test]
fn renaming_again_changes_the_same_child() {
    let mut family = Family::default();
    family.rename_current_child("Mia", || id("a"));
    family.rename_current_child("Mimi", || panic!("no second profile"));
    assert_eq!(family.children.len(), 1);
    assert_eq!(family.greeting_name(), Some("Mimi"));
}

#[test]
fn a_missing_current_child_is_treated_as_no_profile() {
    let family = Family {
        children: vec![ChildProfile {
            age_band: Some(AgeBand::Toddler),
            ..ChildProfile::named(id("a"), "Mia")
        }],
        current_child: Some(id("gone")),
        ..Family::default()
    };
    assert_eq!(family.greeting_name(), None);
}

proptest! {
    #[test]
    fn a_cleaned_nickname_is_trimmed_and_never_too_long(typed in "\\PC{0,80}") {
        let cleaned = clean_nickname(&typed);
        prop_assert!(cleaned.chars().count() <= NICKNAME_MAX_CHARS);
        prop_assert_eq!(cleaned.trim(), cleaned.as_str());
        prop_assert!(typed.trim().starts_with(&cleaned));
    }
}

#[test]
fn setting_an_age_creates_the_first_profile_or_changes_the_current_one() {
    let mut family = Family::default();
    family.set_current_age_band(AgeBand::Preschool, || id("a"));
    assert_eq!(family.current().unwrap().age_band, Some(AgeBand::Preschool));
    family.rename_current_child("Mia", || panic!("no second profile"));
    family.set_current_age_band(AgeBand::EarlySchool, || panic!("no second profile"));
    let child = family.current().unwrap();
    assert_eq!(
        (child.nickname.as_str(), child.age_band),
        ("Mia", Some(AgeBand::EarlySchool))
    );
}

#[test]
fn children_are_added_switched_and_given_a_picture_and_their_grown_ups() {
    let mut family = Family::default();
    family.rename_current_child("Mia", || id("mia"));
    let leo = family.add_child("  Leo ", id("leo"));
    assert_eq!(
        family.greeting_name(),
        Some("Leo"),
        "a new child is the one using the app"
    );
    assert!(family.switch_to(&id("mia")));
    assert_eq!(family.greeting_name(), Some("Mia"));
    assert!(!family.switch_to(&id("nobody")));
    assert_eq!(family.current_child, Some(id("mia")));

    family.set_current_avatar("fox", || id("unused"));
    family.set_current_avatar("../../x", || id("unused"));
    family.set_current_grown_ups("  Mama and Grandpa  ", || id("unused"));
    let mia = family.current().unwrap();
    assert_eq!(mia.avatar.as_deref(), Some("fox"));
    assert_eq!(mia.avatar_or_default(), "fox");
    assert_eq!(mia.grown_ups, "Mama and Grandpa");
    let leo = family.children.iter().find(|c| c.id == leo).unwrap();
    assert!(calm_together::model::family::AVATARS.contains(&leo.avatar_or_default()));
    assert_eq!(leo.nickname, "Leo");
}

#[test]
fn a_profile_saved_before_pictures_and_grown_ups_still_opens() {
    let old = r#"{"id":"a","nickname":"Mia","age_band":"toddler"}"#;
    let child: ChildProfile = serde_json::from_str(old).unwrap();
    assert_eq!(child.avatar, None);
    assert_eq!(child.grown_ups, "");
    assert_eq!(
        serde_json::to_string(&child).unwrap(),
        old,
        "and is written back the same"
    );
}

#[test]
fn a_kind_backup_reminder_comes_two_weeks_after_the_last_backup() {
    use calm_together::model::family::BACKUP_REMINDER_AFTER_MS;
    let mut family = Family::default();
    assert!(
        !family.backup_reminder_due(1_000),
        "never saved: Grown-ups says so instead"
    );
    family.last_backup_at = Some(1_000);
    assert!(!family.backup_reminder_due(1_000 + BACKUP_REMINDER_AFTER_MS - 1));
    assert!(family.backup_reminder_due(1_000 + BACKUP_REMINDER_AFTER_MS));
    assert!(
        !family.backup_reminder_due(0),
        "a clock set back never reminds"
    );
}

#[test]
fn a_family_that_never_saved_a_backup_is_reminded_two_weeks_after_first_use() {
    use calm_together::model::family::BACKUP_REMINDER_AFTER_MS;
    let mut family = Family::default();
    assert!(
        !family.note_first_use(1_000),
        "no profile yet: nothing worth keeping"
    );
    family.add_child("Mia", id("a"));
    assert!(family.note_first_use(1_000));
    assert!(
        !family.note_first_use(5_000),
        "the first use stays the first"
    );
    assert!(!family.backup_reminder_due(1_000 + BACKUP_REMINDER_AFTER_MS - 1));
    assert!(family.backup_reminder_due(1_000 + BACKUP_REMINDER_AFTER_MS));
    family.last_backup_at = Some(1_000 + BACKUP_REMINDER_AFTER_MS);
    assert!(
        !family.backup_reminder_due(1_000 + BACKUP_REMINDER_AFTER_MS),
        "a backup just saved counts, not the first use"
    );
}

#[test]
fn removing_a_child_makes_another_current_and_leaves_the_rest() {
    let mut family = Family::default();
    family.add_child("Mia", id("a"));
    family.add_child("Leo", id("b"));
    assert!(family.remove_child(&id("b")));
    assert_eq!(family.current_child, Some(id("a")));
    assert_eq!(family.children.len(), 1);
    assert!(!family.remove_child(&id("b")), "already gone");
    assert!(family.remove_child(&id("a")));
    assert_eq!(
        family.current_child, None,
        "no one left: the welcome comes back"
    );
}

#[test]
fn removing_a_child_who_is_not_current_keeps_the_current_one() {
    let mut family = Family::default();
    family.add_child("Mia", id("a"));
    family.add_child("Leo", id("b"));
    family.remove_child(&id("a"));
    assert_eq!(family.current_child, Some(id("b")));
}

#[test]
fn each_child_has_their_own_plan() {
    use calm_together::model::exercise::Exercise;
    use calm_together::model::plan::Activity;
    let balloon = Activity::Exercise(Exercise::Balloon);
    let mut family = Family::default();
    family.add_child("Mia", id("a"));
    family.update_current_plan(
        || panic!("Mia is here"),
        |plan| plan.set_day(balloon, 0, true),
    );
    family.add_child("Leo", id("b"));
    assert!(
        family.current().unwrap().plan.items.is_empty(),
        "Leo starts with none"
    );
    let mia = id("a");
    assert!(family.update_plan_of(Some(&mia), |plan| plan.mark_done(balloon, 4)));
    assert!(!family.update_plan_of(None, |plan| plan.mark_done(balloon, 4)));
    assert!(family.forget_story(9).is_empty());
    assert_eq!(family.children[0].plan.items.len(), 1);

    // A story both children planned, deleted and brought back: each plan has it again.
    let story = calm_together::model::plan::Activity::ReadStory(Some(12));
    for child in [id("a"), id("b")] {
        family.update_plan_of(Some(&child), |plan| {
            plan.set_day(story, 3, true);
            true
        });
    }
    let before = family.clone();
    let forgotten = family.forget_story(12);
    assert_eq!(forgotten.len(), 2);
    family.restore_story_plans(forgotten);
    assert_eq!(family, before);
}

#[test]
fn a_profile_saved_before_plans_existed_reads_and_writes_back_the_same() {
    let old =
        r#"{"children":[{"id":"a","nickname":"Mia","age_band":"preschool"}],"current_child":"a"}"#;
    let family: Family = serde_json::from_str(old).unwrap();
    assert!(family.children[0].plan.is_empty());
    assert_eq!(family.first_used_at, None);
    assert_eq!(serde_json::to_string(&family).unwrap(), old);
}

#[test]
fn taking_a_child_off_finds_only_their_own_stories_and_practices() {
    use calm_together::model::exercise::Exercise;
    use calm_together::model::practice::{Ending, Practice, PracticeLog};
    use calm_together::model::story::{StoryCard, StoryIndex};
    let card = |id: u64, child: Option<&str>| StoryCard {
        id,
        title: format!("Story {id}"),
        child: child.map(id_of),
        cover: None,
        changed_at: id,
        pages: 1,
    };
    fn id_of(name: &str) -> ChildId {
        ChildId(name.to_string())
    }
    let index = StoryIndex {
        stories: vec![card(1, Some("a")), card(2, Some("b")), card(3, None)],
        ..StoryIndex::default()
    };
    assert_eq!(
        index.only_of(&id("a")),
        vec![1],
        "shared stories stay for everyone"
    );
    let practice = |n: u64, child: Option<&str>| Practice {
        id: format!("p{n}"),
        child: child.map(id_of),
        exercise: Exercise::Balloon,
        started_at: n,
        ended_at: n,
        ending: Ending::Completed,
        before: None,
        after: None,
    };
    let mut log = PracticeLog {
        practices: vec![
            practice(1, Some("a")),
            practice(2, Some("b")),
            practice(3, None),
        ],
    };
    assert_eq!(log.count_of(&id("a")), 1);
    log.remove_child(&id("a"));
    assert_eq!(log.practices.len(), 2);
    assert_eq!(log.count_of(&id("a")), 0);
}

#[test]
fn crisis_contacts_are_kept_as_written_trimmed_and_within_the_limit() {
    use calm_together::model::family::CRISIS_CONTACTS_MAX_CHARS;
    let mut family = Family::default();
    let typed = "  Ana (therapist): 555 0100\nCrisis line: 555 0199  \n";
    assert!(family.set_crisis_contacts(typed));
    assert_eq!(
        family.crisis_contacts, "Ana (therapist): 555 0100\nCrisis line: 555 0199",
        "lines stay, outer spaces go"
    );
    assert!(
        !family.set_crisis_contacts(typed),
        "the same words change nothing"
    );
    family.set_crisis_contacts(&"☎".repeat(CRISIS_CONTACTS_MAX_CHARS + 10));
    assert_eq!(
        family.crisis_contacts.chars().count(),
        CRISIS_CONTACTS_MAX_CHARS
    );
    assert!(family.set_crisis_contacts("   "));
    assert_eq!(family.crisis_contacts, "");
}

#[test]
fn a_family_saved_before_crisis_contacts_opens_and_is_written_back_the_same() {
    let old = r#"{"children":[],"current_child":null,"language":"es"}"#;
    let mut family: Family = serde_json::from_str(old).unwrap();
    assert_eq!(family.crisis_contacts, "");
    assert_eq!(serde_json::to_string(&family).unwrap(), old);
    family.set_crisis_contacts("Call Ana: 555 0100");
    let text = serde_json::to_string(&family).unwrap();
    let back: Family = serde_json::from_str(&text).unwrap();
    assert_eq!(back.crisis_contacts, "Call Ana: 555 0100");
}
