//! Native tests of the pure model: `cargo test --test model`.
#![cfg(not(target_arch = "wasm32"))]

mod model {
    mod backup;
    mod backup_recordings;
    mod checkin;
    mod cover;
    mod cues;
    mod deleted_stories;
    mod demo;
    mod family;
    mod gate;
    mod handoff;
    mod library;
    mod migrations;
    mod pacing;
    mod pictures;
    mod plan;
    mod progress;
    mod run;
    mod safety;
    mod schema;
    mod screen;
    mod shapes;
    mod site;
    mod spanish_words;
    mod spoken_words;
    mod story;
    mod touch;
    mod translations;
    mod voice;
}
