//! What the app itself brings to read: built-in read-together books (Our stories) and the
//! grown-ups' guide (the grown-ups' part), with the sources the guide's facts come from.
//!
//! Every word lives in a data file under `content/`, one per book or card and language, and
//! is embedded when the app is built. Books and guide are reached through separate functions,
//! so a part of the app that never asks for the guide carries none of its text.
//!
//! `books(language)` and `book(id, language)` give the books, `guide_cards(language)` and
//! `guide_card(id, language)` the guide, `sources()` the sources; `Book::to_story` makes a copy
//! the family can change in Our stories.

pub mod book;
pub mod guide;
pub mod sources;

use std::fmt;

pub use book::{Book, BookPage, PagePicture};
pub use guide::{Block, GuideCard, GuideSection, Section};
pub use sources::Source;

use super::language::Language;

/// Why a content file cannot be read: the file, the line (0 for the file as a whole) and what
/// is wrong, in words for whoever edits the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub problem: String,
}

impl ContentError {
    fn at(file: &str, line: usize, problem: impl Into<String>) -> ContentError {
        ContentError {
            file: file.to_string(),
            line,
            problem: problem.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.problem),
            line => write!(f, "{}, line {line}: {}", self.file, self.problem),
        }
    }
}

impl std::error::Error for ContentError {}

/// One built-in book's files, as embedded: the pages' layout and the words in each language.
#[derive(Debug, Clone, Copy)]
pub struct BookFiles {
    pub id: &'static str,
    pub pages: &'static str,
    pub english: &'static str,
    pub spanish: &'static str,
}

/// One guide card's files, as embedded.
#[derive(Debug, Clone, Copy)]
pub struct CardFiles {
    pub id: &'static str,
    pub english: &'static str,
    pub spanish: &'static str,
}

macro_rules! book_files {
    ($id:literal) => {
        BookFiles {
            id: $id,
            pages: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/content/books/",
                $id,
                ".pages.json"
            )),
            english: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/content/books/",
                $id,
                ".en.txt"
            )),
            spanish: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/content/books/",
                $id,
                ".es.txt"
            )),
        }
    };
}

macro_rules! card_files {
    ($id:literal) => {
        CardFiles {
            id: $id,
            english: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/content/guide/",
                $id,
                ".en.md"
            )),
            spanish: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/content/guide/",
                $id,
                ".es.md"
            )),
        }
    };
}

/// The built-in books' ids, in the order the shelf shows them: addresses know them without
/// carrying the books (tests/model/library.rs checks they match `BOOKS`).
pub const BOOK_IDS: [&str; 3] = [
    "when-something-scary-happens",
    "my-bodys-alarm",
    "safe-with-you",
];

/// The built-in books, in the order the shelf shows them.
pub const BOOKS: [BookFiles; 3] = [
    book_files!("when-something-scary-happens"),
    book_files!("my-bodys-alarm"),
    book_files!("safe-with-you"),
];

/// The grown-ups' guide, in reading order; the urgent card comes last so it is easy to find.
pub const GUIDE: [CardFiles; 8] = [
    card_files!("after-a-frightening-event"),
    card_files!("scared-of-a-reminder"),
    card_files!("when-you-are-reminded"),
    card_files!("bedtime-and-sleep"),
    card_files!("big-outbursts"),
    card_files!("talking-about-what-happened"),
    card_files!("looking-after-yourself"),
    card_files!("getting-help-urgently"),
];

/// Where the guide's facts come from.
pub const SOURCES: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content/sources.json"));
/// The sources file's name, for errors.
pub const SOURCES_FILE: &str = "content/sources.json";

impl BookFiles {
    /// The words file for `language`.
    pub fn words(&self, language: Language) -> &'static str {
        match language {
            Language::English => self.english,
            Language::Spanish => self.spanish,
        }
    }

    /// `content/books/<id>.pages.json`
    pub fn pages_file(&self) -> String {
        format!("content/books/{}.pages.json", self.id)
    }

    /// `content/books/<id>.<en|es>.txt`
    pub fn words_file(&self, language: Language) -> String {
        format!("content/books/{}.{}.txt", self.id, language.tag())
    }

    /// The book in `language`, or what is wrong with its files.
    pub fn read(&self, language: Language) -> Result<Book, ContentError> {
        let layout = book::parse_layout(&self.pages_file(), self.pages)?;
        let (title, paragraphs) =
            book::parse_words(&self.words_file(language), self.words(language))?;
        Book::assemble(self.id, language, title, layout, paragraphs)
            .map_err(|problem| ContentError::at(&self.words_file(language), 0, problem))
    }
}

impl CardFiles {
    /// The card's file for `language`.
    pub fn text(&self, language: Language) -> &'static str {
        match language {
            Language::English => self.english,
            Language::Spanish => self.spanish,
        }
    }

    /// `content/guide/<id>.<en|es>.md`
    pub fn file(&self, language: Language) -> String {
        format!("content/guide/{}.{}.md", self.id, language.tag())
    }

    /// The card in `language`, or what is wrong with its file.
    pub fn read(&self, language: Language) -> Result<GuideCard, ContentError> {
        guide::parse_card(self.id, &self.file(language), self.text(language), language)
    }
}

/// Built into the app and checked whole by `tests/model/library.rs`, so reading never fails.
const CHECKED: &str = "built-in content is checked by tests/model/library.rs";

/// Every built-in book, in `language`.
pub fn books(language: Language) -> Vec<Book> {
    BOOKS
        .iter()
        .map(|files| files.read(language).expect(CHECKED))
        .collect()
}

/// One built-in book by its id, in `language`.
pub fn book(id: &str, language: Language) -> Option<Book> {
    BOOKS
        .iter()
        .find(|files| files.id == id)
        .map(|files| files.read(language).expect(CHECKED))
}

/// Every guide card, in `language`.
pub fn guide_cards(language: Language) -> Vec<GuideCard> {
    GUIDE
        .iter()
        .map(|files| files.read(language).expect(CHECKED))
        .collect()
}

/// One guide card by its id, in `language`.
pub fn guide_card(id: &str, language: Language) -> Option<GuideCard> {
    GUIDE
        .iter()
        .find(|files| files.id == id)
        .map(|files| files.read(language).expect(CHECKED))
}

/// Every source the guide cites, in the order of the sources file.
pub fn sources() -> Vec<Source> {
    sources::parse_sources(SOURCES_FILE, SOURCES).expect(CHECKED)
}
