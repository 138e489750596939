//! The English words of the app.

use super::Strings;

fn gate_question(a: u32, b: u32) -> String {
    format!("Or answer: what is {a} + {b}?")
}

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
    calm_coming: "This is where you will find breathing, stretching and senses games to calm your bodies together, each with a picture to follow. They are not here yet.",
    stories_title: "Our stories",
    stories_hint: "Make and read our picture books",
    progress_title: "Progress",
    progress_hint: "The days we practised",
    progress_coming: "This is where you will see the days you practised and how your feelings changed, kept only on this tablet. There is nothing to show yet.",
    grownups_title: "Grown-ups",
    grownups_hint: "Names, plans and backups",
    gate_title: "This part is for grown-ups",
    gate_line: "Settings, backups and plans live here. Hold the button for 2 seconds to come in.",
    gate_hold: "Hold to open",
    gate_hold_hint: "Keep holding for 2 seconds",
    gate_question,
    gate_open: "Open",
    gate_wrong: "Not quite. Try again, or hold the button.",
    grownups_coming: "Soon this is also where you will add children, plan the week's practice with your therapist, and save a backup.",

    nickname_label: "Your child's name on the home screen",
    nickname_help: "A nickname is fine. It stays on this tablet.",
    age_label: "How old is your child?",
    age_toddler: "0 to 2 years",
    age_preschool: "3 to 4 years",
    age_early_school: "5 to 6 years",
    age_help: "This sets a gentle pace for calming. Children under 4 are never asked to hold their breath.",
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
