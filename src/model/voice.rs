//! "Our own voice": the grown-up's recordings of an exercise's steps, played in a practice in
//! place of the device's voice. The rules here; the microphone, the player and the browser's
//! database are at the edges (`platform::microphone`, `platform::voice`, `storage::recordings`).

use super::exercise::Exercise;
use super::library::BOOK_IDS;
use super::pacing::PaceBand;
use super::script::Cue;

/// The longest recording of one step: a step lasts a few seconds, and a longer clip would be
/// cut off by the next one.
pub const STEP_LIMIT_MS: u32 = 10_000;

/// The longest recording of a lullaby's verse: the family's own song, hummed or sung, plays
/// for as long as a verse of the practice lasts.
pub const SONG_LIMIT_MS: u32 = super::exercise::VERSE_MS;

/// The longest recording of one story page's words, read slowly.
pub const PAGE_LIMIT_MS: u32 = 60_000;

/// What all recordings together may take on this device. About 50 minutes of speech in the
/// browsers' own formats (Opus or AAC at 32–128 kbit/s): far more than a family's steps need,
/// and well inside what browsers give a site.
pub const ALL_RECORDINGS_LIMIT_BYTES: u64 = 50 * 1024 * 1024;

/// The recording formats asked for, best first: Chromium records WebM/Opus, Safari MP4/AAC,
/// Firefox Ogg/Opus. The clip keeps the type the browser actually used.
pub const RECORDING_TYPES: [&str; 5] = [
    "audio/webm;codecs=opus",
    "audio/mp4",
    "audio/ogg;codecs=opus",
    "audio/webm",
    "audio/ogg",
];

/// The first format this browser can record, or none (recording is then not offered).
pub fn recording_type(can_record: impl Fn(&str) -> bool) -> Option<&'static str> {
    RECORDING_TYPES.into_iter().find(|kind| can_record(kind))
}

/// What a recording is of. Its key in the browser's database is [`RecordingFor::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordingFor {
    /// The words of one step of one exercise ("Fill the balloon").
    Step(Exercise, Cue),
    /// The words of one page, read aloud: a page of one of the family's stories or of a
    /// built-in book, by the page's id.
    Page { of: PagesOf, page: u32 },
}

/// Whose pages are read in our voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PagesOf {
    /// One of the family's stories, by its id.
    Story(u64),
    /// A built-in book, by its id (one of [`BOOK_IDS`]); its pages' ids count from 1. The
    /// recording is of the words as the grown-up read them, in whichever language.
    Book(&'static str),
}

impl PagesOf {
    /// The recording of one of these pages.
    pub fn page(self, page: u32) -> RecordingFor {
        RecordingFor::Page { of: self, page }
    }

    /// Whether `recording` is of one of these pages.
    pub fn holds(self, recording: RecordingFor) -> bool {
        matches!(recording, RecordingFor::Page { of, .. } if of == self)
    }
}

impl RecordingFor {
    /// Stable across versions and languages: `step/balloon/breathe-in`, `page/1764115200000/3`,
    /// `book/safe-with-you/2`.
    pub fn key(self) -> String {
        match self {
            RecordingFor::Step(exercise, cue) => {
                format!("step/{}/{}", exercise.slug(), cue_slug(cue))
            }
            RecordingFor::Page {
                of: PagesOf::Story(story),
                page,
            } => format!("page/{story}/{page}"),
            RecordingFor::Page {
                of: PagesOf::Book(book),
                page,
            } => format!("book/{book}/{page}"),
        }
    }

    /// Whether older builds (backup version 2) know this kind of recording: a built-in book's
    /// pages came later, so a file holding one is written as version 3.
    pub fn known_to_version_2(self) -> bool {
        !matches!(
            self,
            RecordingFor::Page {
                of: PagesOf::Book(_),
                ..
            }
        )
    }

    /// The recording a key names; `None` for a key this version does not know (kept, unused).
    pub fn from_key(key: &str) -> Option<RecordingFor> {
        if let Some(rest) = key.strip_prefix("page/") {
            let (story, page) = rest.split_once('/')?;
            return Some(PagesOf::Story(plain_number(story)?).page(plain_number(page)?));
        }
        if let Some(rest) = key.strip_prefix("book/") {
            let (book, page) = rest.split_once('/')?;
            let book = BOOK_IDS.into_iter().find(|id| *id == book)?;
            // A book's pages count from 1.
            let page = plain_number(page).filter(|page| *page > 0)?;
            return Some(PagesOf::Book(book).page(page));
        }
        let rest = key.strip_prefix("step/")?;
        let (exercise, cue) = rest.split_once('/')?;
        let exercise = Exercise::from_slug(exercise)?;
        let cue = Cue::ALL.into_iter().find(|c| cue_slug(*c) == cue)?;
        Some(RecordingFor::Step(exercise, cue))
    }

    /// The longest this recording may be.
    pub fn limit_ms(self) -> u32 {
        match self {
            RecordingFor::Step(Exercise::HumALullaby, _) => SONG_LIMIT_MS,
            RecordingFor::Step(..) => STEP_LIMIT_MS,
            RecordingFor::Page { .. } => PAGE_LIMIT_MS,
        }
    }
}

/// Digits only, written as the number writes itself (no sign, no leading zero): one key for
/// each recording.
fn plain_number<T: std::str::FromStr + ToString>(text: &str) -> Option<T> {
    let number: T = text.parse().ok()?;
    (number.to_string() == text).then_some(number)
}

fn cue_slug(cue: Cue) -> &'static str {
    match cue {
        Cue::BreatheIn => "breathe-in",
        Cue::Hold => "hold",
        Cue::BreatheOut => "breathe-out",
        Cue::Squeeze => "squeeze",
        Cue::LetGo => "let-go",
        Cue::TapLeft => "tap-left",
        Cue::TapRight => "tap-right",
        Cue::Notice => "notice",
        Cue::StopBody => "stop-body",
        Cue::TuckIn => "tuck-in",
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
        Cue::LookAtBaby => "look-at-baby",
        Cue::NameFeeling => "name-feeling",
        Cue::ImHere => "im-here",
        Cue::SafeWithMe => "safe-with-me",
    }
}

/// The steps of an exercise a grown-up can record, in the order a practice meets them: every
/// cue its script can speak at any age (a hold only where an age has holds).
pub fn steps_to_record(exercise: Exercise) -> Vec<Cue> {
    let mut cues = Vec::new();
    for band in PaceBand::ALL {
        // A length changes how many rounds, never which steps.
        let script = exercise.script(band, 0, exercise.default_length(band));
        for cue in script.steps().iter().map(|step| step.cue) {
            if !cues.contains(&cue) {
                cues.push(cue);
            }
        }
    }
    cues
}

/// What starts a step aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepVoice {
    /// The grown-up's recording: always, when there is one (recording it was the choice).
    Recorded,
    /// The device's voice, when the grown-up left it on.
    Speech,
    Silent,
}

/// A recorded step plays instead of the device's voice; without one, speech if it is on.
pub fn step_voice(recorded: bool, speech_on: bool) -> StepVoice {
    match (recorded, speech_on) {
        (true, _) => StepVoice::Recorded,
        (false, true) => StepVoice::Speech,
        (false, false) => StepVoice::Silent,
    }
}

/// One kept recording, without its sound: what lists and totals need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingInfo {
    pub of: RecordingFor,
    /// The format the browser recorded in, e.g. `audio/webm;codecs=opus`.
    pub kind: String,
    pub length_ms: u32,
    pub bytes: u64,
    /// When it was recorded, in ms since 1970.
    pub recorded_at: u64,
}

/// A recording with its sound, as a backup carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptRecording {
    pub info: RecordingInfo,
    pub sound: Vec<u8>,
}

/// Which recordings a backup brings onto this device: all of them in place of what is here, or,
/// added to what is here, only those of steps this device has not recorded (its own are newer
/// to it, and a family's voice is never overwritten without asking).
pub fn recordings_to_keep<'a>(
    here: &[RecordingInfo],
    incoming: &'a [KeptRecording],
    replace: bool,
) -> Vec<&'a KeptRecording> {
    incoming
        .iter()
        .filter(|recording| replace || !here.iter().any(|kept| kept.of == recording.info.of))
        .collect()
}

/// What all kept recordings take, for Grown-ups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RecordingsUsed {
    pub count: usize,
    pub bytes: u64,
}

impl RecordingsUsed {
    pub fn of(recordings: &[RecordingInfo]) -> RecordingsUsed {
        RecordingsUsed {
            count: recordings.len(),
            bytes: recordings.iter().map(|r| r.bytes).sum(),
        }
    }

    /// Whether one more recording of `bytes` fits under the limit once `replaced` (the clip it
    /// takes the place of, if any) is gone.
    pub fn fits(self, bytes: u64, replaced: u64) -> bool {
        self.bytes.saturating_sub(replaced).saturating_add(bytes) <= ALL_RECORDINGS_LIMIT_BYTES
    }

    /// Tenths of a megabyte, rounded up so a small clip never shows as nothing: 1.3 MB.
    pub fn tenths_of_megabyte(self) -> u64 {
        self.bytes.div_ceil(104_858)
    }
}

/// A recording under way: when it started and when it must stop on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecordingClock {
    started_ms: f64,
    limit_ms: u32,
}

impl RecordingClock {
    pub fn start(now_ms: f64, of: RecordingFor) -> RecordingClock {
        RecordingClock {
            started_ms: now_ms,
            limit_ms: of.limit_ms(),
        }
    }

    /// Whole seconds left, counting down on screen (10, 9, … 1); never below 0.
    pub fn seconds_left(self, now_ms: f64) -> u32 {
        let left = f64::from(self.limit_ms) - (now_ms - self.started_ms).max(0.0);
        (left.max(0.0) / 1000.0).ceil() as u32
    }

    /// Whether the limit is reached and the recording must stop.
    pub fn must_stop(self, now_ms: f64) -> bool {
        now_ms - self.started_ms >= f64::from(self.limit_ms)
    }

    /// The clip's length when stopped now, never beyond the limit.
    pub fn length_ms(self, now_ms: f64) -> u32 {
        (now_ms - self.started_ms).clamp(0.0, f64::from(self.limit_ms)) as u32
    }
}
