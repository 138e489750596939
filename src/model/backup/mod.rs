//! Backup files: everything on this tablet in one JSON file the family keeps, and the rules for
//! taking one back — checked whole before anything changes, merged by id or put in place.
//!
//! Each part is stored in the file exactly as it is stored in the browser (a versioned
//! envelope), so an old backup opens through the same migrations as old stored data.

mod check;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use check::MAX_STORIES;
pub use check::{check, is_picture_name};

use super::child::ChildId;
use super::family::Family;
use super::practice::PracticeLog;
use super::schema::{self, Aggregate, Stamp};
use super::settings::CalmSettings;
use super::story::{Story, StoryCard, StoryIndex};
use super::voice::{KeptRecording, RecordingFor, RecordingInfo, ALL_RECORDINGS_LIMIT_BYTES};

/// What the file says it is, so another program's JSON is never mistaken for a backup.
pub const FORMAT: &str = "calm-together-backup";
/// The shape of the file itself (each part carries its own data version inside). Version 2
/// adds the recordings of our own voice, version 3 recordings of a built-in book's pages. A file
/// is written in the oldest version that holds what it carries (without recordings, still
/// version 1), so a tablet (or a tab) still running an older build can take it back.
pub const BACKUP_VERSION: u32 = 3;
const VERSION_WITHOUT_RECORDINGS: u32 = 1;
const VERSION_WITH_STEP_AND_STORY_RECORDINGS: u32 = 2;
/// The largest file the app will read: every recording the app keeps (50 MB of sound is
/// 67 MB as base64) and the family's text.
pub const MAX_BYTES: usize = 80 * 1024 * 1024;
/// The most text a browser keeps for one site in localStorage (keys and values, in UTF-16
/// units): 5 MiB in Chromium, Firefox and Safari. What would need more can never be kept.
pub const BROWSER_STORAGE_CHARS: usize = 5 * 1024 * 1024;

/// Everything a family keeps, as the app uses it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Everything {
    pub family: Family,
    pub practice_log: PracticeLog,
    pub calm_settings: CalmSettings,
    pub stories: Vec<Story>,
}

impl Everything {
    /// The shelf's list, made from the stories themselves.
    pub fn story_index(&self) -> StoryIndex {
        // A backup holds the shelf; stories deleted here are not in it.
        StoryIndex {
            stories: self.stories.iter().map(StoryCard::of).collect(),
            deleted: vec![],
        }
    }
}

/// Why a file cannot be taken back. Nothing on the tablet has changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupProblem {
    /// Larger than [`MAX_BYTES`].
    TooBig,
    /// Not JSON: cut short, damaged, or not a text file.
    NotJson,
    /// JSON, but not a Calm Together backup.
    NotABackup,
    /// Made by a newer version of the app.
    FromNewerApp,
    /// More than this browser can ever keep ([`BROWSER_STORAGE_CHARS`]).
    TooBigForThisBrowser,
    /// A Calm Together backup with something wrong inside; the detail is for the therapist.
    Damaged(String),
}

/// What a backup holds, shown before the grown-up decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub saved_at: u64,
    pub app_version: String,
    pub children: Vec<String>,
    pub stories: usize,
    pub pages: usize,
    pub practices: usize,
    /// Recordings of our own voice in the file.
    pub recordings: usize,
}

/// What "add to what is here" did, so nothing changes silently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub children_added: usize,
    pub stories_added: usize,
    /// Stories on both, where the backup's copy was changed later and replaced this tablet's.
    pub stories_updated: usize,
    /// Stories on both, where this tablet's copy was changed later and was kept.
    pub stories_kept: usize,
    pub practices_added: usize,
    /// This tablet's copies of the stories brought up to date: never lost, they go to the
    /// stories deleted lately, where the grown-ups can bring them back for 30 days.
    pub replaced_here: Vec<Story>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    app_version: &'a str,
    saved_at: u64,
    family: Box<RawValue>,
    practice_log: Box<RawValue>,
    calm_settings: Box<RawValue>,
    stories: Vec<Box<RawValue>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recordings: Vec<RecordingInFile<'a>>,
}

/// A recording in the file: what it is of (its key), its format, and its sound as base64.
#[derive(Serialize, Deserialize)]
struct RecordingInFile<'a> {
    key: std::borrow::Cow<'a, str>,
    kind: std::borrow::Cow<'a, str>,
    length_ms: u32,
    recorded_at: u64,
    #[serde(borrow)]
    sound: std::borrow::Cow<'a, str>,
}

#[derive(Deserialize)]
struct FileIn<'a> {
    format: String,
    version: u32,
    app_version: String,
    saved_at: u64,
    #[serde(borrow)]
    family: &'a RawValue,
    #[serde(borrow)]
    practice_log: &'a RawValue,
    #[serde(borrow)]
    calm_settings: &'a RawValue,
    #[serde(borrow)]
    stories: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    recordings: Vec<RecordingInFile<'a>>,
}

fn part<A: Aggregate>(data: &A, saved_at: u64) -> Box<RawValue> {
    let stamp = Stamp {
        revision: 1,
        saved_at,
        writer: "backup".into(),
    };
    RawValue::from_string(schema::encode(data, stamp)).expect("an envelope is always JSON")
}

/// The backup file's text for everything, made at `saved_at` by app version `app_version`.
pub fn write(everything: &Everything, app_version: &str, saved_at: u64) -> String {
    write_with_recordings(everything, &[], app_version, saved_at)
}

/// The same, with the recordings of our own voice (a larger file).
pub fn write_with_recordings(
    everything: &Everything,
    recordings: &[KeptRecording],
    app_version: &str,
    saved_at: u64,
) -> String {
    let file = FileOut {
        format: FORMAT,
        version: if recordings.is_empty() {
            VERSION_WITHOUT_RECORDINGS
        } else if recordings.iter().all(|r| r.info.of.known_to_version_2()) {
            VERSION_WITH_STEP_AND_STORY_RECORDINGS
        } else {
            BACKUP_VERSION
        },
        app_version,
        saved_at,
        family: part(&everything.family, saved_at),
        practice_log: part(&everything.practice_log, saved_at),
        calm_settings: part(&everything.calm_settings, saved_at),
        stories: everything
            .stories
            .iter()
            .map(|s| part(s, saved_at))
            .collect(),
        recordings: recordings
            .iter()
            .map(|recording| RecordingInFile {
                key: recording.info.of.key().into(),
                kind: recording.info.kind.as_str().into(),
                length_ms: recording.info.length_ms,
                recorded_at: recording.info.recorded_at,
                sound: super::base64::encode(&recording.sound).into(),
            })
            .collect(),
    };
    serde_json::to_string(&file).expect("plain data always serialises to JSON")
}

/// How much text keeping `everything` takes in localStorage (keys and values, in UTF-16 units),
/// to refuse what can never fit before anything changes.
pub fn stored_size(everything: &Everything) -> usize {
    units(&everything.family)
        + units(&everything.practice_log)
        + units(&everything.calm_settings)
        + units(&everything.story_index())
        + everything.stories.iter().map(units).sum::<usize>()
}

/// One story's stored size, for a copy kept beside what a backup brings.
pub fn stored_size_of_story(story: &Story) -> usize {
    units(story)
}

/// One stored value's size in UTF-16 units, with its key and its envelope's stamp.
fn units<T: Serialize>(value: &T) -> usize {
    const KEY_AND_STAMP: usize = 120;
    let json = serde_json::to_string(value).expect("plain data always serialises to JSON");
    json.encode_utf16().count() + KEY_AND_STAMP
}

/// The file's name, with the day it was saved: `calm-together-backup-2026-11-26.json`.
pub fn file_name(day: &str) -> String {
    format!("{FORMAT}-{day}.json")
}

fn open<A: Aggregate>(raw: &RawValue, what: &str) -> Result<A, BackupProblem> {
    schema::decode::<A>(raw.get())
        .map(|decoded| decoded.data)
        .map_err(|problem| {
            // A newer build's part (or a value only a newer build knows) is never half-read.
            if problem.is_from_newer_app() {
                BackupProblem::FromNewerApp
            } else {
                BackupProblem::Damaged(format!("{what}: {}", problem.describe()))
            }
        })
}

/// Reads a backup file's bytes and checks every part of it; nothing is changed by reading.
pub fn read(bytes: &[u8]) -> Result<(Everything, Summary), BackupProblem> {
    read_with_recordings(bytes).map(|(everything, _, summary)| (everything, summary))
}

/// The same, with the recordings of our own voice the file holds (checked as strictly).
pub fn read_with_recordings(
    bytes: &[u8],
) -> Result<(Everything, Vec<KeptRecording>, Summary), BackupProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(BackupProblem::TooBig);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BackupProblem::NotJson)?;
    let file: FileIn = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => BackupProblem::NotABackup,
        _ => BackupProblem::NotJson,
    })?;
    if file.format != FORMAT {
        return Err(BackupProblem::NotABackup);
    }
    if file.version > BACKUP_VERSION {
        return Err(BackupProblem::FromNewerApp);
    }
    if file.version == 0 {
        return Err(BackupProblem::NotABackup);
    }
    if file.stories.len() > MAX_STORIES {
        return Err(BackupProblem::Damaged("too many stories".into()));
    }
    check::counts_within_limits(file.family.get(), file.practice_log.get())
        .map_err(BackupProblem::Damaged)?;
    let everything = Everything {
        family: open(file.family, "family")?,
        practice_log: open(file.practice_log, "practice log")?,
        calm_settings: open(file.calm_settings, "calm settings")?,
        stories: file
            .stories
            .iter()
            .map(|s| open(s, "story"))
            .collect::<Result<_, _>>()?,
    };
    check(&everything).map_err(BackupProblem::Damaged)?;
    let recordings = open_recordings(&file.recordings).map_err(BackupProblem::Damaged)?;
    if stored_size(&everything) > BROWSER_STORAGE_CHARS {
        return Err(BackupProblem::TooBigForThisBrowser);
    }
    let summary = Summary {
        saved_at: file.saved_at,
        app_version: file.app_version.chars().take(40).collect(),
        children: everything
            .family
            .children
            .iter()
            .map(|c| c.nickname.clone())
            .collect(),
        stories: everything.stories.len(),
        pages: everything.stories.iter().map(|s| s.pages.len()).sum(),
        practices: everything.practice_log.practices.len(),
        recordings: recordings.len(),
    };
    Ok((everything, recordings, summary))
}

/// The file's recordings, each one whole: a step this version knows, a sound format, a length
/// within its limit, sound that is base64, each step once, all within what the app keeps.
fn open_recordings(found: &[RecordingInFile]) -> Result<Vec<KeptRecording>, String> {
    let mut recordings: Vec<KeptRecording> = Vec::with_capacity(found.len());
    let mut bytes = 0u64;
    for recording in found {
        let of = RecordingFor::from_key(&recording.key)
            .ok_or_else(|| format!("recording of an unknown step: {:.40}", recording.key))?;
        if !recording.kind.starts_with("audio/") || recording.kind.len() > 100 {
            return Err(format!("recording {}: not a sound format", of.key()));
        }
        if recording.length_ms > of.limit_ms() {
            return Err(format!("recording {}: longer than its limit", of.key()));
        }
        let sound = super::base64::decode(&recording.sound)
            .ok_or_else(|| format!("recording {}: its sound is damaged", of.key()))?;
        if recordings.iter().any(|kept| kept.info.of == of) {
            return Err(format!("recording {}: twice", of.key()));
        }
        bytes += sound.len() as u64;
        if bytes > ALL_RECORDINGS_LIMIT_BYTES {
            return Err("more recordings than the app keeps".into());
        }
        recordings.push(KeptRecording {
            info: RecordingInfo {
                of,
                kind: recording.kind.to_string(),
                length_ms: recording.length_ms,
                bytes: sound.len() as u64,
                recorded_at: recording.recorded_at,
            },
            sound,
        });
    }
    Ok(recordings)
}

/// "Add to what is here": children, practices and stories joined by id. A story on both keeps
/// the copy changed later; a child or practice on both is the same one and keeps this tablet's.
/// This tablet's settings, current child and crisis contacts stay; the backup's crisis contacts
/// come in only where this tablet has none, so a safety note is never lost.
///
/// Linear in the sizes of both: ids are looked up in sets, never searched for one by one.
pub fn merge(here: &Everything, incoming: &Everything) -> (Everything, MergeReport) {
    let mut merged = here.clone();
    let mut report = MergeReport::default();
    let children_here: HashSet<ChildId> =
        here.family.children.iter().map(|c| c.id.clone()).collect();
    for child in &incoming.family.children {
        if !children_here.contains(&child.id) {
            merged.family.children.push(child.clone());
            report.children_added += 1;
        }
    }
    if merged.family.current_child.is_none() {
        merged.family.current_child = incoming.family.current_child.clone();
    }
    if merged.family.crisis_contacts.is_empty() {
        merged.family.crisis_contacts = incoming.family.crisis_contacts.clone();
    }
    let practices_here: HashSet<&str> = here
        .practice_log
        .practices
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    for practice in &incoming.practice_log.practices {
        if !practices_here.contains(practice.id.as_str()) {
            merged.practice_log.practices.push(practice.clone());
            report.practices_added += 1;
        }
    }
    merged.practice_log.practices.sort_by(|a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    let story_at: HashMap<u64, usize> = here
        .stories
        .iter()
        .enumerate()
        .map(|(at, s)| (s.id, at))
        .collect();
    for story in &incoming.stories {
        match story_at.get(&story.id).map(|at| &mut merged.stories[*at]) {
            None => {
                merged.stories.push(story.clone());
                report.stories_added += 1;
            }
            Some(existing) if story.changed_at > existing.changed_at => {
                report
                    .replaced_here
                    .push(std::mem::replace(existing, story.clone()));
                report.stories_updated += 1;
            }
            Some(existing) if *existing != *story => report.stories_kept += 1,
            Some(_) => {}
        }
    }
    (merged, report)
}
