//! "Send to the family's tablet": the week's plan as a link and its QR code, for the family's
//! tablet camera, made on the therapist's tablet in session. Nothing goes through a server: the
//! plan is in the link's fragment (see `model::handoff`).

use leptos::prelude::*;

use crate::model::handoff::{fragment_of, plan_to_send, qr_code, SentPlan, QR_QUIET_ZONE};
use crate::model::plan::Activity;
use crate::model::screen::Screen;
use crate::platform::site::address_of;
use crate::storage::use_family;
use crate::strings::{use_family_strings, FamilyStrings};
use crate::ui::activity::activity_name;
use crate::ui::dialog::Dialog;

/// The button under the plan, and the sheet it opens.
#[component]
pub fn SendPlan() -> impl IntoView {
    let words = use_family_strings();
    let family = use_family();
    let open = RwSignal::new(false);
    let sent = Memo::new(move |_| {
        family.with(|f| f.current().and_then(|child| plan_to_send(&child.plan)))
    });
    view! {
        <div class="plan-send">
            <button class="big-button" disabled=move || sent.with(Option::is_none) on:click=move |_| open.set(true)>
                {words.send_plan}
            </button>
            <p class="field-help" class:gone=move || sent.with(Option::is_some)>{words.send_plan_needs_days}</p>
        </div>
        <Dialog open=open on_close=move |()| open.set(false) labelled_by="plan-send-title" class="plan-send-sheet">
            {move || open.get().then(|| sent.get().map(|sent| view! { <SendSheet sent=sent on_done=move || open.set(false)/> }))}
        </Dialog>
    }
}

/// What the sheet shows: the plan in words, its QR code and link, what travels, print and done.
#[component]
fn SendSheet(sent: SentPlan, on_done: impl Fn() + Copy + 'static) -> impl IntoView {
    let words = use_family_strings();
    let family = use_family();
    let link = format!(
        "{}{}#{}",
        window().location().origin().unwrap_or_default(),
        address_of(Screen::SentPlan),
        fragment_of(&sent)
    );
    let own_story_planned =
        family.with_untracked(|f| {
            f.current().is_some_and(|child| {
                child.plan.items.iter().any(|item| {
                    matches!(item.activity, Activity::ReadStory(Some(_))) && item.days != 0
                })
            })
        });
    let code = qr_code(&link).map(|drawing| {
        let side = drawing.size + 2 * QR_QUIET_ZONE;
        view! {
            <svg class="plan-qr" role="img" aria-label=words.send_qr_label
                viewBox=format!("-{QR_QUIET_ZONE} -{QR_QUIET_ZONE} {side} {side}")
                shape-rendering="crispEdges">
                <rect x=-QR_QUIET_ZONE y=-QR_QUIET_ZONE width=side height=side fill="#ffffff"/>
                <path d=drawing.dark_path fill="#1d1d1b"/>
            </svg>
        }
    });
    view! {
        <h2 id="plan-send-title">{words.send_title}</h2>
        <ul class="plan-lines">{plan_lines(&sent, words)}</ul>
        <div class="plan-send-code">
            {code}
            <div class="plan-send-words">
                <p>{words.send_how}</p>
                <p class="field-label" id="plan-link-label">{words.send_link_label}</p>
                <p class="plan-link" aria-labelledby="plan-link-label">{link.clone()}</p>
            </div>
        </div>
        <p class="field-help">{words.send_privacy}</p>
        <p class="field-help" class:gone=!own_story_planned>{words.send_own_stories}</p>
        <div class="choices no-print">
            <button class="quiet-button" on:click=move |_| { let _ = window().print(); }>{words.send_print}</button>
            <button class="big-button" autofocus on:click=move |_| on_done()>{words.send_done}</button>
        </div>
    }
}

/// "Balloon breathing: Monday, Wednesday and Friday", one line per activity sent.
pub fn plan_lines(sent: &SentPlan, words: &'static FamilyStrings) -> impl IntoView {
    sent.items
        .iter()
        .map(|item| {
            let days: Vec<&str> = (0..7)
                .filter(|&day| item.on(day))
                .map(|day| words.weekdays[day])
                .collect();
            let line = (words.plan_line)(&activity_name(item.activity, ""), &days);
            view! { <li>{line}</li> }
        })
        .collect_view()
}
