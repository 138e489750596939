//! The door to the grown-ups' side: held for two seconds with a visible fill, which a small
//! child will not do by accident. A grown-up question opens it too, for anyone who cannot hold
//! a button (a keyboard can also hold Enter or Space).

use leptos::prelude::*;

use crate::strings::use_family_strings;
use crate::ui::focus::focus_main_heading;
use crate::ui::hold_button::HoldButton;

/// A sum a grown-up answers at a glance and a pre-reader cannot: two numbers from 6 to 9.
fn question() -> (u32, u32) {
    let pick = || 6 + (js_sys::Math::random() * 4.0) as u32 % 4;
    (pick(), pick())
}

/// Shows `children` once a grown-up has opened the gate (until the page is left).
#[component]
pub fn GrownUpGate(children: ChildrenFn) -> impl IntoView {
    let family_words = use_family_strings();
    let open = RwSignal::new(false);
    let (a, b) = question();
    let answer = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    // The gate gives way to what it kept: focus goes to the screen's heading, and on from there.
    let let_in = move || {
        open.set(true);
        focus_main_heading();
    };
    let check = move || {
        if answer.get_untracked().trim().parse::<u32>() == Ok(a + b) {
            let_in();
        } else {
            wrong.set(true);
        }
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <section class="panel gate" aria-labelledby="gate-title">
                    <h2 id="gate-title">{family_words.gate_title}</h2>
                    <p>{family_words.gate_line}</p>
                    <HoldButton label=family_words.gate_hold hint=family_words.gate_hold_hint on_held=move |()| let_in() class="gate-hold"/>
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
        >
            {children()}
        </Show>
    }
}
