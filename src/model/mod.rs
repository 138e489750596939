//! The pure core: plain Rust types and rules, no browser. Tested natively with `cargo test`.

pub mod backup;
pub mod base64;
pub mod calendar;
pub mod checkin;
pub mod child;
pub mod demo;
pub mod exercise;
pub mod family;
pub mod gate;
pub mod handoff;
pub mod language;
pub mod library;
pub mod pacing;
pub mod pictures;
pub mod plan;
pub mod practice;
pub mod progress;
pub mod run;
pub mod schema;
pub mod screen;
pub mod script;
pub mod settings;
pub mod site;
pub mod story;
pub mod voice;

/// Replaces the item `same` picks out, or adds `item` at the end: saving twice keeps one copy.
pub(crate) fn replace_or_push<T>(items: &mut Vec<T>, item: T, same: impl Fn(&T) -> bool) {
    match items.iter_mut().find(|existing| same(existing)) {
        Some(existing) => *existing = item,
        None => items.push(item),
    }
}
