//! A button that acts only when held down for two seconds, with a fill showing the hold, so a
//! small child's quick tap never deletes anything. Holding Enter or Space does the same.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

/// How long the button must be held.
pub const HOLD: Duration = Duration::from_secs(2);

/// Gives each hold button's hint its own id.
static HINTS: AtomicUsize = AtomicUsize::new(0);

/// `label` names the action; `hint` (e.g. "Hold for 2 seconds") is shown and read out with it.
#[component]
pub fn HoldButton(
    #[prop(into)] label: String,
    hint: &'static str,
    #[prop(into)] on_held: Callback<()>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let holding = RwSignal::new(false);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    let hint_id = format!("hold-hint-{}", HINTS.fetch_add(1, Ordering::Relaxed));
    let stop = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        holding.set(false);
    };
    // The timer fires outside any component; the action runs as if from the button itself.
    let owner = StoredValue::new_local(Owner::current());
    let start = move || {
        if holding.get_untracked() {
            return;
        }
        holding.set(true);
        let owner = owner.get_value();
        let handle = set_timeout_with_handle(
            move || {
                timer.set_value(None);
                holding.set(false);
                match &owner {
                    Some(owner) => owner.with(|| on_held.run(())),
                    None => on_held.run(()),
                }
            },
            HOLD,
        )
        .ok();
        timer.set_value(handle);
    };
    on_cleanup(stop);
    let is_hold_key = |event: &KeyboardEvent| matches!(event.key().as_str(), "Enter" | " ");
    view! {
        <button
            class=format!("hold-button {class}")
            class:holding=move || holding.get()
            aria-describedby=hint_id.clone()
            on:pointerdown=move |event: PointerEvent| {
                event.prevent_default();
                start();
            }
            on:pointerup=move |_| stop()
            on:pointerleave=move |_| stop()
            on:pointercancel=move |_| stop()
            on:contextmenu=|event| event.prevent_default()
            on:keydown=move |event: KeyboardEvent| {
                if is_hold_key(&event) {
                    event.prevent_default();
                    start();
                }
            }
            on:keyup=move |event: KeyboardEvent| {
                if is_hold_key(&event) {
                    stop();
                }
            }
            on:blur=move |_| stop()
        >
            <span class="hold-fill" aria-hidden="true"></span>
            <span class="hold-label">{label}</span>
            <span class="hold-hint" id=hint_id.clone() aria-hidden="true">{hint}</span>
        </button>
    }
}
