//! The books that come with the app (content/books/): on the shelf below the family's own
//! stories, read with the same reader, never changed or deleted; "Make it our own" copies one
//! into Our stories to change like any story of theirs.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::reader::{the_end, Reader};
use super::{refresh_card, use_story};
use crate::model::language::Language;
use crate::model::library::{self, Book};
use crate::model::screen::Screen;
use crate::model::voice::PagesOf;
use crate::platform::clock::now_ms;
use crate::storage::{use_family, use_story_index};
use crate::strings::use_story_strings;
use crate::ui::navigation::{use_navigation, Link};
use crate::ui::picture::{picture_url, src_after_first_paint};

thread_local! {
    // Read from their files once: the shelf is drawn again every time the family comes back.
    static READ: RefCell<Option<Rc<Vec<Book>>>> = const { RefCell::new(None) };
}

/// The built-in books, in the language the app speaks (it never changes while the app runs).
fn books_here() -> Rc<Vec<Book>> {
    READ.with(|read| {
        read.borrow_mut()
            .get_or_insert_with(|| Rc::new(library::books(expect_context::<Language>())))
            .clone()
    })
}

/// Copies a built-in book into the current child's stories and opens the copy to change.
fn make_it_ours(book: &Book) {
    let index = use_story_index();
    let family = use_family();
    let now = now_ms();
    let id = index.with_untracked(|i| i.next_id(now));
    let child = family.with_untracked(|f| f.current_child.clone());
    let story = book.to_story(id, child, now);
    refresh_card(&story);
    use_story(id).set(story);
    use_navigation().go(Screen::StoryEdit(id));
}

/// "Books to read together": each book's cover and title, Read, and Make it our own.
#[component]
pub fn BuiltInShelf() -> impl IntoView {
    let story_words = use_story_strings();
    let cards = books_here()
        .iter()
        .map(|book| view! { <BuiltInCard book=book.clone()/> })
        .collect_view();
    view! {
        <section class="built-in-books" aria-labelledby="built-in-title">
            <h2 id="built-in-title">{story_words.books_title}</h2>
            <p class="page-intro">{story_words.books_intro}</p>
            <div class="shelf-books">{cards}</div>
        </section>
    }
}

#[component]
fn BuiltInCard(book: Book) -> impl IntoView {
    let story_words = use_story_strings();
    let cover = src_after_first_paint(picture_url(book.cover().unwrap_or("open-book")));
    let screen = Screen::Book(book.id);
    let title = book.title.clone();
    let label = book.title.clone();
    let pages = book.pages.len() as u32;
    let copy = StoredValue::new(book);
    view! {
        <article class="book-card built-in" aria-label=label>
            <Link to=screen class="book-open" plain=true>
                // Covers come after the first paint, so the shelf's words come first.
                <img class="picture book-cover" src=cover alt="" loading="lazy"/>
                <span class="book-title">{title}</span>
                <span class="book-pages">{(story_words.page_count)(pages)}</span>
            </Link>
            <div class="book-actions">
                <Link to=screen class="quiet-button book-read" plain=true>{story_words.read}</Link>
                <button class="quiet-button" on:click=move |_| copy.with_value(make_it_ours)>
                    {story_words.make_it_ours}
                </button>
            </div>
        </article>
    }
}

/// Reading a built-in book together, with its exercises one tap away on the pages that offer
/// them, and "Make it our own" beside the title and at the end.
#[component]
pub fn BookReaderPage(id: &'static str) -> impl IntoView {
    let story_words = use_story_strings();
    let Some(book) = books_here().iter().find(|book| book.id == id).cloned() else {
        // Screen::Book is only ever made from a known id; say so gently all the same.
        return view! { <p class="coming-line">{story_words.not_found}</p> }.into_any();
    };
    let calm_links = book.pages.iter().map(|page| page.calm).collect();
    // Read, never saved: id 0 is no story of the family's (reading it through still counts as
    // "read a story together" in the week's plan).
    let story = Signal::stored(book.to_story(0, None, 0));
    let book = StoredValue::new(book);
    let copy_button = move || {
        view! {
            <button class="quiet-button" on:click=move |_| book.with_value(make_it_ours)>
                {story_words.make_it_ours}
            </button>
        }
    };
    let ending = move || the_end(Some(copy_button().into_any()));
    view! {
        <Reader story screen=Screen::Book(id) calm_links ending our_voice=PagesOf::Book(id)>
            {copy_button()}
        </Reader>
    }
    .into_any()
}
