//! The door to the grown-ups' side: held for two seconds with a visible fill, which a small
//! child will not do by accident. A grown-up question opens it too, for anyone who cannot hold
//! a button (a keyboard can also hold Enter or Space).

use leptos::prelude::*;

use crate::model::screen::Screen;
use crate::platform::clock::now_ms;
use crate::platform::site::address_of;
use crate::storage::gate_pass::{leave_gate_pass, take_gate_pass};
use crate::strings::use_family_strings;
use crate::ui::focus::focus_main_heading;
use crate::ui::hold_button::HoldButton;
use crate::ui::navigation::use_navigation;

/// A sum a grown-up answers at a glance and a pre-reader cannot: two numbers from 6 to 9.
fn question() -> (u32, u32) {
    let pick = || 6 + (js_sys::Math::random() * 4.0) as u32 % 4;
    (pick(), pick())
}

/// The door to the grown-ups' side, on its own light screen: once a grown-up opens the gate,
/// the side behind it (its own part of the app) loads, with a pass so it does not ask again.
#[component]
pub fn GrownUpDoor() -> impl IntoView {
    let navigation = use_navigation();
    view! {
        <GateQuestion on_open=move || {
            let pass_in_address = leave_gate_pass(now_ms());
            if pass_in_address.is_empty() {
                navigation.go(Screen::GrownUpsBehindGate);
            } else {
                // No sessionStorage in this browser: the pass rides in the address instead.
                let path = address_of(Screen::GrownUpsBehindGate);
                let _ = window().location().assign(&format!("{path}{pass_in_address}"));
            }
        }/>
    }
}

/// Shows `children` to a grown-up who has just opened the gate (on the door's screen or here),
/// until the page is left; anyone else is asked first.
#[component]
pub fn GrownUpGate(children: ChildrenFn) -> impl IntoView {
    let came_through_the_door = take_gate_pass(now_ms());
    let open = RwSignal::new(came_through_the_door);
    if came_through_the_door {
        focus_main_heading();
    }
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <GateQuestion on_open=move || {
                    open.set(true);
                    // The gate gives way to what it kept: focus goes to the screen's heading.
                    focus_main_heading();
                }/>
            }
        >
            {children()}
        </Show>
    }
}

/// The gate itself: a two-second hold, or a sum for anyone who cannot hold a button.
#[component]
fn GateQuestion(on_open: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let family_words = use_family_strings();
    let (a, b) = question();
    let answer = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let check = move || {
        if answer.get_untracked().trim().parse::<u32>() == Ok(a + b) {
            on_open();
        } else {
            wrong.set(true);
        }
    };
    view! {
        <section class="panel gate" aria-labelledby="gate-title">
            <h2 id="gate-title">{family_words.gate_title}</h2>
            <p>{family_words.gate_line}</p>
            <HoldButton label=family_words.gate_hold hint=family_words.gate_hold_hint on_held=move |()| on_open() class="gate-hold"/>
            <form class="gate-question" on:submit=move |event| { event.prevent_default(); check(); }>
                <label class="field-label" for="gate-answer">{(family_words.gate_question)(a, b)}</label>
                <div class="gate-answer-row">
                    <input
                        id="gate-answer"
                        class="text-input gate-answer"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-describedby="gate-wrong"
                        prop:value=move || answer.get()
                        on:input=move |event| { answer.set(event_target_value(&event)); wrong.set(false); }
                    />
                    <button class="quiet-button" type="submit">{family_words.gate_open}</button>
                </div>
                <p id="gate-wrong" class="field-help" aria-live="polite">{move || wrong.get().then_some(family_words.gate_wrong)}</p>
            </form>
        </section>
    }
}
