//! A grown-ups' guide card, one file per language (`content/guide/<id>.<lang>.md`) in a small
//! fixed form: `# Title`, then the four sections under their `## ` headings in order, each a
//! few short paragraphs or `- ` lists, and a last line naming the sources (`Sources: a, b`, or
//! `Fuentes: a, b` in Spanish). Words only: no other markup, so nothing shows as stray symbols.

use super::ContentError;
use crate::model::language::Language;

/// The four parts every card has, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GuideSection {
    WhatYouMightSee,
    WhyItHappens,
    WhatHelps,
    WhenToTellYourTherapist,
}

impl GuideSection {
    pub const ALL: [GuideSection; 4] = [
        GuideSection::WhatYouMightSee,
        GuideSection::WhyItHappens,
        GuideSection::WhatHelps,
        GuideSection::WhenToTellYourTherapist,
    ];

    /// The section's heading, as the card files write it and the app shows it.
    pub fn heading(self, language: Language) -> &'static str {
        match (self, language) {
            (GuideSection::WhatYouMightSee, Language::English) => "What you might see",
            (GuideSection::WhyItHappens, Language::English) => "Why it happens",
            (GuideSection::WhatHelps, Language::English) => "What helps",
            (GuideSection::WhenToTellYourTherapist, Language::English) => {
                "When to tell your therapist"
            }
            (GuideSection::WhatYouMightSee, Language::Spanish) => "Lo que puede notar",
            (GuideSection::WhyItHappens, Language::Spanish) => "Por qué pasa",
            (GuideSection::WhatHelps, Language::Spanish) => "Lo que ayuda",
            (GuideSection::WhenToTellYourTherapist, Language::Spanish) => {
                "Cuándo contarle a su terapeuta"
            }
        }
    }
}

/// The word that starts a card's last line.
pub fn sources_label(language: Language) -> &'static str {
    match language {
        Language::English => "Sources",
        Language::Spanish => "Fuentes",
    }
}

/// A paragraph, or a list of short points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Bullets(Vec<String>),
}

/// One of the four parts of a card, with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: GuideSection,
    pub blocks: Vec<Block>,
}

/// A guide card in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideCard {
    pub id: &'static str,
    pub language: Language,
    pub title: String,
    /// The four sections, in the order of [`GuideSection::ALL`].
    pub sections: [Section; 4],
    /// Ids of entries in `content/sources.json`.
    pub sources: Vec<String>,
}

impl GuideCard {
    pub fn section(&self, kind: GuideSection) -> &Section {
        self.sections
            .iter()
            .find(|section| section.kind == kind)
            .expect("a card always has all four sections")
    }
}

/// Characters that would mean markup in other Markdown readers, and would show as they are here.
const MARKUP: [char; 5] = ['*', '_', '`', '[', '<'];

fn plain(file: &str, line: usize, text: &str) -> Result<(), ContentError> {
    match text.chars().find(|c| MARKUP.contains(c)) {
        Some(c) => Err(ContentError::at(
            file,
            line,
            format!("words only: “{c}” would show as it is"),
        )),
        None => Ok(()),
    }
}

/// The card being read, section by section.
struct Reading<'a> {
    file: &'a str,
    sections: Vec<(usize, Section)>,
    open: Option<Block>,
}

impl Reading<'_> {
    /// Ends the paragraph or list being read.
    fn close(&mut self) {
        if let (Some(block), Some((_, section))) = (self.open.take(), self.sections.last_mut()) {
            section.blocks.push(block);
        }
    }

    /// Ends the section being read; it must have words.
    fn close_section(&mut self, language: Language) -> Result<(), ContentError> {
        self.close();
        match self.sections.last() {
            Some((line, section)) if section.blocks.is_empty() => Err(ContentError::at(
                self.file,
                *line,
                format!("“{}” has no words", section.kind.heading(language)),
            )),
            _ => Ok(()),
        }
    }

    fn words(&mut self, number: usize, line: &str) -> Result<(), ContentError> {
        plain(self.file, number, line)?;
        if let Some(item) = line.strip_prefix("- ") {
            let item = item.trim().to_string();
            match &mut self.open {
                Some(Block::Bullets(items)) => items.push(item),
                _ => {
                    self.close();
                    self.open = Some(Block::Bullets(vec![item]));
                }
            }
            return Ok(());
        }
        let indented = line.starts_with(' ');
        match &mut self.open {
            Some(Block::Bullets(items)) if indented => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(line.trim());
                }
            }
            Some(Block::Bullets(_)) => {
                return Err(ContentError::at(
                    self.file,
                    number,
                    "leave a blank line between a list and a paragraph",
                ))
            }
            Some(Block::Paragraph(text)) => {
                text.push(' ');
                text.push_str(line.trim());
            }
            None => self.open = Some(Block::Paragraph(line.trim().to_string())),
        }
        Ok(())
    }
}

fn source_ids(file: &str, number: usize, list: &str) -> Result<Vec<String>, ContentError> {
    let ids: Vec<String> = list.split(',').map(|id| id.trim().to_string()).collect();
    let well_formed = |id: &String| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if ids.iter().all(well_formed) {
        Ok(ids)
    } else {
        Err(ContentError::at(
            file,
            number,
            "sources are ids from content/sources.json, separated by commas",
        ))
    }
}

/// Reads one card file written in `language`.
pub fn parse_card(
    id: &'static str,
    file: &str,
    text: &str,
    language: Language,
) -> Result<GuideCard, ContentError> {
    let label = format!("{}:", sources_label(language));
    let mut title: Option<String> = None;
    let mut sources: Option<Vec<String>> = None;
    let mut reading = Reading {
        file,
        sections: vec![],
        open: None,
    };
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim_end();
        if sources.is_some() {
            if !line.is_empty() {
                return Err(ContentError::at(
                    file,
                    number,
                    format!("the “{label}” line must be the last"),
                ));
            }
            continue;
        }
        if title.is_none() {
            match line.strip_prefix("# ").map(str::trim) {
                _ if line.is_empty() => {}
                Some(words) if !words.is_empty() => {
                    plain(file, number, words)?;
                    title = Some(words.to_string());
                }
                _ => {
                    return Err(ContentError::at(
                        file,
                        number,
                        "a card begins with its title: “# Title”",
                    ))
                }
            }
            continue;
        }
        if let Some(heading) = line.strip_prefix("## ") {
            reading.close_section(language)?;
            let Some(&expected) = GuideSection::ALL.get(reading.sections.len()) else {
                return Err(ContentError::at(file, number, "a card has four sections"));
            };
            if heading.trim() != expected.heading(language) {
                return Err(ContentError::at(
                    file,
                    number,
                    format!("the next heading is “## {}”", expected.heading(language)),
                ));
            }
            reading.sections.push((
                number,
                Section {
                    kind: expected,
                    blocks: vec![],
                },
            ));
            continue;
        }
        if line.starts_with('#') {
            return Err(ContentError::at(
                file,
                number,
                "only the title (#) and the four section headings (##) are headings",
            ));
        }
        if let Some(list) = line.strip_prefix(label.as_str()) {
            reading.close_section(language)?;
            sources = Some(source_ids(file, number, list)?);
            continue;
        }
        if line.is_empty() {
            reading.close();
        } else if reading.sections.is_empty() {
            return Err(ContentError::at(
                file,
                number,
                format!(
                    "words go under a heading; the first is “## {}”",
                    GuideSection::WhatYouMightSee.heading(language)
                ),
            ));
        } else {
            reading.words(number, line)?;
        }
    }
    let Some(title) = title else {
        return Err(ContentError::at(file, 0, "the card is empty"));
    };
    if let Some(&missing) = GuideSection::ALL.get(reading.sections.len()) {
        return Err(ContentError::at(
            file,
            0,
            format!("the heading “## {}” is missing", missing.heading(language)),
        ));
    }
    let Some(sources) = sources else {
        return Err(ContentError::at(
            file,
            0,
            format!("the last line names the sources: “{label} id, id”"),
        ));
    };
    let sections: Vec<Section> = reading
        .sections
        .into_iter()
        .map(|(_, section)| section)
        .collect();
    let sections: [Section; 4] = sections
        .try_into()
        .map_err(|_| ContentError::at(file, 0, "a card has four sections"))?;
    Ok(GuideCard {
        id,
        language,
        title,
        sections,
        sources,
    })
}
