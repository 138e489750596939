//! Spanish for every Latin-American family: no word from one country only, no calque from
//! English, no caregiver assumed to be a man or a parent. A short list kept by hand, beside
//! this test: when a reader finds another, add it with the word to use instead.

/// (what not to write, what to write instead). Whole words, or phrases, in lower case.
const AVOID: [(&str, &str); 13] = [
    ("peque", "corazón, or the child's name"),
    ("papalote", "cometa"),
    ("catarina", "mariquita"),
    ("foco", "bombilla, luz"),
    ("seguido", "a menudo"),
    ("uf", "describe the breathing instead (“uf” is annoyance)"),
    ("gritarle de vuelta", "responder con gritos"),
    ("regresar la llamada", "devolver la llamada"),
    ("papás y mamás", "las personas adultas que cuidan"),
    (
        "lo deja a usted",
        "words that do not make the grown-up a man",
    ),
    ("primero, el adulto", "primero, la persona adulta"),
    ("para el adulto", "para la persona adulta"),
    ("del adulto", "de la persona adulta"),
];

fn spanish_texts() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = vec![];
    for dir in ["src/strings", "content/guide", "content/books"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let spanish = name.starts_with("spanish") || name.contains(".es.");
            if spanish {
                texts.push((
                    format!("{dir}/{name}"),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    texts
}

/// The text as lower-case words with single spaces, so phrases match across punctuation.
fn words(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphabetic() || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}

#[test]
fn no_spanish_line_uses_a_regionalism_or_a_calque() {
    let texts = spanish_texts();
    assert!(
        texts.len() >= 10,
        "the Spanish tables, cards and books are all read"
    );
    for (file, text) in texts {
        let words = words(&text).replace(',', " ,");
        for (avoid, instead) in AVOID {
            let avoid = format!(" {} ", words_of(avoid));
            assert!(
                !words.contains(&avoid),
                "{file} says “{}”: write {instead}",
                avoid.trim()
            );
        }
    }
}

fn words_of(phrase: &str) -> String {
    words(phrase).trim().replace(',', " ,")
}
