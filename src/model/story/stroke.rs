//! Finger drawing, stored small: strokes are simplified (Ramer–Douglas–Peucker), snapped to a
//! 0–1000 grid on the page, and packed two characters per coordinate.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Page coordinates are stored on a grid of this many steps across and down.
pub const GRID: u16 = 1000;
/// How far (in grid steps) a simplified stroke may stray from the finger's path.
pub const TOLERANCE: f64 = 3.0;
/// The most points one stroke keeps; longer scribbles are split by the caller.
pub const MAX_POINTS: usize = 400;

/// A point on the page, 0 to [`GRID`] across and down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub x: u16,
    pub y: u16,
}

/// A finger's path, as the drawing layer saw it: x and y from 0 to 1 across the page.
pub fn snap(x: f64, y: f64) -> Point {
    let to_grid = |v: f64| (v.clamp(0.0, 1.0) * f64::from(GRID)).round() as u16;
    Point {
        x: to_grid(x),
        y: to_grid(y),
    }
}

/// Keeps the fewest points that stay within [`TOLERANCE`] of the path; first and last stay.
pub fn simplify(points: &[Point]) -> Vec<Point> {
    let mut deduped: Vec<Point> = Vec::with_capacity(points.len());
    for &point in points {
        if deduped.last() != Some(&point) {
            deduped.push(point);
        }
    }
    if deduped.len() <= 2 {
        return deduped;
    }
    let mut keep = vec![false; deduped.len()];
    keep[0] = true;
    keep[deduped.len() - 1] = true;
    // An explicit stack rather than recursion: a long scribble cannot overflow it.
    let mut spans = vec![(0usize, deduped.len() - 1)];
    while let Some((first, last)) = spans.pop() {
        let (mut farthest, mut distance) = (first, 0.0);
        for index in first + 1..last {
            let d = distance_to_segment(deduped[index], deduped[first], deduped[last]);
            if d > distance {
                (farthest, distance) = (index, d);
            }
        }
        if distance > TOLERANCE {
            keep[farthest] = true;
            spans.push((first, farthest));
            spans.push((farthest, last));
        }
    }
    deduped
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| p)
        .collect()
}

/// How far `point` is from the segment `a`–`b`, in grid steps.
pub fn distance_to_segment(point: Point, a: Point, b: Point) -> f64 {
    let (px, py) = (f64::from(point.x), f64::from(point.y));
    let (ax, ay, bx, by) = (
        f64::from(a.x),
        f64::from(a.y),
        f64::from(b.x),
        f64::from(b.y),
    );
    let (dx, dy) = (bx - ax, by - ay);
    let length_squared = dx * dx + dy * dy;
    if length_squared == 0.0 {
        return ((px - ax).powi(2) + (py - ay).powi(2)).sqrt();
    }
    let t = (((px - ax) * dx + (py - ay) * dy) / length_squared).clamp(0.0, 1.0);
    ((px - (ax + t * dx)).powi(2) + (py - (ay + t * dy)).powi(2)).sqrt()
}

/// Points packed as text: each coordinate is two characters of a 64-letter alphabet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PackedPoints(pub Vec<Point>);

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn letter_value(letter: u8) -> Option<u16> {
    ALPHABET.iter().position(|&l| l == letter).map(|p| p as u16)
}

impl PackedPoints {
    pub fn pack(&self) -> String {
        let mut text = String::with_capacity(self.0.len() * 4);
        for point in &self.0 {
            for value in [point.x.min(GRID), point.y.min(GRID)] {
                text.push(ALPHABET[(value >> 6) as usize] as char);
                text.push(ALPHABET[(value & 63) as usize] as char);
            }
        }
        text
    }

    /// Reads packed text back; `None` if it is not exactly what `pack` writes.
    pub fn unpack(text: &str) -> Option<PackedPoints> {
        let bytes = text.as_bytes();
        if !bytes.len().is_multiple_of(4) {
            return None;
        }
        let value = |pair: &[u8]| -> Option<u16> {
            let v = (letter_value(pair[0])? << 6) | letter_value(pair[1])?;
            (v <= GRID).then_some(v)
        };
        bytes
            .chunks(4)
            .map(|c| {
                Some(Point {
                    x: value(&c[..2])?,
                    y: value(&c[2..])?,
                })
            })
            .collect::<Option<Vec<_>>>()
            .map(PackedPoints)
    }
}

impl Serialize for PackedPoints {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.pack())
    }
}

impl<'de> Deserialize<'de> for PackedPoints {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PackedPoints::unpack(&text)
            .ok_or_else(|| serde::de::Error::custom("not packed stroke points"))
    }
}
