//! Our stories' shelf, loaded when a family opens it. Mounts only.

fn main() {
    calm_together::start_shelf();
}
