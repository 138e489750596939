//! One run of a calming exercise: Start, Pause, Keep going, Stop, and each frame's moment.
//! The runner component turns taps and animation frames into these calls, and does what they
//! return (move the picture, say the new step, log the ending); every rule is here.

use super::pacing::Stopwatch;
use super::practice::Ending;
use super::script::{Cue, Moment, Script};

/// Where a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    /// Not started, or ended: Start is offered.
    Ready,
    Running,
    Paused,
}

/// What the picture and the words show between frames: changed only at step boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepView {
    pub cue: Cue,
    pub round: u32,
    pub step: usize,
    pub finished: bool,
    /// Seconds into the step, shown as a count in gentle mode.
    pub count: u32,
}

impl From<&Moment> for StepView {
    fn from(moment: &Moment) -> Self {
        Self {
            cue: moment.cue,
            round: moment.round,
            step: moment.step,
            finished: moment.finished,
            count: moment.count,
        }
    }
}

/// One frame of a running exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Where the picture is now (moved every frame).
    pub moment: Moment,
    /// The step view, when it differs from the last frame's (the words and count change).
    pub changed: Option<StepView>,
    /// A new step began: its cue is said (sound, voice, vibration).
    pub announce: Option<Cue>,
    /// The exercise reached its end: the run is Ready again, ended as completed.
    pub ended: Option<Ending>,
}

/// A run: its script, its stopwatch, where it is, and what was last shown.
#[derive(Debug, Clone)]
pub struct ExerciseRun {
    script: Script,
    watch: Stopwatch,
    state: RunState,
    shown: StepView,
}

impl ExerciseRun {
    /// A run ready to start, showing the script's first step.
    pub fn new(script: Script) -> Self {
        let shown = StepView::from(&script.moment_at(0.0));
        Self {
            script,
            watch: Stopwatch::default(),
            state: RunState::Ready,
            shown,
        }
    }

    pub fn state(&self) -> RunState {
        self.state
    }

    /// What the picture and words show now.
    pub fn shown(&self) -> StepView {
        self.shown
    }

    pub fn rounds(&self) -> u32 {
        self.script.rounds()
    }

    /// Starts `script` (the length or pace may have changed since) at `now`: the first step,
    /// to be said at once. Only from Ready: a second tap on Start changes nothing.
    pub fn start(&mut self, script: Script, now: f64) -> Option<StepView> {
        if self.state != RunState::Ready {
            return None;
        }
        self.script = script;
        self.watch = Stopwatch::started(now);
        self.state = RunState::Running;
        self.shown = StepView::from(&self.script.moment_at(0.0));
        Some(self.shown)
    }

    /// Pauses a running exercise (a tap on Pause, or the tab hidden). Says whether it paused.
    pub fn pause(&mut self, now: f64) -> bool {
        if self.state != RunState::Running {
            return false;
        }
        self.watch.pause(now);
        self.state = RunState::Paused;
        true
    }

    /// Keeps going from where a paused exercise stopped. Says whether it went on.
    pub fn resume(&mut self, now: f64) -> bool {
        if self.state != RunState::Paused {
            return false;
        }
        self.watch.resume(now);
        self.state = RunState::Running;
        true
    }

    /// Stops a started exercise before its end (the child may stop anything at any time).
    pub fn stop(&mut self) -> Option<Ending> {
        if self.state == RunState::Ready {
            return None;
        }
        self.state = RunState::Ready;
        Some(Ending::StoppedEarly)
    }

    /// The frame at `now`, for a running exercise (None otherwise: nothing moves while paused).
    pub fn frame(&mut self, now: f64) -> Option<Frame> {
        if self.state != RunState::Running {
            return None;
        }
        let moment = self.script.moment_at(self.watch.elapsed(now));
        let view = StepView::from(&moment);
        let before = self.shown;
        let changed = (view != before).then_some(view);
        let announce = (!moment.finished && view.step != before.step).then_some(moment.cue);
        self.shown = view;
        let ended = moment.finished.then(|| {
            self.state = RunState::Ready;
            Ending::Completed
        });
        Some(Frame {
            moment,
            changed,
            announce,
            ended,
        })
    }
}
