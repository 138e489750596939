use calm_together::calm::check_in::CheckInForm;
use calm_together::calm::runner::ExerciseRunner;
use calm_together::model::checkin::{CheckIn, Feeling};
use calm_together::model::exercise::Exercise;
use calm_together::model::language::Language;
use calm_together::model::pacing::{Length, PaceBand, FASTEST_STEP};
use calm_together::model::practice::Ending;
use calm_together::model::settings::CalmSettings;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::helpers::{find, find_all, mount_fresh, mount_fresh_in, wait_ms};

fn button(root: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    find_all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"))
}

#[wasm_bindgen_test]
async fn a_check_in_gathers_a_face_a_size_and_the_grown_ups_calm() {
    let answered = RwSignal::new(None::<Option<CheckIn>>);
    let (root, _keep) = mount_fresh(move || {
        view! { <CheckInForm title="Before we start" on_done=move |answers| answered.set(Some(answers))/> }
    });
    button(&root, "Scared").click();
    button(&root, "Huge").click();
    button(&root, "3").click();
    tick().await;
    assert_eq!(
        button(&root, "Scared")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    button(&root, "Next").click();
    assert_eq!(
        answered.get_untracked(),
        Some(Some(CheckIn {
            feeling: Some(Feeling::Scared),
            size: Some(5),
            grown_up_calm: Some(3)
        }))
    );
}

#[wasm_bindgen_test]
async fn a_check_in_can_be_skipped_with_one_tap() {
    let answered = RwSignal::new(None::<Option<CheckIn>>);
    let (root, _keep) = mount_fresh(move || {
        view! { <CheckInForm title="How are we now?" on_done=move |answers| answered.set(Some(answers))/> }
    });
    button(&root, "Skip").click();
    assert_eq!(answered.get_untracked(), Some(None));
}

#[wasm_bindgen_test]
async fn a_check_in_about_a_baby_asks_the_grown_up_how_the_baby_seems() {
    let (root, _keep) = mount_fresh(move || {
        view! { <CheckInForm title="Before we start" about_a_baby=true on_done=move |_| {}/> }
    });
    let question = find(&root, "#how-feeling");
    assert_eq!(question.text_content().unwrap(), "How does your baby seem?");
    // The faces are the question's: a screen reader names the group by it.
    let faces = find(&root, "[aria-labelledby='how-feeling']");
    assert_eq!(faces.get_attribute("role").as_deref(), Some("group"));
}

#[wasm_bindgen_test]
async fn with_a_baby_the_runner_shows_words_to_say_softly_and_never_speaks_them() {
    let (root, _keep) = mount_fresh(move || {
        provide_context(RwSignal::new(CalmSettings {
            chime: false,
            keep_awake: false,
            speech: true,
            ..CalmSettings::default()
        }));
        view! {
            <ExerciseRunner
                exercise=Exercise::ChestToChest
                band=PaceBand::Toddler
                length=Length::Minutes(1)
                on_start=|_| {}
                on_end=|_| {}
            />
        }
    });
    let spoken = record_speech();
    let soft = find(&root, ".soft-words");
    assert!(soft.class_list().contains("hidden"), "not before Start");
    button(&root, "Start").click();
    tick().await;
    assert_eq!(
        find(&root, "[data-testid='cue']").text_content().unwrap(),
        "Breathe in slowly"
    );
    assert!(!soft.class_list().contains("hidden"));
    assert_eq!(
        soft.text_content().unwrap(),
        "Say softly: \"I've got you.\""
    );
    let said: Vec<String> = spoken
        .iter()
        .filter_map(|pair| js_sys::Array::from(&pair).get(0).as_string())
        .collect();
    assert_eq!(
        said,
        ["Breathe in slowly"],
        "the step is spoken, in the family's words"
    );
    assert!(
        said.iter().all(|s| !s.contains("got you")),
        "the words for the baby are the grown-up's to say: {said:?}"
    );
    button(&root, "Stop").click();
}

#[wasm_bindgen_test]
async fn the_runner_starts_shows_the_cue_in_a_live_region_and_stops_gently() {
    let ended = RwSignal::new(None::<Ending>);
    let started = RwSignal::new(false);
    let (root, _keep) = mount_fresh(move || {
        provide_context(RwSignal::new(CalmSettings {
            chime: false,
            keep_awake: false,
            ..CalmSettings::default()
        }));
        view! {
            <ExerciseRunner
                exercise=Exercise::Balloon
                band=PaceBand::Toddler
                length=Length::Breaths(3)
                on_start=move |_| started.set(true)
                on_end=move |ending| ended.set(Some(ending))
            />
        }
    });
    let cue = find(&root, "[data-testid='cue']");
    assert_eq!(cue.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(cue.text_content().unwrap(), "Ready when you are");
    button(&root, "Start").click();
    tick().await;
    assert!(started.get_untracked());
    assert_eq!(cue.text_content().unwrap(), "Fill the balloon");
    wait_ms(100).await;
    let fullness = find(&root, "[data-testid='pacer']")
        .style()
        .get_property_value("--fullness-k")
        .unwrap();
    assert!(
        fullness.parse::<u32>().unwrap() > 0,
        "the balloon is filling: {fullness}"
    );
    button(&root, "Pause").click();
    tick().await;
    assert!(cue.text_content().unwrap().starts_with("Paused"));
    button(&root, "Stop").click();
    tick().await;
    assert_eq!(ended.get_untracked(), Some(Ending::StoppedEarly));
}

#[wasm_bindgen_test]
async fn the_usual_length_set_in_grown_ups_is_the_one_chosen_when_a_practice_opens() {
    use calm_together::model::settings::LengthPreference;
    let (root, _keep) = mount_fresh(move || {
        provide_context(RwSignal::new(CalmSettings {
            length: LengthPreference::Longer,
            chime: false,
            keep_awake: false,
            ..CalmSettings::default()
        }));
        view! {
            <ExerciseRunner exercise=Exercise::Balloon band=PaceBand::Preschool on_start=|_| {} on_end=|_| {}/>
        }
    });
    tick().await;
    let pressed: Vec<String> = find_all(&root, ".length-choice button[aria-pressed='true']")
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect();
    assert_eq!(pressed, ["2 minutes"]);
}

/// Replaces the browser's voice with a list of what it was given: `[words, lang]` pairs.
fn record_speech() -> js_sys::Array {
    let spoken = js_sys::Array::new();
    let record = js_sys::Function::new_with_args(
        "spoken",
        "window.speechSynthesis.speak = (u) => spoken.push([u.text, u.lang]);",
    );
    record.call1(&JsValue::NULL, &spoken).unwrap();
    spoken
}

#[wasm_bindgen_test]
async fn the_runner_speaks_every_step_in_the_family_language_not_only_the_first() {
    let spoken = record_speech();
    let (root, _keep) = mount_fresh_in(Language::Spanish, move || {
        provide_context(RwSignal::new(CalmSettings {
            chime: false,
            speech: true,
            keep_awake: false,
            speed_step: FASTEST_STEP,
            ..CalmSettings::default()
        }));
        view! {
            <ExerciseRunner exercise=Exercise::Balloon band=PaceBand::Toddler length=Length::Breaths(3) on_start=|_| {} on_end=|_| {}/>
        }
    });
    button(&root, "Empezar").click();
    // Later steps are announced from animation frames, where no component is asking.
    for _ in 0..100 {
        if spoken.length() >= 3 {
            break;
        }
        wait_ms(100).await;
    }
    let said: Vec<(String, String)> = spoken
        .iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            (
                pair.get(0).as_string().unwrap(),
                pair.get(1).as_string().unwrap(),
            )
        })
        .collect();
    assert!(said.len() >= 3, "three steps spoken: {said:?}");
    for (words, lang) in &said {
        assert_eq!(lang, "es", "“{words}” is spoken as Spanish");
    }
    assert_eq!(said[0].0, "Inflamos el globo");
    assert_eq!(said[1].0, "Soltamos el aire despacito");
    assert_eq!(said[2].0, "Inflamos el globo");
}
