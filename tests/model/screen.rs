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
fn every_story_has_an_address_to_make_it_and_one_to_read_it() {
    for screen in [
        Screen::StoryEdit(1764115200000),
        Screen::StoryRead(3),
        Screen::StoryPrint(3),
    ] {
        assert_eq!(Screen::from_path(&screen.path()), screen);
    }
    assert_eq!(
        Screen::from_path("/stories/12/read/"),
        Screen::StoryRead(12)
    );
    for odd in [
        "/stories/012",
        "/stories/x",
        "/stories/12/write",
        "/stories/-1",
        "/stories/12/read/more",
        "/stories/x/print",
    ] {
        assert_eq!(Screen::from_path(odd), Screen::NotFound, "{odd}");
    }
}

#[test]
fn slashes_queries_and_fragments_do_not_change_the_screen() {
    assert_eq!(Screen::from_path("/calm/"), Screen::Calm);
    assert_eq!(Screen::from_path("/grown-ups?from=home"), Screen::GrownUps);
    assert_eq!(
        Screen::from_path("/grown-ups/open"),
        Screen::GrownUpsBehindGate
    );
    assert_eq!(
        Screen::from_path("/grown-ups/open/"),
        Screen::GrownUpsBehindGate
    );
    assert_eq!(Screen::GrownUpsBehindGate.path(), "/grown-ups/open");
    assert_eq!(Screen::from_path("/grown-ups/opened"), Screen::NotFound);
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
        prop_assert!(
            screen == Screen::NotFound
                || screen == Screen::GrownUpsBehindGate
                || Screen::ALL.contains(&screen)
        );
    }
}

#[test]
fn each_screen_lives_in_one_part_of_the_app_by_the_rule_boot_js_uses() {
    use calm_together::model::exercise::Exercise;
    use calm_together::model::screen::Module;
    assert_eq!(Screen::Calm.module(), Some(Module::Calm));
    assert_eq!(
        Screen::Practice(Exercise::TurtleTime).module(),
        Some(Module::Calm)
    );
    assert_eq!(Screen::Home.module(), Some(Module::Shell));
    for screen in [Screen::Progress, Screen::GrownUps] {
        assert_eq!(screen.module(), Some(Module::Progress));
    }
    assert_eq!(Screen::GrownUpsBehindGate.module(), Some(Module::Family));
    assert_eq!(Screen::Stories.module(), Some(Module::Shelf));
    for screen in [
        Screen::StoryEdit(7),
        Screen::StoryRead(7),
        Screen::StoryPrint(7),
        Screen::Book("safe-with-you"),
    ] {
        assert_eq!(screen.module(), Some(Module::Story));
    }
    assert_eq!(Screen::NotFound.module(), None);
    // public/boot.js picks the part by the same rule: "/calm", "/stories" and what is under them.
    let stories = [
        Screen::StoryEdit(1764115200000),
        Screen::StoryRead(1),
        Screen::StoryPrint(1),
    ];
    for screen in Screen::ALL
        .into_iter()
        .chain(Exercise::ALL.map(Screen::Practice))
        .chain(stories)
        .chain([Screen::GrownUpsBehindGate, Screen::Book("safe-with-you")])
    {
        let path = screen.path();
        let under = |part: &str| path == part || path.starts_with(&format!("{part}/"));
        let by_boot_rule = if under("/calm") {
            Module::Calm
        } else if path == "/stories" {
            Module::Shelf
        } else if under("/stories") {
            Module::Story
        } else if under("/grown-ups/open") {
            Module::Family
        } else if under("/grown-ups") || under("/progress") {
            Module::Progress
        } else {
            Module::Shell
        };
        assert_eq!(screen.module(), Some(by_boot_rule), "{path}");
    }
}

#[test]
fn a_part_shows_the_screens_it_starts_and_a_story_part_also_the_shelf() {
    use calm_together::model::exercise::Exercise;
    use calm_together::model::screen::Module;
    let parts = [
        Module::Shell,
        Module::Calm,
        Module::Shelf,
        Module::Story,
        Module::Progress,
        Module::Family,
    ];
    let screens = [
        Screen::Home,
        Screen::Calm,
        Screen::Practice(Exercise::Balloon),
        Screen::Stories,
        Screen::StoryEdit(7),
        Screen::StoryRead(7),
        Screen::StoryPrint(7),
        Screen::Book("safe-with-you"),
        Screen::Progress,
        Screen::GrownUps,
        Screen::GrownUpsBehindGate,
    ];
    for part in parts {
        assert!(part.shows(Screen::NotFound), "{part:?}");
        for screen in screens {
            let expected = screen.module() == Some(part)
                || (part == Module::Story && screen == Screen::Stories);
            assert_eq!(part.shows(screen), expected, "{part:?} {screen:?}");
        }
    }
    // The shelf's own part does not show a story: opening one loads the story's part.
    assert!(!Module::Shelf.shows(Screen::StoryEdit(7)));
    // The door's part does not show what is behind the gate.
    assert!(!Module::Progress.shows(Screen::GrownUpsBehindGate));
}

#[test]
fn every_built_in_book_has_an_address_to_read_it_and_no_other_name_does() {
    use calm_together::model::library::BOOK_IDS;
    for id in BOOK_IDS {
        let screen = Screen::Book(id);
        assert_eq!(screen.path(), format!("/stories/books/{id}"));
        assert_eq!(Screen::from_path(&screen.path()), screen);
    }
    assert_eq!(
        Screen::from_path("/stories/books/my-bodys-alarm/"),
        Screen::Book("my-bodys-alarm")
    );
    for odd in [
        "/stories/books",
        "/stories/books/",
        "/stories/books/nope",
        "/stories/books/safe-with-you/read",
    ] {
        assert_eq!(Screen::from_path(odd), Screen::NotFound, "{odd}");
    }
}
