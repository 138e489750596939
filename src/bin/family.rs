//! The grown-ups' side (Grown-ups and Progress), loaded when a grown-up opens it. Mounts only.

fn main() {
    calm_together::start_family();
}
