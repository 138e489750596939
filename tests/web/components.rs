use calm_together::family::nickname::NicknameField;
use calm_together::home::HomePage;
use calm_together::model::child::ChildId;
use calm_together::model::family::Family;
use calm_together::platform::recover::show_recover_screen;
use calm_together::storage::{
    AppStorage, MemoryBackend, SetAsideReason, SetAsideRecord, StorageNotice, Store, StoreKey,
};
use calm_together::strings::ENGLISH;
use calm_together::ui::navigation::Navigation;
use calm_together::ui::notices::StorageNotices;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

use super::helpers::{find, find_all, mount_fresh, wait_ms};
use calm_together::storage::keys;

fn memory_storage(notices: Vec<StorageNotice>) -> AppStorage {
    AppStorage::with_store(Store::new(Box::new(MemoryBackend::new()), "test"), notices)
}

#[wasm_bindgen_test]
async fn home_greets_the_current_child_and_shows_four_cards() {
    let (root, _keep) = mount_fresh(|| {
        let mut family = Family::default();
        family.rename_current_child("Mia", || ChildId("c".into()));
        provide_context(RwSignal::new(family));
        provide_context(Navigation::follow_the_address_bar());
        view! { <HomePage/> }
    });
    tick().await;
    assert_eq!(find(&root, "h1").text_content().unwrap(), "Hello, Mia!");
    let cards: Vec<String> = find_all(&root, "nav[aria-label='Main'] a")
        .iter()
        .map(|a| find(a, ".home-card-title").text_content().unwrap())
        .collect();
    assert_eq!(
        cards,
        ["Calm together", "Our stories", "Progress", "Grown-ups"]
    );
    for card in find_all(&root, ".home-card img") {
        assert_eq!(
            card.get_attribute("alt").as_deref(),
            Some(""),
            "pictures are decorative"
        );
    }
}

#[wasm_bindgen_test]
async fn home_uses_the_friendly_default_without_a_name() {
    let (root, _keep) = mount_fresh(|| {
        provide_context(memory_storage(vec![]));
        provide_context(RwSignal::new(Family::default()));
        provide_context(Navigation::follow_the_address_bar());
        view! { <HomePage/> }
    });
    tick().await;
    assert_eq!(find(&root, "h1").text_content().unwrap(), "Hello, friend!");
    let languages: Vec<String> = find_all(&root, ".welcome [role='group'] button[lang]")
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect();
    assert_eq!(
        languages,
        ["English", "Español"],
        "the welcome offers each language in its own words"
    );
}

#[wasm_bindgen_test]
async fn typing_a_nickname_updates_the_family_and_saves_it_a_moment_later() {
    let backend = MemoryBackend::new();
    let storage = AppStorage::with_store(Store::new(Box::new(backend.clone()), "test"), vec![]);
    let family = RwSignal::new(Family::default());
    let (root, _keep) = mount_fresh(move || {
        provide_context(storage);
        let family_signal = storage.bind(keys::FAMILY);
        family.set(family_signal.get_untracked());
        provide_context(family_signal);
        view! { <NicknameField/> }
    });
    let input = find(&root, "input#child-nickname").unchecked_into::<HtmlInputElement>();
    let label = find(&root, "label[for='child-nickname']");
    assert_eq!(
        label.text_content().unwrap(),
        "Your child's name on the home screen"
    );
    input.set_value("  Leo ");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(
        backend.raw(&StoreKey::Family.name()),
        None,
        "not written while typing"
    );
    wait_ms(700).await;
    let stored = backend
        .raw(&StoreKey::Family.name())
        .expect("written after the pause");
    assert!(stored.contains("\"nickname\":\"Leo\""), "{stored}");
}

fn unreadable_family_record() -> SetAsideRecord {
    SetAsideRecord {
        original_key: "calm-together.family".into(),
        reason: SetAsideReason::Unreadable,
        detail: "not JSON".into(),
        at: 1,
        raw: "{ broken".into(),
        acknowledged: false,
    }
}

fn notice_buttons(notice: &web_sys::HtmlElement) -> Vec<String> {
    find_all(notice, "button")
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn a_set_aside_notice_offers_the_file_and_can_be_hidden() {
    let storage = memory_storage(vec![StorageNotice::SetAside {
        record_key: Some("calm-together.set-aside.family.1-1".into()),
        record: unreadable_family_record(),
    }]);
    let (root, _keep) = mount_fresh(move || {
        provide_context(storage);
        view! { <StorageNotices/> }
    });
    tick().await;
    let notice = find(&root, "[role='status']");
    assert!(notice.text_content().unwrap().contains("We kept a copy"));
    assert_eq!(
        notice_buttons(&notice),
        ["Save it to a file", "Hide this message"]
    );
    find_all(&notice, "button")[1].click();
    tick().await;
    assert!(find_all(&root, "[role='status']").is_empty());
    assert!(storage.notices.get_untracked().is_empty());
}

#[wasm_bindgen_test]
async fn a_notice_about_a_key_that_is_not_kept_stays_while_that_is_true() {
    let storage = memory_storage(vec![
        StorageNotice::SetAside {
            record_key: None,
            record: unreadable_family_record(),
        },
        StorageNotice::FromNewerApp {
            key_name: "calm-together.story.7".into(),
        },
    ]);
    let (root, _keep) = mount_fresh(move || {
        provide_context(storage);
        view! { <StorageNotices/> }
    });
    tick().await;
    let notices = find_all(&root, "[role='status']");
    assert!(notices[0]
        .text_content()
        .unwrap()
        .contains("no room to copy it"));
    assert_eq!(notice_buttons(&notices[0]), ["Save it to a file"]);
    assert_eq!(notice_buttons(&notices[1]), ["Reload"]);
}

#[wasm_bindgen_test]
async fn a_full_storage_notice_goes_away_once_a_save_works() {
    let storage = memory_storage(vec![StorageNotice::Full]);
    let (root, _keep) = mount_fresh(move || {
        provide_context(storage);
        view! { <StorageNotices/> }
    });
    tick().await;
    assert!(find(&root, "[role='status']")
        .text_content()
        .unwrap()
        .contains("storage is full"));
    storage.flush();
    wait_ms(10).await;
    assert!(find_all(&root, "[role='status']").is_empty());
}

#[wasm_bindgen_test]
fn the_recover_screen_is_calm_and_offers_a_way_back() {
    let page = document().create_element("div").unwrap();
    page.set_inner_html("<main>the app that stopped</main>");
    show_recover_screen(&page, &ENGLISH);
    assert_eq!(page.child_element_count(), 1, "the stopped app is gone");
    let screen = find(page.unchecked_ref(), "main.recover");
    assert_eq!(screen.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        find(&screen, "h1").text_content().unwrap(),
        "Something went wrong"
    );
    assert!(screen
        .text_content()
        .unwrap()
        .contains("Everything you saved is still safe"));
    assert_eq!(
        find(&screen, "a").get_attribute("href").as_deref(),
        Some("/")
    );
}

#[wasm_bindgen_test]
async fn a_link_shows_its_screen_without_a_page_load_and_marks_the_current_one() {
    use calm_together::model::screen::Screen;
    use calm_together::ui::navigation::Link;
    // Links within this part of the app only: another part is a real page load.
    let navigation = RwSignal::new(None::<Navigation>);
    let (root, _keep) = mount_fresh(move || {
        let nav = Navigation::follow_the_address_bar();
        navigation.set(Some(nav));
        provide_context(nav);
        view! {
            <Link to=Screen::GrownUps class="home-button">"Grown-ups"</Link>
            <Link to=Screen::Progress class="card">"Progress"</Link>
        }
    });
    let start = window().location().pathname().unwrap();
    let nav = navigation.get_untracked().unwrap();
    nav.go(Screen::GrownUps);
    tick().await;
    let links = find_all(&root, "a");
    assert_eq!(links[1].get_attribute("href").as_deref(), Some("/progress"));
    links[1].click();
    tick().await;
    assert_eq!(nav.screen.get_untracked(), Screen::Progress);
    assert_eq!(window().location().pathname().unwrap(), "/progress");
    assert_eq!(
        links[1].get_attribute("aria-current").as_deref(),
        Some("page")
    );
    assert_eq!(links[0].get_attribute("aria-current"), None);
    // Put the test page's address back for the tests after this one.
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start))
        .unwrap();
}
