//! The edges of the browser the app uses directly: clock, files, frames, sound, speech,
//! vibration, wake lock, start-up and recovery.

pub mod chime;
pub mod clock;
pub mod download;
pub mod frames;
pub mod ready;
pub mod recover;
pub mod speech;
pub mod vibration;
pub mod wake_lock;
