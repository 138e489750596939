//! The edges of the browser the app uses directly: clock, downloads, the share sheet, picked files, frames, sound, speech,
//! vibration, wake lock, start-up, recovery and timing for the benchmark.

pub mod chime;
pub mod clock;
pub mod download;
pub mod files;
pub mod frames;
pub mod ids;
pub mod language;
pub mod microphone;
pub mod persist;
pub mod ready;
pub mod recover;
pub mod share;
pub mod site;
pub mod speech;
pub mod styles;
pub mod timing;
pub mod vibration;
pub mod voice;
pub mod wake_lock;
