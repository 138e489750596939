//! How a new story begins: "Our story" (the five chapters), "All about me", or blank.

use super::{Background, Chapter, Page, Story, Template};
use crate::model::child::ChildId;

/// The pages each template starts with: a chapter and a scene each.
pub fn starting_pages(template: Template) -> Vec<(Chapter, Background)> {
    match template {
        // Plain colours where it begins and ends: home is often where the frightening thing
        // happened, or a place the family had to leave. The family may choose any scene.
        Template::OurStory => vec![
            (Chapter::ThisIsUs, Background::Plain(2)),
            (Chapter::SomethingHard, Background::Plain(3)),
            (Chapter::HowWeFelt, Background::Plain(1)),
            (Chapter::WhatHelped, Background::Outside),
            (Chapter::NowWeAreSafe, Background::Plain(4)),
        ],
        Template::AllAboutMe => vec![
            (Chapter::Me, Background::Plain(2)),
            (Chapter::MyFamily, Background::HomeInside),
            (Chapter::WhatILike, Background::Outside),
            (Chapter::MySafePlace, Background::Bedroom),
        ],
        Template::Blank => vec![],
    }
}

/// A new story from a template, with one blank page when the template has none.
pub fn new_story(
    template: Template,
    id: u64,
    title: String,
    child: Option<ChildId>,
    now: u64,
) -> Story {
    let mut pages: Vec<Page> = starting_pages(template)
        .into_iter()
        .enumerate()
        .map(|(index, (chapter, background))| Page {
            chapter: Some(chapter),
            background,
            ..Page::blank(index as u32 + 1)
        })
        .collect();
    if pages.is_empty() {
        pages.push(Page::blank(1));
    }
    Story {
        id,
        title,
        child,
        template,
        created_at: now,
        changed_at: now,
        pages,
    }
}
