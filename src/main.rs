//! Mounts the app; everything else lives in the library.

fn main() {
    calm_together::start();
}
