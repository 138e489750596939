//! The pure core: plain Rust types and rules, no browser. Tested natively with `cargo test`.

pub mod checkin;
pub mod exercise;
pub mod family;
pub mod pacing;
pub mod practice;
pub mod schema;
pub mod screen;
pub mod script;
pub mod settings;
pub mod story;
