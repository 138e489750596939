//! Every change a family can make to a story, as plain functions that keep it valid.

use super::stroke::{distance_to_segment, simplify, PackedPoints, Point, MAX_POINTS};
use super::{
    Background, Chapter, Page, PageFeeling, Placed, Speaker, Story, Stroke, Template, SPAN,
    TITLE_MAX_CHARS, WORDS_MAX_CHARS,
};

/// The smallest and largest a picture may be, in ten-thousandths of the page's width.
pub const SMALLEST_PICTURE: u16 = 500;
pub const LARGEST_PICTURE: u16 = 10_000;
/// A new picture's width: a fifth of the page.
pub const NEW_PICTURE_SIZE: u16 = 2_000;

/// Why an edit was not made; the story is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No such page or picture (it was removed in the meantime).
    NotFound,
    /// A story always keeps at least one page.
    LastPage,
    /// "Our story" always ends on its "Now we are safe" page.
    MustEndSafe,
}

type Result<T = ()> = std::result::Result<T, Refused>;

fn page_mut(story: &mut Story, page: usize) -> Result<&mut Page> {
    story.pages.get_mut(page).ok_or(Refused::NotFound)
}

fn picture_mut(story: &mut Story, page: usize, id: u32) -> Result<&mut Placed> {
    page_mut(story, page)?
        .pictures
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(Refused::NotFound)
}

fn next_page_id(story: &Story) -> u32 {
    story.pages.iter().map(|p| p.id).max().unwrap_or(0) + 1
}

/// "Our story" must still end safe after a change to its pages.
fn check_ending(story: &Story) -> Result {
    let safe = story.pages.last().is_some_and(Page::is_safe_ending);
    if story.template == Template::OurStory && !safe {
        Err(Refused::MustEndSafe)
    } else {
        Ok(())
    }
}

/// Adds a blank page after `after` (at the end if out of range); returns its index.
/// In "Our story" a page added after the safe ending goes just before it.
pub fn add_page(story: &mut Story, after: usize) -> usize {
    let mut index = (after + 1).min(story.pages.len());
    if story.template == Template::OurStory && index == story.pages.len() && index > 0 {
        index -= 1;
    }
    let page = Page::blank(next_page_id(story));
    story.pages.insert(index, page);
    index
}

/// Adds a "Now we are safe" page at the end (the invitation at a hard ending); returns its index.
pub fn add_safe_page(story: &mut Story) -> usize {
    let page = Page {
        chapter: Some(Chapter::NowWeAreSafe),
        background: Background::HomeInside,
        ..Page::blank(next_page_id(story))
    };
    story.pages.push(page);
    story.pages.len() - 1
}

/// Copies a page right after itself; returns the copy's index.
pub fn duplicate_page(story: &mut Story, page: usize) -> Result<usize> {
    let mut copy = story.pages.get(page).ok_or(Refused::NotFound)?.clone();
    copy.id = next_page_id(story);
    // A copy of the safe ending is an ordinary page, so the story still ends on the original.
    if copy.chapter == Some(Chapter::NowWeAreSafe) && story.template == Template::OurStory {
        story.pages.insert(page, copy);
        return Ok(page);
    }
    story.pages.insert(page + 1, copy);
    Ok(page + 1)
}

/// Removes a page; never the last one left, nor "Our story"'s safe ending.
pub fn delete_page(story: &mut Story, page: usize) -> Result {
    if page >= story.pages.len() {
        return Err(Refused::NotFound);
    }
    if story.pages.len() == 1 {
        return Err(Refused::LastPage);
    }
    let removed = story.pages.remove(page);
    check_ending(story).inspect_err(|_| story.pages.insert(page, removed))
}

/// Moves a page to another place; "Our story" must still end safe.
pub fn move_page(story: &mut Story, from: usize, to: usize) -> Result {
    if from >= story.pages.len() || to >= story.pages.len() {
        return Err(Refused::NotFound);
    }
    let page = story.pages.remove(from);
    story.pages.insert(to, page);
    check_ending(story).inspect_err(|_| {
        let page = story.pages.remove(to);
        story.pages.insert(from, page);
    })
}

/// Where new pictures land, in turn, around the middle, so a few taps do not pile them up.
const LANDING: [(i32, i32); 5] = [
    (0, 0),
    (-1_800, 600),
    (1_800, 600),
    (-1_800, -1_200),
    (1_800, -1_200),
];

/// Puts a picture near the middle of a page, on top; returns its id.
pub fn add_picture(story: &mut Story, page: usize, picture: &str) -> Result<u32> {
    let page = page_mut(story, page)?;
    let id = page.pictures.iter().map(|p| p.id).max().unwrap_or(0) + 1;
    let (dx, dy) = LANDING[page.pictures.len() % LANDING.len()];
    let middle = i32::from(SPAN / 2);
    page.pictures.push(Placed {
        id,
        picture: picture.to_string(),
        x: (middle + dx) as u16,
        y: (middle + dy) as u16,
        size: NEW_PICTURE_SIZE,
        rotation: 0,
        flipped: false,
    });
    Ok(id)
}

/// Moves a picture's centre, kept on the page.
pub fn move_picture(story: &mut Story, page: usize, id: u32, x: i32, y: i32) -> Result {
    let picture = picture_mut(story, page, id)?;
    picture.x = x.clamp(0, i32::from(SPAN)) as u16;
    picture.y = y.clamp(0, i32::from(SPAN)) as u16;
    Ok(())
}

/// Changes a picture's width, within sensible bounds.
pub fn resize_picture(story: &mut Story, page: usize, id: u32, size: i32) -> Result {
    let picture = picture_mut(story, page, id)?;
    picture.size = size.clamp(i32::from(SMALLEST_PICTURE), i32::from(LARGEST_PICTURE)) as u16;
    Ok(())
}

/// Turns a picture to `degrees`, kept between -180 and 180.
pub fn rotate_picture(story: &mut Story, page: usize, id: u32, degrees: i32) -> Result {
    let picture = picture_mut(story, page, id)?;
    picture.rotation = ((degrees + 180).rem_euclid(360) - 180) as i16;
    Ok(())
}

/// Mirrors a picture left to right.
pub fn flip_picture(story: &mut Story, page: usize, id: u32) -> Result {
    let picture = picture_mut(story, page, id)?;
    picture.flipped = !picture.flipped;
    Ok(())
}

/// Moves a picture one layer up (`forward`) or down; at the top or bottom nothing changes.
pub fn restack_picture(story: &mut Story, page: usize, id: u32, forward: bool) -> Result {
    let pictures = &mut page_mut(story, page)?.pictures;
    let index = pictures
        .iter()
        .position(|p| p.id == id)
        .ok_or(Refused::NotFound)?;
    let other = if forward {
        index + 1
    } else {
        index.wrapping_sub(1)
    };
    if other < pictures.len() {
        pictures.swap(index, other);
    }
    Ok(())
}

pub fn delete_picture(story: &mut Story, page: usize, id: u32) -> Result {
    let pictures = &mut page_mut(story, page)?.pictures;
    let index = pictures
        .iter()
        .position(|p| p.id == id)
        .ok_or(Refused::NotFound)?;
    pictures.remove(index);
    Ok(())
}

/// Adds a finger stroke, simplified; a stroke longer than [`MAX_POINTS`] is kept as several.
pub fn add_stroke(
    story: &mut Story,
    page: usize,
    colour: u8,
    thick: bool,
    path: &[Point],
) -> Result {
    let page = page_mut(story, page)?;
    let simplified = simplify(path);
    if simplified.is_empty() {
        return Ok(());
    }
    // Overlap by one point so the pieces join up.
    let mut start = 0;
    loop {
        let end = (start + MAX_POINTS).min(simplified.len());
        page.strokes.push(Stroke {
            colour,
            thick,
            points: PackedPoints(simplified[start..end].to_vec()),
        });
        if end == simplified.len() {
            break;
        }
        start = end - 1;
    }
    Ok(())
}

/// Removes every stroke passing within `radius` grid steps of `at` (the eraser).
pub fn erase_at(story: &mut Story, page: usize, at: Point, radius: f64) -> Result {
    let page = page_mut(story, page)?;
    page.strokes.retain(|stroke| {
        let points = &stroke.points.0;
        let near = match points.as_slice() {
            [only] => distance_to_segment(at, *only, *only) <= radius,
            _ => points
                .windows(2)
                .any(|w| distance_to_segment(at, w[0], w[1]) <= radius),
        };
        !near
    });
    Ok(())
}

/// Takes away every line drawn on a page.
pub fn clear_drawing(story: &mut Story, page: usize) -> Result {
    page_mut(story, page)?.strokes.clear();
    Ok(())
}

/// Sets a page's words (at most [`WORDS_MAX_CHARS`] characters) and who said them.
pub fn set_words(story: &mut Story, page: usize, text: &str, speaker: Speaker) -> Result {
    let page = page_mut(story, page)?;
    page.words = text.chars().take(WORDS_MAX_CHARS).collect();
    page.speaker = speaker;
    Ok(())
}

/// Sets or clears a page's feeling; a size out of 1–5 is brought into range.
pub fn set_feeling(story: &mut Story, page: usize, feeling: Option<PageFeeling>) -> Result {
    page_mut(story, page)?.feeling = feeling.map(|f| PageFeeling {
        size: f.size.clamp(1, 5),
        ..f
    });
    Ok(())
}

/// Sets a page's scene; a plain colour outside the palette wraps into it.
pub fn set_background(story: &mut Story, page: usize, background: Background) -> Result {
    page_mut(story, page)?.background = match background {
        Background::Plain(colour) => Background::Plain(colour % Background::PLAIN_COLOURS),
        scene => scene,
    };
    Ok(())
}

/// Renames the story (trimmed, at most [`TITLE_MAX_CHARS`] characters).
pub fn rename(story: &mut Story, title: &str) {
    story.title = title.trim().chars().take(TITLE_MAX_CHARS).collect();
}
