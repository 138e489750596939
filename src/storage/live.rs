//! The storage the running app uses: loads each aggregate once at start-up into a signal,
//! writes it back a moment after it changes, flushes when the page is hidden, and follows
//! changes made in other tabs.

use std::any::Any;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::backend::{Backend, BackendError, MemoryBackend};
use super::keys::{Key, StoreKey};
use super::local::LocalStorageBackend;
use super::set_aside::StorageNotice;
use super::store::{SaveOutcome, Store};
use crate::model::schema::Aggregate;
use crate::platform::clock::now_ms;
use crate::platform::timing::measured;

/// Writes wait this long after the last change, so typing a name is one write, not twenty.
const WRITE_DELAY: Duration = Duration::from_millis(600);
/// After the browser refused a write (full, unavailable), try again this often.
const RETRY_DELAY: Duration = Duration::from_secs(30);

type AppStore = Store<Box<dyn Backend>>;
type SaveFn = Rc<dyn Fn(&mut AppStore, u64) -> Result<Vec<StorageNotice>, WriteProblem>>;
type RefreshFn = Rc<dyn Fn(&mut AppStore, u64) -> Vec<StorageNotice>>;

/// The performance measure each write is recorded under, for the benchmark.
pub const SAVE_MEASURE: &str = "calm-together-save";

/// Whether everything on screen is stored, for the quiet "Saved" word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Everything shown is stored.
    Saved,
    /// A change is waiting for its moment to be written.
    Waiting,
    /// The browser refused the last write; the change is kept on screen and tried again.
    NotSaved,
    /// A change is on screen for a key this version must never write (a newer version's data,
    /// or text it could neither read nor copy aside): it will not be kept.
    NotKept,
}

/// Why a change was not written.
enum WriteProblem {
    /// The browser refused (full, unavailable): worth trying again.
    Browser(BackendError),
    /// The key is protected for as long as this page lives.
    Protected,
}

/// One aggregate kept in a signal and written back to its key.
struct Binding {
    key_name: String,
    /// The `RwSignal<A>` the key is kept in, so binding a key again returns the same one.
    signal: Box<dyn Any>,
    dirty: bool,
    /// Deleted on purpose: never written back (unless bound again).
    removed: bool,
    save: SaveFn,
    refresh: RefreshFn,
}

struct LiveState {
    store: AppStore,
    /// The app's own reactive owner: aggregates bound from any screen live as long as the app.
    owner: Option<Owner>,
    bindings: Vec<Binding>,
    write_scheduled: bool,
}

/// The app's storage, shared through context. Copy it freely: it is a handle.
#[derive(Clone, Copy)]
pub struct AppStorage {
    state: StoredValue<LiveState, LocalStorage>,
    /// What the grown-up should know about saved data, newest last.
    pub notices: RwSignal<Vec<StorageNotice>>,
    pub save_state: RwSignal<SaveState>,
    /// Demo mode: everything lives in this tab's sandbox, and the family's data is untouched.
    pub demo: bool,
}

impl AppStorage {
    /// Opens localStorage (or memory, when the browser keeps nothing) and lists old notices.
    pub fn open() -> Self {
        if super::demo::demo_is_on() {
            if let Ok(sandbox) = super::demo::sandbox() {
                let mut storage =
                    Self::with_store(Store::new(Box::new(sandbox), new_tab_id()), vec![]);
                storage.demo = true;
                return storage;
            }
        }
        let (backend, mut notices): (Box<dyn Backend>, _) = match LocalStorageBackend::open() {
            Ok(local) => (Box::new(local), vec![]),
            Err(_) => (
                Box::new(MemoryBackend::new()),
                vec![StorageNotice::Unavailable],
            ),
        };
        let store = Store::new(backend, new_tab_id());
        notices.extend(store.unacknowledged_set_asides());
        Self::with_store(store, notices)
    }

    /// Wraps an already opened store (tests use a memory backend with injected faults).
    pub fn with_store(store: AppStore, notices: Vec<StorageNotice>) -> Self {
        let storage = Self {
            state: StoredValue::new_local(LiveState {
                store,
                owner: Owner::current(),
                bindings: vec![],
                write_scheduled: false,
            }),
            notices: RwSignal::new(notices),
            save_state: RwSignal::new(SaveState::Saved),
            demo: false,
        };
        storage.follow_the_page();
        storage
    }

    /// Loads `key` now, synchronously, and keeps the returned signal saved from then on.
    /// Binding a key again returns the same signal (never a second, stale copy).
    pub fn bind<A: Aggregate + Send + Sync>(&self, key: Key<A>) -> RwSignal<A> {
        let key = key.store_key().clone();
        match self.state.with_value(|s| s.owner.clone()) {
            Some(owner) => owner.with(|| self.bind_here(key)),
            None => self.bind_here(key),
        }
    }

    fn bind_here<A: Aggregate + Send + Sync>(&self, key: StoreKey) -> RwSignal<A> {
        let name = key.name();
        let existing = self.state.with_value(|s| {
            s.bindings.iter().find(|b| b.key_name == name).map(|b| {
                // Typed keys make this impossible; a second binding would write over the first.
                *b.signal
                    .downcast_ref::<RwSignal<A>>()
                    .unwrap_or_else(|| panic!("{name} is bound as two types"))
            })
        });
        if let Some(signal) = existing {
            self.state.update_value(|s| {
                if let Some(b) = s.bindings.iter_mut().find(|b| b.key_name == name) {
                    b.removed = false;
                }
            });
            return signal;
        }
        let loaded = self.edit(|s| s.store.load::<A>(&key, now_ms()));
        self.add_notices(loaded.notices);
        let signal = RwSignal::new(loaded.value);
        let save_key = key.clone();
        let save: SaveFn = Rc::new(move |store, now| {
            match signal.with_untracked(|value| store.save(&save_key, value, now)) {
                SaveOutcome::Saved | SaveOutcome::Unchanged => Ok(vec![]),
                SaveOutcome::Refused => Err(WriteProblem::Protected),
                SaveOutcome::Conflict { theirs } => {
                    signal.set(theirs.value);
                    Ok(theirs.notices)
                }
                SaveOutcome::Failed(error) => Err(WriteProblem::Browser(error)),
                SaveOutcome::DeletedElsewhere => {
                    signal.set(A::default());
                    Ok(vec![])
                }
            }
        });
        let refresh_key = key.clone();
        let refresh: RefreshFn =
            Rc::new(
                move |store, now| match store.refresh::<A>(&refresh_key, now) {
                    Some(theirs) => {
                        signal.set(theirs.value);
                        theirs.notices
                    }
                    None => vec![],
                },
            );
        let index = self.edit(|s| {
            s.bindings.push(Binding {
                key_name: key.name(),
                signal: Box::new(signal),
                dirty: false,
                removed: false,
                save,
                refresh,
            });
            s.bindings.len() - 1
        });
        let storage = *self;
        // Writes back after every change; the store skips writes of what it loaded.
        Effect::new(move || {
            signal.track();
            storage.mark_dirty(index);
        });
        signal
    }

    /// Writes every changed aggregate now (called when the page is hidden or closed).
    pub fn flush(&self) {
        let dirty: Vec<(usize, SaveFn)> = self.state.with_value(|s| {
            s.bindings
                .iter()
                .enumerate()
                .filter(|(_, b)| b.dirty && !b.removed)
                .map(|(i, b)| (i, b.save.clone()))
                .collect()
        });
        let mut failure = None;
        let mut protected = false;
        for (index, save) in dirty {
            match measured(SAVE_MEASURE, || self.edit(|s| save(&mut s.store, now_ms()))) {
                Ok(notices) => {
                    self.state.update_value(|s| s.bindings[index].dirty = false);
                    self.add_notices(notices);
                }
                // Stays changed on screen; a reload (the newer version) is what can keep it.
                Err(WriteProblem::Protected) => protected = true,
                Err(WriteProblem::Browser(error)) => failure = Some(error),
            }
        }
        match failure {
            None if protected => self.show_save_state(SaveState::NotKept),
            None => {
                let is_full = |n: &StorageNotice| {
                    matches!(n, StorageNotice::Full | StorageNotice::SetAsideFull)
                };
                // Only when there is one to take away: every write would otherwise redraw the
                // notices, and a notice would lose what it just said ("the file should be saved").
                if self.notices.with_untracked(|n| n.iter().any(is_full)) {
                    self.notices.update(|n| n.retain(|n| !is_full(n)));
                }
                self.show_save_state(SaveState::Saved);
            }
            Some(error) => {
                self.show_save_state(SaveState::NotSaved);
                self.add_notices(vec![match error {
                    BackendError::QuotaExceeded => StorageNotice::Full,
                    BackendError::SetAsideFull => StorageNotice::SetAsideFull,
                    _ => StorageNotice::Unavailable,
                }]);
                self.schedule_write(RETRY_DELAY);
            }
        }
    }

    /// Hides a notice; a set-aside copy is marked as seen but stays stored.
    pub fn hide_notice(&self, notice: &StorageNotice) {
        if let StorageNotice::SetAside {
            record_key: Some(record_key),
            ..
        } = notice
        {
            // If this fails the notice simply comes back next time; nothing is lost.
            let _ = self.edit(|s| s.store.acknowledge_set_aside(record_key));
        }
        self.notices.update(|n| n.retain(|n| n != notice));
    }

    /// Puts many values in place as one whole (a backup): unsaved changes are written first,
    /// then `writes` in order and `removes`; if the browser refuses partway, everything is as it
    /// was. Afterwards every bound value shows what is stored.
    pub fn write_together(
        &self,
        writes: Vec<super::store::Write>,
        removes: Vec<StoreKey>,
    ) -> Result<(), BackendError> {
        self.flush();
        if self.save_state.get_untracked() == SaveState::NotSaved {
            return Err(BackendError::QuotaExceeded);
        }
        self.edit(|s| s.store.write_together(&writes, &removes, now_ms()))?;
        let removed: Vec<String> = removes.iter().map(StoreKey::name).collect();
        let refreshes: Vec<RefreshFn> = self
            .state
            .try_update_value(|s| {
                s.bindings
                    .iter_mut()
                    .filter_map(|b| {
                        b.dirty = false;
                        if removed.contains(&b.key_name) {
                            b.removed = true;
                        }
                        (!b.removed).then(|| b.refresh.clone())
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.read_again(refreshes);
        Ok(())
    }

    /// Reads keys again into their bindings, telling the grown-up what the reading found.
    fn read_again(&self, refreshes: Vec<RefreshFn>) {
        for refresh in refreshes {
            let notices = self.edit(|s| refresh(&mut s.store, now_ms()));
            self.add_notices(notices);
        }
    }

    /// Every set-aside copy on this device, oldest first, with its key.
    pub fn set_aside_copies(&self) -> Vec<(String, super::SetAsideRecord)> {
        self.state.with_value(|s| s.store.set_aside_copies())
    }

    /// Deletes one set-aside copy (a grown-up's choice), and its notice if one is shown.
    pub fn delete_set_aside(&self, record_key: &str) -> Result<(), BackendError> {
        self.edit(|s| s.store.delete_set_aside(record_key))?;
        self.notices.update(|n| {
            n.retain(|notice| {
                !matches!(notice, StorageNotice::SetAside { record_key: Some(k), .. } if k == record_key)
            })
        });
        Ok(())
    }

    /// Runs `f` on the live state and returns its result.
    fn edit<R>(&self, f: impl FnOnce(&mut LiveState) -> R) -> R {
        self.state
            .try_update_value(f)
            .expect("the storage lives as long as the app")
    }

    fn add_notices(&self, new: Vec<StorageNotice>) {
        if new.is_empty() {
            return;
        }
        self.notices.update(|notices| {
            for notice in new {
                if !notices.contains(&notice) {
                    notices.push(notice);
                }
            }
        });
    }

    /// Deletes a key on purpose (a story the grown-up removed); its signal is no longer saved.
    pub fn remove(&self, key: &StoreKey) -> Result<(), BackendError> {
        let name = key.name();
        self.state.update_value(|s| {
            if let Some(b) = s.bindings.iter_mut().find(|b| b.key_name == name) {
                b.removed = true;
                b.dirty = false;
            }
        });
        self.edit(|s| s.store.remove(key))
    }

    /// Deletes everything on this device (a grown-up's explicit choice); nothing bound is
    /// written back afterwards. The caller reloads the app so it starts fresh.
    pub fn remove_everything(&self) -> Result<usize, BackendError> {
        self.stop_writing_everything();
        self.edit(|s| s.store.remove_everything(now_ms()))
    }

    /// Nothing bound is written back from now on (everything was deleted, here or elsewhere).
    fn stop_writing_everything(&self) {
        self.state.update_value(|s| {
            for binding in &mut s.bindings {
                binding.removed = true;
                binding.dirty = false;
            }
        });
    }

    /// Another window deleted everything: nothing held here is written back, and the page
    /// starts afresh.
    fn start_afresh(&self) {
        self.stop_writing_everything();
        let _ = window().location().reload();
    }

    fn mark_dirty(&self, index: usize) {
        let removed = self.edit(|s| {
            s.bindings[index].dirty = true;
            s.bindings[index].removed
        });
        if !removed {
            self.show_save_state(SaveState::Waiting);
            self.schedule_write(WRITE_DELAY);
        }
    }

    fn show_save_state(&self, state: SaveState) {
        if self.save_state.get_untracked() != state {
            self.save_state.set(state);
        }
    }

    fn schedule_write(&self, delay: Duration) {
        let already = self.edit(|s| std::mem::replace(&mut s.write_scheduled, true));
        if already {
            return;
        }
        let storage = *self;
        set_timeout(
            move || {
                storage.state.update_value(|s| s.write_scheduled = false);
                storage.flush();
            },
            delay,
        );
    }

    /// Another tab changed `key_name` (or cleared everything, when `None`).
    fn on_other_tab_change(&self, key_name: Option<String>) {
        // Unsaved changes here meet theirs first: the write notices the clash and keeps both.
        self.flush();
        // A change this tab could not write (storage full) stays on screen rather than theirs:
        // theirs is safe in storage, and the next try keeps both.
        let affected: Vec<RefreshFn> = self.state.with_value(|s| {
            s.bindings
                .iter()
                .filter(|b| !b.dirty || b.removed)
                .filter(|b| key_name.as_ref().is_none_or(|name| *name == b.key_name))
                .map(|b| b.refresh.clone())
                .collect()
        });
        self.read_again(affected);
    }

    fn follow_the_page(&self) {
        let storage = *self;
        window_event_listener(leptos::ev::pagehide, move |_| storage.flush());
        window_event_listener(leptos::ev::visibilitychange, move |_| storage.flush());
        window_event_listener(
            leptos::ev::storage,
            move |event: web_sys::StorageEvent| match event.key() {
                Some(key) if key == super::keys::EVERYTHING_DELETED => storage.start_afresh(),
                key => storage.on_other_tab_change(key),
            },
        );
    }
}

fn new_tab_id() -> String {
    format!(
        "{:08x}",
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    )
}
