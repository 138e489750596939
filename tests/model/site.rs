use calm_together::model::exercise::Exercise;
use calm_together::model::library::BOOK_IDS;
use calm_together::model::screen::Screen;
use calm_together::model::site::SiteBase;
use proptest::prelude::*;

fn every_screen() -> Vec<Screen> {
    let mut screens = Screen::ALL.to_vec();
    screens.push(Screen::GrownUpsBehindGate);
    screens.push(Screen::SentPlan);
    screens.extend(Exercise::ALL.map(Screen::Practice));
    screens.extend([
        Screen::StoryEdit(7),
        Screen::StoryRead(7),
        Screen::StoryPrint(1764115200000),
    ]);
    screens.extend(BOOK_IDS.map(Screen::Book));
    screens
}

fn base(raw: &str) -> SiteBase {
    SiteBase::parse(raw).unwrap_or_else(|| panic!("{raw} is a base"))
}

#[test]
fn at_the_root_every_address_is_the_screens_own_path() {
    let root = SiteBase::root();
    for screen in every_screen() {
        assert_eq!(root.address(&screen.path()), screen.path());
        assert_eq!(root.screen_path(&screen.path()), Some(&*screen.path()));
    }
    assert_eq!(root.file("pictures/tulip.svg"), "/pictures/tulip.svg");
}

#[test]
fn under_a_sub_path_every_address_starts_with_it() {
    let sub = base("/calm-together/");
    assert_eq!(sub.address("/"), "/calm-together/");
    assert_eq!(sub.address("/calm/balloon"), "/calm-together/calm/balloon");
    assert_eq!(sub.file("sw.js"), "/calm-together/sw.js");
    assert_eq!(sub.screen_path("/calm-together"), Some("/"));
    assert_eq!(sub.screen_path("/calm-together/"), Some("/"));
    assert_eq!(
        sub.screen_path("/calm-together/stories/3/read"),
        Some("/stories/3/read")
    );
}

#[test]
fn an_address_outside_the_app_is_not_one_of_its_screens() {
    let sub = base("/calm-together/");
    for outside in [
        "/",
        "/calm",
        "/calm-togetherness",
        "/other/calm-together/calm",
    ] {
        assert_eq!(sub.screen_path(outside), None, "{outside}");
    }
}

#[test]
fn a_base_is_a_plain_path_and_gains_its_slashes() {
    assert_eq!(base("/").as_str(), "/");
    assert_eq!(base("/calm-together").as_str(), "/calm-together/");
    assert_eq!(base("/clinic/apps/calm/").as_str(), "/clinic/apps/calm/");
    for refused in [
        "",
        "calm-together/",
        "https://example.org/calm/",
        "//example.org/",
        "/a/../b/",
        "/./",
        "/a//b/",
        "/calm?x=1",
        "/calm#top",
        "/calm together/",
    ] {
        assert_eq!(SiteBase::parse(refused), None, "{refused}");
    }
}

proptest! {
    #[test]
    fn every_screen_reads_back_from_its_address_under_any_base(
        segments in prop::collection::vec("[a-z0-9][a-z0-9._~-]{0,11}", 0..4),
        trailing_slash in any::<bool>(),
    ) {
        prop_assume!(segments.iter().all(|s| s != "." && s != ".."));
        let raw = format!("/{}{}", segments.join("/"), if trailing_slash { "/" } else { "" });
        let site = SiteBase::parse(&raw).expect("a plain path");
        prop_assert!(site.as_str().starts_with('/') && site.as_str().ends_with('/'));
        for screen in every_screen() {
            let address = site.address(&screen.path());
            prop_assert!(address.starts_with(site.as_str()) || address == site.as_str());
            let path = site.screen_path(&address).expect("inside the app");
            prop_assert_eq!(Screen::from_path(path), screen);
        }
    }
}
