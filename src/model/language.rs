//! The languages the app speaks, and how the first one is chosen.

use serde::{Deserialize, Serialize};

/// A language every word of the app is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The BCP 47 tag, for `<html lang>` and speech.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language's own name for itself, shown in every language ("Español").
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
        }
    }

    /// The language to start in before the family has chosen: the browser's first language
    /// the app speaks (`navigator.languages`), else English.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                Language::ALL.into_iter().find(|l| l.tag() == primary)
            })
            .unwrap_or_default()
    }
}
