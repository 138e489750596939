//! Progress and the door to the grown-ups' side, loaded when a grown-up opens one. Mounts only.

fn main() {
    calm_together::start_progress();
}
