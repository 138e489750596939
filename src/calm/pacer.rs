//! The picture each exercise is followed by. The frame loop sets `--fullness` (0–1: how full
//! a breath is) and `--progress` (0–1 through the step) on the root; CSS does the drawing, with
//! transform and opacity only, so the compositor animates it without layout.

use leptos::html;
use leptos::prelude::*;

use crate::model::exercise::{Exercise, SPAGHETTI_PARTS};
use crate::model::script::Cue;
use crate::strings::use_calm_strings;
use crate::ui::picture::Picture;

pub use crate::model::run::StepView;

/// The word CSS selects on for a cue.
pub fn cue_slug(cue: Cue) -> &'static str {
    match cue {
        Cue::BreatheIn => "in",
        Cue::Hold => "hold",
        Cue::BreatheOut => "out",
        Cue::Squeeze => "squeeze",
        Cue::LetGo => "let-go",
        Cue::TapLeft => "left",
        Cue::TapRight => "right",
        Cue::Notice => "notice",
        Cue::StopBody => "stop",
        Cue::TuckIn => "tuck",
        Cue::ComeOut => "come-out",
        Cue::Think => "think",
        Cue::See => "see",
        Cue::Feel => "feel",
        Cue::Hear => "hear",
        Cue::Smell => "smell",
        Cue::Taste => "taste",
        Cue::Sway => "sway",
        Cue::SwayBack => "sway-back",
        Cue::Hum => "hum",
        Cue::KeepHumming => "keep-humming",
        Cue::LookAtBaby => "look",
        Cue::NameFeeling => "name",
        Cue::ImHere => "here",
        Cue::SafeWithMe => "safe",
    }
}

/// The animated picture for `exercise`. `root` receives the per-frame CSS variables.
#[component]
pub fn Pacer(
    exercise: Exercise,
    step: RwSignal<StepView>,
    root: NodeRef<html::Div>,
    gentle: Signal<bool>,
) -> impl IntoView {
    let cue = move || cue_slug(step.get().cue);
    let round = move || step.get().round.to_string();
    view! {
        <div
            node_ref=root
            class=format!("pacer pacer-{}", exercise.slug())
            class:gentle=gentle
            data-cue=cue
            data-round=round
            data-testid="pacer"
            aria-hidden="true"
        >
            {picture(exercise, step)}
            <span class="pacer-seconds">{move || step.get().count}</span>
        </div>
    }
}

// The pictures' own size (every picture is 32 × 32) lets the page keep their place before they load.
fn picture(exercise: Exercise, step: RwSignal<StepView>) -> AnyView {
    match exercise {
        Exercise::Balloon => {
            view! { <Picture name="balloon" class="pacer-main pacer-grow" attr:width="32" attr:height="32"/> }.into_any()
        }
        Exercise::FlowerAndCandle => view! {
            <Picture name="tulip" class="pacer-flower" attr:width="32" attr:height="32"/>
            <Picture name="candle" class="pacer-candle" attr:width="32" attr:height="32"/>
        }
        .into_any(),
        Exercise::Bubble => {
            view! { <Picture name="bubbles" class="pacer-main pacer-bubble" attr:width="32" attr:height="32"/> }.into_any()
        }
        Exercise::StarfishHand => view! {
            <div class="pacer-hand">
                <Picture name="hand-with-fingers-splayed" class="pacer-main"/>
                <span class="pacer-dot"></span>
            </div>
        }
        .into_any(),
        Exercise::BirthdayCandles => birthday_candles(step),
        Exercise::BoxBreathing => view! {
            <div class="pacer-box">
                <span class="pacer-dot" data-side=move || (step.get().step % 4).to_string()></span>
            </div>
        }
        .into_any(),
        Exercise::SpaghettiBody => spaghetti(step),
        Exercise::TurtleTime => {
            view! { <Picture name="turtle" class="pacer-main pacer-turtle" attr:width="32" attr:height="32"/> }.into_any()
        }
        Exercise::ButterflyHug => view! {
            <div class="pacer-butterfly">
                <span class="pacer-tap pacer-tap-left"><Picture name="raised-hand"/></span>
                <Picture name="butterfly" class="pacer-main"/>
                <span class="pacer-tap pacer-tap-right"><Picture name="raised-hand"/></span>
            </div>
        }
        .into_any(),
        Exercise::FiveSenses => five_senses(step),
        // The grown-up's chest rising and falling with the baby held close.
        Exercise::ChestToChest => {
            view! { <Picture name="people-hugging" class="pacer-main pacer-rise" attr:width="32" attr:height="32"/> }.into_any()
        }
        // A crescent moon rocking like a cradle: tips one way, then back.
        Exercise::RockAndSway => {
            view! { <Picture name="crescent-moon" class="pacer-main pacer-sway" attr:width="32" attr:height="32"/> }.into_any()
        }
        Exercise::HumALullaby => {
            view! { <Picture name="musical-note" class="pacer-main pacer-hum" attr:width="32" attr:height="32"/> }.into_any()
        }
        Exercise::SayWhatTheyFeel => {
            view! { <Picture name="red-heart" class="pacer-main pacer-rise" attr:width="32" attr:height="32"/> }.into_any()
        }
    }
}

/// Five candles; those already blown out are grey, the current one fades on the out-breath.
fn birthday_candles(step: RwSignal<StepView>) -> AnyView {
    let candles = (1..=5u32)
        .map(|candle| {
            let state = move || {
                let now = step.get();
                if now.finished || candle < now.round {
                    "blown"
                } else if candle == now.round {
                    "current"
                } else {
                    "lit"
                }
            };
            view! {
                <span class="pacer-candle-slot" data-state=state>
                    <Picture name="candle"/>
                </span>
            }
        })
        .collect_view();
    view! { <div class="pacer-candles">{candles}</div> }.into_any()
}

/// A stiff robot while squeezing, floppy spaghetti while letting go, and which body part.
fn spaghetti(step: RwSignal<StepView>) -> AnyView {
    let calm_words = use_calm_strings();
    let part = move || {
        let round = step.get().round.max(1) as usize;
        (calm_words.body_part)(SPAGHETTI_PARTS[(round - 1) % SPAGHETTI_PARTS.len()])
    };
    view! {
        <div class="pacer-spaghetti">
            <Picture name="robot" class="pacer-robot"/>
            <Picture name="spaghetti" class="pacer-noodles"/>
            <span class="pacer-label">{part}</span>
        </div>
    }
    .into_any()
}

/// The sense to use, with one dot for each thing to find; a balloon for the belly breaths.
fn five_senses(step: RwSignal<StepView>) -> AnyView {
    let sense = move || match step.get().cue {
        Cue::See => Some(("eyes", 5)),
        Cue::Feel => Some(("raised-hand", 4)),
        Cue::Hear => Some(("ear", 3)),
        Cue::Smell => Some(("nose", 2)),
        Cue::Taste => Some(("tongue", 1)),
        _ => None,
    };
    view! {
        <div class="pacer-senses">
            {move || match sense() {
                Some((name, count)) => view! {
                    <Picture name=name class="pacer-main pacer-sense"/>
                    <span class="pacer-count">{(0..count).map(|_| view! { <span class="pacer-count-dot"></span> }).collect_view()}</span>
                }
                .into_any(),
                None => view! { <Picture name="balloon" class="pacer-main pacer-grow"/> }.into_any(),
            }}
        </div>
    }
    .into_any()
}
