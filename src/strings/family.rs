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

    pub send_plan: &'static str,
    pub send_plan_needs_days: &'static str,
    pub send_title: &'static str,
    pub send_how: &'static str,
    pub send_privacy: &'static str,
    pub send_own_stories: &'static str,
    pub send_qr_label: &'static str,
    pub send_link_label: &'static str,
    pub send_print: &'static str,
    pub send_done: &'static str,
    /// "Balloon breathing: Monday, Wednesday and Friday" (the days named in full).
    pub plan_line: fn(&str, &[&str]) -> String,

    pub sent_title: &'static str,
    pub sent_intro: &'static str,
    pub sent_welcome_first: &'static str,
    pub sent_for: &'static str,
    /// "For Mia." (the one child on this tablet).
    pub sent_for_child: fn(&str) -> String,
    pub sent_nothing_changes: &'static str,
    pub sent_use: &'static str,
    pub sent_replace: &'static str,
    pub sent_add: &'static str,
    pub sent_not_now: &'static str,
    /// "Mia already has a plan this week: …".
    pub sent_has_plan: fn(&str) -> String,
    pub sent_already: fn(&str) -> String,
    pub sent_taken: fn(&str) -> String,
    pub sent_go_home: &'static str,
    pub sent_not_a_plan: &'static str,
    pub sent_damaged: &'static str,
    pub sent_newer: &'static str,

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
    pub demo_baby_name: &'static str,
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
    /// Whose calming exercises these are, credited as a clinician would.
    pub about_exercises_title: &'static str,
    pub about_exercises: [&'static str; 7],
    pub about_code: &'static str,
    pub about_not_emergency: &'static str,
    pub about_sources: &'static str,
    pub about_sources_help: &'static str,

    // The grown-ups' guide and the family's own crisis contacts.
    pub guide_title: &'static str,
    pub guide_intro: &'static str,
    pub crisis_contacts_title: &'static str,
    pub crisis_contacts_help: &'static str,
    /// Beside the contacts: a shared tablet is not private from someone who may hurt the family.
    pub crisis_contacts_shared_tablet: &'static str,
    pub crisis_contacts_none: &'static str,
    pub crisis_contacts_label: &'static str,

    // Progress, the chart, the gate and the children's profiles (Grown-ups and Progress only).
    pub progress_intro: &'static str,
    pub progress_week: fn(usize) -> String,
    pub progress_stories: fn(usize) -> String,
    pub progress_pages: fn(usize) -> String,
    /// "November 2026".
    pub progress_month: fn(i32, u32) -> String,
    /// Monday first.
    pub weekdays_short: [&'static str; 7],
    pub progress_practised: &'static str,
    pub progress_list_title: &'static str,
    pub progress_nothing_yet: &'static str,
    pub progress_date: fn(i32, u32, u32) -> String,
    pub progress_completed: &'static str,
    pub progress_stopped_early: &'static str,
    pub progress_no_check_in: &'static str,
    pub progress_grown_up_calm: fn(u8) -> String,
    /// "Before: … · After: …".
    pub progress_check_ins: fn(&str, &str) -> String,
    // Progress chart
    pub chart_title: &'static str,
    pub chart_intro: &'static str,
    pub chart_nothing_yet: &'static str,
    pub chart_before: &'static str,
    pub chart_after: &'static str,
    pub chart_size_title: &'static str,
    pub chart_size_hint: &'static str,
    pub chart_calm_title: &'static str,
    pub chart_calm_hint: &'static str,
    /// The Monday a week starts, short: (month, day) → "9 Nov".
    pub chart_week: fn(u32, u32) -> String,
    /// A month under the chart's dates: 11 → "Nov".
    pub chart_month_short: fn(u32) -> String,
    /// An average to one decimal: "3.5".
    pub chart_average: fn(f32) -> String,
    /// What a chart shows, for screen readers: (title, weeks, average before, average after).
    pub chart_summary: fn(&str, usize, Option<f32>, Option<f32>) -> String,
    pub chart_show_table: &'static str,
    pub chart_table_caption: &'static str,
    pub chart_week_heading: &'static str,
    pub chart_practices_heading: &'static str,
    pub chart_size_before: &'static str,
    pub chart_size_after: &'static str,
    pub chart_calm_before: &'static str,
    pub chart_calm_after: &'static str,
    pub chart_no_answers: &'static str,
    pub children_label: &'static str,
    pub children_help: &'static str,
    pub add_child: &'static str,
    pub new_child_name: &'static str,
    pub add_child_confirm: &'static str,
    pub avatar_label: &'static str,
    pub grown_ups_label: &'static str,
    pub gate_title: &'static str,
    pub gate_line: &'static str,
    pub gate_hold: &'static str,
    pub gate_hold_hint: &'static str,
    /// "Or answer: what is 7 + 8?"
    pub gate_question: fn(u32, u32) -> String,
    pub gate_open: &'static str,
    pub gate_wrong: &'static str,

    pub nickname_label: &'static str,
    pub nickname_help: &'static str,
    pub age_label: &'static str,
    pub age_help: &'static str,
}
