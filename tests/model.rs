//! Native tests of the pure model: `cargo test --test model`.
#![cfg(not(target_arch = "wasm32"))]

mod model {
    mod backup;
    mod checkin;
    mod cues;
    mod demo;
    mod family;
    mod gate;
    mod library;
    mod migrations;
    mod pacing;
    mod pictures;
    mod plan;
    mod progress;
    mod schema;
    mod screen;
    mod spoken_words;
    mod story;
    mod translations;
}
