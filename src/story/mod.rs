//! Our stories: picture books a grown-up and child make together, and read together.

pub mod books;
pub mod break_and_hide;
pub mod canvas;
pub mod drawing;
pub mod editor;
pub mod pages;
pub mod print;
pub mod reader;
pub mod scenes;
pub mod tabs;
pub mod tools;
pub mod tray;

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use crate::model::family::ForgottenPlans;
use crate::model::screen::Screen;
use crate::model::story::edit;
use crate::model::story::templates::new_story;
use crate::model::story::{Story, StoryCard, Template};
use crate::platform::clock::{local_date, local_day_number, now_ms};
use crate::storage::keys;
use crate::storage::AppStorage;
use crate::storage::{use_family, use_story_index};
use crate::strings::{use_story_strings, use_strings};
use crate::ui::focus::{focus_main_heading, focus_next_frame, focus_now, focus_soon};
use crate::ui::hold_button::HoldButton;
use crate::ui::navigation::{use_navigation, Link};
use crate::ui::page_frame::PageFrame;
use crate::ui::picture::{picture_url, src_after_first_paint, Picture};

/// Opens a story: its saved pages, kept in a signal that saves itself.
pub fn use_story(id: u64) -> RwSignal<Story> {
    expect_context::<AppStorage>().bind(keys::story(id))
}

/// Keeps the shelf's card for a story up to date with the story itself.
pub fn refresh_card(story: &Story) {
    if story.id != 0 {
        use_story_index().update(|index| index.upsert(StoryCard::of(story)));
        // A plan names its stories for Home, which does not load the shelf.
        use_family().maybe_update(|f| f.retitle_story(story.id, &story.title));
    }
}

/// The shelf: the current child's stories, newest first, and a way to start a new one.
#[component]
pub fn StoriesPage() -> impl IntoView {
    let strings = use_strings();
    let story_words = use_story_strings();
    let index = use_story_index();
    let family = use_family();
    let choosing = RwSignal::new(false);
    let today = local_day_number(now_ms());
    // The story deleted last, kept here so it can be brought back until the family leaves.
    let deleted = RwSignal::new(None::<(Story, ForgottenPlans)>);
    let cards = move || {
        let child = family.with(|f| f.current_child.clone());
        index.with(|i| {
            i.shelf_for(child.as_ref())
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    crate::storage::forget_stories_deleted_long_ago(expect_context::<AppStorage>(), index);
    let bring_back = move |_| {
        if let Some((story, plans)) = deleted.try_update(Option::take).flatten() {
            index.update(|i| {
                i.bring_back(story.id);
            });
            family.update(|f| f.restore_story_plans(plans));
            refresh_card(&story);
            focus_main_heading();
        }
    };
    view! {
        <PageFrame title=strings.stories_title picture="open-book">
            <p class="page-intro">{story_words.shelf_intro}</p>
            <button class="big-button new-story" aria-expanded=move || choosing.get().to_string() on:click=move |_| choosing.update(|c| *c = !*c)>
                {story_words.new_story}
            </button>
            <Show when=move || choosing.get()><TemplateChooser choosing/></Show>
            <div class="shelf-notice" role="status">
                {move || deleted.with(|d| d.as_ref().map(|(story, _)| view! {
                    <p>{(story_words.deleted)(&story.title)}</p>
                    <button class="big-button bring-back" on:click=bring_back>{story_words.bring_back}</button>
                }))}
            </div>
            <div class="shelf-books">
                <For
                    each=cards
                    key=|card| (card.id, card.title.clone(), card.changed_at, card.pages, card.cover.clone())
                    children=move |card| view! { <BookCard card deleted today/> }
                />
                <p class="shelf-empty" class:gone=move || !cards().is_empty()>{story_words.shelf_empty}</p>
            </div>
            <books::BuiltInShelf/>
        </PageFrame>
    }
}

/// The three ways to begin; tapping one makes the story and opens it. Escape closes it.
#[component]
fn TemplateChooser(choosing: RwSignal<bool>) -> impl IntoView {
    let story_words = use_story_strings();
    let family = use_family();
    let index = use_story_index();
    let navigation = use_navigation();
    let begin = move |template: Template| {
        let now = now_ms();
        let id = index.with_untracked(|i| i.next_id(now));
        let child = family.with_untracked(|f| f.current_child.clone());
        let story = new_story(
            template,
            id,
            (story_words.template_name)(template).to_string(),
            child,
            now,
        );
        refresh_card(&story);
        use_story(id).set(story);
        navigation.go(Screen::StoryEdit(id));
    };
    let cards = [Template::OurStory, Template::AllAboutMe, Template::Blank].map(|template| {
        let picture = match template {
            Template::OurStory => "growing-heart",
            Template::AllAboutMe => "girl-medium",
            Template::Blank => "open-book",
        };
        view! {
            <button class="template-card" on:click=move |_| begin(template)>
                <Picture name=picture class="template-picture"/>
                <span class="template-name">{(story_words.template_name)(template)}</span>
                <span class="template-line">{(story_words.template_line)(template)}</span>
            </button>
        }
    });
    view! {
        <section class="template-chooser" aria-label=story_words.choose_template on:keydown=move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                choosing.set(false);
                focus_now(".new-story");
            }
        }>
            <h2>{story_words.choose_template}</h2>
            <div class="template-cards">{cards.into_iter().collect_view()}</div>
        </section>
    }
}

/// "Changed today", "Changed yesterday" or "Changed on 3 November", in the family's own days.
fn changed_when(changed_at: u64, today: i64) -> String {
    let days_ago = today - local_day_number(changed_at);
    let (_, month, day) = local_date(changed_at);
    (use_story_strings().changed_when)(days_ago, month, day)
}

/// A book on the shelf: its cover, title and when it last changed; tap to open, or read it
/// together. "More" opens rename, copy and delete.
#[component]
fn BookCard(
    card: StoryCard,
    deleted: RwSignal<Option<(Story, ForgottenPlans)>>,
    today: i64,
) -> impl IntoView {
    let story_words = use_story_strings();
    let more = RwSignal::new(false);
    let more_button = NodeRef::<html::Button>::new();
    let id = card.id;
    let cover = use_family()
        .with_untracked(|family| card.shown_cover(family).unwrap_or("open-book").to_string());
    let cover = src_after_first_paint(picture_url(&cover));
    let title = card.title.clone();
    let label = card.title.clone();
    let shown_title = card.title;
    view! {
        <article class="book-card" aria-label=label>
            <Link to=Screen::StoryEdit(id) class="book-open" plain=true>
                // Covers come after the first paint, so the shelf's words come first.
                <img class="picture book-cover" src=cover alt="" loading="lazy"/>
                <span class="book-title" dir="auto">{shown_title}</span>
                <span class="book-changed">{changed_when(card.changed_at, today)}</span>
                <span class="book-pages">{(story_words.page_count)(card.pages)}</span>
            </Link>
            <div class="book-actions">
                <Link to=Screen::StoryRead(id) class="quiet-button book-read" plain=true>{story_words.read}</Link>
                <button node_ref=more_button class="quiet-button book-more" aria-expanded=move || more.get().to_string() on:click=move |_| more.update(|m| *m = !*m)>
                    {story_words.more}
                </button>
            </div>
            // Built only when opened: a shelf of fifty books opens quickly. Escape closes it.
            {move || more.get().then(|| view! { <BookMore id title=title.clone() deleted more more_button/> })}
        </article>
    }
}

/// Rename, copy, and delete (held down, so a child cannot do it by accident).
#[component]
fn BookMore(
    id: u64,
    title: String,
    deleted: RwSignal<Option<(Story, ForgottenPlans)>>,
    /// Whether it is open, and the button that opens it (where focus goes when it closes).
    more: RwSignal<bool>,
    more_button: NodeRef<html::Button>,
) -> impl IntoView {
    let story_words = use_story_strings();
    let index = use_story_index();
    let family = use_family();
    let navigation = use_navigation();
    let renaming = RwSignal::new(false);
    let title_field = NodeRef::<html::Input>::new();
    let rename_button = NodeRef::<html::Button>::new();
    let start_renaming = move |_| {
        renaming.set(true);
        focus_next_frame(title_field.get_untracked());
    };
    let stop_renaming = move || {
        renaming.set(false);
        focus_next_frame(rename_button.get_untracked());
    };
    let close = move |event: KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        if renaming.get_untracked() {
            stop_renaming();
        } else {
            more.set(false);
            if let Some(button) = more_button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let rename = move |typed: String| {
        let story = use_story(id);
        story.update(|s| {
            edit::rename(s, &typed);
            s.changed_at = now_ms();
        });
        story.with_untracked(refresh_card);
    };
    let copy = move |_| {
        let original = use_story(id).get_untracked();
        let now = now_ms();
        let copy_id = index.with_untracked(|i| i.next_id(now));
        let copy = original.copy_as(copy_id, &(story_words.copy_title)(&original.title), now);
        refresh_card(&copy);
        use_story(copy_id).set(copy);
        navigation.go(Screen::StoryEdit(copy_id));
    };
    let delete = move |()| {
        let story = use_story(id).get_untracked();
        // Off the shelf, its pages kept for 30 days where the grown-ups can bring it back.
        index.update(|i| {
            i.delete(id, now_ms());
        });
        // A plan may not name a story that is not on the shelf (backups check every reference).
        let plans = family
            .try_update(|f| f.forget_story(id))
            .unwrap_or_default();
        deleted.set(Some((story, plans)));
        // The book is gone from the shelf; what can undo it is next.
        focus_soon(".bring-back");
    };
    view! {
        <div class="book-more-panel" on:keydown=close>
            <form class="rename-form" class:gone=move || !renaming.get() on:submit=move |event| {
                event.prevent_default();
                if let Some(input) = title_field.get_untracked() {
                    rename(input.value());
                }
                stop_renaming();
            }>
                <label class="field-label" for=format!("rename-{id}")>{story_words.title_label}</label>
                <input node_ref=title_field id=format!("rename-{id}") class="text-input" type="text" maxlength="80" dir="auto" value=title/>
                <button class="big-button" type="submit">{story_words.save_title}</button>
            </form>
            <button node_ref=rename_button class="quiet-button" class:gone=move || renaming.get() on:click=start_renaming>{story_words.rename}</button>
            <button class="quiet-button" on:click=copy>{story_words.make_copy}</button>
            <HoldButton label=story_words.delete_story hint=story_words.hold_hint on_held=delete class="delete-story"/>
        </div>
    }
}
