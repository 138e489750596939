//! The English words of the family's week, profiles, demo mode, display settings and About.

use super::english::month_name;
use super::FamilyStrings;

fn delete_child_warning(name: &str, stories: usize, practices: usize) -> String {
    let stories = match stories {
        0 => "no stories".to_string(),
        1 => "1 story".to_string(),
        n => format!("{n} stories"),
    };
    let practices = match practices {
        0 => "no practices".to_string(),
        1 => "1 practice".to_string(),
        n => format!("{n} practices"),
    };
    format!(
        "This takes {name} off this tablet, with {stories} and {practices}. It cannot be undone here, \
         so save a backup first if you may want them again."
    )
}

pub const ENGLISH_FAMILY: FamilyStrings = FamilyStrings {
    plan_title: "This week's practice",
    plan_help: "With your therapist, choose what to practise and on which days. Home shows it on the day, one tap to start. Nothing is marked for days you miss.",
    plan_empty: "Nothing planned yet.",
    plan_add_label: "Something to practise",
    plan_add: "Add to the plan",
    plan_remove: "Take off the plan",
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],

    send_plan: "Send to the family's tablet",
    send_plan_needs_days: "Choose a day for at least one practice first: only practices with days are sent.",
    send_title: "Send this week's plan to the family's tablet",
    send_how: "On the family's tablet, open the camera, point it at this code and tap the link that appears. Or open the link below on that tablet.",
    send_privacy: "Only the plan travels: which practices, on which days. No names, no stories, no check-ins. The plan is in the part of the link after the # sign, which browsers never send to any server.",
    send_own_stories: "A story made on this tablet stays on this tablet: on the family's tablet, those days say “Read a story together”.",
    send_qr_label: "QR code of the plan's link",
    send_link_label: "The plan's link",
    send_print: "Print this plan",
    send_done: "Done",
    plan_line: |activity, days| format!("{activity}: {}", english_list(days)),

    sent_title: "A plan from your therapist",
    sent_intro: "Your therapist sent this week's practice to this tablet:",
    sent_welcome_first: "First, write the child's name below (or skip it). Then you will see the plan your therapist sent.",
    sent_for: "Who is this plan for?",
    sent_for_child: |name| format!("For {name}."),
    sent_nothing_changes: "Nothing changes on this tablet until you choose.",
    sent_use: "Use this plan",
    sent_replace: "Use it instead of this week's plan",
    sent_add: "Add it to this week's plan",
    sent_not_now: "Not now",
    sent_has_plan: |name| format!("{name} already has a plan this week. This one can take its place, or be added to it."),
    sent_already: |name| format!("This plan is already {name}'s plan this week."),
    sent_taken: |name| format!("Done. On each planned day, Home shows {name}'s practice, ready with one tap."),
    sent_go_home: "Go to Home",
    sent_not_a_plan: "This link holds no plan. A plan comes from your therapist's tablet, as a QR code or a link.",
    sent_damaged: "This link was cut short or changed on the way, so its plan cannot be read. Nothing was changed. Your therapist can show the code again.",
    sent_newer: "This plan was made with a newer Calm Together. Nothing was changed. Open Calm Together while connected to the internet; when it says a new version is ready, tap “Update now”, then open the link again.",

    delete_child_title: "Take a child off this tablet",
    delete_child: |name| format!("Take {name} off this tablet"),
    delete_child_hint: "Hold for 2 seconds",
    delete_child_warning,
    delete_child_done: |name| format!("{name} is no longer on this tablet."),
    unnamed_child: "this child",

    demo_title: "Demo mode",
    demo_help: "For showing the app, for example in a session. A sample child, story and practices appear; anything done is thrown away when the demo ends. This family's things are not touched.",
    demo_start: "Start the demo",
    demo_end: "End the demo",
    demo_failed: "The demo could not start in this browser. Nothing has changed.",
    demo_child_name: "Sam",
    demo_grown_ups: "Mum and Grandad",
    demo_story_title: "Our story",
    demo_story_words: [
        "This is me, Sam, and Mum. We like playing in the garden.",
        "One night there was a big storm. The wind was very loud.",
        "I felt scared. My tummy felt tight.",
        "Mum held me close and we breathed slowly together.",
        "The storm went away. The helpers fixed our roof.",
        "Now we are safe. Mum keeps me safe.",
    ],

    display_title: "Words and language",
    text_size_label: "Text size",
    text_sizes: ["Usual", "Large", "Larger"],

    about_title: "About",
    about_version: |version| format!("Calm Together, version {version}"),
    about_privacy: "Nothing leaves this tablet unless you save a backup file. There is no account, no tracking and no advertising; the app does not send what you make anywhere.",
    about_offline: "The only copy of your stories, practices and recordings of your own voice is in this browser. Clearing the browser's data deletes them, so save a backup now and then.",
    about_licences: "Licences",
    about_pictures: "Pictures: Fluent Emoji by Microsoft, MIT licence.",
    about_exercises_title: "Where the exercises come from",
    about_exercises: [
        "Butterfly hug: Lucina Artigas and Ignacio Jarero (1998).",
        "Spaghetti body: after Arnold Koeppen's relaxation script for children (1974).",
        "Turtle time: the turtle technique of Marlene Schneider and Arthur Robin (1976).",
        "How big is the feeling: a feelings thermometer, as used in therapy with children.",
        "Balloon breathing, flower and candle, bubble breathing, starfish hand, birthday candles, box breathing and 5-4-3-2-1 senses: common ways of calming with children.",
    ],
    about_scenes: "Scenes and gentle shapes: drawn for Calm Together.",
    about_code: "Made with Rust, Leptos, wasm-bindgen, web-sys, serde and gloo-storage (MIT or Apache-2.0 licences).",
    about_not_emergency: "Calm Together is not an emergency service. If someone is in danger, call your local emergency number.",
    about_sources: "Where the guide for grown-ups comes from",
    about_sources_help: "The guide's cards draw on these sources. Your therapist knows your family and is the best guide of all.",

    guide_title: "A guide for grown-ups",
    guide_intro: "Short cards to read when you have a quiet minute: what you might see, why it happens, what helps, and when to tell your therapist. They are general; your therapist knows your family.",
    crisis_contacts_title: "Our crisis contacts",
    crisis_contacts_help: "Your therapist can write your own contacts here: who to call, and their numbers. They stay on this tablet only.",
    crisis_contacts_shared_tablet: "If someone who might hurt you or your child can use this tablet, keep these numbers on paper instead, somewhere only you can reach, and talk with your therapist about a safety plan.",
    crisis_contacts_none: "No contacts written here yet. Ask your therapist to add them with you.",
    crisis_contacts_label: "Contacts to call (names and numbers)",

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
    chart_title: "Before and after",
    chart_intro: "Each point is the average of a week's check-ins. A week without answers is left out.",
    chart_nothing_yet: "When you answer the check-ins before and after a practice, they show here as a picture over the weeks.",
    chart_before: "Before a practice",
    chart_after: "After a practice",
    chart_size_title: "How big the child's hard feeling was",
    chart_size_hint: "Only when the feeling was worried, scared, sad or angry: from 1 (a tiny bit) to 5 (huge). Lower means the hard feeling got smaller.",
    chart_calm_title: "How calm the grown-up felt",
    chart_calm_hint: "From 1 (not calm) to 5 (very calm). Higher is calmer.",
    chart_week: |month, day| format!("{day} {}", &month_name(month)[..3]),
    chart_month_short: |month| month_name(month)[..3].to_string(),
    chart_average: |average| format!("{average:.1}"),
    chart_summary: super::english::chart_summary,
    chart_show_table: "Show as a table",
    chart_table_caption: "The check-ins, week by week: averages from 1 to 5",
    chart_week_heading: "Week starting",
    chart_practices_heading: "Practices",
    chart_size_before: "Feeling size before",
    chart_size_after: "Feeling size after",
    chart_calm_before: "Grown-up calm before",
    chart_calm_after: "Grown-up calm after",
    chart_no_answers: "no answers",
    children_label: "Who is using Calm Together?",
    children_help: "Tap a child to make them the one using the app. Each child has their own stories and practices.",
    add_child: "Add a child",
    new_child_name: "The new child's name",
    add_child_confirm: "Add",
    avatar_label: "Their picture",
    grown_ups_label: "Their grown-ups (for example: Mama and Grandpa)",
    gate_title: "This part is for grown-ups",
    gate_line: "Settings, backups and plans live here. Hold the button for 2 seconds to come in. This keeps little hands out; it is not a lock.",
    gate_hold: "Hold to open",
    gate_hold_hint: "Keep holding for 2 seconds",
    gate_question: super::english::gate_question,
    gate_open: "Open",
    gate_wrong: "Not quite. Try again, or hold the button.",

    nickname_label: "Your child's name on the home screen",
    nickname_help: "A nickname is fine. It stays on this tablet.",
    age_label: "How old is your child?",
    age_help: "This sets a gentle pace for calming. Children under 5 are never asked to hold their breath.",

};

/// "Monday", "Monday and Friday", "Monday, Wednesday and Friday".
fn english_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
