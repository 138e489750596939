//! One story (making, reading, printing) and the books' reader, loaded when a family opens one.
//! Mounts only.

fn main() {
    calm_together::start_story();
}
