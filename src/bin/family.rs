//! The grown-ups' side behind its gate, loaded when a grown-up opens the gate. Mounts only.

fn main() {
    calm_together::start_family();
}
