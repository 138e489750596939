//! One choice among a few (an age group, a length, a text size) as big pressed buttons; the
//! caller puts them in its labelled group.

use leptos::prelude::*;

/// A button per option, pressed when `is_chosen`, calling `choose` when tapped.
pub fn choice_buttons<T>(
    options: impl IntoIterator<Item = (T, &'static str)>,
    is_chosen: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
    choose: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
{
    options
        .into_iter()
        .map(|(option, label)| {
            view! {
                <button
                    type="button"
                    class="choice-button"
                    aria-pressed=move || is_chosen(option).to_string()
                    on:click=move |_| choose(option)
                >
                    {label}
                </button>
            }
        })
        .collect_view()
}
