//! Calm Together: starts the app. Mounts only; everything else is in the library.

fn main() {
    calm_together::start_app();
}
