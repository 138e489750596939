//! A built-in read-together book: its pages' layout (`<id>.pages.json`, shared by every
//! language) and its words (`<id>.<lang>.txt`: the title, a blank line, then one paragraph per
//! page, pages separated by a blank line).

use serde::Deserialize;

use super::ContentError;
use crate::model::child::ChildId;
use crate::model::exercise::Exercise;
use crate::model::language::Language;
use crate::model::story::cover::first_cover;
use crate::model::story::{
    is_hard_page, Background, Chapter, Page, PageFeeling, Placed, Speaker, Story, Template,
    TITLE_MAX_CHARS, WORDS_MAX_CHARS,
};

/// A picture on a built-in page, placed as in a story: centre and width in ten-thousandths of
/// the page (`story::SPAN`), turned in whole degrees.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagePicture {
    /// A name from the app's picture set.
    pub picture: String,
    pub x: u16,
    pub y: u16,
    pub size: u16,
    #[serde(default)]
    pub rotation: i16,
    #[serde(default)]
    pub flipped: bool,
}

/// One page of a built-in book, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookPage {
    pub background: Background,
    pub pictures: Vec<PagePicture>,
    pub feeling: Option<PageFeeling>,
    pub chapter: Option<Chapter>,
    /// A Calm together exercise the page offers with one tap.
    pub calm: Option<Exercise>,
    pub words: String,
}

/// A built-in book in one language. It cannot be changed or deleted; [`Book::to_story`] makes
/// a copy the family can make their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    pub id: &'static str,
    pub language: Language,
    pub title: String,
    pub pages: Vec<BookPage>,
}

/// A page as its layout file gives it: everything but the words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageLayout {
    background: Background,
    pictures: Vec<PagePicture>,
    #[serde(default)]
    feeling: Option<PageFeeling>,
    #[serde(default)]
    chapter: Option<Chapter>,
    #[serde(default)]
    calm: Option<Exercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LayoutFile {
    pages: Vec<PageLayout>,
}

/// Reads a `.pages.json` file.
pub fn parse_layout(file: &str, text: &str) -> Result<Vec<PageLayout>, ContentError> {
    let layout: LayoutFile = serde_json::from_str(text).map_err(|e| ContentError {
        file: file.to_string(),
        line: e.line(),
        problem: e.to_string(),
    })?;
    if layout.pages.is_empty() {
        return Err(ContentError::at(file, 0, "a book needs at least one page"));
    }
    Ok(layout.pages)
}

/// Reads a book's words file: the title and one paragraph per page. Lines within a paragraph
/// are joined with a space.
pub fn parse_words(file: &str, text: &str) -> Result<(String, Vec<String>), ContentError> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()));
    let title = match lines.next() {
        Some((_, title)) if !title.is_empty() => title.to_string(),
        _ => {
            return Err(ContentError::at(
                file,
                1,
                "the first line must be the title",
            ))
        }
    };
    if title.chars().count() > TITLE_MAX_CHARS {
        return Err(ContentError::at(
            file,
            1,
            format!("the title is longer than {TITLE_MAX_CHARS} characters"),
        ));
    }
    match lines.next() {
        Some((_, "")) => {}
        Some((number, _)) => {
            return Err(ContentError::at(
                file,
                number,
                "leave a blank line after the title",
            ))
        }
        None => {
            return Err(ContentError::at(
                file,
                2,
                "there are no pages after the title",
            ))
        }
    }
    let mut paragraphs: Vec<String> = vec![];
    let mut current: Option<(usize, String)> = None;
    let mut finish = |current: &mut Option<(usize, String)>| -> Result<(), ContentError> {
        if let Some((start, words)) = current.take() {
            if words.chars().count() > WORDS_MAX_CHARS {
                return Err(ContentError::at(
                    file,
                    start,
                    format!("this page's words are longer than {WORDS_MAX_CHARS} characters"),
                ));
            }
            paragraphs.push(words);
        }
        Ok(())
    };
    for (number, line) in lines {
        if line.is_empty() {
            finish(&mut current)?;
        } else if let Some((_, words)) = current.as_mut() {
            words.push(' ');
            words.push_str(line);
        } else {
            current = Some((number, line.to_string()));
        }
    }
    finish(&mut current)?;
    if paragraphs.is_empty() {
        return Err(ContentError::at(
            file,
            0,
            "there are no pages after the title",
        ));
    }
    Ok((title, paragraphs))
}

impl Book {
    /// Puts a book together from its layout and one language's words; says what does not fit.
    pub(super) fn assemble(
        id: &'static str,
        language: Language,
        title: String,
        layout: Vec<PageLayout>,
        paragraphs: Vec<String>,
    ) -> Result<Book, String> {
        if layout.len() != paragraphs.len() {
            return Err(format!(
                "{} paragraphs for {} pages: one paragraph per page, in the order of \
                 content/books/{id}.pages.json",
                paragraphs.len(),
                layout.len()
            ));
        }
        let pages = layout
            .into_iter()
            .zip(paragraphs)
            .map(|(page, words)| BookPage {
                background: page.background,
                pictures: page.pictures,
                feeling: page.feeling,
                chapter: page.chapter,
                calm: page.calm,
                words,
            })
            .collect();
        Ok(Book {
            id,
            language,
            title,
            pages,
        })
    }

    /// The picture on the cover, chosen as a story's is: never a reminder of what happened.
    pub fn cover(&self) -> Option<&str> {
        first_cover(self.pages.iter().map(|page| {
            let pictures = page.pictures.iter().map(|placed| placed.picture.as_str());
            (is_hard_page(page.chapter, page.feeling), pictures)
        }))
    }

    /// A copy for Our stories, made at `now` with its own `id`: the same scenes, pictures,
    /// feelings, chapters and words, and the book's title. A blank-book template, so the
    /// family may change every page; the copy ends safe as the book does.
    pub fn to_story(&self, id: u64, child: Option<ChildId>, now: u64) -> Story {
        Story {
            id,
            title: self.title.chars().take(TITLE_MAX_CHARS).collect(),
            child,
            template: Template::Blank,
            created_at: now,
            changed_at: now,
            pages: self
                .pages
                .iter()
                .enumerate()
                .map(|(index, page)| page.to_page(index as u32 + 1))
                .collect(),
        }
    }
}

impl BookPage {
    /// This page as a story page with the id `id`.
    pub fn to_page(&self, id: u32) -> Page {
        Page {
            id,
            chapter: self.chapter,
            background: self.background,
            pictures: self
                .pictures
                .iter()
                .enumerate()
                .map(|(index, picture)| Placed {
                    id: index as u32 + 1,
                    picture: picture.picture.clone(),
                    x: picture.x,
                    y: picture.y,
                    size: picture.size,
                    rotation: picture.rotation,
                    flipped: picture.flipped,
                })
                .collect(),
            strokes: vec![],
            words: self.words.chars().take(WORDS_MAX_CHARS).collect(),
            speaker: Speaker::GrownUp,
            feeling: self.feeling,
        }
    }
}
