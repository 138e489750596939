use calm_together::model::screen::Screen;
use proptest::prelude::*;

#[test]
fn every_screen_reads_back_from_its_own_address() {
    for screen in Screen::ALL {
        assert_eq!(Screen::from_path(&screen.path()), screen);
    }
}

#[test]
fn every_exercise_has_its_own_address() {
    use calm_together::model::exercise::Exercise;
    for exercise in Exercise::ALL {
        let screen = Screen::Practice(exercise);
        assert_eq!(Screen::from_path(&screen.path()), screen);
    }
    assert_eq!(
        Screen::from_path("/calm/no-such-exercise"),
        Screen::NotFound
    );
}

#[test]
fn slashes_queries_and_fragments_do_not_change_the_screen() {
    assert_eq!(Screen::from_path("/calm/"), Screen::Calm);
    assert_eq!(Screen::from_path("/grown-ups?from=home"), Screen::GrownUps);
    assert_eq!(Screen::from_path("/stories#top"), Screen::Stories);
    assert_eq!(Screen::from_path(""), Screen::Home);
}

#[test]
fn unknown_addresses_are_not_found_and_lead_home() {
    assert_eq!(Screen::from_path("/calm/extra/more"), Screen::NotFound);
    assert_eq!(Screen::from_path("/CALM"), Screen::NotFound);
    assert_eq!(Screen::NotFound.path(), "/");
}

proptest! {
    #[test]
    fn any_address_maps_to_some_screen_without_panicking(path in "\\PC{0,40}") {
        let screen = Screen::from_path(&path);
        prop_assert!(screen == Screen::NotFound || Screen::ALL.contains(&screen));
    }
}
