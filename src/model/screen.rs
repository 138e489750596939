//! The app's screens and their addresses: one address per screen, so a reload stays put.

use super::exercise::Exercise;
use super::library::BOOK_IDS;

/// Every screen the app can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Calm,
    Stories,
    Progress,
    /// The door to the grown-ups' side: its gate, and About for everyone.
    GrownUps,
    /// The grown-ups' side once its gate is open: children, plans, guide, settings, backups.
    GrownUpsBehindGate,
    /// One calming exercise, from its grown-up-first step to its gentle ending.
    Practice(Exercise),
    /// Making one story, by its id.
    StoryEdit(u64),
    /// Reading one story together.
    StoryRead(u64),
    /// One story laid out for paper: a page per sheet, no buttons.
    StoryPrint(u64),
    /// Reading one of the books that come with the app, by its id.
    Book(&'static str),
    /// A week's plan sent from the therapist's tablet, opened from its link (the plan is in the
    /// address's fragment): what it holds, and taking it or not.
    SentPlan,
    /// An address the app does not know.
    NotFound,
}

/// The parts of the app's code. Home's part starts the app; every other part is a separate
/// .wasm chunk, fetched the first time one of its screens opens (moving between screens is
/// never a page load). The parts are cut where a family's visit usually stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    /// Home (and "not found"): in the code that starts the app.
    Shell,
    /// Calm together: the exercise list and the practices.
    Calm,
    /// Our stories' shelf: the child's stories and the books that come with the app.
    Shelf,
    /// Making, reading and printing one story, and reading a book.
    Story,
    /// Progress, and the door to the grown-ups' side (its gate and About).
    Progress,
    /// The grown-ups' side behind its gate.
    Family,
}

impl Module {
    /// Every part, Home's first.
    pub const ALL: [Module; 6] = [
        Module::Shell,
        Module::Calm,
        Module::Shelf,
        Module::Story,
        Module::Progress,
        Module::Family,
    ];

    /// The style sheets (`style/<name>.css`) its screens need beyond the ones every screen
    /// uses. index.html links them turned off, so Home's first load does not carry them.
    pub fn styles(self) -> &'static [&'static str] {
        match self {
            Module::Calm => &["feelings", "calm"],
            Module::Shelf | Module::Story => &["feelings", "story"],
            Module::Shell | Module::Progress | Module::Family => &[],
        }
    }

    /// Its name in the build: the split point in src/parts.rs and its file, `split_<name>.wasm`.
    pub fn name(self) -> &'static str {
        match self {
            Module::Shell => "start",
            Module::Calm => "calm",
            Module::Shelf => "shelf",
            Module::Story => "story",
            Module::Progress => "progress",
            Module::Family => "family",
        }
    }

    /// The addresses opened cold whose part `boot.js` fetches beside the start, before the app
    /// runs ("/x/*": anything under /x/). The start needs none; the grown-ups' side is asked for
    /// only once its gate is passed, or by a plan's link (its screen is in the same part).
    pub fn addresses(self) -> &'static [&'static str] {
        match self {
            Module::Calm => &["/calm", "/calm/*"],
            Module::Shelf => &["/stories"],
            Module::Story => &["/stories/*"],
            Module::Progress => &["/progress", "/grown-ups"],
            Module::Family => &["/plan"],
            Module::Shell => &[],
        }
    }

    /// The part `boot.js` fetches early for an address (the app's own path, base removed).
    pub fn fetched_early_for(path: &str) -> Option<Module> {
        let path = plain_path(path);
        Module::ALL.into_iter().find(|module| {
            module
                .addresses()
                .iter()
                .any(|pattern| match pattern.strip_suffix('*') {
                    Some(under) => path.starts_with(under) && path.len() > under.len(),
                    None => path == *pattern,
                })
        })
    }

    /// The table above as `boot.js` reads it (written to scripts/parts-by-address.json, which a
    /// test keeps equal): each part's name, addresses and style sheets.
    pub fn early_fetch_table() -> String {
        let quoted = |items: &[&str]| {
            items
                .iter()
                .map(|item| format!("\"{item}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let rows: Vec<String> = Module::ALL
            .into_iter()
            .filter(|module| !module.addresses().is_empty())
            .map(|module| {
                format!(
                    "  {{ \"part\": \"{}\", \"addresses\": [{}], \"styles\": [{}] }}",
                    module.name(),
                    quoted(module.addresses()),
                    quoted(module.styles()),
                )
            })
            .collect();
        format!("[\n{}\n]\n", rows.join(",\n"))
    }
}

/// An address without its query, fragment or trailing slash (`/` stays `/`).
fn plain_path(path: &str) -> &str {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        "/"
    } else {
        trimmed
    }
}

impl Screen {
    /// The part of the app whose code shows this screen ("not found" is in every build).
    pub fn module(self) -> Option<Module> {
        match self {
            Screen::Calm | Screen::Practice(_) => Some(Module::Calm),
            Screen::Stories => Some(Module::Shelf),
            Screen::StoryEdit(_)
            | Screen::StoryRead(_)
            | Screen::StoryPrint(_)
            | Screen::Book(_) => Some(Module::Story),
            Screen::GrownUps | Screen::Progress => Some(Module::Progress),
            Screen::GrownUpsBehindGate | Screen::SentPlan => Some(Module::Family),
            Screen::NotFound => None,
            _ => Some(Module::Shell),
        }
    }

    /// The screens a visitor can open directly, in the order Home shows them.
    pub const ALL: [Screen; 5] = [
        Screen::Home,
        Screen::Calm,
        Screen::Stories,
        Screen::Progress,
        Screen::GrownUps,
    ];

    /// The address of the screen (NotFound has none of its own and goes home).
    pub fn path(self) -> String {
        match self {
            Screen::Home | Screen::NotFound => "/".into(),
            Screen::Calm => "/calm".into(),
            Screen::Stories => "/stories".into(),
            Screen::Progress => "/progress".into(),
            Screen::GrownUps => "/grown-ups".into(),
            Screen::GrownUpsBehindGate => "/grown-ups/open".into(),
            Screen::Practice(exercise) => format!("/calm/{}", exercise.slug()),
            Screen::StoryEdit(id) => format!("/stories/{id}"),
            Screen::StoryRead(id) => format!("/stories/{id}/read"),
            Screen::StoryPrint(id) => format!("/stories/{id}/print"),
            Screen::Book(id) => format!("/stories/books/{id}"),
            Screen::SentPlan => "/plan".into(),
        }
    }

    /// The screen at an address; a trailing slash, query or fragment does not matter.
    pub fn from_path(path: &str) -> Screen {
        let trimmed = plain_path(path);
        if let Some(slug) = trimmed.strip_prefix("/calm/") {
            return Exercise::from_slug(slug).map_or(Screen::NotFound, Screen::Practice);
        }
        if let Some(id) = trimmed.strip_prefix("/stories/books/") {
            return BOOK_IDS
                .into_iter()
                .find(|known| *known == id)
                .map_or(Screen::NotFound, Screen::Book);
        }
        if let Some(rest) = trimmed.strip_prefix("/stories/") {
            let (id, screen): (&str, fn(u64) -> Screen) = match rest.split_once('/') {
                None => (rest, Screen::StoryEdit),
                Some((id, "read")) => (id, Screen::StoryRead),
                Some((id, "print")) => (id, Screen::StoryPrint),
                Some(_) => return Screen::NotFound,
            };
            return match id.parse::<u64>() {
                Ok(number) if number.to_string() == id => screen(number),
                _ => Screen::NotFound,
            };
        }
        if trimmed == "/grown-ups/open" {
            return Screen::GrownUpsBehindGate;
        }
        if trimmed == "/plan" {
            return Screen::SentPlan;
        }
        Screen::ALL
            .into_iter()
            .find(|screen| screen.path() == trimmed)
            .unwrap_or(Screen::NotFound)
    }
}
