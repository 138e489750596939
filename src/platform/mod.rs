//! The edges of the browser the app uses directly: clock, files, start-up and recovery.

pub mod clock;
pub mod download;
pub mod ready;
pub mod recover;
