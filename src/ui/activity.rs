//! How a planned activity is named, pictured and opened, the same on Home and in Grown-ups.

use crate::model::plan::Activity;
use crate::model::screen::Screen;
use crate::strings::use_strings;

/// "Balloon breathing", "Read “Our story”" (given the story's title), or "Read a story together".
pub fn activity_name(activity: Activity, story_title: &str) -> String {
    let words = use_strings();
    match activity {
        Activity::Exercise(exercise) => (use_strings().exercise_name)(exercise).to_string(),
        Activity::ReadStory(Some(_)) if !story_title.is_empty() => (words.read_story)(story_title),
        Activity::ReadStory(_) => words.read_any_story.to_string(),
    }
}

/// The picture that stands for an activity.
pub fn activity_picture(activity: Activity) -> &'static str {
    match activity {
        Activity::Exercise(exercise) => exercise.picture(),
        Activity::ReadStory(_) => "open-book",
    }
}

/// Where one tap on an activity goes: straight into the exercise, or the story to read.
pub fn activity_screen(activity: Activity) -> Screen {
    match activity {
        Activity::Exercise(exercise) => Screen::Practice(exercise),
        Activity::ReadStory(Some(id)) => Screen::StoryRead(id),
        Activity::ReadStory(None) => Screen::Stories,
    }
}
