//! The grown-ups' guide (content/guide/): short cards, each opened on its own, with the
//! family's crisis contacts inside the urgent card; and the sources the cards draw on, as text.

use leptos::prelude::*;

use crate::model::family::CRISIS_CONTACTS_MAX_CHARS;
use crate::model::language::Language;
use crate::model::library::guide::sources_label;
use crate::model::library::{self, Block, GuideCard, Source};
use crate::storage::use_family;
use crate::strings::use_family_strings;

/// The card that says where to turn in an emergency; it carries the family's own contacts.
const URGENT_CARD: &str = "getting-help-urgently";

/// Every card, closed until a grown-up opens it: a long read never fills the screen at once.
#[component]
pub fn GuidePanel() -> impl IntoView {
    let words = use_family_strings();
    let language = expect_context::<Language>();
    let sources = library::sources();
    let cards = library::guide_cards(language)
        .into_iter()
        .map(|card| view! { <GuideCardView card=card.clone() sources=cited(&card, &sources)/> })
        .collect_view();
    view! {
        <section class="panel guide" aria-labelledby="guide-title">
            <h2 id="guide-title">{words.guide_title}</h2>
            <p class="field-help">{words.guide_intro}</p>
            <div class="guide-cards">{cards}</div>
        </section>
    }
}

/// The sources a card names, as "Author: Title" for its last line.
fn cited(card: &GuideCard, sources: &[Source]) -> Vec<String> {
    card.sources
        .iter()
        .filter_map(|id| sources.iter().find(|source| &source.id == id))
        .map(|source| format!("{}: {}", source.author, source.title))
        .collect()
}

/// A card's title; its words are built only once it is opened, so Grown-ups opens quickly.
#[component]
fn GuideCardView(card: GuideCard, sources: Vec<String>) -> impl IntoView {
    let open = RwSignal::new(false);
    let id = card.id;
    let title = card.title.clone();
    let card = StoredValue::new((card, sources));
    view! {
        <details
            class="guide-card"
            class:urgent=id == URGENT_CARD
            id=format!("guide-{id}")
            on:toggle=move |event| {
                let details: web_sys::HtmlDetailsElement = event_target(&event);
                open.set(details.open());
            }
        >
            <summary>{title}</summary>
            {move || open.get().then(|| card.with_value(|(card, sources)| card_body(card, sources)))}
        </details>
    }
}

/// The four parts of a card, the contacts on the urgent one, and the sources it names.
fn card_body(card: &GuideCard, sources: &[String]) -> impl IntoView {
    let language = card.language;
    let sections = card
        .sections
        .iter()
        .map(|section| {
            let blocks = section
                .blocks
                .iter()
                .map(|block| match block {
                    Block::Paragraph(text) => view! { <p>{text.clone()}</p> }.into_any(),
                    Block::Bullets(points) => view! {
                        <ul>{points.iter().map(|point| view! { <li>{point.clone()}</li> }).collect_view()}</ul>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <h3>{section.kind.heading(language)}</h3>
                {blocks}
            }
        })
        .collect_view();
    let urgent = (card.id == URGENT_CARD).then(|| view! { <CrisisContacts/> });
    view! {
        <div class="guide-card-body">
            {urgent}
            {sections}
            <p class="guide-sources">{format!("{}: {}", sources_label(language), sources.join("; "))}</p>
        </div>
    }
}

/// Who to call, written by the therapist with the family; kept on this tablet like everything.
#[component]
fn CrisisContacts() -> impl IntoView {
    let words = use_family_strings();
    let family = use_family();
    let contacts = move || family.with(|f| f.crisis_contacts.clone());
    view! {
        <section class="crisis-contacts" aria-labelledby="crisis-contacts-title">
            <h3 id="crisis-contacts-title">{words.crisis_contacts_title}</h3>
            <p class="field-help">{words.crisis_contacts_help}</p>
            <p class="field-help crisis-contacts-private">{words.crisis_contacts_shared_tablet}</p>
            <p class="crisis-contacts-written" class:gone=move || contacts().is_empty()>{contacts}</p>
            <p class="crisis-contacts-none" class:gone=move || !contacts().is_empty()>{words.crisis_contacts_none}</p>
            <label class="field">
                <span class="field-label">{words.crisis_contacts_label}</span>
                <textarea
                    class="text-input crisis-contacts-field"
                    rows="4"
                    maxlength=CRISIS_CONTACTS_MAX_CHARS.to_string()
                    prop:value=contacts
                    on:change=move |event| {
                        let typed = event_target_value(&event);
                        family.maybe_update(|f| f.set_crisis_contacts(&typed));
                    }
                ></textarea>
            </label>
        </section>
    }
}

/// Where the guide's facts come from, as plain text: nothing links out of the app from here.
#[component]
pub fn GuideSources() -> impl IntoView {
    let words = use_family_strings();
    let sources = library::sources()
        .into_iter()
        .map(|source| {
            let url = source.url.clone();
            view! {
                <li>
                    {source.citation()}
                    {url.map(|url| view! { <span class="source-address">{url}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{words.about_sources}</h3>
        <p>{words.about_sources_help}</p>
        <ul class="guide-source-list">{sources}</ul>
    }
}
