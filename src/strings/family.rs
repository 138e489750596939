//! The words of the family's week (plan and Today's practice), looking after the children's
//! profiles, demo mode, display settings and About, one table per language.

pub struct FamilyStrings {
    pub plan_title: &'static str,
    pub plan_help: &'static str,
    pub plan_empty: &'static str,
    pub plan_add_label: &'static str,
    pub plan_add: &'static str,
    pub plan_remove: &'static str,
    /// Monday first, for the day buttons.
    pub weekdays: [&'static str; 7],

    pub delete_child_title: &'static str,
    /// "Take Leo off this tablet" (the hold button).
    pub delete_child: fn(&str) -> String,
    pub delete_child_hint: &'static str,
    pub delete_child_warning: fn(&str, usize, usize) -> String,
    pub delete_child_done: fn(&str) -> String,
    pub unnamed_child: &'static str,

    pub demo_title: &'static str,
    pub demo_help: &'static str,
    pub demo_start: &'static str,
    pub demo_end: &'static str,
    pub demo_failed: &'static str,
    pub demo_child_name: &'static str,
    pub demo_grown_ups: &'static str,
    pub demo_story_title: &'static str,
    /// The sample story's words, page by page: it ends safe.
    pub demo_story_words: [&'static str; 6],

    pub display_title: &'static str,
    pub text_size_label: &'static str,
    pub text_sizes: [&'static str; 3],

    pub about_title: &'static str,
    /// "Calm Together, version 0.1.0".
    pub about_version: fn(&str) -> String,
    pub about_privacy: &'static str,
    pub about_offline: &'static str,
    pub about_licences: &'static str,
    pub about_pictures: &'static str,
    pub about_scenes: &'static str,
    pub about_code: &'static str,
    pub about_not_emergency: &'static str,
}
