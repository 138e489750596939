//! Runs one exercise: Start, Pause, Keep going, Stop. The rules are `model::run::ExerciseRun`
//! (tested natively); here taps and frames go in, and one frame loop moves the picture, while
//! the words, chime, voice and vibration change only when the step changes.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::cues::{announce_step, hush_voices, RecordedSteps, SpokenWords};
use super::pacer::Pacer;
use crate::model::exercise::Exercise;
use crate::model::pacing::{Length, PaceBand};
use crate::model::practice::Ending;
use crate::model::run::{ExerciseRun, RunState};
use crate::model::script::Moment;
use crate::platform::chime::wake_audio;
use crate::platform::clock::monotonic_ms;
use crate::platform::frames::FrameLoop;
use crate::platform::wake_lock::ScreenAwake;
use crate::storage::use_calm_settings;
use crate::strings::use_calm_strings;
use crate::ui::focus::focus_next_frame;
use crate::ui::picture::picture_url;

/// What a run keeps between frames, outside the reactive graph: the rules' state, the frame
/// loop and the screen kept awake.
struct Run {
    exercise: ExerciseRun,
    frames: Option<FrameLoop>,
    awake: ScreenAwake,
}

/// One exercise with its controls. `length` fixes the length (grown-up first); otherwise the
/// grown-up picks it before starting.
#[component]
pub fn ExerciseRunner(
    exercise: Exercise,
    band: PaceBand,
    #[prop(optional)] length: Option<Length>,
    #[prop(into)] on_start: Callback<()>,
    #[prop(into)] on_end: Callback<Ending>,
) -> impl IntoView {
    let calm_words = use_calm_strings();
    let spoken = SpokenWords::of_this_page();
    let recorded = RecordedSteps::load(exercise);
    let settings = use_calm_settings();
    let preference = settings.with_untracked(|s| s.length);
    let chosen_length =
        RwSignal::new(length.unwrap_or_else(|| exercise.length_for(band, preference)));
    let script_now = move || {
        exercise.script(
            band,
            settings.with_untracked(|s| s.speed_step),
            chosen_length.get_untracked(),
        )
    };
    let state = RwSignal::new(RunState::Ready);
    let exercise_run = ExerciseRun::new(script_now());
    let step = RwSignal::new(exercise_run.shown());
    let rounds = RwSignal::new(exercise_run.rounds());
    let run = StoredValue::new_local(Run {
        exercise: exercise_run,
        frames: None,
        awake: ScreenAwake::default(),
    });
    let pacer = NodeRef::<html::Div>::new();
    // Start, Pause and Keep going take each other's place: focus follows to the one shown.
    let pause_button = NodeRef::<html::Button>::new();
    let keep_going_button = NodeRef::<html::Button>::new();
    let reduced_motion = prefers_reduced_motion();
    let gentle = Signal::derive(move || reduced_motion || settings.with(|s| s.gentle_visuals));

    let stop_frames = move || {
        run.update_value(|r| {
            if let Some(frames) = r.frames.take() {
                frames.stop();
            }
            r.awake.release();
        });
        hush_voices();
    };
    let show_state = move || state.set(run.with_value(|r| r.exercise.state()));
    let on_frame = move |now: f64| -> bool {
        let Some(frame) = run.try_update_value(|r| r.exercise.frame(now)).flatten() else {
            return false;
        };
        draw(pacer, &frame.moment);
        if let Some(view) = frame.changed {
            step.set(view);
        }
        if let Some(cue) = frame.announce {
            announce_step(exercise, cue, settings.get_untracked(), spoken, recorded);
        }
        if let Some(ending) = frame.ended {
            stop_frames();
            show_state();
            on_end.run(ending);
            return false;
        }
        true
    };
    let run_frames = move || {
        let keep_awake = settings.with_untracked(|s| s.keep_awake);
        let frames = FrameLoop::start(on_frame);
        run.update_value(|r| {
            r.frames = Some(frames);
            if keep_awake {
                r.awake.hold();
            }
        });
        show_state();
    };
    let start = move |_| {
        let script = script_now();
        let script_rounds = script.rounds();
        let Some(first) = run
            .try_update_value(|r| r.exercise.start(script, monotonic_ms()))
            .flatten()
        else {
            return;
        };
        // In the tap: browsers let sound start only from one (chimes and recorded voices).
        if settings.with_untracked(|s| s.chime) || recorded.any() {
            wake_audio();
        }
        rounds.set(script_rounds);
        step.set(first);
        announce_step(
            exercise,
            first.cue,
            settings.get_untracked(),
            spoken,
            recorded,
        );
        on_start.run(());
        run_frames();
        focus_next_frame(pause_button.get_untracked());
    };
    let pause = move || {
        if run.try_update_value(|r| r.exercise.pause(monotonic_ms())) == Some(true) {
            stop_frames();
            show_state();
        }
    };
    let keep_going = move |_| {
        if run.try_update_value(|r| r.exercise.resume(monotonic_ms())) == Some(true) {
            run_frames();
            focus_next_frame(pause_button.get_untracked());
        }
    };
    let stop = move |_| {
        if let Some(ending) = run.try_update_value(|r| r.exercise.stop()).flatten() {
            stop_frames();
            show_state();
            on_end.run(ending);
        }
    };
    // A hidden tab pauses the exercise (and lets the screen sleep); nothing runs unseen.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            pause();
        }
    });
    on_cleanup(move || {
        hidden.remove();
        stop_frames();
    });

    // Memos, so the live region and the count change only when their words do.
    let cue = Memo::new(move |_| step.get().cue);
    let round = Memo::new(move |_| step.get().round.max(1));
    let words = move || (calm_words.cue)(exercise, cue.get());
    let count = move || (calm_words.count)(exercise.counted_in(), round.get(), rounds.get());
    let sound_on = move || settings.with(|s| s.chime);
    let running_or_paused = move || state.get() != RunState::Ready;
    view! {
        <div class="runner">
            <Pacer exercise step root=pacer gentle/>
            <div class="runner-side">
            <div class="runner-words">
                <p class="cue-words" aria-live="polite" data-testid="cue">
                    {move || match state.get() {
                        RunState::Ready => calm_words.ready,
                        RunState::Paused => calm_words.paused,
                        RunState::Running => words(),
                    }}
                </p>
                <p class="cue-count" class:hidden=move || !running_or_paused()>{count}</p>
                {(exercise == Exercise::ButterflyHug).then(|| view! { <p class="cue-extra">{calm_words.breathe_slowly}</p> })}
                // Words for the baby, for the grown-up to say: shown, never spoken by the tablet.
                {(calm_words.soft_words)(exercise, 1).is_some().then(|| view! {
                    <p class="cue-extra soft-words" class:hidden=move || !running_or_paused() dir="auto">
                        {calm_words.say_softly}" "
                        <span class="soft-words-said">{move || (calm_words.soft_words)(exercise, round.get())}</span>
                    </p>
                })}
            </div>
            <LengthChoice exercise chosen_length fixed=length.is_some() visible=Signal::derive(move || !running_or_paused())/>
            // Every button is always there and only shown in its state: nothing is rebuilt mid-breath.
            <div class="runner-controls">
                <button class="big-button runner-start" data-stage-start class:gone=move || state.get() != RunState::Ready on:click=start>
                    {calm_words.start}
                </button>
                <button node_ref=pause_button class="big-button" class:gone=move || state.get() != RunState::Running on:click=move |_| {
                    pause();
                    focus_next_frame(keep_going_button.get_untracked());
                }>
                    {calm_words.pause}
                </button>
                <button node_ref=keep_going_button class="big-button" class:gone=move || state.get() != RunState::Paused on:click=keep_going>
                    {calm_words.keep_going}
                </button>
                <button class="quiet-button runner-stop" class:gone=move || state.get() == RunState::Ready on:click=stop>
                    {calm_words.stop}
                </button>
            </div>
            <button
                class="quiet-button sound-toggle"
                aria-pressed=move || sound_on().to_string()
                on:click=move |_| {
                    settings.update(|s| s.chime = !s.chime);
                    if settings.with_untracked(|s| s.chime) {
                        wake_audio();
                    }
                }
            >
                <img
                    class="picture sound-picture"
                    src=move || picture_url(if sound_on() { "speaker-high-volume" } else { "muted-speaker" })
                    alt=""
                />
                {move || if sound_on() { calm_words.sound_on } else { calm_words.sound_off }}
            </button>
            <p class="runner-reassure">{calm_words.stop_any_time}</p>
            </div>
        </div>
    }
}

/// The lengths to pick from before starting, when the exercise offers a choice.
#[component]
fn LengthChoice(
    exercise: Exercise,
    chosen_length: RwSignal<Length>,
    fixed: bool,
    visible: Signal<bool>,
) -> impl IntoView {
    let calm_words = use_calm_strings();
    let choices = exercise.length_choices();
    (!fixed && !choices.is_empty()).then(|| {
        let buttons = choices
            .iter()
            .map(|&length| {
                view! {
                    <button
                        class="choice-button"
                        aria-pressed=move || (chosen_length.get() == length).to_string()
                        on:click=move |_| chosen_length.set(length)
                    >
                        {(calm_words.length)(length)}
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="length-choice" role="group" aria-label=calm_words.length_label class:gone=move || !visible.get()>
                <span class="choice-label">{calm_words.length_label}</span>
                {buttons}
            </div>
        }
    })
}

/// Sets the per-frame CSS variables (in thousandths: whole numbers format without float code).
fn draw(pacer: NodeRef<html::Div>, moment: &Moment) {
    if let Some(element) = pacer.get_untracked() {
        let style = element.unchecked_ref::<web_sys::HtmlElement>().style();
        let _ = style.set_property("--fullness-k", &thousandths(moment.fullness));
        let _ = style.set_property("--progress-k", &thousandths(moment.progress));
    }
}

fn thousandths(fraction: f64) -> String {
    ((fraction.clamp(0.0, 1.0) * 1000.0).round() as u32).to_string()
}

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
