//! The grown-up's recordings ("Our own voice"), in the browser's IndexedDB on this device.
//!
//! localStorage holds a few megabytes of text; a minute of speech is a few hundred kilobytes of
//! sound, so recordings live in IndexedDB, the browser's own database for a site. Nothing here
//! leaves the device. Two stores under the same key: `info` (small, JSON: what lists and
//! totals need) and `sound` (the recorded bytes, as an `ArrayBuffer`, which every engine keeps;
//! Blobs in IndexedDB were unreliable in older Safari).

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use leptos::prelude::{RwSignal, Update};

use crate::model::voice::{KeptRecording, PagesOf, RecordingFor, RecordingInfo};

/// The family's recordings.
const DATABASE: &str = "calm-together-recordings";
/// The demo's recordings, thrown away when the demo ends: the family's are never touched.
const DEMO_DATABASE: &str = "calm-together-demo-recordings";
const INFO: &str = "info";
const SOUND: &str = "sound";

/// Counts changes to the recordings, so every panel showing them (Our own voice, Backups)
/// reads them again: provided by the Grown-ups screen.
#[derive(Clone, Copy)]
pub struct RecordingsChanged(pub RwSignal<u32>);

impl RecordingsChanged {
    pub fn tell(self) {
        self.0.try_update(|changes| *changes += 1);
    }
}

/// Why recordings could not be read or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordingsProblem {
    /// No IndexedDB here (some private windows, or blocked by the browser's settings).
    Unavailable,
    /// The browser refused to keep more (the device is full).
    Full,
    Other(String),
}

thread_local! {
    /// Opened once per page, for whichever database this tab uses.
    static OPENED: RefCell<Option<(&'static str, IdbDatabase)>> = const { RefCell::new(None) };
}

/// A kept recording with its sound.
pub struct Recording {
    pub info: RecordingInfo,
    pub sound: js_sys::ArrayBuffer,
}

/// Every recording kept, without its sound; one whose key this version does not know is left
/// out (and left alone).
pub async fn list_recordings() -> Result<Vec<RecordingInfo>, RecordingsProblem> {
    let database = open().await?;
    let transaction = database.transaction_with_str(INFO).map_err(problem)?;
    let all = finished(
        &transaction
            .object_store(INFO)
            .map_err(problem)?
            .get_all()
            .map_err(problem)?,
    )
    .await?;
    let mut found: Vec<RecordingInfo> = js_sys::Array::from(&all)
        .iter()
        .filter_map(|value| info_of(&value))
        .collect();
    found.sort_by_key(|recording| recording.of.key());
    Ok(found)
}

/// One recording with its sound, if it is kept.
pub async fn recording(of: RecordingFor) -> Result<Option<Recording>, RecordingsProblem> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_sequence(&stores())
        .map_err(problem)?;
    let key = JsValue::from_str(&of.key());
    let info_request = transaction
        .object_store(INFO)
        .and_then(|store| store.get(&key))
        .map_err(problem)?;
    let sound_request = transaction
        .object_store(SOUND)
        .and_then(|store| store.get(&key))
        .map_err(problem)?;
    let (info, sound) = (finished(&info_request), finished(&sound_request));
    let (info, sound) = (info.await?, sound.await?);
    let Some(info) = info_of(&info) else {
        return Ok(None);
    };
    Ok(sound
        .dyn_into::<js_sys::ArrayBuffer>()
        .ok()
        .map(|sound| Recording { info, sound }))
}

/// Keeps a recording, in place of any earlier one of the same step: both stores in one
/// transaction, so a recording is never kept half.
pub async fn keep_recording(
    info: &RecordingInfo,
    sound: &js_sys::ArrayBuffer,
) -> Result<(), RecordingsProblem> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_sequence_and_mode(&stores(), IdbTransactionMode::Readwrite)
        .map_err(problem)?;
    put(&transaction, info, sound)?;
    committed(&transaction).await
}

/// Writes one recording's two halves in a transaction that is under way.
fn put(
    transaction: &IdbTransaction,
    info: &RecordingInfo,
    sound: &js_sys::ArrayBuffer,
) -> Result<(), RecordingsProblem> {
    let key = JsValue::from_str(&info.of.key());
    transaction
        .object_store(INFO)
        .and_then(|store| store.put_with_key(&info_object(info), &key))
        .map_err(problem)?;
    transaction
        .object_store(SOUND)
        .and_then(|store| store.put_with_key(sound, &key))
        .map_err(problem)?;
    Ok(())
}

/// Every recording with its sound, for a backup.
pub async fn every_recording() -> Result<Vec<KeptRecording>, RecordingsProblem> {
    let mut all = Vec::new();
    for info in list_recordings().await? {
        if let Some(found) = recording(info.of).await? {
            all.push(KeptRecording {
                info: found.info,
                sound: js_sys::Uint8Array::new(&found.sound).to_vec(),
            });
        }
    }
    Ok(all)
}

/// Keeps the recordings a backup brought, in one transaction: in place of every recording here
/// when `replace`, else beside them (`model::voice::recordings_to_keep` chose which).
pub async fn keep_recordings_from_backup(
    recordings: &[&KeptRecording],
    replace: bool,
) -> Result<(), RecordingsProblem> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_sequence_and_mode(&stores(), IdbTransactionMode::Readwrite)
        .map_err(problem)?;
    if replace {
        for store in [INFO, SOUND] {
            transaction
                .object_store(store)
                .and_then(|store| store.clear())
                .map_err(problem)?;
        }
    }
    for recording in recordings {
        let sound = js_sys::Uint8Array::from(recording.sound.as_slice()).buffer();
        put(&transaction, &recording.info, &sound)?;
    }
    committed(&transaction).await
}

/// Deletes one recording.
pub async fn delete_recording(of: RecordingFor) -> Result<(), RecordingsProblem> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_sequence_and_mode(&stores(), IdbTransactionMode::Readwrite)
        .map_err(problem)?;
    let key = JsValue::from_str(&of.key());
    for store in [INFO, SOUND] {
        transaction
            .object_store(store)
            .and_then(|store| store.delete(&key))
            .map_err(problem)?;
    }
    committed(&transaction).await
}

/// Deletes the recordings of a story's pages (the story is gone for good).
pub async fn delete_story_recordings(story: u64) -> Result<(), RecordingsProblem> {
    for info in list_recordings().await? {
        if PagesOf::Story(story).holds(info.of) {
            delete_recording(info.of).await?;
        }
    }
    Ok(())
}

/// Deletes every recording this tab uses (a grown-up's "Delete everything").
pub async fn delete_all_recordings() -> Result<(), RecordingsProblem> {
    clear(this_tabs_database()).await
}

/// Deletes what was recorded in a demo: when one starts (a tab closed in the demo leaves its
/// recordings) and when it ends. Never the family's own.
pub async fn forget_demo_recordings() -> Result<(), RecordingsProblem> {
    clear(DEMO_DATABASE).await
}

async fn clear(name: &'static str) -> Result<(), RecordingsProblem> {
    let database = open_named(name).await?;
    let transaction = database
        .transaction_with_str_sequence_and_mode(&stores(), IdbTransactionMode::Readwrite)
        .map_err(problem)?;
    for store in [INFO, SOUND] {
        transaction
            .object_store(store)
            .and_then(|store| store.clear())
            .map_err(problem)?;
    }
    committed(&transaction).await
}

/// A recording's description as `info` keeps it: a plain object (no JSON to parse, no serde code
/// in the parts that read it).
fn info_object(info: &RecordingInfo) -> JsValue {
    let object = js_sys::Object::new();
    let set = |name: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
    };
    set("key", JsValue::from_str(&info.of.key()));
    set("kind", JsValue::from_str(&info.kind));
    set("length_ms", JsValue::from_f64(f64::from(info.length_ms)));
    set("bytes", JsValue::from_f64(info.bytes as f64));
    set("recorded_at", JsValue::from_f64(info.recorded_at as f64));
    object.into()
}

/// A description read back; `None` for one this version cannot read (kept, left alone).
fn info_of(value: &JsValue) -> Option<RecordingInfo> {
    let get = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    let number = |name: &str| {
        get(name)?
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0 && n.fract() == 0.0)
    };
    Some(RecordingInfo {
        of: RecordingFor::from_key(&get("key")?.as_string()?)?,
        kind: get("kind")?.as_string()?,
        length_ms: u32::try_from(number("length_ms")? as u64).ok()?,
        bytes: number("bytes")? as u64,
        recorded_at: number("recorded_at")? as u64,
    })
}

fn stores() -> JsValue {
    js_sys::Array::of2(&INFO.into(), &SOUND.into()).into()
}

/// The demo's database while this tab shows the demo, the family's otherwise.
fn this_tabs_database() -> &'static str {
    if super::demo::demo_is_on() {
        DEMO_DATABASE
    } else {
        DATABASE
    }
}

async fn open() -> Result<IdbDatabase, RecordingsProblem> {
    open_named(this_tabs_database()).await
}

/// A database, opened (and made, the first time) once per page.
async fn open_named(name: &'static str) -> Result<IdbDatabase, RecordingsProblem> {
    let kept = OPENED.with_borrow(|opened| {
        opened
            .as_ref()
            .filter(|(opened_name, _)| *opened_name == name)
            .map(|(_, database)| database.clone())
    });
    if let Some(database) = kept {
        return Ok(database);
    }
    let factory = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .ok_or(RecordingsProblem::Unavailable)?;
    let request = factory
        .open_with_u32(name, 1)
        .map_err(|_| RecordingsProblem::Unavailable)?;
    let upgrading = request.clone();
    // Version 1 is the first: there is nothing older to move.
    let make_stores = wasm_bindgen::closure::Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(database) = upgrading.result().and_then(|d| d.dyn_into::<IdbDatabase>()) {
            let _ = database.create_object_store(INFO);
            let _ = database.create_object_store(SOUND);
        }
    });
    request.set_onupgradeneeded(Some(make_stores.unchecked_ref()));
    let database: IdbDatabase = finished(&request)
        .await
        .map_err(|_| RecordingsProblem::Unavailable)?
        .dyn_into()
        .map_err(|_| RecordingsProblem::Unavailable)?;
    OPENED.with_borrow_mut(|opened| *opened = Some((name, database.clone())));
    Ok(database)
}

/// Waits for a request: its result, or its error. One callback for both, as only one is ever
/// called (a second one would never be, and would stay in memory). It listens at once, not
/// when first awaited: a request awaited after another may already have finished.
fn finished(
    request: &IdbRequest,
) -> impl std::future::Future<Output = Result<JsValue, RecordingsProblem>> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |_: web_sys::Event| {
            match done.error() {
                Ok(Some(error)) => reject.call1(&JsValue::NULL, &error),
                _ => resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED)),
            }
        });
        request.set_onsuccess(Some(callback.unchecked_ref()));
        request.set_onerror(Some(callback.unchecked_ref()));
    });
    let result = JsFuture::from(promise);
    async move { result.await.map_err(problem) }
}

/// Waits for a transaction to be written (or to fail: nothing of it is then kept).
async fn committed(transaction: &IdbTransaction) -> Result<(), RecordingsProblem> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = transaction.clone();
        let callback =
            wasm_bindgen::closure::Closure::once_into_js(move |event: web_sys::Event| {
                if event.type_() == "complete" {
                    resolve.call0(&JsValue::NULL)
                } else {
                    let error = done.error().map(JsValue::from).unwrap_or(JsValue::NULL);
                    reject.call1(&JsValue::NULL, &error)
                }
            });
        // A failed write aborts the transaction: "abort" always follows an "error" (listening
        // to both would call the callback twice).
        transaction.set_oncomplete(Some(callback.unchecked_ref()));
        transaction.set_onabort(Some(callback.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(problem)
}

fn problem(error: JsValue) -> RecordingsProblem {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(web_sys::DomException::name)
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => RecordingsProblem::Full,
        "InvalidStateError" | "SecurityError" => RecordingsProblem::Unavailable,
        _ => RecordingsProblem::Other(name),
    }
}
