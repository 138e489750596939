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
    assert_eq!(
        Screen::from_path("/plan#plan-v1:balloon=135;check=123abc"),
        Screen::SentPlan
    );
    assert_eq!(Screen::SentPlan.path(), "/plan");
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
                || screen == Screen::SentPlan
                || Screen::ALL.contains(&screen)
        );
    }
}

#[test]
fn each_screen_lives_in_one_part_of_the_app() {
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
    // What is behind the gate is not even fetched until the gate is passed.
    assert_eq!(Screen::GrownUpsBehindGate.module(), Some(Module::Family));
    // A plan's link opens on the family's side, whose code reads and stores plans.
    assert_eq!(Screen::SentPlan.module(), Some(Module::Family));
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
}

#[test]
fn home_needs_no_style_sheet_of_its_own_and_every_part_sheet_exists() {
    use calm_together::model::screen::Module;
    assert!(
        Module::Shell.styles().is_empty(),
        "Home's first load carries only shared sheets"
    );
    assert_eq!(Module::ALL[0], Module::Shell);
    let index = std::fs::read_to_string("index.html").unwrap();
    for module in Module::ALL {
        for name in module.styles() {
            let link = format!(r#"href="style/{name}.css" id="style-{name}" disabled>"#);
            assert!(
                index.contains(&link),
                "index.html links {name}.css turned off"
            );
        }
    }
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

#[test]
fn a_screen_opened_by_its_address_has_its_own_part_fetched_early() {
    use calm_together::model::exercise::Exercise;
    use calm_together::model::screen::Module;
    let screens = [
        Screen::Home,
        Screen::Calm,
        Screen::Practice(Exercise::TurtleTime),
        Screen::Stories,
        Screen::StoryEdit(7),
        Screen::StoryRead(7),
        Screen::StoryPrint(7),
        Screen::Book("safe-with-you"),
        Screen::Progress,
        Screen::GrownUps,
        Screen::GrownUpsBehindGate,
        Screen::SentPlan,
    ];
    for screen in screens {
        let early = Module::fetched_early_for(&screen.path());
        match screen {
            // The start has it already; behind the gate waits for the gate (Progress's part).
            Screen::Home | Screen::GrownUpsBehindGate => assert_eq!(early, None, "{screen:?}"),
            _ => assert_eq!(early, screen.module(), "{screen:?}"),
        }
    }
    assert_eq!(Module::fetched_early_for("/calm/"), Some(Module::Calm));
    assert_eq!(
        Module::fetched_early_for("/stories?x=1"),
        Some(Module::Shelf)
    );
    assert_eq!(Module::fetched_early_for("/calmer"), None);
    assert_eq!(Module::fetched_early_for("/nowhere"), None);
}

#[test]
fn the_build_reads_the_same_early_fetch_table_as_the_app() {
    use calm_together::model::screen::Module;
    let written = std::fs::read_to_string("scripts/parts-by-address.json").unwrap_or_default();
    assert_eq!(
        written,
        Module::early_fetch_table(),
        "scripts/parts-by-address.json must be exactly Module::early_fetch_table()"
    );
}
