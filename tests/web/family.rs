//! The family's week in a real browser: planning days in Grown-ups, and Today's practice on Home.

use calm_together::family::plan::PlanPanel;
use calm_together::home::today::TodaysPractice;
use calm_together::model::calendar::weekday;
use calm_together::model::child::ChildId;
use calm_together::model::exercise::Exercise;
use calm_together::model::family::Family;
use calm_together::model::plan::Activity;
use calm_together::platform::clock::{local_day_number, now_ms};
use calm_together::storage::{AppStorage, MemoryBackend, Store};
use calm_together::ui::navigation::Navigation;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen_test::*;

use super::helpers::{find, find_all, mount_fresh};

const BALLOON: Activity = Activity::Exercise(Exercise::Balloon);

fn family_with_mia() -> RwSignal<Family> {
    let mut family = Family::default();
    family.add_child("Mia", ChildId("mia".into()));
    RwSignal::new(family)
}

#[wasm_bindgen_test]
async fn adding_an_activity_and_tapping_a_day_plans_it_for_the_child_here() {
    let family = family_with_mia();
    let (root, _keep) = mount_fresh(move || {
        provide_context(AppStorage::with_store(
            Store::new(Box::new(MemoryBackend::new()), "test"),
            vec![],
        ));
        provide_context(family);
        view! { <PlanPanel/> }
    });
    tick().await;
    let first_choice = find(&root, "select option");
    assert_eq!(first_choice.text_content().unwrap(), "Balloon breathing");
    find(&root, ".plan-add button").click();
    tick().await;
    let row = find(&root, "[role='group'][aria-label='Balloon breathing']");
    let wednesday = find_all(&row, ".day-choice")[2].clone();
    assert_eq!(wednesday.text_content().unwrap(), "WedWednesday");
    assert_eq!(
        wednesday.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    wednesday.click();
    tick().await;
    assert_eq!(
        wednesday.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(family.with_untracked(|f| f.current().unwrap().plan.is_planned(BALLOON, 2)));
    assert!(
        find_all(&root, "select option")
            .iter()
            .all(|o| o.text_content().unwrap() != "Balloon breathing"),
        "what is planned is not offered again"
    );
}

#[wasm_bindgen_test]
async fn todays_practice_lists_today_only_and_says_done_once_done() {
    let family = family_with_mia();
    let today = local_day_number(now_ms());
    family.update(|f| {
        f.update_current_plan(
            || unreachable!(),
            |plan| {
                plan.set_day(BALLOON, weekday(today) as usize, true);
                plan.set_day(
                    Activity::ReadStory(None),
                    (weekday(today) as usize + 1) % 7,
                    true,
                );
            },
        )
    });
    let (root, _keep) = mount_fresh(move || {
        provide_context(family);
        provide_context(Navigation::follow_the_address_bar());
        view! { <TodaysPractice/> }
    });
    tick().await;
    let links = find_all(&root, ".today-item");
    assert_eq!(links.len(), 1, "only what is planned for today");
    assert_eq!(
        links[0].get_attribute("href").as_deref(),
        Some("/calm/balloon")
    );
    assert_eq!(
        find(&links[0], ".today-state").text_content().unwrap(),
        "Start"
    );
    family.update(|f| {
        let mia = ChildId("mia".into());
        f.update_plan_of(Some(&mia), |plan| plan.mark_done(BALLOON, today));
    });
    tick().await;
    assert_eq!(
        find(&root, ".today-state").text_content().unwrap(),
        "Done today"
    );
}
