//! One requestAnimationFrame loop: calls back every frame with the frame's time until stopped.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type FrameCallback = Closure<dyn FnMut(f64)>;

/// A running frame loop; dropping it does not stop it, `stop` does.
#[derive(Clone)]
pub struct FrameLoop {
    running: Rc<RefCell<bool>>,
}

impl FrameLoop {
    /// Calls `on_frame(now_ms)` each frame (on the `performance.now` clock) while it returns true.
    pub fn start(mut on_frame: impl FnMut(f64) -> bool + 'static) -> FrameLoop {
        let running = Rc::new(RefCell::new(true));
        let slot: Rc<RefCell<Option<FrameCallback>>> = Rc::new(RefCell::new(None));
        let (slot_inner, running_inner) = (slot.clone(), running.clone());
        *slot.borrow_mut() = Some(Closure::new(move |now: f64| {
            if !*running_inner.borrow() || !on_frame(now) {
                *running_inner.borrow_mut() = false;
                // Breaks the closure's reference to itself so it can be freed.
                slot_inner.borrow_mut().take();
                return;
            }
            if let Some(callback) = slot_inner.borrow().as_ref() {
                request(callback);
            }
        }));
        if let Some(callback) = slot.borrow().as_ref() {
            request(callback);
        }
        FrameLoop { running }
    }

    pub fn stop(&self) {
        *self.running.borrow_mut() = false;
    }
}

fn request(callback: &FrameCallback) {
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.as_ref().unchecked_ref());
    }
}
