//! Recording the grown-up's voice ("Our own voice"), shared by the steps of a practice
//! (Grown-ups) and the pages of a story (Read together): one recording at a time, the
//! microphone asked for only on a Record tap, a named "Recording…" state with the seconds left
//! and Stop, a stop of its own at the limit, and what happened said to screen readers.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use crate::model::voice::{RecordingClock, RecordingFor, RecordingInfo, RecordingsUsed};
use crate::platform::chime::wake_audio;
use crate::platform::clock::{monotonic_ms, now_ms};
use crate::platform::microphone::{
    recording_format, start_recording, MicrophoneProblem, OpenMicrophone,
};
use crate::platform::voice::{hush_voice, VoiceClip};
use crate::storage::recordings::{
    delete_recording, keep_recording, list_recordings, recording, RecordingsChanged,
    RecordingsProblem,
};
use crate::strings::{use_voice_strings, VoiceStrings};

/// What the recorder is doing with the microphone.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Doing {
    Nothing,
    /// The browser is asking the grown-up for the microphone.
    Asking(RecordingFor),
    Recording(RecordingFor, RecordingClock),
    Keeping(RecordingFor),
}

/// The recordings kept, and recording one more. Made in a component's body; its words are
/// that component's.
#[derive(Clone, Copy)]
pub struct Recorder {
    pub words: &'static VoiceStrings,
    /// The format this browser records in; `None` where it cannot record.
    pub format: Option<&'static str>,
    kept: RwSignal<Vec<RecordingInfo>>,
    doing: RwSignal<Doing>,
    /// The clock's last tick, for the seconds left.
    now: RwSignal<f64>,
    /// What the last action said (recorded, deleted, why not), for a status line.
    pub said: RwSignal<Option<&'static str>>,
    microphone: StoredValue<Option<OpenMicrophone>, LocalStorage>,
    ticking: StoredValue<Option<IntervalHandle>>,
    changed: RecordingsChanged,
}

impl Recorder {
    /// Reads what is kept now and whenever `changed` is told; lets the microphone go and
    /// hushes any recording playing when its component goes.
    pub fn new(changed: RecordingsChanged) -> Recorder {
        let recorder = Recorder {
            words: use_voice_strings(),
            format: recording_format(),
            kept: RwSignal::new(Vec::new()),
            doing: RwSignal::new(Doing::Nothing),
            now: RwSignal::new(0.0),
            said: RwSignal::new(None),
            microphone: StoredValue::new_local(None),
            ticking: StoredValue::new(None),
            changed,
        };
        Effect::new(move |_| {
            recorder.changed.0.track();
            recorder.refresh();
        });
        on_cleanup(move || {
            recorder.stop_ticking();
            // Dropping the recorder stops it and lets the microphone go.
            recorder.microphone.try_update_value(Option::take);
            hush_voice();
        });
        recorder
    }

    /// The recording kept for `of`, if any.
    pub fn kept(self, of: RecordingFor) -> Option<RecordingInfo> {
        self.kept
            .with(|kept| kept.iter().find(|r| r.of == of).cloned())
    }

    /// Every recording kept, as `keep` picks them.
    pub fn kept_where(self, keep: impl Fn(RecordingFor) -> bool) -> Vec<RecordingInfo> {
        self.kept
            .with(|kept| kept.iter().filter(|r| keep(r.of)).cloned().collect())
    }

    pub fn used(self) -> RecordingsUsed {
        self.kept.with(|kept| RecordingsUsed::of(kept))
    }

    /// Whether anything is being asked for, recorded or kept: other buttons wait.
    pub fn busy(self) -> bool {
        self.doing.get() != Doing::Nothing
    }

    /// Whether `of` is recording now.
    pub fn recording(self, of: RecordingFor) -> bool {
        matches!(self.doing.get(), Doing::Recording(now, _) if now == of)
    }

    /// "Waiting for the microphone…" or "Keeping your recording…" while that happens to `of`.
    pub fn waiting_line(self, of: RecordingFor) -> Option<&'static str> {
        match self.doing.get() {
            Doing::Asking(now) if now == of => Some(self.words.asking),
            Doing::Keeping(now) if now == of => Some(self.words.saving),
            _ => None,
        }
    }

    fn refresh(self) {
        let words = self.words;
        leptos::task::spawn_local(async move {
            match list_recordings().await {
                Ok(found) => {
                    self.kept.try_set(found);
                }
                Err(_) => {
                    self.said.try_set(Some(words.not_kept));
                }
            }
        });
    }

    /// Asks for the microphone (only now, on the tap) and records until Stop or the limit.
    pub fn record(self, of: RecordingFor) {
        let words = self.words;
        let Some(format) = self.format else {
            self.said.set(Some(words.cannot_record));
            return;
        };
        if self.doing.get_untracked() != Doing::Nothing {
            return;
        }
        hush_voice();
        self.said.set(None);
        self.doing.set(Doing::Asking(of));
        leptos::task::spawn_local(async move {
            let opened = start_recording(format).await;
            if self.doing.try_get_untracked().is_none() {
                return; // its component is gone: `opened` is dropped, the microphone let go
            }
            match opened {
                Ok(microphone) => {
                    self.microphone.set_value(Some(microphone));
                    let started = monotonic_ms();
                    self.now.set(started);
                    self.doing
                        .set(Doing::Recording(of, RecordingClock::start(started, of)));
                    self.start_ticking();
                }
                Err(problem) => {
                    self.doing.set(Doing::Nothing);
                    self.said.set(Some(match problem {
                        MicrophoneProblem::Refused => words.refused,
                        MicrophoneProblem::NoMicrophone => words.no_microphone,
                        MicrophoneProblem::CannotRecord => words.cannot_record,
                    }));
                }
            }
        });
    }

    /// Ticks the seconds left, and stops the recording at its limit.
    fn start_ticking(self) {
        let tick = move || {
            let now = monotonic_ms();
            self.now.try_set(now);
            if let Some(Doing::Recording(_, clock)) = self.doing.try_get_untracked() {
                if clock.must_stop(now) {
                    self.stop();
                }
            }
        };
        if let Ok(handle) = set_interval_with_handle(tick, Duration::from_millis(250)) {
            self.ticking.set_value(Some(handle));
        }
    }

    fn stop_ticking(self) {
        if let Some(handle) = self.ticking.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    /// Stops recording and keeps the clip, in place of the earlier one of the same step or page.
    pub fn stop(self) {
        let Some(Doing::Recording(of, clock)) = self.doing.try_get_untracked() else {
            return;
        };
        let length_ms = clock.length_ms(monotonic_ms());
        self.stop_ticking();
        self.doing.set(Doing::Keeping(of));
        let Some(microphone) = self.microphone.try_update_value(Option::take).flatten() else {
            self.doing.set(Doing::Nothing);
            return;
        };
        let words = self.words;
        leptos::task::spawn_local(async move {
            let recorded = microphone.finish().await;
            drop(microphone);
            let said = match recorded {
                None => words.failed,
                Some((sound, kind)) => {
                    let info = RecordingInfo {
                        of,
                        kind,
                        length_ms,
                        bytes: u64::from(sound.byte_length()),
                        recorded_at: now_ms(),
                    };
                    let (used, replaced) = self
                        .kept
                        .try_with_untracked(|kept| {
                            let replaced = kept.iter().find(|r| r.of == of).map_or(0, |r| r.bytes);
                            (RecordingsUsed::of(kept), replaced)
                        })
                        .unwrap_or_default();
                    if !used.fits(info.bytes, replaced) {
                        words.full
                    } else {
                        match keep_recording(&info, &sound).await {
                            Ok(()) if matches!(of, RecordingFor::Page { .. }) => words.page_saved,
                            Ok(()) => words.saved,
                            Err(RecordingsProblem::Full) => words.full,
                            Err(RecordingsProblem::Unavailable) => words.not_kept,
                            Err(RecordingsProblem::Other(_)) => words.failed,
                        }
                    }
                }
            };
            self.doing.try_set(Doing::Nothing);
            self.said.try_set(Some(said));
            self.changed.tell();
        });
    }

    /// Plays a recording; says so kindly when this browser cannot play it.
    pub fn listen(self, of: RecordingFor) {
        // In the tap: browsers let sound start only from one.
        wake_audio();
        self.play(of, true);
    }

    /// Plays a recording if this browser can; `tell` says so when it cannot.
    pub fn play(self, of: RecordingFor, tell: bool) {
        let words = self.words;
        leptos::task::spawn_local(async move {
            let clip = match recording(of).await {
                Ok(Some(kept)) => VoiceClip::decode(&kept.sound).await,
                _ => None,
            };
            match clip {
                Some(clip) => clip.play(),
                None if tell => {
                    self.said.try_set(Some(words.cannot_play));
                }
                None => {}
            }
        });
    }

    pub fn delete(self, of: RecordingFor) {
        hush_voice();
        let words = self.words;
        leptos::task::spawn_local(async move {
            let said = match delete_recording(of).await {
                Ok(()) if matches!(of, RecordingFor::Page { .. }) => words.page_deleted,
                Ok(()) => words.deleted,
                Err(_) => words.failed,
            };
            self.said.try_set(Some(said));
            self.changed.tell();
        });
    }
}

/// "● Recording… 8 seconds left [Stop recording]" while `of` records; focus goes to Stop when it
/// appears, and back to `after` (the Record button) once the recording is kept.
#[component]
pub fn RecordingNow(
    recorder: Recorder,
    of: RecordingFor,
    after: NodeRef<html::Button>,
) -> impl IntoView {
    let words = recorder.words;
    let stop_button = NodeRef::<html::Button>::new();
    let focused_stop = StoredValue::new(false);
    Effect::new(move |_| {
        let busy = recorder.busy();
        if recorder.recording(of) {
            if let Some(stop) = stop_button.get() {
                let _ = stop.focus();
                focused_stop.set_value(true);
            }
        } else if !busy && focused_stop.get_value() {
            if let Some(record) = after.get() {
                let _ = record.focus();
                focused_stop.set_value(false);
            }
        }
    });
    let seconds_left = move || match recorder.doing.get() {
        Doing::Recording(now, clock) if now == of => {
            (words.seconds_left)(clock.seconds_left(recorder.now.get()))
        }
        _ => String::new(),
    };
    view! {
        <Show when=move || recorder.recording(of)>
            <div class="recording-now">
                <p><span class="recording-dot" aria-hidden="true"></span>{words.recording_now}</p>
                <p class="recording-left">{seconds_left}</p>
                <button class="big-button" node_ref=stop_button on:click=move |_| recorder.stop()>{words.stop}</button>
            </div>
        </Show>
    }
}
