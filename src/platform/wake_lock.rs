//! Keeps the screen awake during an exercise, where the browser offers a Screen Wake Lock.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// The screen wake lock; `release` is safe to call at any time, held or not.
#[derive(Clone, Default)]
pub struct ScreenAwake {
    sentinel: Rc<RefCell<Option<JsValue>>>,
    wanted: Rc<RefCell<bool>>,
}

impl ScreenAwake {
    /// Asks to keep the screen on; quietly does nothing where unsupported or refused.
    pub fn hold(&self) {
        *self.wanted.borrow_mut() = true;
        if self.sentinel.borrow().is_some() {
            return;
        }
        let Some(request) = wake_lock_request() else {
            return;
        };
        let (sentinel, wanted) = (self.sentinel.clone(), self.wanted.clone());
        spawn_local(async move {
            let Ok(lock) = JsFuture::from(request).await else {
                return;
            };
            if *wanted.borrow() {
                *sentinel.borrow_mut() = Some(lock);
            } else {
                release(&lock);
            }
        });
    }

    /// Lets the screen sleep again.
    pub fn release(&self) {
        *self.wanted.borrow_mut() = false;
        if let Some(lock) = self.sentinel.borrow_mut().take() {
            release(&lock);
        }
    }
}

/// `navigator.wakeLock.request("screen")`, reached by name: web-sys has it only as unstable.
fn wake_lock_request() -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    if wake_lock.is_undefined() {
        return None;
    }
    let request = Reflect::get(&wake_lock, &"request".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    request
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}

fn release(lock: &JsValue) {
    if let Ok(release) =
        Reflect::get(lock, &"release".into()).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = release.call0(lock);
    }
}
