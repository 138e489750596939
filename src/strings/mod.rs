//! Every word the app shows, in one place, so each language is one complete table.
//!
//! A component asks for the table with [`use_strings`] in its own body and never writes words
//! of its own. Code that runs later, outside any component (an animation frame, a timer, a
//! browser event), takes the words its component already asked for: there is no reactive owner
//! there, so no language to find (see [`use_language`]).

use leptos::prelude::*;

mod backup;
mod calm;
mod english;
mod english_backup;
mod english_calm;
mod english_family;
mod english_story;
mod english_voice;
mod family;
mod spanish;
mod spanish_backup;
mod spanish_calm;
mod spanish_family;
mod spanish_pictures;
mod spanish_story;
mod spanish_voice;
mod story;
mod voice;

pub use backup::BackupStrings;
pub use calm::{CalmSettingsStrings, CalmStrings, FeelingStrings};
pub use english::ENGLISH;
pub use family::FamilyStrings;
pub use spanish::SPANISH;
pub use spanish_pictures::spanish_picture_name;
pub use story::StoryStrings;
pub use voice::{for_step, VoiceStrings};

pub use crate::model::language::Language;

/// All the words of one language. A missing string is a compile error, never a blank.
pub struct Strings {
    /// The BCP 47 tag for speech and `<html lang>`.
    pub language_tag: &'static str,
    pub app_name: &'static str,
    /// "Balloon breathing": every exercise's name, shown on Home, Calm together and Progress.
    pub exercise_name: fn(crate::model::exercise::Exercise) -> &'static str,
    pub greeting: fn(&str) -> String,
    pub default_child_name: &'static str,
    pub home_prompt: &'static str,
    pub main_navigation: &'static str,
    pub home: &'static str,
    pub back_to_list: &'static str,

    pub calm_title: &'static str,
    pub calm_hint: &'static str,
    pub stories_title: &'static str,
    pub stories_hint: &'static str,
    pub progress_title: &'static str,
    pub progress_hint: &'static str,
    pub grownups_title: &'static str,
    pub grownups_hint: &'static str,
    /// Above the language buttons (each language names itself).
    pub language_label: &'static str,
    pub welcome_title: &'static str,
    pub welcome_line: &'static str,
    pub welcome_name: &'static str,
    pub welcome_age: &'static str,
    pub welcome_begin: &'static str,
    pub welcome_skip: &'static str,
    /// Each avatar picture's name, for the buttons.
    pub avatar_names: [(&'static str, &'static str); 12],
    pub who_is_here: &'static str,
    pub backup_reminder: &'static str,
    /// "Read a story together" (any story on the shelf).
    pub read_any_story: &'static str,
    /// "Read “Our story”".
    pub read_story: fn(&str) -> String,
    pub today_title: &'static str,
    pub today_start: &'static str,
    pub today_done: &'static str,
    pub demo_banner: &'static str,
    pub update_ready: &'static str,
    /// Said once, on the first visit, when every file is kept for use with no network.
    pub offline_ready: &'static str,
    pub update_now: &'static str,
    pub age_toddler: &'static str,
    pub age_preschool: &'static str,
    pub age_early_school: &'static str,
    pub not_found_title: &'static str,
    pub not_found_line: &'static str,
    /// Shown (after a moment) while a part of the app is fetched for the first time.
    pub part_opening: &'static str,
    /// A part of the app could not be fetched (no connection before it was kept offline).
    pub part_missing_title: &'static str,
    pub part_missing_line: &'static str,
    pub part_try_again: &'static str,

    pub notice_unreadable: &'static str,
    pub notice_unreadable_not_copied: &'static str,
    pub notice_changed_elsewhere: &'static str,
    pub notice_newer_app: &'static str,
    pub notice_set_aside_full: &'static str,
    pub notice_full: &'static str,
    pub notice_unavailable: &'static str,
    pub save_to_file: &'static str,
    pub saved_to_file: &'static str,
    pub save_to_file_failed: &'static str,
    pub hide_notice: &'static str,
    pub reload: &'static str,
    pub notices_label: &'static str,

    pub recover_title: &'static str,
    pub recover_message: &'static str,
    pub recover_data_safe: &'static str,
    pub recover_start_again: &'static str,
}

/// The table for a language.
pub fn strings_for(language: Language) -> &'static Strings {
    match language {
        Language::English => &ENGLISH,
        Language::Spanish => &SPANISH,
    }
}

impl Strings {
    /// The three age groups with their names, for the welcome and Grown-ups.
    pub fn age_bands(&self) -> [(crate::model::child::AgeBand, &'static str); 3] {
        use crate::model::child::AgeBand;
        [
            (AgeBand::Toddler, self.age_toddler),
            (AgeBand::Preschool, self.age_preschool),
            (AgeBand::EarlySchool, self.age_early_school),
        ]
    }

    /// The name of an avatar picture ("Teddy bear"), or the picture name itself.
    pub fn avatar_name(&self, avatar: &'static str) -> &'static str {
        self.avatar_names
            .iter()
            .find(|(name, _)| *name == avatar)
            .map_or(avatar, |(_, said)| *said)
    }
}

/// The words for the language the app is showing now.
pub fn use_strings() -> &'static Strings {
    strings_for(use_language())
}

// Each feature's words are their own table, so a part of the app holds only the words it shows.

/// The words of Calm together.
pub fn use_calm_strings() -> &'static CalmStrings {
    match use_language() {
        Language::English => &english_calm::ENGLISH_CALM,
        Language::Spanish => &spanish_calm::SPANISH_CALM,
    }
}

/// Feelings and their sizes (check-ins, story pages).
pub fn use_feeling_strings() -> &'static FeelingStrings {
    match use_language() {
        Language::English => &english_calm::ENGLISH_FEELINGS,
        Language::Spanish => &spanish_calm::SPANISH_FEELINGS,
    }
}

/// The calm settings on the Grown-ups screen.
pub fn use_calm_settings_strings() -> &'static CalmSettingsStrings {
    match use_language() {
        Language::English => &english_calm::ENGLISH_CALM_SETTINGS,
        Language::Spanish => &spanish_calm::SPANISH_CALM_SETTINGS,
    }
}

/// The words of Our stories.
pub fn use_story_strings() -> &'static StoryStrings {
    match use_language() {
        Language::English => &english_story::ENGLISH_STORY,
        Language::Spanish => &spanish_story::SPANISH_STORY,
    }
}

/// The words of backups (Grown-ups).
pub fn use_backup_strings() -> &'static BackupStrings {
    match use_language() {
        Language::English => &english_backup::ENGLISH_BACKUP,
        Language::Spanish => &spanish_backup::SPANISH_BACKUP,
    }
}

/// The words of the family's week, profiles, demo mode, display settings and About.
pub fn use_family_strings() -> &'static FamilyStrings {
    match use_language() {
        Language::English => &english_family::ENGLISH_FAMILY,
        Language::Spanish => &spanish_family::SPANISH_FAMILY,
    }
}

/// The words of "Our own voice" (Grown-ups).
pub fn use_voice_strings() -> &'static VoiceStrings {
    match use_language() {
        Language::English => &english_voice::ENGLISH_VOICE,
        Language::Spanish => &spanish_voice::SPANISH_VOICE,
    }
}

/// Shows every word in `language`, for this component and everything inside it.
pub fn provide_language(language: Language) {
    PAGE_LANGUAGE.with(|page| page.set(Some(language)));
    provide_context(language);
}

thread_local! {
    /// The language this page was opened in: changing it opens the app again.
    static PAGE_LANGUAGE: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

/// The language the app is showing now, from the component asking.
///
/// Asked for where there is no component (in a frame, a timer or a browser event), there is no
/// answer, and quietly showing English would put English words in a Spanish family's practice:
/// debug builds and tests panic; a family's release build says so in the console (which every
/// end-to-end test fails on) and keeps to the language the page was opened in.
pub fn use_language() -> Language {
    if let Some(language) = use_context::<Language>() {
        return language;
    }
    let page = PAGE_LANGUAGE.with(std::cell::Cell::get);
    match page {
        Some(language) if !cfg!(debug_assertions) => {
            leptos::logging::error!(
                "Calm Together: words were asked for outside a component; they must be taken \
                 in the component's body. Keeping to {:?}.",
                language
            );
            language
        }
        _ => panic!(
            "Calm Together: words were asked for outside a component (in a frame, a timer or an \
             event?), where the family's language cannot be known. Ask for them in the \
             component's body and move them in."
        ),
    }
}
