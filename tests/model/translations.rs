//! Every word has its Spanish: no English sentence is left in a Spanish table. (A missing
//! field is already a compile error; this catches a field copied over and not translated.)

use calm_together::model::language::Language;

const TABLES: [(&str, &str); 6] = [
    ("english.rs", "spanish.rs"),
    ("english_backup.rs", "spanish_backup.rs"),
    ("english_calm.rs", "spanish_calm.rs"),
    ("english_family.rs", "spanish_family.rs"),
    ("english_story.rs", "spanish_story.rs"),
    ("english_voice.rs", "spanish_voice.rs"),
];

/// Words that are the same in both languages (names, brands, numbers, codes).
const SAME_IN_BOTH: [&str; 8] = [
    "English",
    "Español",
    "Calm Together",
    "MIT",
    "Fluent Emoji",
    "Rust, Leptos, wasm-bindgen, web-sys, serde",
    "gloo-storage",
    "Apache-2.0",
];

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/src/strings/{file}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|_| panic!("src/strings/{file}"))
}

/// The text of every string literal in a Rust source file that reads as words.
fn sentences(source: &str) -> Vec<String> {
    let mut found = vec![];
    let mut rest = source;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = 0;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = i;
                    break;
                }
                _ => escaped = false,
            }
        }
        let text = &after[..end];
        let words = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words >= 2 {
            found.push(text.to_string());
        }
        rest = &after[end + 1..];
    }
    found
}

#[test]
fn no_english_sentence_is_left_in_a_spanish_table() {
    let mut untranslated = vec![];
    for (english, spanish) in TABLES {
        let spanish_text = read(spanish);
        let spanish_sentences = sentences(&spanish_text);
        for sentence in sentences(&read(english)) {
            let allowed = SAME_IN_BOTH
                .iter()
                .any(|same| sentence.contains(same) && sentence.len() <= same.len() + 12);
            if !allowed && spanish_sentences.contains(&sentence) {
                untranslated.push(format!("{spanish}: {sentence}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "{} left in English:\n{}",
        untranslated.len(),
        untranslated.join("\n")
    );
}

#[test]
fn the_spanish_table_speaks_spanish() {
    assert!(read("spanish.rs").contains(r#"language_tag: "es""#));
}

#[test]
fn the_first_language_follows_the_browser_when_the_app_speaks_it() {
    assert_eq!(
        Language::from_browser(["es-MX", "en-US"]),
        Language::Spanish
    );
    assert_eq!(Language::from_browser(["fr-FR", "ES"]), Language::Spanish);
    assert_eq!(Language::from_browser(["en-GB"]), Language::English);
    assert_eq!(
        Language::from_browser(["fr", "de"]),
        Language::English,
        "else English"
    );
    assert_eq!(Language::from_browser([]), Language::English);
}

#[test]
fn a_language_is_stored_as_its_tag_and_families_without_one_read_unchanged() {
    use calm_together::model::family::Family;
    assert_eq!(
        serde_json::to_string(&Language::Spanish).unwrap(),
        r#""es""#
    );
    let old = r#"{"children":[],"current_child":null}"#;
    let family: Family = serde_json::from_str(old).unwrap();
    assert_eq!(family.language, None);
    assert_eq!(serde_json::to_string(&family).unwrap(), old);
}
