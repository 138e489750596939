//! The words of Our stories, one table per language.

use crate::model::story::{Background, Chapter, Template};

pub struct StoryStrings {
    pub shelf_intro: &'static str,
    pub shelf_empty: &'static str,
    pub new_story: &'static str,
    pub choose_template: &'static str,
    pub template_name: fn(Template) -> &'static str,
    pub template_line: fn(Template) -> &'static str,
    /// "3 pages".
    pub page_count: fn(u32) -> String,
    pub open: &'static str,
    pub read: &'static str,
    pub not_found: &'static str,
    /// When a story last changed: days ago (0 today), and its month (1–12) and day.
    pub changed_when: fn(i64, u32, u32) -> String,
    pub more: &'static str,
    pub rename: &'static str,
    pub save_title: &'static str,
    pub make_copy: &'static str,
    /// The title of a copy of a story.
    pub copy_title: fn(&str) -> String,
    pub delete_story: &'static str,
    pub hold_hint: &'static str,
    /// Said after a story is deleted, with its title.
    pub deleted: fn(&str) -> String,
    pub bring_back: &'static str,
    pub back_to_shelf: &'static str,

    pub chapter_name: fn(Chapter) -> &'static str,
    /// A gentle prompt for what could go on a page of this chapter.
    pub chapter_prompt: fn(Chapter) -> &'static str,
    /// A picture's accessible name, from its name in the picture set.
    pub picture_name: fn(&str) -> String,
    pub category_name: fn(crate::model::pictures::PictureCategory) -> &'static str,

    pub title_label: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub page_label: fn(usize) -> String,
    pub pages_label: &'static str,
    pub add_page: &'static str,
    pub duplicate_page: &'static str,
    pub delete_page: &'static str,
    pub delete_page_confirm: &'static str,
    pub keep_page: &'static str,
    pub move_earlier: &'static str,
    pub move_later: &'static str,
    pub must_end_safe: &'static str,

    pub pictures_tab: &'static str,
    pub words_tab: &'static str,
    pub feeling_tab: &'static str,
    pub draw_tab: &'static str,
    pub scene_tab: &'static str,
    pub picture_tools: &'static str,
    pub bigger: &'static str,
    pub smaller: &'static str,
    pub turn_left: &'static str,
    pub turn_right: &'static str,
    pub flip: &'static str,
    pub forward: &'static str,
    pub backward: &'static str,
    pub remove_picture: &'static str,
    pub canvas_label: &'static str,
    pub tap_to_add: &'static str,
    /// How a keyboard moves and resizes the picture it is on.
    pub picture_keys: &'static str,

    pub draw_help: &'static str,
    pub colours: &'static str,
    /// The palette's colours by index ("Red", "Blue" …), so colour is never the only cue.
    pub colour_name: fn(u8) -> &'static str,
    pub line_size: &'static str,
    pub thin: &'static str,
    pub thick: &'static str,
    pub eraser: &'static str,
    pub clear_drawing: &'static str,
    pub scene_title: &'static str,
    pub scene_name: fn(Background) -> &'static str,

    pub words_label: &'static str,
    pub words_help: &'static str,
    pub words_by: &'static str,
    pub child_words: &'static str,
    pub grown_up_words: &'static str,
    pub no_feeling: &'static str,
    pub saved: &'static str,
    pub saving: &'static str,
    pub not_saved: &'static str,
    /// The story is held by a newer version (or could not be read): changes are not kept.
    pub not_kept: &'static str,

    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub read_aloud: &'static str,
    pub the_end: &'static str,
    pub end_safe_title: &'static str,
    pub end_safe_line: &'static str,
    pub add_safe_page: &'static str,
    pub edit_story: &'static str,
    pub print_story: &'static str,
    pub print: &'static str,
    pub print_help: &'static str,
    pub back_to_story: &'static str,
    /// "Page 2 of 5", at the foot of a printed sheet.
    pub page_of: fn(usize, usize) -> String,
    pub calm_break: &'static str,
    pub quick_hide: &'static str,
    pub hold_to_show: &'static str,

    // The books that come with the app.
    pub books_title: &'static str,
    pub books_intro: &'static str,
    /// Copies a built-in book into the family's own stories, to change as they like.
    pub make_it_ours: &'static str,
    /// Under a page that offers an exercise: "Try it together: Balloon breathing".
    pub try_exercise: fn(&str) -> String,
}
