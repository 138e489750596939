//! Our stories: picture books a grown-up and child make together, and read together.

pub mod break_and_hide;
pub mod canvas;
pub mod drawing;
pub mod editor;
pub mod pages;
pub mod reader;
pub mod scenes;
pub mod tools;
pub mod tray;

use leptos::prelude::*;

use crate::model::family::Family;
use crate::model::screen::Screen;
use crate::model::story::templates::new_story;
use crate::model::story::{Story, StoryCard, StoryIndex, Template};
use crate::platform::clock::now_ms;
use crate::storage::{AppStorage, StoreKey};
use crate::strings::{use_story_strings, use_strings};
use crate::ui::navigation::{use_navigation, Link};
use crate::ui::page_frame::PageFrame;
use crate::ui::picture::Picture;

/// Opens a story: its saved pages, kept in a signal that saves itself.
pub fn use_story(id: u64) -> RwSignal<Story> {
    expect_context::<AppStorage>().bind::<Story>(StoreKey::Story(id))
}

/// Keeps the shelf's card for a story up to date with the story itself.
pub fn refresh_card(story: &Story) {
    if story.id != 0 {
        expect_context::<RwSignal<StoryIndex>>().update(|index| index.upsert(StoryCard::of(story)));
    }
}

/// The shelf: the current child's stories, newest first, and a way to start a new one.
#[component]
pub fn StoriesPage() -> impl IntoView {
    let strings = use_strings();
    let story_words = use_story_strings();
    let index = expect_context::<RwSignal<StoryIndex>>();
    let family = expect_context::<RwSignal<Family>>();
    let choosing = RwSignal::new(false);
    let cards = move || {
        let child = family.with(|f| f.current_child.clone());
        index.with(|i| {
            i.shelf_for(child.as_ref())
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <PageFrame title=strings.stories_title picture="open-book">
            <p class="page-intro">{story_words.shelf_intro}</p>
            <button class="big-button new-story" aria-expanded=move || choosing.get().to_string() on:click=move |_| choosing.update(|c| *c = !*c)>
                {story_words.new_story}
            </button>
            <TemplateChooser visible=choosing/>
            <div class="shelf-books">
                {move || {
                    let cards = cards();
                    if cards.is_empty() {
                        view! { <p class="shelf-empty">{story_words.shelf_empty}</p> }.into_any()
                    } else {
                        cards.into_iter().map(|card| view! { <BookCard card/> }).collect_view().into_any()
                    }
                }}
            </div>
        </PageFrame>
    }
}

/// The three ways to begin; tapping one makes the story and opens it.
#[component]
fn TemplateChooser(visible: RwSignal<bool>) -> impl IntoView {
    let story_words = use_story_strings();
    let family = expect_context::<RwSignal<Family>>();
    let index = expect_context::<RwSignal<StoryIndex>>();
    let navigation = use_navigation();
    let begin = move |template: Template| {
        let now = now_ms();
        // Ids are creation times; two stories made in one millisecond still differ.
        let taken = index.with_untracked(|i| i.stories.iter().map(|c| c.id).max().unwrap_or(0));
        let id = now.max(taken + 1);
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
        <section class="template-chooser" class:gone=move || !visible.get() aria-label=story_words.choose_template>
            <h2>{story_words.choose_template}</h2>
            <div class="template-cards">{cards.into_iter().collect_view()}</div>
        </section>
    }
}

/// A book on the shelf: its cover, title and size; tap to open, or read it together.
#[component]
fn BookCard(card: StoryCard) -> impl IntoView {
    let story_words = use_story_strings();
    let cover = card.cover.clone().unwrap_or_else(|| "open-book".into());
    view! {
        <article class="book-card">
            <Link to=Screen::StoryEdit(card.id) class="book-open">
                <img class="picture book-cover" src=crate::ui::picture::picture_url(&cover) alt=""/>
                <span class="book-title">{card.title.clone()}</span>
                <span class="book-pages">{(story_words.page_count)(card.pages)}</span>
            </Link>
            <Link to=Screen::StoryRead(card.id) class="quiet-button book-read">{story_words.read}</Link>
        </article>
    }
}
