//! The built-in books and the grown-ups' guide: every file reads, in both languages; pages
//! have pictures that exist and words that read aloud well; books end safe and copy into Our
//! stories as valid stories; every card has its four parts and cites real sources.

use std::collections::{BTreeSet, HashSet};

use calm_together::model::backup::{self, Everything};
use calm_together::model::child::ChildId;
use calm_together::model::exercise::Exercise;
use calm_together::model::family::{ChildProfile, Family};
use calm_together::model::language::Language;
use calm_together::model::library::book::parse_words;
use calm_together::model::library::guide::{parse_card, sources_label};
use calm_together::model::library::{
    book, books, guide_card, guide_cards, sources, Block, Book, GuideCard, GuideSection, BOOKS,
    BOOK_IDS, GUIDE,
};
use calm_together::model::story::{StoryCard, SPAN};
use proptest::prelude::*;

use super::pictures::{catalog, story_categories};

const BOTH: [Language; 2] = Language::ALL;

/// A book page's sentence, read aloud to a two- to six-year-old on a lap: one breath, one idea.
/// Picture books for this age keep to about this; 14 leaves room for Spanish, which needs a few
/// more small words than English for the same sentence.
const BOOK_SENTENCE_MAX_WORDS: usize = 14;
/// A page's words: a short look at the picture, then the next page.
const BOOK_PAGE_MAX_WORDS: usize = 25;
/// A guide sentence, in plain language for a tired grown-up.
const GUIDE_SENTENCE_MAX_WORDS: usize = 28;
/// A guide card is a one- to two-minute read (about 200 words a minute aloud, more silently).
const GUIDE_CARD_MAX_WORDS: usize = 350;

/// The pictures the story editor offers: its categories and the abstract shapes. A copied book
/// only uses pictures the family could have placed themselves.
fn story_pictures() -> HashSet<String> {
    let mut names: HashSet<String> = serde_json::from_value(catalog()["shapes"].clone()).unwrap();
    names.extend(story_categories().into_values().flatten());
    names
}

/// The sentences of some words: split after `.`, `!`, `?` and `…`.
fn sentences(text: &str) -> Vec<String> {
    let mut found = vec![];
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        if word.ends_with(['.', '!', '?', '…', '”']) {
            found.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        found.push(current);
    }
    found
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Every run of words in a card: its title, paragraphs and list items.
fn card_texts(card: &GuideCard) -> Vec<String> {
    let mut texts = vec![card.title.clone()];
    for section in &card.sections {
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => texts.push(text.clone()),
                Block::Bullets(items) => texts.extend(items.iter().cloned()),
            }
        }
    }
    texts
}

fn book_texts(book: &Book) -> Vec<String> {
    std::iter::once(book.title.clone())
        .chain(book.pages.iter().map(|p| p.words.clone()))
        .collect()
}

#[test]
fn every_book_reads_in_both_languages_with_one_paragraph_for_every_page() {
    assert!(BOOKS.len() >= 3);
    let ids: HashSet<&str> = BOOKS.iter().map(|b| b.id).collect();
    assert_eq!(ids.len(), BOOKS.len(), "book ids are unique");
    for files in BOOKS {
        let english = files
            .read(Language::English)
            .unwrap_or_else(|e| panic!("{e}"));
        let spanish = files
            .read(Language::Spanish)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            (8..=12).contains(&english.pages.len()),
            "{}: {} pages",
            files.id,
            english.pages.len()
        );
        assert_eq!(english.pages.len(), spanish.pages.len(), "{}", files.id);
        assert_ne!(english.title, spanish.title, "{}", files.id);
        for (en, es) in english.pages.iter().zip(&spanish.pages) {
            assert_eq!(en.pictures, es.pictures, "{}: one layout", files.id);
            assert_eq!(en.calm, es.calm);
        }
    }
    assert_eq!(
        book("when-something-scary-happens", Language::English)
            .unwrap()
            .title,
        "When something scary happens"
    );
    assert_eq!(
        book("safe-with-you", Language::Spanish).unwrap().title,
        "A salvo contigo"
    );
    assert_eq!(book("no-such-book", Language::English), None);
}

#[test]
fn every_page_has_one_to_four_pictures_and_words_in_both_languages() {
    for language in BOTH {
        for book in books(language) {
            assert!(book.cover().is_some(), "{}", book.id);
            for (index, page) in book.pages.iter().enumerate() {
                let page_name = format!("{} page {} ({language:?})", book.id, index + 1);
                assert!(
                    (1..=4).contains(&page.pictures.len()),
                    "{page_name}: {} pictures",
                    page.pictures.len()
                );
                assert!(!page.words.trim().is_empty(), "{page_name} has no words");
            }
        }
    }
}

#[test]
fn every_picture_is_one_the_story_editor_offers() {
    let known = story_pictures();
    for book in books(Language::English) {
        for page in &book.pages {
            for placed in &page.pictures {
                assert!(
                    known.contains(&placed.picture),
                    "{}: “{}” is not in pictures/catalog.json",
                    book.id,
                    placed.picture
                );
            }
        }
    }
}

/// A picture's box in page units: pictures are square and the page is 4:3, so a picture's
/// height is a third more of the page's height than its width is of the page's width.
fn picture_box(x: u16, y: u16, size: u16) -> (i32, i32, i32, i32) {
    let (x, y, size) = (i32::from(x), i32::from(y), i32::from(size));
    let half_width = size / 2;
    let half_height = size * 4 / 3 / 2;
    (
        x - half_width,
        y - half_height,
        x + half_width,
        y + half_height,
    )
}

#[test]
fn pictures_sit_whole_on_the_page_and_barely_overlap() {
    let span = i32::from(SPAN);
    for book in books(Language::English) {
        for (index, page) in book.pages.iter().enumerate() {
            let boxes: Vec<_> = page
                .pictures
                .iter()
                .map(|p| (p, picture_box(p.x, p.y, p.size)))
                .collect();
            for (picture, (left, top, right, bottom)) in &boxes {
                assert!(
                    *left >= 0 && *top >= 0 && *right <= span && *bottom <= span,
                    "{} page {}: {} runs off the page",
                    book.id,
                    index + 1,
                    picture.picture
                );
                assert!(
                    (1_000..=5_000).contains(&picture.size),
                    "{}: {} is too small or too big",
                    book.id,
                    picture.picture
                );
            }
            for (i, (a, one)) in boxes.iter().enumerate() {
                for (b, other) in &boxes[i + 1..] {
                    let wide = (one.2.min(other.2) - one.0.max(other.0)).max(0);
                    let high = (one.3.min(other.3) - one.1.max(other.1)).max(0);
                    let area =
                        |r: &(i32, i32, i32, i32)| i64::from(r.2 - r.0) * i64::from(r.3 - r.1);
                    let smaller = area(one).min(area(other));
                    assert!(
                        i64::from(wide) * i64::from(high) * 4 <= smaller,
                        "{} page {}: {} and {} cover each other",
                        book.id,
                        index + 1,
                        a.picture,
                        b.picture
                    );
                }
            }
        }
    }
}

#[test]
fn every_calm_link_names_a_real_exercise_and_the_alarm_book_offers_several() {
    for files in BOOKS {
        let layout: serde_json::Value = serde_json::from_str(files.pages).unwrap();
        for page in layout["pages"].as_array().unwrap() {
            if let Some(calm) = page.get("calm") {
                let slug = calm.as_str().expect("an exercise id");
                assert!(
                    Exercise::from_slug(slug).is_some(),
                    "{}: “{slug}” is not an exercise",
                    files.id
                );
            }
        }
    }
    let alarm = book("my-bodys-alarm", Language::English).unwrap();
    let links: BTreeSet<&str> = alarm
        .pages
        .iter()
        .filter_map(|p| p.calm)
        .map(Exercise::slug)
        .collect();
    assert!(links.len() >= 3, "{links:?}");
    assert!(links.contains("balloon"));
}

#[test]
fn every_book_ends_safe_and_shows_hard_things_only_in_the_middle() {
    for language in BOTH {
        for book in books(language) {
            let story = book.to_story(1, None, 1);
            assert!(!story.needs_safe_ending(), "{}", book.id);
            assert!(story.pages.last().unwrap().is_safe_ending(), "{}", book.id);
            assert!(!story.pages[0].is_hard(), "{} begins gently", book.id);
            let hard = story.pages.iter().filter(|p| p.is_hard()).count();
            assert!(hard <= 1, "{}: {hard} hard pages", book.id);
        }
    }
}

#[test]
fn book_sentences_are_short_enough_to_read_aloud() {
    for language in BOTH {
        for book in books(language) {
            for page in &book.pages {
                assert!(
                    words(&page.words).len() <= BOOK_PAGE_MAX_WORDS,
                    "{}: too many words on “{}”",
                    book.id,
                    page.words
                );
                for sentence in sentences(&page.words) {
                    assert!(
                        words(&sentence).len() <= BOOK_SENTENCE_MAX_WORDS,
                        "{}: “{sentence}” is long to read aloud",
                        book.id
                    );
                }
            }
        }
    }
}

#[test]
fn guide_sentences_are_plain_and_cards_are_short_reads() {
    for language in BOTH {
        for card in guide_cards(language) {
            let texts = card_texts(&card);
            let total: usize = texts.iter().map(|t| words(t).len()).sum();
            assert!(
                total <= GUIDE_CARD_MAX_WORDS,
                "{} ({language:?}): {total} words",
                card.id
            );
            for sentence in texts.iter().flat_map(|t| sentences(t)) {
                assert!(
                    words(&sentence).len() <= GUIDE_SENTENCE_MAX_WORDS,
                    "{}: “{sentence}” is long",
                    card.id
                );
            }
        }
    }
}

/// Small English words no Spanish sentence has.
const ENGLISH_ONLY: [&str; 14] = [
    "the", "and", "you", "your", "is", "are", "we", "with", "it", "to", "of", "can", "when", "what",
];

fn assert_spanish(what: &str, english: &[String], spanish: &[String]) {
    let english_sentences: HashSet<String> = english.iter().flat_map(|t| sentences(t)).collect();
    for text in spanish {
        for sentence in sentences(text) {
            assert!(
                !english_sentences.contains(&sentence) || words(&sentence).len() < 2,
                "{what}: “{sentence}” is left in English"
            );
        }
        for word in text.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !ENGLISH_ONLY.contains(&word.to_lowercase().as_str()),
                "{what}: “{word}” in “{text}”"
            );
        }
    }
}

#[test]
fn no_english_is_left_in_the_spanish_files() {
    for files in BOOKS {
        let english = files.read(Language::English).unwrap();
        let spanish = files.read(Language::Spanish).unwrap();
        assert_spanish(files.id, &book_texts(&english), &book_texts(&spanish));
    }
    for files in GUIDE {
        let english = files.read(Language::English).unwrap();
        let spanish = files.read(Language::Spanish).unwrap();
        assert_spanish(files.id, &card_texts(&english), &card_texts(&spanish));
    }
}

#[test]
fn every_guide_card_has_its_four_parts_with_words_in_both_languages() {
    let wanted = [
        "after-a-frightening-event",
        "scared-of-a-reminder",
        "when-you-are-reminded",
        "bedtime-and-sleep",
        "big-outbursts",
        "talking-about-what-happened",
        "looking-after-yourself",
        "getting-help-urgently",
    ];
    let ids: Vec<&str> = GUIDE.iter().map(|c| c.id).collect();
    for id in wanted {
        assert!(ids.contains(&id), "{id}");
    }
    for language in BOTH {
        let cards = guide_cards(language);
        assert_eq!(cards.len(), GUIDE.len());
        let titles: HashSet<&str> = cards.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles.len(), cards.len(), "titles differ");
        for card in &cards {
            for (section, kind) in card.sections.iter().zip(GuideSection::ALL) {
                assert_eq!(section.kind, kind);
                assert!(!section.blocks.is_empty(), "{}: {kind:?}", card.id);
                for text in card_texts(card) {
                    assert!(!text.trim().is_empty(), "{}", card.id);
                }
            }
            assert!(!card.section(GuideSection::WhatHelps).blocks.is_empty());
        }
    }
}

#[test]
fn every_cited_source_exists_and_every_source_is_cited() {
    let sources = sources();
    let known: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let mut cited = HashSet::new();
    for files in GUIDE {
        let english = files.read(Language::English).unwrap();
        let spanish = files.read(Language::Spanish).unwrap();
        assert_eq!(
            english.sources, spanish.sources,
            "{}: the same sources",
            files.id
        );
        assert!(!english.sources.is_empty(), "{}", files.id);
        for id in &english.sources {
            assert!(
                known.contains(id.as_str()),
                "{}: no source “{id}”",
                files.id
            );
            cited.insert(id.clone());
        }
    }
    for source in &sources {
        assert!(cited.contains(&source.id), "“{}” is never cited", source.id);
        assert!(
            source
                .url
                .as_deref()
                .is_none_or(|u| u.starts_with("https://")),
            "{}",
            source.id
        );
        assert!(source.citation().contains(&source.title));
    }
}

#[test]
fn a_citation_keeps_the_authors_apart_from_the_publisher_or_journal() {
    let sources = calm_together::model::library::sources();
    let aasm = sources.iter().find(|s| s.id == "aasm-sleep-2016").unwrap();
    assert_eq!(
        aasm.citation(),
        "Shalini Paruthi and colleagues (2016). Recommended Amount of Sleep for Pediatric \
         Populations: A Consensus Statement of the American Academy of Sleep Medicine. Journal \
         of Clinical Sleep Medicine, 12(6), 785–786."
    );
    for source in &sources {
        for publisher_word in [
            "Press",
            "Journal",
            "Pediatrics,",
            "ZERO TO THREE",
            "HealthyChildren",
        ] {
            assert!(
                !source.author.contains(publisher_word) && !source.title.ends_with(publisher_word),
                "{}: “{publisher_word}” belongs in its publisher",
                source.id
            );
        }
    }
}

#[test]
fn the_urgent_card_says_the_app_is_no_emergency_service_and_points_to_the_familys_contacts() {
    let said = |language, words: &[&str]| {
        let card = guide_card("getting-help-urgently", language).unwrap();
        let text = card_texts(&card).join(" ");
        for needed in words {
            assert!(text.contains(needed), "{language:?}: “{needed}”");
        }
    };
    said(
        Language::English,
        &[
            "not an emergency service",
            "crisis contacts",
            "emergency number",
        ],
    );
    said(
        Language::Spanish,
        &[
            "no es un servicio de emergencias",
            "contactos de crisis",
            "número de emergencias",
        ],
    );
    assert_eq!(guide_card("no-such-card", Language::English), None);
}

#[test]
fn a_copied_book_is_a_valid_story_that_a_backup_keeps_exactly() {
    let child = ChildId("mia".into());
    for language in BOTH {
        let copies: Vec<_> = books(language)
            .iter()
            .enumerate()
            .map(|(i, book)| {
                let story = book.to_story(1_000 + i as u64, Some(child.clone()), 1_764_115_200_000);
                assert_eq!(story.title, book.title);
                assert_eq!(story.pages.len(), book.pages.len());
                assert_eq!(story.pages[1].words, book.pages[1].words);
                assert_eq!(StoryCard::of(&story).cover.as_deref(), book.cover());
                story
            })
            .collect();
        let everything = Everything {
            family: Family {
                children: vec![ChildProfile::named(child.clone(), "Mia")],
                current_child: Some(child.clone()),
                ..Family::default()
            },
            stories: copies,
            ..Everything::default()
        };
        assert_eq!(backup::check(&everything), Ok(()));
        let text = backup::write(&everything, "test", 1);
        let (back, _) = backup::read(text.as_bytes()).unwrap();
        assert_eq!(back, everything);
    }
}

#[test]
fn a_broken_words_file_says_which_file_and_line() {
    let file = "content/books/x.en.txt";
    let problem = parse_words(file, "Title\nNot blank\n").unwrap_err();
    assert_eq!((problem.file.as_str(), problem.line), (file, 2));
    assert!(problem
        .to_string()
        .starts_with("content/books/x.en.txt, line 2:"));
    assert_eq!(parse_words(file, "").unwrap_err().line, 1);
    assert_eq!(parse_words(file, "Title\n\n\n").unwrap_err().line, 0);
    let long = format!("Title\n\nFirst page.\n\n{}\n", "word ".repeat(120));
    assert_eq!(parse_words(file, &long).unwrap_err().line, 5);
    let (title, pages) = parse_words(file, "A title\r\n\r\nOne\r\nline.\r\n\r\n\r\nTwo.").unwrap();
    assert_eq!(title, "A title");
    assert_eq!(pages, ["One line.", "Two."]);
}

fn card_text(language: Language, headings: [&str; 4]) -> String {
    let mut text = String::from("# A card\n");
    for heading in headings {
        text.push_str(&format!("\n## {heading}\n\nSome words.\n"));
    }
    text.push_str(&format!("\n{}: a-source\n", sources_label(language)));
    text
}

fn headings(language: Language) -> [&'static str; 4] {
    GuideSection::ALL.map(|s| s.heading(language))
}

#[test]
fn a_broken_card_says_which_file_and_line() {
    let file = "content/guide/x.es.md";
    let spanish = card_text(Language::Spanish, headings(Language::Spanish));
    assert!(parse_card("x", file, &spanish, Language::Spanish).is_ok());
    let in_english = card_text(Language::Spanish, headings(Language::English));
    let problem = parse_card("x", file, &in_english, Language::Spanish).unwrap_err();
    assert_eq!(problem.line, 3);
    assert!(
        problem.problem.contains("## Lo que puede notar"),
        "{problem}"
    );

    let broken: [(&str, String, usize); 6] = [
        ("no title", spanish.replace("# A card\n", ""), 2),
        (
            "markup",
            spanish.replacen("Some words.", "Some **words**.", 1),
            5,
        ),
        (
            "an empty section",
            spanish.replacen("\nSome words.\n", "\n", 1),
            3,
        ),
        (
            "words after the sources",
            format!("{spanish}\nMore words.\n"),
            21,
        ),
        (
            "a list running into a paragraph",
            spanish.replacen("Some words.", "- a point\nwords", 1),
            6,
        ),
        ("no sources", spanish.replace("Fuentes: a-source\n", ""), 0),
    ];
    for (what, text, line) in broken {
        let problem = parse_card("x", file, &text, Language::Spanish).unwrap_err();
        assert_eq!(problem.line, line, "{what}: {problem}");
    }
}

#[test]
fn a_card_keeps_paragraphs_and_lists_apart() {
    let text = "# Title\n\n## What you might see\n\nOne\nparagraph.\n\n- a point\n  that goes on\n- another\n\n## Why it happens\n\nWords.\n\n## What helps\n\n- Help.\n\n## When to tell your therapist\n\nTell.\n\nSources: a, b-2\n";
    let card = parse_card("x", "x.en.md", text, Language::English).unwrap();
    assert_eq!(
        card.section(GuideSection::WhatYouMightSee).blocks,
        [
            Block::Paragraph("One paragraph.".into()),
            Block::Bullets(vec!["a point that goes on".into(), "another".into()]),
        ]
    );
    assert_eq!(card.sources, ["a", "b-2"]);
}

fn plain_line() -> impl Strategy<Value = String> {
    "[A-Za-zñáéíóú¿¡,.!? ]{1,60}".prop_filter("words", |s| s.chars().any(char::is_alphabetic))
}

proptest! {
    /// Any text at all: a content error or a book, never a panic.
    #[test]
    fn the_words_parser_never_panics(text in "\\PC{0,300}", lines in prop::collection::vec("[a-z #-]{0,12}", 0..12)) {
        let _ = parse_words("f", &text);
        let _ = parse_words("f", &lines.join("\n"));
    }

    /// Any text at all: a content error or a card, never a panic.
    #[test]
    fn the_card_parser_never_panics(text in "\\PC{0,300}", lines in prop::collection::vec("(# |## |- |  |Sources: )?[A-Za-z ,]{0,12}", 0..16)) {
        for language in BOTH {
            let _ = parse_card("x", "f", &text, language);
            let _ = parse_card("x", "f", &lines.join("\n"), language);
        }
    }

    /// A book's words, written out in the file's form, read back the same.
    #[test]
    fn words_written_out_read_back(title in plain_line(), pages in prop::collection::vec(plain_line(), 1..12)) {
        let title = title.trim().to_string();
        let pages: Vec<String> = pages.iter().map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        let text = format!("{title}\n\n{}\n", pages.join("\n\n"));
        prop_assert_eq!(parse_words("f", &text).unwrap(), (title, pages));
    }

    /// A card written out in the file's form reads back the same, in either language.
    #[test]
    fn cards_written_out_read_back(
        title in plain_line(),
        parts in prop::collection::vec((plain_line(), prop::collection::vec(plain_line(), 0..4)), 4),
        spanish in any::<bool>(),
    ) {
        let language = if spanish { Language::Spanish } else { Language::English };
        let tidy = |s: &String| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut text = format!("# {}\n", tidy(&title));
        for ((paragraph, items), heading) in parts.iter().zip(headings(language)) {
            text.push_str(&format!("\n## {heading}\n\n{}\n", tidy(paragraph)));
            if !items.is_empty() {
                text.push('\n');
                for item in items {
                    text.push_str(&format!("- {}\n", tidy(item)));
                }
            }
        }
        text.push_str(&format!("\n{}: one, two\n", sources_label(language)));
        let card = parse_card("x", "f", &text, language).unwrap();
        prop_assert_eq!(&card.title, &tidy(&title));
        for (section, (paragraph, items)) in card.sections.iter().zip(&parts) {
            let mut blocks = vec![Block::Paragraph(tidy(paragraph))];
            if !items.is_empty() {
                blocks.push(Block::Bullets(items.iter().map(tidy).collect()));
            }
            prop_assert_eq!(&section.blocks, &blocks);
        }
    }
}

#[test]
fn the_addresses_know_every_built_in_book_in_shelf_order() {
    let ids: Vec<&str> = BOOKS.iter().map(|files| files.id).collect();
    assert_eq!(ids, BOOK_IDS);
}
