//! The microphone, for "Our own voice": asked for only when the grown-up taps Record, recorded
//! with `MediaRecorder` in whatever format this browser records, and released (the browser's
//! "microphone in use" sign goes out) the moment recording ends.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobEvent, MediaRecorder, MediaRecorderOptions, MediaStream};

use crate::model::voice::recording_type;

/// Why nothing could be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MicrophoneProblem {
    /// The grown-up (or the browser's settings) said no.
    Refused,
    /// There is no microphone, or another app holds it.
    NoMicrophone,
    /// This browser cannot record sound.
    CannotRecord,
}

/// The format this browser records sound in, or `None` where it cannot record at all.
pub fn recording_format() -> Option<&'static str> {
    let has_microphone_api = web_sys::window()
        .and_then(|window| window.navigator().media_devices().ok())
        .is_some();
    let has_recorder =
        js_sys::Reflect::has(&js_sys::global(), &"MediaRecorder".into()).unwrap_or(false);
    if !(has_microphone_api && has_recorder) {
        return None;
    }
    recording_type(MediaRecorder::is_type_supported)
}

/// Recording under way. Dropping it stops recording and lets the microphone go.
pub struct OpenMicrophone {
    stream: MediaStream,
    recorder: MediaRecorder,
    pieces: Rc<RefCell<Vec<Blob>>>,
    _on_piece: Closure<dyn FnMut(BlobEvent)>,
}

/// Asks for the microphone (the browser asks the grown-up the first time) and starts recording.
pub async fn start_recording(format: &str) -> Result<OpenMicrophone, MicrophoneProblem> {
    let devices = web_sys::window()
        .and_then(|window| window.navigator().media_devices().ok())
        .ok_or(MicrophoneProblem::CannotRecord)?;
    let wanted = web_sys::MediaStreamConstraints::new();
    wanted.set_audio(&JsValue::TRUE);
    let asked = devices
        .get_user_media_with_constraints(&wanted)
        .map_err(|_| MicrophoneProblem::CannotRecord)?;
    let stream: MediaStream = JsFuture::from(asked)
        .await
        .map_err(|error| {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(web_sys::DomException::name)
                .unwrap_or_default();
            match name.as_str() {
                "NotAllowedError" | "SecurityError" => MicrophoneProblem::Refused,
                _ => MicrophoneProblem::NoMicrophone,
            }
        })?
        .unchecked_into();
    let options = MediaRecorderOptions::new();
    options.set_mime_type(format);
    // Speech needs little: a small clip, well under the limits (about 4 KB a second).
    options.set_audio_bits_per_second(32_000);
    let recorder =
        match MediaRecorder::new_with_media_stream_and_media_recorder_options(&stream, &options) {
            Ok(recorder) => recorder,
            Err(_) => {
                let_go(&stream);
                return Err(MicrophoneProblem::CannotRecord);
            }
        };
    let pieces = Rc::new(RefCell::new(Vec::new()));
    let kept = pieces.clone();
    let on_piece = Closure::<dyn FnMut(BlobEvent)>::new(move |event: BlobEvent| {
        if let Some(piece) = event.data().filter(|piece| piece.size() > 0.0) {
            kept.borrow_mut().push(piece);
        }
    });
    recorder.set_ondataavailable(Some(on_piece.as_ref().unchecked_ref()));
    let open = OpenMicrophone {
        stream,
        recorder,
        pieces,
        _on_piece: on_piece,
    };
    open.recorder
        .start()
        .map_err(|_| MicrophoneProblem::CannotRecord)?;
    Ok(open)
}

impl OpenMicrophone {
    /// Stops recording and gives the sound and its format (as this browser names it).
    pub async fn finish(&self) -> Option<(js_sys::ArrayBuffer, String)> {
        let stopped = js_sys::Promise::new(&mut |resolve, _reject| {
            let done = Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            });
            self.recorder.set_onstop(Some(done.unchecked_ref()));
        });
        self.recorder.stop().ok()?;
        JsFuture::from(stopped).await.ok()?;
        let_go(&self.stream);
        let kind = self.recorder.mime_type();
        let parts = js_sys::Array::new();
        for piece in self.pieces.borrow().iter() {
            parts.push(piece);
        }
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(&kind);
        let whole = Blob::new_with_blob_sequence_and_options(&parts, &bag).ok()?;
        let sound = JsFuture::from(whole.array_buffer()).await.ok()?;
        Some((sound.unchecked_into(), kind))
    }
}

impl Drop for OpenMicrophone {
    fn drop(&mut self) {
        self.recorder.set_ondataavailable(None);
        let _ = self.recorder.stop();
        let_go(&self.stream);
    }
}

/// Stops every track, so the microphone is free and its sign goes out.
fn let_go(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}
