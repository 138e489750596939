//! The English words of the app.

use super::Strings;

pub(super) fn gate_question(a: u32, b: u32) -> String {
    format!("Or answer: what is {a} + {b}?")
}

pub(super) fn chart_summary(
    title: &str,
    weeks: usize,
    before: Option<f32>,
    after: Option<f32>,
) -> String {
    let average = |value: Option<f32>| {
        value.map_or("no answers".to_string(), |v| format!("{v:.1} on average"))
    };
    format!(
        "{title}, over the last {weeks} weeks. Before a practice: {}. After: {}.",
        average(before),
        average(after)
    )
}

/// A month's English name, 1 = January (out of range is brought in).
pub(super) fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub static ENGLISH: Strings = Strings {
    language_tag: "en",
    exercise_name: super::english_calm::name,
    app_name: "Calm Together",
    greeting: |name| format!("Hello, {name}!"),
    default_child_name: "friend",
    home_prompt: "What would you like to do together?",
    main_navigation: "Main",
    home: "Home",
    back_to_list: "All exercises",

    calm_title: "Calm together",
    calm_hint: "Breathe and calm our bodies",
    stories_title: "Our stories",
    stories_hint: "Make and read our picture books",
    progress_title: "Progress",
    progress_hint: "The days we practised",
    grownups_title: "Grown-ups",
    grownups_hint: "Names, plans and backups",
    language_label: "Language",
    welcome_title: "Welcome to Calm Together",
    welcome_line: "A place to calm down together and to make picture books of your own. Everything stays on this tablet.",
    welcome_name: "What shall we call your child? (You can leave this empty.)",
    welcome_age: "How old are they? (If you like.)",
    welcome_begin: "Let's begin",
    welcome_skip: "Skip for now",
    avatar_names: [
        ("teddy-bear", "Teddy bear"),
        ("rabbit", "Rabbit"),
        ("cat", "Cat"),
        ("dog", "Dog"),
        ("fox", "Fox"),
        ("panda", "Panda"),
        ("owl", "Owl"),
        ("turtle", "Turtle"),
        ("butterfly", "Butterfly"),
        ("sunflower", "Sunflower"),
        ("rainbow", "Rainbow"),
        ("star", "Star"),
    ],
    who_is_here: "Who is here?",
    read_any_story: "Read a story together",
    read_story: |title| format!("Read “{title}”"),
    today_title: "Today's practice",
    today_start: "Start",
    today_done: "Done today",
    demo_banner: "Demo — nothing is saved",
    update_ready: "A new version of Calm Together is ready.",
    update_now: "Update now",
    offline_ready: "Calm Together is now kept on this tablet, so it opens even with no internet.",
    backup_reminder: "For grown-ups: it has been a while since your last backup. You can save one in Grown-ups.",
    age_toddler: "0 to 2 years",
    age_preschool: "3 to 4 years",
    age_early_school: "5 to 6 years",
    not_found_title: "We couldn't find that page",
    not_found_line: "That's all right. Let's go back home.",
    part_opening: "Opening…",
    part_missing_title: "This page could not open yet",
    part_missing_line: "It needs the internet once. Your saved work is safe. Please check the connection and try again.",
    part_try_again: "Try again",

    notice_unreadable: "Some saved information could not be read. We kept a copy of it safe and started fresh here. You can save the copy to a file for someone to look at.",
    notice_unreadable_not_copied: "Some saved information could not be read, and there was no room to copy it. We have left it exactly as it was and will not change it. Please save it to a file.",
    notice_changed_elsewhere: "Calm Together is open in another window too, and both changed the same thing. We are showing the newest saved version, and kept this window's version safe. You can save it to a file.",
    notice_newer_app: "Some information here was saved by a newer version of Calm Together. To keep it safe, this version will not change it. Reloading the page usually brings the newer version.",
    notice_set_aside_full: "Copies kept aside have filled the space they may use, so your latest change is not saved yet. It is still here on the screen. In Grown-ups, under \"Copies kept aside\", save the copies to a file, then delete them.",
    notice_full: "This tablet's storage is full, so your latest changes are not saved yet. They are still here on the screen, and we will keep trying.",
    notice_unavailable: "This browser is not letting Calm Together keep anything, so what you do now will be gone when you close it.",
    save_to_file: "Save it to a file",
    saved_to_file: "Your browser should now save the file. Look for it in your downloads (on an iPad, in the Files app).",
    save_to_file_failed: "The file could not be saved. Nothing has been lost: the copy is still kept here.",
    hide_notice: "Hide this message",
    reload: "Reload",
    notices_label: "Messages about saved information",

    recover_title: "Something went wrong",
    recover_message: "Calm Together stopped unexpectedly. It was not anything you did.",
    recover_data_safe: "Everything you saved is still safe on this tablet.",
    recover_start_again: "Start again",
};
