//! The picture that stands for a story on the shelf. A child sees every cover each time Our
//! stories opens, so a cover is never a reminder of what happened.

/// What happened and how hard it felt: the story editor's "happenings" that show danger, loss
/// or help arriving in a hurry, the faces of hard feelings, and the abstract shapes that stand
/// for the hard thing itself. None of them is ever a cover (tests/model/cover.rs keeps this
/// list whole as the picture catalog grows).
pub const NEVER_A_COVER: [&str; 36] = [
    // Happenings.
    "cloud-with-lightning-and-rain",
    "tornado",
    "fire",
    "ambulance",
    "police-car",
    "fire-engine",
    "loudspeaker",
    "collision",
    "police-officer",
    "firefighter",
    "health-worker",
    "hospital",
    "stethoscope",
    "adhesive-bandage",
    "broken-heart",
    "wilted-flower",
    "warning",
    "derelict-house",
    "construction",
    "water-wave",
    "volcano",
    // Faces of hard feelings.
    "crying-face",
    "loudly-crying-face",
    "pensive-face",
    "worried-face",
    "anxious-face-with-sweat",
    "fearful-face",
    "face-screaming-in-fear",
    "angry-face",
    "face-with-steam-from-nose",
    "hushed-face",
    "face-with-open-mouth",
    // The gentle shapes for the hard thing.
    "scribble",
    "dark-cloud",
    "blob",
    "tangle",
];

/// Whether `picture` may stand for a story on the shelf.
pub fn can_be_cover(picture: &str) -> bool {
    !NEVER_A_COVER.contains(&picture)
}

/// The first picture that may be a cover, from the pages that are not hard, in order; `None`
/// when there is none (the shelf then shows the child's own picture).
pub fn first_cover<'a, Pictures>(
    pages: impl IntoIterator<Item = (bool, Pictures)>,
) -> Option<&'a str>
where
    Pictures: IntoIterator<Item = &'a str>,
{
    pages
        .into_iter()
        .filter(|(hard, _)| !hard)
        .flat_map(|(_, pictures)| pictures)
        .find(|picture| can_be_cover(picture))
}
