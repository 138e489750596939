//! New ids, made from the browser's clock and random numbers.

use crate::model::child::ChildId;

/// A new child's id: the time and a random part, unique on this tablet.
pub fn new_child_id() -> ChildId {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    ChildId(format!(
        "child-{:x}-{random:08x}",
        js_sys::Date::now() as u64
    ))
}
