//! The checks a backup passes before anything on the tablet changes: every id, range,
//! reference and picture name, and limits far beyond any family's that keep a hostile file from
//! making the tablet struggle.

use std::collections::HashSet;

use crate::model::checkin::{CheckIn, CALM_STEPS, SIZE_STEPS};
use crate::model::child::ChildId;
use crate::model::family::{CRISIS_CONTACTS_MAX_CHARS, GROWN_UPS_MAX_CHARS, NICKNAME_MAX_CHARS};
use crate::model::pacing::{FASTEST_STEP, SLOWEST_STEP};
use crate::model::plan::{Activity, WeekPlan, ALL_DAYS};
use crate::model::settings::VOLUME_STEPS;
use crate::model::story::edit::{LARGEST_PICTURE, SMALLEST_PICTURE};
use crate::model::story::stroke::MAX_POINTS;
use crate::model::story::{Background, Page, SPAN, TITLE_MAX_CHARS, WORDS_MAX_CHARS};

use super::Everything;

/// The longest picture name: names are plain words joined by hyphens.
const PICTURE_NAME_MAX: usize = 64;
/// The most pictures, pages and stories a file may hold: far beyond any family's, short of
/// what would make the tablet struggle.
const MAX_PAGES: usize = 500;
const MAX_PICTURES_PER_PAGE: usize = 400;
pub(super) const MAX_STORIES: usize = 2_000;
/// Children on one tablet: a large foster family is a dozen.
pub(super) const MAX_CHILDREN: usize = 100;
/// Practices: ten a day for more than ten years.
pub(super) const MAX_PRACTICES: usize = 40_000;
/// Drawn lines on one page (each has at most [`MAX_POINTS`] points).
const MAX_STROKES_PER_PAGE: usize = 1_000;
/// A week of "done" for every activity there is, and then some.
const MAX_DONE: usize = 1_000;

fn unique<T: std::hash::Hash + Eq>(
    items: impl IntoIterator<Item = T>,
    what: &str,
) -> Result<(), String> {
    let mut seen = HashSet::new();
    for item in items {
        if !seen.insert(item) {
            return Err(format!("two {what} share an id"));
        }
    }
    Ok(())
}

fn known_child(
    child: Option<&ChildId>,
    children: &HashSet<&ChildId>,
    what: &str,
) -> Result<(), String> {
    match child {
        Some(id) if !children.contains(id) => {
            Err(format!("{what} belongs to a child who is not in the file"))
        }
        _ => Ok(()),
    }
}

fn check_in_in_range(check_in: Option<&CheckIn>) -> bool {
    check_in.is_none_or(|c| {
        c.size.is_none_or(|s| (1..=SIZE_STEPS).contains(&s))
            && c.grown_up_calm
                .is_none_or(|g| (1..=CALM_STEPS).contains(&g))
    })
}

/// A picture name as the picture set writes them: lower-case words joined by hyphens.
pub fn is_picture_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= PICTURE_NAME_MAX
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_page(page: &Page) -> Result<(), String> {
    unique(page.pictures.iter().map(|p| p.id), "pictures on a page")?;
    if page.pictures.len() > MAX_PICTURES_PER_PAGE {
        return Err("a page holds too many pictures".into());
    }
    for picture in &page.pictures {
        let in_range = picture.x <= SPAN
            && picture.y <= SPAN
            && (SMALLEST_PICTURE..=LARGEST_PICTURE).contains(&picture.size)
            && (-180..=180).contains(&picture.rotation);
        if !in_range || !is_picture_name(&picture.picture) {
            return Err(format!("a picture is out of range ({})", picture.id));
        }
    }
    if page.strokes.len() > MAX_STROKES_PER_PAGE
        || page.strokes.iter().any(|s| {
            usize::from(s.colour) >= 6 || s.points.0.is_empty() || s.points.0.len() > MAX_POINTS
        })
    {
        return Err("a drawing line is out of range".into());
    }
    if page.words.chars().count() > WORDS_MAX_CHARS {
        return Err("a page's words are too long".into());
    }
    if page
        .feeling
        .is_some_and(|f| !(1..=SIZE_STEPS).contains(&f.size))
    {
        return Err("a page's feeling is out of range".into());
    }
    if matches!(page.background, Background::Plain(colour) if colour >= Background::PLAIN_COLOURS) {
        return Err("a page's colour is out of range".into());
    }
    Ok(())
}

/// Every id unique, every number in range, every reference to something in the file.
pub fn check(everything: &Everything) -> Result<(), String> {
    let family = &everything.family;
    if family.children.len() > MAX_CHILDREN
        || everything.practice_log.practices.len() > MAX_PRACTICES
        || everything.stories.len() > MAX_STORIES
    {
        return Err(TOO_MANY.into());
    }
    unique(family.children.iter().map(|c| &c.id), "children")?;
    if family.children.iter().any(|c| {
        c.id.0.is_empty()
            || c.id.0.len() > 64
            || c.nickname.chars().count() > NICKNAME_MAX_CHARS
            || c.grown_ups.chars().count() > GROWN_UPS_MAX_CHARS
            || c.avatar.as_deref().is_some_and(|a| !is_picture_name(a))
    }) {
        return Err("a child's profile is out of range".into());
    }
    if family.crisis_contacts.chars().count() > CRISIS_CONTACTS_MAX_CHARS {
        return Err("the crisis contacts are too long".into());
    }
    let children: HashSet<&ChildId> = family.children.iter().map(|c| &c.id).collect();
    if family
        .current_child
        .as_ref()
        .is_some_and(|id| !children.contains(id))
    {
        return Err("the current child is not in the file".into());
    }

    let practices = &everything.practice_log.practices;
    unique(practices.iter().map(|p| &p.id), "practices")?;
    for practice in practices {
        known_child(practice.child.as_ref(), &children, "a practice")?;
        let in_range = !practice.id.is_empty()
            && practice.ended_at >= practice.started_at
            && check_in_in_range(practice.before.as_ref())
            && check_in_in_range(practice.after.as_ref());
        if !in_range {
            return Err(format!("a practice is out of range ({})", practice.id));
        }
    }

    let settings = &everything.calm_settings;
    if !(1..=VOLUME_STEPS).contains(&settings.volume)
        || !(SLOWEST_STEP..=FASTEST_STEP).contains(&settings.speed_step)
    {
        return Err("a calm setting is out of range".into());
    }

    unique(everything.stories.iter().map(|s| s.id), "stories")?;
    for story in &everything.stories {
        known_child(story.child.as_ref(), &children, "a story")?;
        if story.id == 0
            || story.pages.is_empty()
            || story.pages.len() > MAX_PAGES
            || story.title.chars().count() > TITLE_MAX_CHARS
        {
            return Err(format!("a story is out of range ({})", story.id));
        }
        unique(story.pages.iter().map(|p| p.id), "pages of a story")?;
        for page in &story.pages {
            check_page(page).map_err(|e| format!("story {}: {e}", story.id))?;
        }
    }
    let stories: HashSet<u64> = everything.stories.iter().map(|s| s.id).collect();
    for child in &family.children {
        check_plan(&child.plan, &stories).map_err(|e| format!("{}'s plan: {e}", child.id.0))?;
    }
    Ok(())
}

/// A plan names each activity once, keeps a few days of "done", and reads only stories in the file.
fn check_plan(plan: &WeekPlan, stories: &HashSet<u64>) -> Result<(), String> {
    unique(plan.items.iter().map(|i| i.activity), "planned activities")?;
    if plan.done.len() > MAX_DONE || plan.items.iter().any(|i| i.days > ALL_DAYS) {
        return Err("a plan is out of range".into());
    }
    let planned = plan.items.iter().map(|i| i.activity);
    let done = plan.done.iter().map(|d| d.activity);
    if planned
        .chain(done)
        .any(|a| matches!(a, Activity::ReadStory(Some(id)) if !stories.contains(&id)))
    {
        return Err("a planned story is not in the file".into());
    }
    Ok(())
}

/// A list counted without keeping its items, that gives up as soon as it holds more than `MAX`:
/// a crafted file's 100,000 practices are refused without being read one by one.
#[derive(Default)]
struct AtMost<const MAX: usize>;

impl<'de, const MAX: usize> serde::Deserialize<'de> for AtMost<MAX> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Counter<const MAX: usize>;
        impl<'de, const MAX: usize> serde::de::Visitor<'de> for Counter<MAX> {
            type Value = AtMost<MAX>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "a list of at most {MAX} items")
            }
            fn visit_seq<S: serde::de::SeqAccess<'de>>(
                self,
                mut seq: S,
            ) -> Result<Self::Value, S::Error> {
                let mut count = 0;
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    count += 1;
                    if count > MAX {
                        return Err(serde::de::Error::custom(TOO_MANY));
                    }
                }
                Ok(AtMost)
            }
        }
        deserializer.deserialize_seq(Counter::<MAX>)
    }
}

const TOO_MANY: &str = "more children, practices or stories than any family keeps";

// Read only so that reading counts: nothing looks at the fields afterwards.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Counted<T> {
    data: T,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct ChildrenCount {
    #[serde(default)]
    children: AtMost<MAX_CHILDREN>,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct PracticesCount {
    #[serde(default)]
    practices: AtMost<MAX_PRACTICES>,
}

/// Before a file's parts are read: no more children or practices than any family keeps.
/// Anything else odd about them is left for reading to find.
pub(super) fn counts_within_limits(family: &str, practice_log: &str) -> Result<(), String> {
    let too_many = |e: serde_json::Error| e.to_string().contains(TOO_MANY);
    if serde_json::from_str::<Counted<ChildrenCount>>(family).is_err_and(too_many)
        || serde_json::from_str::<Counted<PracticesCount>>(practice_log).is_err_and(too_many)
    {
        return Err(TOO_MANY.into());
    }
    Ok(())
}
