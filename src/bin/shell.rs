//! The first part of the app to load: Home, Our stories, Progress, Grown-ups. Mounts only.

fn main() {
    calm_together::start_shell();
}
