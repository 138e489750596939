//! Every word the app shows, in one place, so each language is one complete table.
//!
//! A component asks for the table with [`use_strings`] and never writes words of its own.

use leptos::prelude::*;

/// The languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
}

/// All the words of one language. A missing string is a compile error, never a blank.
pub struct Strings {
    pub app_name: &'static str,
    pub greeting: fn(&str) -> String,
    pub default_child_name: &'static str,
    pub home_prompt: &'static str,
    pub main_navigation: &'static str,
    pub home: &'static str,

    pub calm_title: &'static str,
    pub calm_hint: &'static str,
    pub calm_coming: &'static str,
    pub stories_title: &'static str,
    pub stories_hint: &'static str,
    pub stories_coming: &'static str,
    pub progress_title: &'static str,
    pub progress_hint: &'static str,
    pub progress_coming: &'static str,
    pub grownups_title: &'static str,
    pub grownups_hint: &'static str,
    pub grownups_coming: &'static str,

    pub nickname_label: &'static str,
    pub nickname_help: &'static str,
    pub privacy_title: &'static str,
    pub privacy_line: &'static str,
    pub pictures_credit: &'static str,

    pub not_found_title: &'static str,
    pub not_found_line: &'static str,

    pub notice_unreadable: &'static str,
    pub notice_unreadable_not_copied: &'static str,
    pub notice_changed_elsewhere: &'static str,
    pub notice_newer_app: &'static str,
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

/// English, the first table; Spanish joins it as a second `Strings` value.
pub static ENGLISH: Strings = Strings {
    app_name: "Calm Together",
    greeting: |name| format!("Hello, {name}!"),
    default_child_name: "friend",
    home_prompt: "What would you like to do together?",
    main_navigation: "Main",
    home: "Home",

    calm_title: "Calm together",
    calm_hint: "Breathe and calm our bodies",
    calm_coming: "This is where you will find breathing, stretching and senses games to calm your bodies together, each with a picture to follow. They are not here yet.",
    stories_title: "Our stories",
    stories_hint: "Make and read our picture books",
    stories_coming: "This is where you will make picture books together, with a finger and a few words, and read them together afterwards. They are not here yet.",
    progress_title: "Progress",
    progress_hint: "The days we practised",
    progress_coming: "This is where you will see the days you practised and how your feelings changed, kept only on this tablet. There is nothing to show yet.",
    grownups_title: "Grown-ups",
    grownups_hint: "Names, plans and backups",
    grownups_coming: "Soon this is also where you will add children, plan the week's practice with your therapist, and save a backup.",

    nickname_label: "Your child's name on the home screen",
    nickname_help: "A nickname is fine. It stays on this tablet.",
    privacy_title: "Your information stays here",
    privacy_line: "Everything you make is kept only in this browser on this tablet. Nothing is sent anywhere: no account, no tracking.",
    pictures_credit: "Pictures: Fluent Emoji by Microsoft, shared under the MIT licence.",

    not_found_title: "We couldn't find that page",
    not_found_line: "That's all right. Let's go back home.",

    notice_unreadable: "Some saved information could not be read. We kept a copy of it safe and started fresh here. You can save the copy to a file for someone to look at.",
    notice_unreadable_not_copied: "Some saved information could not be read, and there was no room to copy it. We have left it exactly as it was and will not change it. Please save it to a file.",
    notice_changed_elsewhere: "Calm Together is open in another window too, and both changed the same thing. We are showing the newest saved version, and kept this window's version safe. You can save it to a file.",
    notice_newer_app: "Some information here was saved by a newer version of Calm Together. To keep it safe, this version will not change it. Reloading the page usually brings the newer version.",
    notice_full: "This tablet's storage is full, so your latest changes are not saved yet. They are still here on the screen, and we will keep trying.",
    notice_unavailable: "This browser is not letting Calm Together keep anything, so what you do now will be gone when you close it.",
    save_to_file: "Save it to a file",
    saved_to_file: "Saved. Look in your downloads.",
    save_to_file_failed: "The file could not be saved. Nothing has been lost: the copy is still kept here.",
    hide_notice: "Hide this message",
    reload: "Reload",
    notices_label: "Messages about saved information",

    recover_title: "Something went wrong",
    recover_message: "Calm Together stopped unexpectedly. It was not anything you did.",
    recover_data_safe: "Everything you saved is still safe on this tablet.",
    recover_start_again: "Start again",
};

/// The table for a language.
pub fn strings_for(language: Language) -> &'static Strings {
    match language {
        Language::English => &ENGLISH,
    }
}

/// The words for the language the app is showing now.
pub fn use_strings() -> &'static Strings {
    strings_for(use_context::<Language>().unwrap_or_default())
}
