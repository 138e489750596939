//! Backups, the family's only safety net: save everything to one file, take a file back
//! (checked whole and shown first, then added to what is here or put in its place), and
//! delete everything. Only reachable behind the grown-ups' gate.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use crate::model::backup::{self, BackupProblem, Everything, MergeReport, Summary};
use crate::model::screen::Screen;
use crate::model::story::{DeletedStory, Story, StoryCard};
use crate::model::voice::{recordings_to_keep, KeptRecording, RecordingsUsed};
use crate::platform::clock::{local_day_number, now_ms, today_for_file_name};
use crate::platform::download::save_text_file;
use crate::platform::files::{read_picked_file, PickedFileError};
use crate::platform::persist::{ask_browser_to_keep_data, Kept};
use crate::platform::share::{share, shareable_file, Shared};
use crate::platform::site::address_of;
use crate::storage::keys;
use crate::storage::recordings::{
    delete_all_recordings, every_recording, keep_recordings_from_backup, list_recordings,
    RecordingsChanged,
};
use crate::storage::store::Write;
use crate::storage::{AppStorage, BackendError, StoreKey};
use crate::strings::{use_backup_strings, BackupStrings};
use crate::ui::dialog::Dialog;

/// Everything stored on this device, as the app holds it now.
fn gather(storage: AppStorage) -> Everything {
    let index = storage.bind(keys::STORY_INDEX);
    let stories = index
        .get_untracked()
        .stories
        .iter()
        .map(|card| storage.bind(keys::story(card.id)).get_untracked())
        .filter(|story| story.id != 0)
        .collect();
    Everything {
        family: storage.bind(keys::FAMILY).get_untracked(),
        practice_log: storage.bind(keys::PRACTICE_LOG).get_untracked(),
        calm_settings: storage.bind(keys::CALM_SETTINGS).get_untracked(),
        stories,
    }
}

/// Makes `everything` what this device keeps, as one whole: the stories first, then the shelf's
/// list, the practices and settings, and the family last; this tablet's stories that are not in
/// it are removed only when `replace`, after the rest is stored. `replaced_here` are this
/// tablet's copies of stories the backup brought up to date: they go to the stories deleted
/// lately. If the browser refuses partway, everything stays as it was.
fn put_in_place(
    storage: AppStorage,
    everything: &Everything,
    replace: bool,
    replaced_here: &[Story],
) -> Result<(), BackendError> {
    let now = now_ms();
    let here = storage.bind(keys::STORY_INDEX).get_untracked();
    let mut index = everything.story_index();
    let mut writes: Vec<Write> = everything
        .stories
        .iter()
        .map(|story| Write::of(StoreKey::Story(story.id), story))
        .collect();
    if !replace {
        let on_shelf: HashSet<u64> = index.stories.iter().map(|c| c.id).collect();
        index.deleted = here
            .deleted
            .iter()
            .filter(|d| !on_shelf.contains(&d.card.id))
            .cloned()
            .collect();
        for earlier in replaced_here {
            let id = index.next_id(now);
            let kept = Story {
                id,
                ..earlier.clone()
            };
            writes.push(Write::of(StoreKey::Story(id), &kept));
            index.deleted.insert(
                0,
                DeletedStory {
                    card: StoryCard::of(&kept),
                    deleted_at: now,
                },
            );
        }
    }
    let removes: Vec<StoreKey> = if replace {
        let kept: HashSet<u64> = everything.stories.iter().map(|s| s.id).collect();
        here.stories
            .iter()
            .map(|c| c.id)
            .chain(here.deleted.iter().map(|d| d.card.id))
            .filter(|id| !kept.contains(id))
            .map(StoreKey::Story)
            .collect()
    } else {
        vec![]
    };
    let mut family = everything.family.clone();
    // Stories that came from the backup may carry new titles the plans should show.
    for story in &everything.stories {
        family.retitle_story(story.id, &story.title);
    }
    writes.push(Write::of(StoreKey::StoryIndex, &index));
    writes.push(Write::of(StoreKey::PracticeLog, &everything.practice_log));
    writes.push(Write::of(StoreKey::CalmSettings, &everything.calm_settings));
    writes.push(Write::of(StoreKey::Family, &family));
    storage.write_together(writes, removes)
}

/// A backup offered as a download, not yet counted: a click is no proof the browser wrote the
/// file, so its date counts once the grown-up says they can see it.
#[derive(Clone, Copy)]
struct UnconfirmedBackup(RwSignal<Option<u64>>);

/// Counts a backup made at `at`: Grown-ups says so, and Home's reminder waits two weeks again.
fn count_backup(storage: AppStorage, at: u64) {
    storage
        .bind(keys::FAMILY)
        .update(|f| f.last_backup_at = Some(at));
}

/// The recordings of our own voice, read ahead so saving stays inside the tap (browsers let a
/// download or a share sheet start only from one), and whether the file takes them.
#[derive(Clone, Copy)]
struct BackupRecordings {
    kept: StoredValue<Vec<KeptRecording>, LocalStorage>,
    used: RwSignal<RecordingsUsed>,
    include: RwSignal<bool>,
}

impl BackupRecordings {
    fn read_ahead() -> BackupRecordings {
        let recordings = BackupRecordings {
            kept: StoredValue::new_local(Vec::new()),
            used: RwSignal::new(RecordingsUsed::default()),
            include: RwSignal::new(true),
        };
        let changed = expect_context::<RecordingsChanged>();
        Effect::new(move |_| {
            changed.0.track();
            leptos::task::spawn_local(async move {
                let kept = every_recording().await.unwrap_or_default();
                let infos: Vec<_> = kept.iter().map(|r| r.info.clone()).collect();
                recordings.used.try_set(RecordingsUsed::of(&infos));
                recordings.kept.try_set_value(kept);
            });
        });
        recordings
    }

    /// The backup file's text: with the recordings when there are some and the grown-up left
    /// them in.
    fn file_text(self, everything: &Everything, now: u64) -> String {
        let include = self.include.get_untracked();
        self.kept.with_value(|kept| {
            let recordings: &[KeptRecording] = if include { kept } else { &[] };
            backup::write_with_recordings(everything, recordings, env!("CARGO_PKG_VERSION"), now)
        })
    }
}

/// Offers the backup file as a download; says so, or why not.
fn save_backup(storage: AppStorage, words: &'static BackupStrings) -> String {
    let now = now_ms();
    let text = expect_context::<BackupRecordings>().file_text(&gather(storage), now);
    match save_text_file(
        &backup::file_name(&today_for_file_name()),
        &text,
        "application/json",
    ) {
        Ok(()) => {
            expect_context::<UnconfirmedBackup>().0.set(Some(now));
            words.saved.to_string()
        }
        Err(_) => words.save_failed.to_string(),
    }
}

/// Saving a backup: the download, "I can see the file" once it is offered, and where the
/// browser has a share sheet (an iPad), sharing it, which is how iPad users keep files.
#[component]
fn SaveBackup() -> impl IntoView {
    let words = use_backup_strings();
    let storage = expect_context::<AppStorage>();
    let unconfirmed = expect_context::<UnconfirmedBackup>().0;
    let said = RwSignal::new(None::<String>);
    let recordings = expect_context::<BackupRecordings>();
    let seen = move |_| {
        if let Some(at) = unconfirmed.get_untracked() {
            count_backup(storage, at);
            unconfirmed.set(None);
            said.set(Some(words.backup_counted.to_string()));
        }
    };
    // Asked once with an empty file: whether this browser can share files at all.
    let can_share = shareable_file("calm-together.json", "", "application/json").is_some();
    let share_it = move |_| {
        let now = now_ms();
        let text = recordings.file_text(&gather(storage), now);
        let name = backup::file_name(&today_for_file_name());
        let Some(data) = shareable_file(&name, &text, "application/json") else {
            said.set(Some(words.share_failed.to_string()));
            return;
        };
        let sharing = share(&data);
        leptos::task::spawn_local(async move {
            said.set(Some(match sharing.await {
                Shared::Handed => {
                    count_backup(storage, now);
                    unconfirmed.set(None);
                    words.shared.to_string()
                }
                Shared::Cancelled => words.share_cancelled.to_string(),
                Shared::Failed => words.share_failed.to_string(),
            }));
        });
    };
    let include_label = move || {
        recordings
            .used
            .with(|used| (words.with_recordings)(used.count, used.tenths_of_megabyte()))
    };
    view! {
        <label class="switch" class:gone=move || recordings.used.with(|used| used.count == 0)>
            <input type="checkbox" prop:checked=recordings.include
                on:change=move |event| recordings.include.set(event_target_checked(&event))/>
            <span>{include_label}</span>
        </label>
        <div class="choices">
            <button class="big-button" on:click=move |_| said.set(Some(save_backup(storage, words)))>{words.save}</button>
            {can_share.then(|| view! {
                <button class="big-button" on:click=share_it>{words.share}</button>
            })}
        </div>
        <p class="field-help" aria-live="polite">{move || said.get()}</p>
        {move || unconfirmed.get().is_some().then(|| view! {
            <button class="quiet-button" on:click=seen>{words.i_see_the_file}</button>
        })}
    }
}

/// "Last backup: 3 days ago", and whether the browser agreed to keep the data.
#[component]
fn KeepingLines() -> impl IntoView {
    let words = use_backup_strings();
    let family = expect_context::<AppStorage>().bind(keys::FAMILY);
    let kept = RwSignal::new(None::<Kept>);
    leptos::task::spawn_local(async move {
        kept.set(Some(ask_browser_to_keep_data().await));
    });
    let last = move || {
        let days = family
            .with(|f| f.last_backup_at)
            .map(|at| local_day_number(now_ms()) - local_day_number(at));
        (words.last_backup)(days)
    };
    view! {
        <p class="field-help">{last}</p>
        <p class="field-help">
            {move || kept.get().map(|k| match k {
                Kept::Kept => words.browser_keeps,
                Kept::MayClear | Kept::CannotAsk => words.browser_may_clear,
            })}
        </p>
    }
}

/// Where taking a backup back has got to.
#[derive(Clone)]
enum Restoring {
    Idle,
    Refused(&'static str),
    Chosen(Box<Everything>, Summary, Arc<Vec<KeptRecording>>),
    Added(MergeReport),
    Replaced,
}

fn refusal(words: &'static BackupStrings, problem: &BackupProblem) -> &'static str {
    match problem {
        BackupProblem::TooBig => words.too_big,
        BackupProblem::TooBigForThisBrowser => words.too_big_for_browser,
        BackupProblem::NotJson => words.not_json,
        BackupProblem::NotABackup => words.not_a_backup,
        BackupProblem::FromNewerApp => words.from_newer_app,
        BackupProblem::Damaged(_) => words.damaged,
    }
}

/// The Backups panel on the Grown-ups screen.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let words = use_backup_strings();
    let storage = expect_context::<AppStorage>();
    provide_context(UnconfirmedBackup(RwSignal::new(None)));
    provide_context(BackupRecordings::read_ahead());
    let changed = expect_context::<RecordingsChanged>();
    // What happened to the recordings a backup brought, said after the rest.
    let recordings_said = RwSignal::new(None::<String>);
    let bring_recordings = move |incoming: Arc<Vec<KeptRecording>>, replace: bool| {
        recordings_said.set(None);
        if incoming.is_empty() {
            // A file without recordings leaves this tablet's as they are.
            return;
        }
        leptos::task::spawn_local(async move {
            let here = list_recordings().await.unwrap_or_default();
            let coming = recordings_to_keep(&here, &incoming, replace);
            let count = coming.len();
            let said = match keep_recordings_from_backup(&coming, replace).await {
                Ok(()) if count > 0 => Some((words.recordings_back)(count)),
                Ok(()) => None,
                Err(_) => Some(words.recordings_not_back.to_string()),
            };
            recordings_said.try_set(said);
            changed.tell();
        });
    };
    let restoring = RwSignal::new(Restoring::Idle);
    let file_input = NodeRef::<html::Input>::new();
    let pick = move |_| {
        let Some(input) = file_input.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let next = match read_picked_file(&input, backup::MAX_BYTES).await {
                Err(PickedFileError::NoneChosen) => Restoring::Idle,
                Err(PickedFileError::TooBig) => Restoring::Refused(words.too_big),
                Err(PickedFileError::Unreadable) => Restoring::Refused(words.not_json),
                Ok(bytes) => match backup::read_with_recordings(&bytes) {
                    Ok((everything, recordings, summary)) => {
                        Restoring::Chosen(Box::new(everything), summary, Arc::new(recordings))
                    }
                    Err(problem) => Restoring::Refused(refusal(words, &problem)),
                },
            };
            // The same file can be picked again after a change of mind.
            input.set_value("");
            restoring.set(next);
        });
    };
    // Says what truly happened: done, or refused with everything as it was.
    let add = move |everything: &Everything, recordings: Arc<Vec<KeptRecording>>| {
        let (merged, report) = backup::merge(&gather(storage), everything);
        let room_needed = backup::stored_size(&merged)
            + report
                .replaced_here
                .iter()
                .map(backup::stored_size_of_story)
                .sum::<usize>();
        restoring.set(if room_needed > backup::BROWSER_STORAGE_CHARS {
            Restoring::Refused(words.too_big_for_browser)
        } else {
            match put_in_place(storage, &merged, false, &report.replaced_here) {
                Ok(()) => {
                    bring_recordings(recordings, false);
                    Restoring::Added(report)
                }
                Err(_) => Restoring::Refused(words.restore_failed),
            }
        });
    };
    let replace = move |everything: &Everything, recordings: Arc<Vec<KeptRecording>>| {
        restoring.set(match put_in_place(storage, everything, true, &[]) {
            Ok(()) => {
                bring_recordings(recordings, true);
                Restoring::Replaced
            }
            Err(_) => Restoring::Refused(words.restore_failed),
        });
    };
    let chosen = move || restoring.with(|r| matches!(r, Restoring::Chosen(..)));
    let summary = move || {
        restoring.with(|r| match r {
            Restoring::Chosen(_, summary, _) => Some(summary.clone()),
            _ => None,
        })
    };
    let chosen_backup = move || {
        restoring.with_untracked(|r| match r {
            Restoring::Chosen(everything, _, recordings) => {
                Some((everything.clone(), recordings.clone()))
            }
            _ => None,
        })
    };
    // Asked over the summary, which stays open beneath: Cancel comes back to it.
    let asking_to_replace = RwSignal::new(false);
    let outcome = move || match restoring.get() {
        Restoring::Added(report) => Some((words.added)(&report)),
        Restoring::Replaced => Some(words.replaced.to_string()),
        _ => None,
    };
    let refused = move || match restoring.get() {
        Restoring::Refused(reason) => Some(view! {
            <div class="restore-result" role="alert">
                <p>{reason}</p>
                <p>{words.nothing_changed}</p>
            </div>
        }),
        _ => None,
    };
    view! {
        <section class="panel backup-panel" aria-labelledby="backup-title">
            <h2 id="backup-title">{words.title}</h2>
            <p>{words.why}</p>
            <KeepingLines/>
            <SaveBackup/>
            // The browser's own file button speaks the tablet's language, not the family's: our
            // label is the button, and the input lies over it unseen (tapped, focused, named).
            <div class="file-picker">
                <label class="quiet-button file-button" for="restore-file">{words.restore_label}</label>
                <input
                    node_ref=file_input
                    id="restore-file"
                    class="file-input"
                    type="file"
                    accept=".json,application/json"
                    on:change=pick
                />
            </div>
            {refused}
            // Always there, so what happened is read out when it appears.
            <div role="status">
                {move || outcome().map(|said| view! { <p class="restore-result">{said}</p> })}
                {move || recordings_said.get().map(|said| view! { <p class="restore-result">{said}</p> })}
            </div>
            <Dialog open=Signal::derive(chosen) on_close=move |()| restoring.set(Restoring::Idle) labelled_by="restore-title">
                {move || summary().map(|summary| view! { <BackupSummary summary/> })}
                <div class="choices">
                    <button class="big-button" on:click=move |_| {
                        if let Some((everything, recordings)) = chosen_backup() {
                            add(&everything, recordings);
                        }
                    }>{words.add}</button>
                    <button class="quiet-button" on:click=move |_| asking_to_replace.set(true)>{words.replace}</button>
                    <button class="quiet-button" autofocus on:click=move |_| restoring.set(Restoring::Idle)>{words.cancel}</button>
                </div>
            </Dialog>
            <SaveFirstDialog
                open=asking_to_replace
                title_id="replace-title"
                warning_id="replace-warning"
                title=words.replace
                warning=words.replace_warning
                confirm=words.replace_confirm
                on_confirm=move || {
                    asking_to_replace.set(false);
                    if let Some((everything, recordings)) = chosen_backup() {
                        replace(&everything, recordings);
                    }
                }
            />
            <DeleteEverything/>
        </section>
    }
}

/// What a chosen backup holds, before anything changes.
#[component]
fn BackupSummary(summary: Summary) -> impl IntoView {
    let words = use_backup_strings();
    let (year, month, day) = crate::platform::clock::local_date(summary.saved_at);
    view! {
        <div class="backup-summary">
            <h2 id="restore-title" class="dialog-title">{(words.summary_from)(year, month, day)}</h2>
            <ul>
                <li>{(words.summary_children)(&summary.children)}</li>
                <li>{(words.summary_stories)(summary.stories, summary.pages)}</li>
                <li>{(words.summary_practices)(summary.practices)}</li>
                {(summary.recordings > 0).then(|| view! { <li>{(words.summary_recordings)(summary.recordings)}</li> })}
            </ul>
        </div>
    }
}

/// Deleting everything on this tablet: asked first in a dialog, with the offer to save a
/// backup first.
#[component]
fn DeleteEverything() -> impl IntoView {
    let words = use_backup_strings();
    let storage = expect_context::<AppStorage>();
    let asking = RwSignal::new(false);
    let said = RwSignal::new(None::<String>);
    let delete = move || {
        if storage.remove_everything().is_ok() {
            leptos::task::spawn_local(async {
                // Recordings too (a browser without IndexedDB has none to delete).
                let _ = delete_all_recordings().await;
                // Start again from nothing, as on a new tablet.
                let _ = window().location().replace(&address_of(Screen::Home));
            });
        } else {
            said.set(Some(words.delete_failed.to_string()));
        }
    };
    view! {
        <div class="delete-everything">
            <h3>{words.delete_title}</h3>
            <button class="quiet-button danger" on:click=move |_| asking.set(true)>
                {words.delete_everything}
            </button>
            <SaveFirstDialog
                open=asking
                title_id="delete-everything-title"
                warning_id="delete-everything-warning"
                title=words.delete_everything
                warning=words.delete_warning
                confirm=words.delete_confirm
                on_confirm=delete
                said
            />
        </div>
    }
}

/// A question before something that cannot be undone (replacing, deleting everything): a
/// warning, "Save a backup first", the choice itself, and Cancel (where focus starts).
#[component]
fn SaveFirstDialog(
    open: RwSignal<bool>,
    /// The ids of its title and its warning, which name and describe it.
    title_id: &'static str,
    warning_id: &'static str,
    title: &'static str,
    warning: &'static str,
    confirm: &'static str,
    #[prop(into)] on_confirm: Callback<()>,
    /// What saving (or the choice) said; the dialog keeps its own when not given.
    #[prop(optional)]
    said: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let words = use_backup_strings();
    let storage = expect_context::<AppStorage>();
    let said = said.unwrap_or_else(|| RwSignal::new(None));
    view! {
        <Dialog
            open
            on_close=move |()| open.set(false)
            alert=true
            labelled_by=title_id
            described_by=warning_id
        >
            <h2 id=title_id class="dialog-title">{title}</h2>
            <p id=warning_id>{warning}</p>
            <div class="choices">
                <button class="big-button" on:click=move |_| said.set(Some(save_backup(storage, words)))>{words.save_first}</button>
                <button class="quiet-button danger" on:click=move |_| on_confirm.run(())>{confirm}</button>
                <button class="quiet-button" autofocus on:click=move |_| open.set(false)>{words.cancel}</button>
            </div>
            <p class="field-help" aria-live="polite">{move || said.get()}</p>
        </Dialog>
    }
}
