//! Runs one exercise: Start, Pause, Keep going, Stop. Time comes from the monotonic clock
//! through a pure stopwatch; one frame loop moves the picture, and the words, chime, voice
//! and vibration change only when the step changes.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::cues::{announce_step, SpokenWords};
use super::pacer::{Pacer, StepView};
use crate::model::exercise::Exercise;
use crate::model::pacing::{Length, PaceBand, Stopwatch};
use crate::model::practice::Ending;
use crate::model::script::{Moment, Script};
use crate::platform::chime::wake_audio;
use crate::platform::clock::monotonic_ms;
use crate::platform::frames::FrameLoop;
use crate::platform::speech::hush;
use crate::platform::wake_lock::ScreenAwake;
use crate::storage::use_calm_settings;
use crate::strings::use_calm_strings;
use crate::ui::focus::focus_next_frame;
use crate::ui::picture::picture_url;

/// Where a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunState {
    Ready,
    Running,
    Paused,
}

/// Everything a run keeps between frames, outside the reactive graph.
struct Run {
    script: Script,
    watch: Stopwatch,
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
    let first = script_now().moment_at(0.0);
    let step = RwSignal::new(view_of(&first));
    let rounds = RwSignal::new(script_now().rounds());
    let run = StoredValue::new_local(Run {
        script: script_now(),
        watch: Stopwatch::default(),
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
        hush();
    };
    let on_frame = move |now: f64| -> bool {
        let moment = run.with_value(|r| r.script.moment_at(r.watch.elapsed(now)));
        draw(pacer, &moment);
        let view = view_of(&moment);
        let before = step.get_untracked();
        if view != before {
            step.set(view);
            if !moment.finished && view.step != before.step {
                announce_step(exercise, moment.cue, settings.get_untracked(), spoken);
            }
        }
        if moment.finished {
            stop_frames();
            state.set(RunState::Ready);
            on_end.run(Ending::Completed);
        }
        !moment.finished
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
        state.set(RunState::Running);
    };
    let start = move |_| {
        if settings.with_untracked(|s| s.chime) {
            wake_audio();
        }
        let script = script_now();
        rounds.set(script.rounds());
        let now = monotonic_ms();
        run.update_value(|r| {
            r.script = script;
            r.watch = Stopwatch::started(now);
        });
        let first = run.with_value(|r| r.script.moment_at(0.0));
        step.set(view_of(&first));
        announce_step(exercise, first.cue, settings.get_untracked(), spoken);
        on_start.run(());
        run_frames();
        focus_next_frame(pause_button.get_untracked());
    };
    let pause = move || {
        if state.get_untracked() != RunState::Running {
            return;
        }
        let now = monotonic_ms();
        stop_frames();
        run.update_value(|r| r.watch.pause(now));
        state.set(RunState::Paused);
    };
    let keep_going = move |_| {
        let now = monotonic_ms();
        run.update_value(|r| r.watch.resume(now));
        run_frames();
        focus_next_frame(pause_button.get_untracked());
    };
    let stop = move |_| {
        stop_frames();
        state.set(RunState::Ready);
        on_end.run(Ending::StoppedEarly);
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
    let count = move || (calm_words.count)(exercise, round.get(), rounds.get());
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

fn view_of(moment: &Moment) -> StepView {
    StepView {
        cue: moment.cue,
        round: moment.round,
        step: moment.step,
        finished: moment.finished,
        count: moment.count,
    }
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
