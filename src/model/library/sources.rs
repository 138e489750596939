//! Where the guide's facts come from (`content/sources.json`), shown on the grown-ups' Sources
//! page as text: the app never links out from a screen a child can reach.

use serde::Deserialize;

use super::ContentError;

/// One source: a web page, a book or an article.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What a card's `Sources:` line calls it.
    pub id: String,
    pub title: String,
    /// Who wrote it (a person, or an organisation writing as itself).
    pub author: String,
    /// The publisher, or the journal with its volume and pages: kept apart from the authors.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Given where the source itself states it.
    #[serde(default)]
    pub year: Option<u16>,
    /// Where to find it, shown as text only.
    #[serde(default)]
    pub url: Option<String>,
}

impl Source {
    /// The source as one line: "Author (year). Title. Publisher."
    pub fn citation(&self) -> String {
        let ended = |text: &str| {
            let stop = if text.ends_with(['.', '?', '!']) {
                ""
            } else {
                "."
            };
            format!("{text}{stop}")
        };
        let author = match self.year {
            Some(year) => format!("{} ({year}).", self.author),
            None => ended(&self.author),
        };
        let publisher = self.publisher.as_deref().map(ended);
        [Some(author), Some(ended(&self.title)), publisher]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Reads the sources file: a JSON list of sources, each id once.
pub fn parse_sources(file: &str, text: &str) -> Result<Vec<Source>, ContentError> {
    let sources: Vec<Source> = serde_json::from_str(text).map_err(|e| ContentError {
        file: file.to_string(),
        line: e.line(),
        problem: e.to_string(),
    })?;
    for (index, source) in sources.iter().enumerate() {
        if sources[..index].iter().any(|s| s.id == source.id) {
            return Err(ContentError::at(
                file,
                0,
                format!("two sources share the id “{}”", source.id),
            ));
        }
        if source.title.trim().is_empty() || source.author.trim().is_empty() {
            return Err(ContentError::at(
                file,
                0,
                format!("“{}” needs a title and an author", source.id),
            ));
        }
    }
    Ok(sources)
}
