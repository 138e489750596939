//! Feelings as a child picks them, shared by the calming check-ins and the story pages:
//! faces to tap, and a thermometer for how big the feeling is.

use leptos::prelude::*;

use super::picture::Picture;
use crate::model::checkin::{Feeling, SIZE_STEPS};
use crate::strings::use_feeling_strings;

/// The face picture for a feeling.
pub fn face_of(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::Happy => "grinning-face",
        Feeling::Calm => "relieved-face",
        Feeling::Sad => "crying-face",
        Feeling::Worried => "worried-face",
        Feeling::Angry => "angry-face",
        Feeling::Scared => "fearful-face",
        Feeling::Tired => "sleepy-face",
        Feeling::Silly => "zany-face",
    }
}

/// Big face buttons; `chosen` is shown pressed, a tap calls `on_pick`.
#[component]
pub fn FacePicker(
    chosen: Signal<Option<Feeling>>,
    #[prop(into)] on_pick: Callback<Feeling>,
    /// The id of the heading that names the group.
    labelled_by: &'static str,
) -> impl IntoView {
    let words = use_feeling_strings();
    let faces = Feeling::ALL
        .into_iter()
        .map(|feeling| {
            view! {
                <button
                    class="face-button"
                    aria-pressed=move || (chosen.get() == Some(feeling)).to_string()
                    on:click=move |_| on_pick.run(feeling)
                >
                    <Picture name=face_of(feeling) class="face-picture"/>
                    <span>{(words.feeling)(feeling)}</span>
                </button>
            }
        })
        .collect_view();
    view! { <div class="faces" role="group" aria-labelledby=labelled_by>{faces}</div> }
}

/// "How big is the feeling?": five steps from green to red, filled up to the chosen one.
#[component]
pub fn FeelingThermometer(
    chosen: Signal<Option<u8>>,
    #[prop(into)] on_pick: Callback<u8>,
    labelled_by: &'static str,
    /// Steps cannot be picked (no feeling chosen yet).
    #[prop(optional)]
    disabled: Option<Signal<bool>>,
) -> impl IntoView {
    let words = use_feeling_strings();
    let steps = (1..=SIZE_STEPS)
        .map(|size| {
            let state = move || match chosen.get() {
                Some(picked) if picked == size => "chosen",
                Some(picked) if size < picked => "filled",
                _ => "empty",
            };
            view! {
                <button
                    class=format!("size-step size-{size}")
                    data-state=state
                    aria-pressed=move || (chosen.get() == Some(size)).to_string()
                    disabled=move || disabled.is_some_and(|d| d.get())
                    on:click=move |_| on_pick.run(size)
                >
                    {(words.size)(size)}
                </button>
            }
        })
        .collect_view();
    view! { <div class="thermometer" role="group" aria-labelledby=labelled_by>{steps}</div> }
}
