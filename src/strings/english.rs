//! The English words of the app.

use super::Strings;

fn gate_question(a: u32, b: u32) -> String {
    format!("Or answer: what is {a} + {b}?")
}

fn chart_summary(title: &str, weeks: usize, before: Option<f32>, after: Option<f32>) -> String {
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
    progress_intro: "What you have done together, for you and your therapist. Every practice counts, short or long.",
    progress_week: |n| if n == 1 { "practice this week".into() } else { "practices this week".into() },
    progress_stories: |n| if n == 1 { "story made".into() } else { "stories made".into() },
    progress_pages: |n| if n == 1 { "page in them".into() } else { "pages in them".into() },
    progress_month: |year, month| format!("{} {year}", month_name(month)),
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    progress_practised: "practised",
    progress_list_title: "Practices",
    progress_nothing_yet: "Nothing here yet. When you practise calming together, it shows here.",
    progress_date: |year, month, day| format!("{day} {} {year}", month_name(month)),
    progress_completed: "Done to the end",
    progress_stopped_early: "Stopped when it felt right",
    progress_no_check_in: "skipped",
    progress_grown_up_calm: |calm| format!("grown-up calm {calm} of 5"),
    progress_check_ins: |before, after| format!("Before: {before} · After: {after}"),
    // Progress chart
    chart_title: "Before and after",
    chart_intro: "Each point is the average of a week's check-ins. A week without answers is left out.",
    chart_nothing_yet: "When you answer the check-ins before and after a practice, they show here as a picture over the weeks.",
    chart_before: "Before a practice",
    chart_after: "After a practice",
    chart_size_title: "How big the child's feeling was",
    chart_size_hint: "From 1 (a tiny bit) to 5 (huge). Lower is calmer.",
    chart_calm_title: "How calm the grown-up felt",
    chart_calm_hint: "From 1 (not calm) to 5 (very calm). Higher is calmer.",
    chart_week: |month, day| format!("{day} {}", &month_name(month)[..3]),
    chart_month_short: |month| month_name(month)[..3].to_string(),
    chart_average: |average| format!("{average:.1}"),
    chart_summary,
    chart_show_table: "Show as a table",
    chart_table_caption: "The check-ins, week by week: averages from 1 to 5",
    chart_week_heading: "Week starting",
    chart_practices_heading: "Practices",
    chart_size_before: "Feeling size before",
    chart_size_after: "Feeling size after",
    chart_calm_before: "Grown-up calm before",
    chart_calm_after: "Grown-up calm after",
    chart_no_answers: "no answers",
    language_label: "Language",
    welcome_title: "Welcome to Calm Together",
    welcome_line: "A place to calm down together and to make picture books of your own. Everything stays on this tablet.",
    welcome_name: "What shall we call your child? (You can leave this empty.)",
    welcome_age: "How old are they? (If you like.)",
    welcome_begin: "Let's begin",
    welcome_skip: "Skip for now",
    children_label: "Who is using Calm Together?",
    children_help: "Tap a child to make them the one using the app. Each child has their own stories and practices.",
    add_child: "Add a child",
    new_child_name: "The new child's name",
    add_child_confirm: "Add",
    avatar_label: "Their picture",
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
    grown_ups_label: "Their grown-ups (for example: Mama and Grandpa)",
    who_is_here: "Who is here?",
    read_any_story: "Read a story together",
    read_story: |title| format!("Read “{title}”"),
    today_title: "Today's practice",
    today_start: "Start",
    today_done: "Done today",
    demo_banner: "Demo — nothing is saved",
    update_ready: "A new version of Calm Together is ready.",
    update_now: "Update now",
    backup_reminder: "For grown-ups: it has been a while since your last backup. You can save one in Grown-ups.",
    gate_title: "This part is for grown-ups",
    gate_line: "Settings, backups and plans live here. Hold the button for 2 seconds to come in.",
    gate_hold: "Hold to open",
    gate_hold_hint: "Keep holding for 2 seconds",
    gate_question,
    gate_open: "Open",
    gate_wrong: "Not quite. Try again, or hold the button.",

    nickname_label: "Your child's name on the home screen",
    nickname_help: "A nickname is fine. It stays on this tablet.",
    age_label: "How old is your child?",
    age_toddler: "0 to 2 years",
    age_preschool: "3 to 4 years",
    age_early_school: "5 to 6 years",
    age_help: "This sets a gentle pace for calming. Children under 4 are never asked to hold their breath.",

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
