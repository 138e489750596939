use calm_together::model::exercise::Exercise;
use calm_together::model::handoff::{
    fragment_of, plan_to_send, qr_code, read_fragment, PlanFit, PlanLinkProblem, SentPlan,
};
use calm_together::model::plan::{Activity, PlanItem, WeekPlan};
use proptest::prelude::*;

const BALLOON: Activity = Activity::Exercise(Exercise::Balloon);
const ANY_STORY: Activity = Activity::ReadStory(None);

/// Balloon on Monday, Wednesday and Friday; the child's own story 7 on Sunday.
fn therapists_plan() -> WeekPlan {
    let mut plan = WeekPlan::default();
    for day in [0, 2, 4] {
        plan.set_day(BALLOON, day, true);
    }
    plan.set_day(Activity::ReadStory(Some(7)), 6, true);
    plan
}

fn item(activity: Activity, days: u8) -> PlanItem {
    PlanItem {
        activity,
        days,
        title: String::new(),
    }
}

#[test]
fn a_plan_travels_as_readable_words_and_days_with_a_check() {
    let sent = plan_to_send(&therapists_plan()).unwrap();
    let fragment = fragment_of(&sent);
    assert!(
        fragment.starts_with("plan-v1:balloon=135,read-story=7;check="),
        "{fragment}"
    );
    assert_eq!(read_fragment(&fragment), Ok(sent.clone()));
    assert_eq!(read_fragment(&format!("#{fragment}")), Ok(sent));
}

#[test]
fn a_childs_own_story_stays_on_its_tablet_and_becomes_any_story() {
    let sent = plan_to_send(&therapists_plan()).unwrap();
    assert_eq!(
        sent.items,
        vec![item(BALLOON, 0b10101), item(ANY_STORY, 0b100_0000)]
    );
}

#[test]
fn two_stories_on_different_days_become_one_any_story_on_both() {
    let mut plan = WeekPlan::default();
    plan.set_day(Activity::ReadStory(Some(1)), 0, true);
    plan.set_day(Activity::ReadStory(Some(2)), 3, true);
    plan.set_day(ANY_STORY, 3, true);
    let sent = plan_to_send(&plan).unwrap();
    assert_eq!(sent.items, vec![item(ANY_STORY, 0b1001)]);
}

#[test]
fn activities_with_no_day_do_not_travel_and_a_plan_with_no_days_is_not_sent() {
    let mut plan = WeekPlan::default();
    plan.add(BALLOON);
    assert_eq!(plan_to_send(&plan), None);
    plan.set_day(ANY_STORY, 1, true);
    assert_eq!(
        plan_to_send(&plan).unwrap().items,
        vec![item(ANY_STORY, 0b10)]
    );
}

#[test]
fn nothing_about_the_family_travels() {
    let mut plan = therapists_plan();
    plan.items[1].title = "The night of the storm".into();
    plan.done.push(calm_together::model::plan::Done {
        activity: BALLOON,
        day: 20_000,
    });
    let fragment = fragment_of(&plan_to_send(&plan).unwrap());
    for private in ["storm", "20000", "read-story-7"] {
        assert!(!fragment.contains(private), "{fragment} holds {private}");
    }
}

#[test]
fn another_sites_fragment_is_not_a_plan() {
    for other in [
        "",
        "#",
        "#top",
        "plan",
        "plan-v",
        "plan-vx:balloon=1",
        "plan-v0:balloon=1;check=000000",
        "PLAN-V1:balloon=1",
    ] {
        assert_eq!(
            read_fragment(other),
            Err(PlanLinkProblem::NotAPlan),
            "{other}"
        );
    }
    assert_eq!(
        read_fragment(&"a".repeat(5_000)),
        Err(PlanLinkProblem::NotAPlan)
    );
}

#[test]
fn a_link_cut_short_or_changed_is_damaged() {
    let fragment = fragment_of(&plan_to_send(&therapists_plan()).unwrap());
    let changed = fragment.replace("=135", "=136");
    assert_eq!(read_fragment(&changed), Err(PlanLinkProblem::Damaged));
    for cut in 8..fragment.len() {
        assert_ne!(
            read_fragment(&fragment[..cut]).ok(),
            plan_to_send(&therapists_plan()),
            "cut at {cut}"
        );
        assert!(
            read_fragment(&fragment[..cut]).is_err(),
            "cut at {cut}: {}",
            &fragment[..cut]
        );
    }
}

#[test]
fn days_must_be_weekday_digits_once_each_in_order() {
    for days in ["", "0", "8", "31", "11", "1a"] {
        let signed = format!("plan-v1:balloon={days}");
        let fragment = with_check(&signed);
        assert_eq!(
            read_fragment(&fragment),
            Err(PlanLinkProblem::Damaged),
            "{days}"
        );
    }
}

#[test]
fn a_newer_apps_link_says_so() {
    assert_eq!(
        read_fragment("plan-v2:balloon=1;check=000000"),
        Err(PlanLinkProblem::Newer)
    );
    assert_eq!(
        read_fragment("plan-v17:anything"),
        Err(PlanLinkProblem::Newer)
    );
    // A good check round an activity this version does not know: made by a newer app.
    let fragment = with_check("plan-v1:balloon=1,moonwalk=2");
    assert_eq!(read_fragment(&fragment), Err(PlanLinkProblem::Newer));
}

#[test]
fn a_childs_story_number_in_a_link_was_not_made_by_this_app() {
    let fragment = with_check("plan-v1:read-story-4=1");
    assert_eq!(read_fragment(&fragment), Err(PlanLinkProblem::Damaged));
}

/// A fragment signed as the app signs one, for texts the app would never write.
fn with_check(signed: &str) -> String {
    // The check is FNV-1a folded to 24 bits, as the app writes it.
    let hash = signed.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    format!("{signed};check={:06x}", (hash ^ (hash >> 24)) & 0x00ff_ffff)
}

#[test]
fn the_tests_check_is_the_apps_check() {
    let sent = SentPlan {
        items: vec![item(BALLOON, 1)],
    };
    assert_eq!(fragment_of(&sent), with_check("plan-v1:balloon=1"));
}

#[test]
fn how_a_sent_plan_meets_the_childs_week() {
    let sent = plan_to_send(&therapists_plan()).unwrap();
    assert_eq!(sent.fit(&WeekPlan::default()), PlanFit::NothingPlanned);
    let mut unscheduled = WeekPlan::default();
    unscheduled.add(ANY_STORY);
    assert_eq!(sent.fit(&unscheduled), PlanFit::NothingPlanned);

    let mut own = WeekPlan::default();
    own.set_day(Activity::Exercise(Exercise::TurtleTime), 1, true);
    assert_eq!(sent.fit(&own), PlanFit::Different);

    let mut replaced = own.clone();
    sent.replace(&mut replaced);
    assert_eq!(replaced.items, sent.items);
    assert_eq!(
        sent.fit(&replaced),
        PlanFit::AlreadyHeld,
        "the link opened again"
    );

    let mut added = own.clone();
    sent.add_to(&mut added);
    assert_eq!(added.items[0], own.items[0]);
    assert_eq!(&added.items[1..], &sent.items[..]);
    assert_eq!(sent.fit(&added), PlanFit::AlreadyHeld);
}

#[test]
fn adding_keeps_a_planned_storys_title_and_joins_days() {
    let mut week = WeekPlan::default();
    week.set_day(BALLOON, 0, true);
    week.set_day(ANY_STORY, 1, true);
    let sent = SentPlan {
        items: vec![item(BALLOON, 0b100), item(ANY_STORY, 0b10)],
    };
    sent.add_to(&mut week);
    assert_eq!(
        week.items,
        vec![item(BALLOON, 0b101), item(ANY_STORY, 0b10)]
    );
}

#[test]
fn done_today_stays_done_when_a_plan_is_replaced() {
    let mut week = WeekPlan::default();
    week.set_day(BALLOON, 0, true);
    week.mark_done(BALLOON, 20_000);
    let before = week.done.clone();
    plan_to_send(&therapists_plan()).unwrap().replace(&mut week);
    assert_eq!(week.done, before);
}

/// The link a therapist's tablet makes for `plan`, on a long sub-path address.
fn link_of(plan: &WeekPlan) -> String {
    format!(
        "https://calm-together.example.org/a/long/sub/path/plan#{}",
        fragment_of(&plan_to_send(plan).unwrap())
    )
}

#[test]
fn the_qr_code_of_a_usual_plan_is_small_enough_to_photograph() {
    // Three practices on some days and a story on Sunday: a usual week's homework.
    let mut plan = therapists_plan();
    plan.set_day(Activity::Exercise(Exercise::ButterflyHug), 1, true);
    plan.set_day(Activity::Exercise(Exercise::FiveSenses), 3, true);
    let drawing = qr_code(&link_of(&plan)).unwrap();
    // Version 9 at most (53 modules): shown 10 cm wide, each module is almost 2 mm.
    assert!(drawing.size <= 53, "{} modules", drawing.size);
    assert!(
        drawing.dark_path.starts_with("M0 0h7v1h-7z"),
        "the top-left finder's first row"
    );
}

#[test]
fn even_every_practice_on_every_day_makes_a_readable_qr_code() {
    // A child of 3–6 is offered the ten practices; a baby (or no age given) the baby's four too.
    for (exercises, most_modules) in [(&Exercise::ALL[..10], 81), (&Exercise::ALL[..], 89)] {
        let mut plan = WeekPlan::default();
        for &exercise in exercises {
            for day in 0..7 {
                plan.set_day(Activity::Exercise(exercise), day, true);
            }
        }
        plan.set_day(ANY_STORY, 6, true);
        let drawing = qr_code(&link_of(&plan)).unwrap();
        // Version 16 (81 modules): shown 12 cm wide, each module about 1.5 mm; version 18 (89)
        // still 1.35 mm, which a tablet camera reads from a hand's length.
        assert!(drawing.size <= most_modules, "{} modules", drawing.size);
    }
    assert!(Exercise::ALL[10..].iter().all(|e| e.for_a_baby()));
}

fn any_activity() -> impl Strategy<Value = Activity> {
    prop_oneof![
        (0..Exercise::ALL.len()).prop_map(|i| Activity::Exercise(Exercise::ALL[i])),
        Just(ANY_STORY),
        (1u64..1_000).prop_map(|id| Activity::ReadStory(Some(id))),
    ]
}

fn any_plan() -> impl Strategy<Value = WeekPlan> {
    proptest::collection::vec((any_activity(), 0u8..128), 0..14).prop_map(|entries| {
        let mut plan = WeekPlan::default();
        for (activity, days) in entries {
            plan.add(activity);
            for day in 0..7 {
                plan.set_day(activity, day, days & (1 << day) != 0);
            }
        }
        plan
    })
}

proptest! {
    #[test]
    fn every_plan_reads_back_as_sent(plan in any_plan()) {
        if let Some(sent) = plan_to_send(&plan) {
            prop_assert_eq!(read_fragment(&fragment_of(&sent)), Ok(sent.clone()));
            let mut week = WeekPlan::default();
            sent.replace(&mut week);
            prop_assert_eq!(sent.fit(&week), PlanFit::AlreadyHeld);
            // Every day planned for an exercise on the therapist's tablet is on the family's.
            for item in plan.items.iter().filter(|i| matches!(i.activity, Activity::Exercise(_))) {
                for day in 0..7 {
                    prop_assert_eq!(item.on(day), week.is_planned(item.activity, day));
                }
            }
        } else {
            prop_assert!(plan.items.iter().all(|item| item.days == 0));
        }
    }

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,80}") {
        let _ = read_fragment(&text);
        let _ = read_fragment(&format!("plan-v1:{text}"));
    }

    #[test]
    fn one_changed_character_is_never_read_as_the_plan(plan in any_plan(), at in 0usize..200, to in "[a-z0-9=,;:-]") {
        if let Some(sent) = plan_to_send(&plan) {
            let fragment = fragment_of(&sent);
            let at = at % fragment.len();
            let mut changed = fragment.clone();
            changed.replace_range(at..at + 1, &to);
            if changed != fragment {
                prop_assert_ne!(read_fragment(&changed), Ok(sent));
            }
        }
    }
}
