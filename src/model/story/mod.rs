//! A story: a picture book a grown-up and child make together, page by page.
//!
//! Stored compactly (short field names, normalised whole-number coordinates, pictures by name,
//! packed strokes) so a long story stays small in the browser's storage.

pub mod cover;
pub mod edit;
pub mod history;
pub mod stroke;
pub mod templates;
pub mod touch;

use serde::{Deserialize, Serialize};

use super::checkin::Feeling;
use super::child::ChildId;
use super::family::Family;
use super::schema::{self, Aggregate, Migration};
use stroke::PackedPoints;

/// Positions and sizes are in ten-thousandths of the page: 0 to this.
pub const SPAN: u16 = 10_000;
/// The longest caption a page keeps.
pub const WORDS_MAX_CHARS: usize = 500;
/// The longest title.
pub const TITLE_MAX_CHARS: usize = 80;
/// A feeling this big (Big, Huge) on the last page asks for a safe ending.
pub const BIG_FEELING: u8 = 4;

/// What a page is for, with a gentle prompt each: the five chapters of a jointly made trauma
/// narrative (as CPP and TF-CBT practise it), and the pages of the "All about me" warm-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Chapter {
    ThisIsUs,
    SomethingHard,
    HowWeFelt,
    WhatHelped,
    NowWeAreSafe,
    Me,
    MyFamily,
    WhatILike,
    MySafePlace,
}

/// How a story began.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Template {
    OurStory,
    AllAboutMe,
    Blank,
}

/// The scene behind a page's pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Background {
    Plain(u8),
    HomeInside,
    Bedroom,
    Outside,
    Street,
    Car,
    School,
    Clinic,
    NightSky,
}

impl Background {
    /// How many plain soft colours a page can have.
    pub const PLAIN_COLOURS: u8 = 6;
    /// Every background a page can have, in the order the picker shows them.
    pub const CHOICES: [Background; 14] = [
        Background::HomeInside,
        Background::Bedroom,
        Background::Outside,
        Background::Street,
        Background::Car,
        Background::School,
        Background::Clinic,
        Background::NightSky,
        Background::Plain(0),
        Background::Plain(1),
        Background::Plain(2),
        Background::Plain(3),
        Background::Plain(4),
        Background::Plain(5),
    ];
}

/// A picture placed on a page. Its place in the page's list is its layer: later is on top.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    /// Unique within the page.
    #[serde(rename = "i")]
    pub id: u32,
    /// The picture's name in the app's picture set.
    #[serde(rename = "p")]
    pub picture: String,
    /// Centre, in ten-thousandths of the page's width and height.
    pub x: u16,
    pub y: u16,
    /// Width, in ten-thousandths of the page's width.
    #[serde(rename = "s")]
    pub size: u16,
    /// Turn in whole degrees, -180 to 180.
    #[serde(rename = "r", default, skip_serializing_if = "is_zero")]
    pub rotation: i16,
    #[serde(rename = "f", default, skip_serializing_if = "is_false")]
    pub flipped: bool,
}

/// One line of finger drawing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stroke {
    /// Index into the drawing palette.
    #[serde(rename = "c")]
    pub colour: u8,
    /// Thin (false) or thick (true).
    #[serde(rename = "w", default, skip_serializing_if = "is_false")]
    pub thick: bool,
    #[serde(rename = "d")]
    pub points: PackedPoints,
}

/// Who said the words on a page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    Child,
    #[default]
    GrownUp,
}

/// A feeling on a page, as in the calming check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageFeeling {
    pub feeling: Feeling,
    /// 1 (a tiny bit) to 5 (huge).
    pub size: u8,
}

/// A hard page: the "something hard" chapter, or a Big or Huge feeling.
pub fn is_hard_page(chapter: Option<Chapter>, feeling: Option<PageFeeling>) -> bool {
    chapter == Some(Chapter::SomethingHard) || feeling.is_some_and(|f| f.size >= BIG_FEELING)
}

/// One page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// Unique within the story.
    pub id: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<Chapter>,
    #[serde(rename = "bg")]
    pub background: Background,
    #[serde(rename = "pics", default, skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<Placed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strokes: Vec<Stroke>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
    #[serde(default, skip_serializing_if = "is_default_speaker")]
    pub speaker: Speaker,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeling: Option<PageFeeling>,
}

/// A whole story, stored under its own key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Made from the time it was created; names its storage key.
    pub id: u64,
    pub title: String,
    #[serde(default)]
    pub child: Option<ChildId>,
    pub template: Template,
    pub created_at: u64,
    pub changed_at: u64,
    pub pages: Vec<Page>,
}

impl Default for Story {
    fn default() -> Self {
        Story {
            id: 0,
            title: String::new(),
            child: None,
            template: Template::Blank,
            created_at: 0,
            changed_at: 0,
            pages: vec![Page::blank(1)],
        }
    }
}

impl Aggregate for Story {
    const MIGRATIONS: &'static [Migration] = &[schema::version_1_reads_as_it_is];
    const READS_AS_IS_FROM: u32 = 1;
}

impl Page {
    /// An empty page on a soft plain background.
    pub fn blank(id: u32) -> Page {
        Page {
            id,
            chapter: None,
            background: Background::Plain(0),
            pictures: vec![],
            strokes: vec![],
            words: String::new(),
            speaker: Speaker::GrownUp,
            feeling: None,
        }
    }

    /// A hard page: see [`is_hard_page`].
    pub fn is_hard(&self) -> bool {
        is_hard_page(self.chapter, self.feeling)
    }

    /// A page that ends a story safely.
    pub fn is_safe_ending(&self) -> bool {
        self.chapter == Some(Chapter::NowWeAreSafe)
    }
}

impl Story {
    /// A story must not end on a hard page: reading to the end then invites a safe page.
    pub fn needs_safe_ending(&self) -> bool {
        self.pages.last().is_some_and(Page::is_hard)
    }

    /// A copy to make changes to, with its own id and title; the original stays as it was.
    pub fn copy_as(&self, id: u64, title: &str, now: u64) -> Story {
        Story {
            id,
            title: title.chars().take(TITLE_MAX_CHARS).collect(),
            created_at: now,
            changed_at: now,
            ..self.clone()
        }
    }

    /// The picture on the cover: the first one, in page order, that is not a reminder of what
    /// happened and is not on a hard page (see [`cover::first_cover`]).
    pub fn cover(&self) -> Option<&str> {
        cover::first_cover(self.pages.iter().map(|page| {
            let pictures = page.pictures.iter().map(|placed| placed.picture.as_str());
            (page.is_hard(), pictures)
        }))
    }
}

/// The list of stories, for the story shelf, stored under one key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryIndex {
    pub stories: Vec<StoryCard>,
    /// Stories taken off the shelf in the last [`KEEP_DELETED_DAYS`] days, that grown-ups can
    /// bring back; each one's pages stay under its own key until then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<DeletedStory>,
}

/// How long a deleted story can still be brought back: a lost story is a lost piece of therapy,
/// and a family may notice only at their next session.
pub const KEEP_DELETED_DAYS: u64 = 30;
const KEEP_DELETED_MS: u64 = KEEP_DELETED_DAYS * 24 * 60 * 60 * 1000;

/// A story taken off the shelf, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedStory {
    pub card: StoryCard,
    /// Milliseconds since 1970.
    pub deleted_at: u64,
}

impl DeletedStory {
    /// The day it will be gone for good (ms since 1970).
    pub fn kept_until(&self) -> u64 {
        self.deleted_at.saturating_add(KEEP_DELETED_MS)
    }
}

/// What the shelf shows of a story without opening it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryCard {
    pub id: u64,
    pub title: String,
    #[serde(default)]
    pub child: Option<ChildId>,
    #[serde(default)]
    pub cover: Option<String>,
    pub changed_at: u64,
    pub pages: u32,
}

impl Aggregate for StoryIndex {
    const MIGRATIONS: &'static [Migration] = &[schema::version_1_reads_as_it_is];
    const READS_AS_IS_FROM: u32 = 1;
}

impl StoryIndex {
    /// Adds a story's card, or updates it if the story is already listed.
    pub fn upsert(&mut self, card: StoryCard) {
        let id = card.id;
        super::replace_or_push(&mut self.stories, card, |c| c.id == id);
    }

    /// An id for a new story made at `now`: ids are creation times, and never repeat, even for
    /// two stories made in one millisecond or after the clock went back.
    pub fn next_id(&self, now: u64) -> u64 {
        // A deleted story keeps its key until it is gone for good: its id is still taken.
        let taken = self
            .stories
            .iter()
            .chain(self.deleted.iter().map(|d| &d.card))
            .map(|c| c.id)
            .max()
            .unwrap_or(0);
        now.max(taken + 1)
    }

    /// Takes a story off the shelf for good (its key is removed by the caller); says whether it
    /// was there.
    pub fn remove(&mut self, id: u64) -> bool {
        let before = self.stories.len() + self.deleted.len();
        self.stories.retain(|c| c.id != id);
        self.deleted.retain(|d| d.card.id != id);
        self.stories.len() + self.deleted.len() != before
    }

    /// Takes a story off the shelf into the deleted list, where it can be brought back for
    /// [`KEEP_DELETED_DAYS`] days; says whether it was on the shelf.
    pub fn delete(&mut self, id: u64, now: u64) -> bool {
        let Some(at) = self.stories.iter().position(|c| c.id == id) else {
            return false;
        };
        let card = self.stories.remove(at);
        self.deleted.insert(
            0,
            DeletedStory {
                card,
                deleted_at: now,
            },
        );
        true
    }

    /// Puts a deleted story back on the shelf; says whether it was in the deleted list.
    pub fn bring_back(&mut self, id: u64) -> bool {
        let Some(at) = self.deleted.iter().position(|d| d.card.id == id) else {
            return false;
        };
        let deleted = self.deleted.remove(at);
        self.upsert(deleted.card);
        true
    }

    /// Deleted stories whose time to be brought back is over at `now`: their keys can go.
    pub fn deleted_for_good(&self, now: u64) -> Vec<u64> {
        self.deleted
            .iter()
            .filter(|d| d.kept_until() <= now)
            .map(|d| d.card.id)
            .collect()
    }

    /// The stories that belong to one child only (not the shared ones).
    pub fn only_of(&self, child: &ChildId) -> Vec<u64> {
        self.stories
            .iter()
            .filter(|c| c.child.as_ref() == Some(child))
            .map(|c| c.id)
            .collect()
    }

    /// A child's stories and those of no child in particular (made before any profile
    /// existed), most recently changed first.
    pub fn shelf_for(&self, child: Option<&ChildId>) -> Vec<&StoryCard> {
        let mut cards: Vec<&StoryCard> = self
            .stories
            .iter()
            .filter(|c| c.child.is_none() || c.child.as_ref() == child)
            .collect();
        cards.sort_by(|a, b| {
            b.changed_at
                .cmp(&a.changed_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        cards
    }
}

impl StoryCard {
    pub fn of(story: &Story) -> StoryCard {
        StoryCard {
            id: story.id,
            title: story.title.clone(),
            child: story.child.clone(),
            cover: story.cover().map(str::to_string),
            changed_at: story.changed_at,
            pages: story.pages.len() as u32,
        }
    }

    /// The picture the shelf shows: the story's cover (unless it is a reminder, as a card
    /// saved before covers were chosen with care may hold), else the picture of the child
    /// whose story it is, or of the child who is here.
    pub fn shown_cover<'a>(&'a self, family: &'a Family) -> Option<&'a str> {
        let owner = self
            .child
            .as_ref()
            .and_then(|id| family.children.iter().find(|child| &child.id == id));
        self.cover
            .as_deref()
            .filter(|picture| cover::can_be_cover(picture))
            .or_else(|| {
                owner
                    .or(family.current())
                    .map(|child| child.avatar_or_default())
            })
    }
}

fn is_zero(value: &i16) -> bool {
    *value == 0
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_default_speaker(speaker: &Speaker) -> bool {
    *speaker == Speaker::GrownUp
}
