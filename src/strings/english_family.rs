//! The English words of the family's week, profiles, demo mode, display settings and About.

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
    about_offline: "The only copy of your stories and practices is in this browser. Clearing the browser's data deletes them, so save a backup now and then.",
    about_licences: "Licences",
    about_pictures: "Pictures: Fluent Emoji by Microsoft, MIT licence.",
    about_scenes: "Scenes and gentle shapes: drawn for Calm Together.",
    about_code: "Made with Rust, Leptos, wasm-bindgen, web-sys, serde and gloo-storage (MIT or Apache-2.0 licences).",
    about_not_emergency: "Calm Together is not an emergency service. If someone is in danger, call your local emergency number.",
};
