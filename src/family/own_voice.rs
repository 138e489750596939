//! "Our own voice" (Grown-ups): the grown-up records the words of a practice's steps; in the
//! practice, a recorded step plays instead of the tablet's voice. The rules are in
//! `model::voice`; recording itself is `ui::recorder`, shared with Read together's pages.

use leptos::html;
use leptos::prelude::*;

use crate::model::exercise::Exercise;
use crate::model::voice::{steps_to_record, RecordingFor};
use crate::platform::voice::can_play_here;
use crate::storage::recordings::RecordingsChanged;
use crate::storage::{use_family, AppStorage};
use crate::strings::{for_step, use_calm_strings, use_strings};
use crate::ui::recorder::{Recorder, RecordingNow};

/// The panel, in Grown-ups behind the gate.
#[component]
pub fn OwnVoicePanel() -> impl IntoView {
    let strings = use_strings();
    let recorder = Recorder::new(expect_context::<RecordingsChanged>());
    let words = recorder.words;
    let demo = expect_context::<AppStorage>().demo;
    // Every practice can be recorded, in the order Calm together shows them for this child.
    let age = use_family().with_untracked(|f| f.current().and_then(|c| c.age_band));
    let in_order = Exercise::offered_in_order(age)
        .into_iter()
        .chain(Exercise::ALL.into_iter().filter(|e| !e.offered_for(age)))
        .collect::<Vec<_>>();
    let first = in_order[0];
    let exercise = RwSignal::new(first);
    let used = move || {
        let used = recorder.used();
        if used.count == 0 {
            words.none_yet.to_string()
        } else {
            (words.used)(used.count, used.tenths_of_megabyte())
        }
    };
    let steps = move || {
        let exercise = exercise.get();
        steps_to_record(exercise)
            .into_iter()
            .map(|cue| view! { <StepRecording recorder exercise cue/> })
            .collect_view()
    };
    view! {
        <section class="panel own-voice" aria-labelledby="own-voice-title">
            <h2 id="own-voice-title">{words.title}</h2>
            <p class="field-help">{words.intro}</p>
            <p class="field-help">{words.why_microphone}</p>
            <p class="field-help">{words.pages_where}</p>
            <p class="field-help" class:gone=!demo>{words.demo}</p>
            <p class="own-voice-used">{used}</p>
            {match recorder.format {
                None => view! { <p class="restore-result">{words.cannot_record}</p> }.into_any(),
                Some(_) => view! {
                    <label class="field-label" for="own-voice-exercise">{words.exercise_label}</label>
                    <select id="own-voice-exercise" class="text-input"
                        on:change=move |event| {
                            if let Some(chosen) = Exercise::from_slug(&event_target_value(&event)) {
                                exercise.set(chosen);
                            }
                        }
                        prop:disabled=move || recorder.busy()>
                        {in_order.iter().map(|&each| view! {
                            <option value=each.slug() selected=each == first>{(strings.exercise_name)(each)}</option>
                        }).collect_view()}
                    </select>
                    <p class="field-help">{move || if exercise.get() == Exercise::HumALullaby { words.how_to_sing } else { words.how_to_say }}</p>
                    <ul class="own-voice-steps">{steps}</ul>
                }.into_any(),
            }}
            <p class="field-help own-voice-said" role="status">{move || recorder.said.get()}</p>
        </section>
    }
}

/// One step: its words, whether it is recorded, and Record / Listen / Delete (or, while it
/// records, "Recording…", the seconds left and Stop).
#[component]
fn StepRecording(
    recorder: Recorder,
    exercise: Exercise,
    cue: crate::model::script::Cue,
) -> impl IntoView {
    let calm_words = use_calm_strings();
    let words = recorder.words;
    let of = RecordingFor::Step(exercise, cue);
    let step_words = (calm_words.cue)(exercise, cue);
    let kept = move || recorder.kept(of);
    let busy = move || recorder.busy();
    let record_button = NodeRef::<html::Button>::new();
    let status = move || match kept() {
        Some(info) if !can_play_here(&info.kind) => words.cannot_play.to_string(),
        Some(info) => (words.recorded)(info.length_ms),
        None => words.not_recorded.to_string(),
    };
    let record_label = move || {
        if kept().is_some() {
            words.record_again
        } else {
            words.record
        }
    };
    view! {
        <li class="own-voice-step" class:is-recording=move || recorder.recording(of)>
            <p class="own-voice-words">"“"{step_words}"”"</p>
            <p class="field-help">{status}</p>
            <p class="field-help" class:gone=move || recorder.waiting_line(of).is_none()>
                {move || recorder.waiting_line(of)}
            </p>
            <RecordingNow recorder of after=record_button/>
            <div class="choices" class:gone=move || recorder.recording(of)>
                <button class="big-button" node_ref=record_button disabled=busy
                    on:click=move |_| recorder.record(of)
                    aria-label=move || for_step(record_label(), step_words)>
                    {record_label}
                </button>
                <button class="quiet-button" class:gone=move || kept().is_none() disabled=busy
                    on:click=move |_| recorder.listen(of)
                    aria-label=for_step(words.listen, step_words)>
                    {words.listen}
                </button>
                <button class="quiet-button" class:gone=move || kept().is_none() disabled=busy
                    on:click=move |_| recorder.delete(of)
                    aria-label=for_step(words.delete, step_words)>
                    {words.delete}
                </button>
            </div>
        </li>
    }
}
