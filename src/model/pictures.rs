//! The picture set as the app reads it: the tray's categories, in the order the tray shows
//! them, and the skin tone a person's picture name may end with. Each language only says them.

/// A category of the story pictures (a key of `pictures/story.json`, written by the build).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PictureCategory {
    People,
    Feelings,
    Comfort,
    Places,
    Happenings,
    /// Abstract shapes, so a hard thing can be shown gently instead of literally.
    HardThings,
    Animals,
    Nature,
}

impl PictureCategory {
    /// In the order the tray shows them: people and feelings first, the hard things after the
    /// comfort and places a story needs around them.
    pub const IN_TRAY_ORDER: [PictureCategory; 8] = [
        PictureCategory::People,
        PictureCategory::Feelings,
        PictureCategory::Comfort,
        PictureCategory::Places,
        PictureCategory::Happenings,
        PictureCategory::HardThings,
        PictureCategory::Animals,
        PictureCategory::Nature,
    ];

    /// Its key in `pictures/story.json`.
    pub fn key(self) -> &'static str {
        match self {
            PictureCategory::People => "people",
            PictureCategory::Feelings => "feelings",
            PictureCategory::Comfort => "comfort",
            PictureCategory::Places => "places",
            PictureCategory::Happenings => "happenings",
            PictureCategory::HardThings => "hard-things",
            PictureCategory::Animals => "animals",
            PictureCategory::Nature => "nature",
        }
    }
}

/// The skin tones of the picture set's people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkinTone {
    Light,
    MediumLight,
    Medium,
    MediumDark,
    Dark,
}

impl SkinTone {
    /// Longest name first, so "medium-dark" is never read as "dark".
    const BY_LONGEST_NAME: [SkinTone; 5] = [
        SkinTone::MediumLight,
        SkinTone::MediumDark,
        SkinTone::Light,
        SkinTone::Medium,
        SkinTone::Dark,
    ];

    /// How a picture name ends with it: "woman-medium-dark".
    pub fn key(self) -> &'static str {
        match self {
            SkinTone::Light => "light",
            SkinTone::MediumLight => "medium-light",
            SkinTone::Medium => "medium",
            SkinTone::MediumDark => "medium-dark",
            SkinTone::Dark => "dark",
        }
    }
}

/// "woman-medium-dark" is ("woman", Some(MediumDark)); "teddy-bear" is ("teddy-bear", None).
pub fn split_skin_tone(name: &str) -> (&str, Option<SkinTone>) {
    SkinTone::BY_LONGEST_NAME
        .into_iter()
        .find_map(|tone| {
            name.strip_suffix(tone.key())
                .and_then(|rest| rest.strip_suffix('-'))
                .filter(|base| !base.is_empty())
                .map(|base| (base, Some(tone)))
        })
        .unwrap_or((name, None))
}
