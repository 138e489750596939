//! A check-in: the child picks a face and how big the feeling is; the grown-up says how calm
//! they feel. Every answer is optional, and the whole check-in can be skipped with one tap.

use leptos::prelude::*;

use crate::model::checkin::{CheckIn, CALM_STEPS};
use crate::strings::{use_calm_strings, use_feeling_strings};
use crate::ui::feelings::{FacePicker, FeelingThermometer};

/// The check-in form; `on_done` gets the answers, or `None` when skipped.
#[component]
pub fn CheckInForm(
    title: &'static str,
    /// The grown-up answers for a baby: "How does your baby seem?".
    #[prop(optional)]
    about_a_baby: bool,
    #[prop(into)] on_done: Callback<Option<CheckIn>>,
) -> impl IntoView {
    let calm_words = use_calm_strings();
    let feeling_words = use_feeling_strings();
    let answers = RwSignal::new(CheckIn::default());
    let calm_levels = (1..=CALM_STEPS)
        .map(|level| {
            view! {
                <button
                    class="calm-step"
                    aria-pressed=move || (answers.with(|a| a.grown_up_calm) == Some(level)).to_string()
                    on:click=move |_| answers.update(|a| a.grown_up_calm = Some(level))
                >
                    {level}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="check-in" aria-labelledby="check-in-title">
            <h2 id="check-in-title" class="check-in-title" tabindex="-1" data-stage-start>{title}</h2>
            <div class="check-in-part">
                <h3 id="how-feeling">{if about_a_baby { calm_words.how_baby_seems } else { feeling_words.how_feeling }}</h3>
                <FacePicker
                    chosen=Signal::derive(move || answers.with(|a| a.feeling))
                    on_pick=move |feeling| answers.update(|a| a.feeling = if a.feeling == Some(feeling) { None } else { Some(feeling) })
                    labelled_by="how-feeling"
                />
            </div>
            <div class="check-in-part">
                <h3 id="how-big">{feeling_words.how_big}</h3>
                <FeelingThermometer
                    chosen=Signal::derive(move || answers.with(|a| a.size))
                    on_pick=move |size| answers.update(|a| a.size = Some(size))
                    labelled_by="how-big"
                />
            </div>
            <div class="check-in-part check-in-grown-up">
                <h3 id="how-calm">{calm_words.how_calm}</h3>
                <div class="calm-scale" role="group" aria-labelledby="how-calm">
                    <span class="calm-scale-end">{calm_words.calm_low}</span>
                    {calm_levels}
                    <span class="calm-scale-end">{calm_words.calm_high}</span>
                </div>
            </div>
            <div class="check-in-actions">
                <button class="big-button" on:click=move |_| on_done.run(Some(answers.get_untracked().sanitised()))>
                    {calm_words.next}
                </button>
                <button class="quiet-button" on:click=move |_| on_done.run(None)>{calm_words.skip}</button>
            </div>
        </section>
    }
}
