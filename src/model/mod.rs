//! The pure core: plain Rust types and rules, no browser. Tested natively with `cargo test`.

pub mod family;
pub mod schema;
pub mod screen;
