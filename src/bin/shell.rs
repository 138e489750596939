//! The first part of the app to load: Home. Mounts only.

fn main() {
    calm_together::start_shell();
}
