//! The English words of Our stories.

use super::english::month_name;
use super::StoryStrings;
use crate::model::pictures::{split_skin_tone, PictureCategory};
use crate::model::story::{Background, Chapter, Template};

fn template_name(template: Template) -> &'static str {
    match template {
        Template::OurStory => "Our story",
        Template::AllAboutMe => "All about me",
        Template::Blank => "A blank book",
    }
}

fn template_line(template: Template) -> &'static str {
    match template {
        Template::OurStory => {
            "Best begun with your therapist. Five chapters, from \"This is us\" to a safe ending"
        }
        Template::AllAboutMe => "Me, my family, what I like, my safe place",
        Template::Blank => "One empty page to begin",
    }
}

fn page_count(pages: u32) -> String {
    if pages == 1 {
        "1 page".into()
    } else {
        format!("{pages} pages")
    }
}

fn chapter_name(chapter: Chapter) -> &'static str {
    match chapter {
        Chapter::ThisIsUs => "This is us",
        Chapter::SomethingHard => "Something hard happened",
        Chapter::HowWeFelt => "How our bodies and faces felt",
        Chapter::WhatHelped => "What helped us, who kept us safe",
        Chapter::NowWeAreSafe => "Now we are safe",
        Chapter::Me => "Me",
        Chapter::MyFamily => "My family",
        Chapter::WhatILike => "What I like",
        Chapter::MySafePlace => "My safe place",
    }
}

fn chapter_prompt(chapter: Chapter) -> &'static str {
    match chapter {
        Chapter::ThisIsUs => "Who is in our family? What did a normal day look like?",
        Chapter::SomethingHard => "Show it as gently as you like: a picture, a shape or a colour is enough. You can say \"not today\".",
        Chapter::HowWeFelt => "How did our faces and bodies feel? How big were the feelings?",
        Chapter::WhatHelped => "Who helped? What did we do? Where was safe?",
        Chapter::NowWeAreSafe => "What is different now? Say what is true: \"Now we are safe\", \"Now we are safer\", or \"I do everything I can to keep you safe\".",
        Chapter::Me => "This is me. What do I look like?",
        Chapter::MyFamily => "Who is in my family?",
        Chapter::WhatILike => "What do I like to do, eat, play?",
        Chapter::MySafePlace => "Where do I feel safe and cosy?",
    }
}

/// "woman-medium-dark" becomes "Woman, medium-dark skin"; "teddy-bear" becomes "Teddy bear".
fn picture_name(name: &str) -> String {
    let (base, tone) = split_skin_tone(name);
    let words = match base {
        "scribble" => "A scribble".to_string(),
        "dark-cloud" => "A dark cloud".to_string(),
        "blob" => "A blob".to_string(),
        "tangle" => "A tangle".to_string(),
        _ => {
            let spaced = base.replace('-', " ");
            let mut letters = spaced.chars();
            letters
                .next()
                .map(|first| first.to_uppercase().chain(letters).collect())
                .unwrap_or_default()
        }
    };
    match tone {
        Some(tone) => format!("{words}, {} skin", tone.key()),
        None => words,
    }
}

fn category_name(category: PictureCategory) -> &'static str {
    match category {
        PictureCategory::People => "People and family",
        PictureCategory::Feelings => "Feelings",
        PictureCategory::Places => "Places",
        PictureCategory::Happenings => "Things that happen",
        PictureCategory::Comfort => "Helpers and comfort",
        PictureCategory::Animals => "Animals",
        PictureCategory::Nature => "Nature",
        PictureCategory::HardThings => "Hard-thing shapes",
    }
}

fn changed_when(days_ago: i64, month: u32, day: u32) -> String {
    match days_ago {
        0 => "Changed today".into(),
        1 => "Changed yesterday".into(),
        _ => format!("Changed on {day} {}", month_name(month)),
    }
}

fn copy_title(title: &str) -> String {
    format!("{title} (copy)")
}

fn deleted(title: &str) -> String {
    format!("\"{title}\" was deleted. Grown-ups can still bring it back for 30 days.")
}

fn page_of(index: usize, count: usize) -> String {
    format!("Page {} of {count}", index + 1)
}

fn colour_name(colour: u8) -> &'static str {
    match colour {
        0 => "Red",
        1 => "Orange",
        2 => "Yellow",
        3 => "Green",
        4 => "Blue",
        _ => "Purple",
    }
}

fn scene_name(background: Background) -> &'static str {
    match background {
        Background::HomeInside => "Home",
        Background::Bedroom => "Bedroom",
        Background::Outside => "Outside",
        Background::Street => "Street",
        Background::Car => "In the car",
        Background::School => "School",
        Background::Clinic => "Clinic",
        Background::NightSky => "Night sky",
        Background::Plain(0) => "Cream",
        Background::Plain(1) => "Mint",
        Background::Plain(2) => "Peach",
        Background::Plain(3) => "Lilac",
        Background::Plain(4) => "Lime",
        Background::Plain(_) => "Rose",
    }
}

fn page_label(index: usize) -> String {
    format!("Page {}", index + 1)
}

pub static ENGLISH_STORY: StoryStrings = StoryStrings {
    shelf_intro: "Picture books you make together, and read together.",
    shelf_empty: "No stories yet. \"All about me\" is a good one to make together at home; begin \"Our story\" with your therapist.",
    new_story: "New story",
    choose_template: "How would you like to begin?",
    template_name,
    template_line,
    page_count,
    open: "Open",
    read: "Read together",
    not_found: "We could not find this story on this tablet.",
    changed_when,
    more: "More",
    rename: "Rename",
    save_title: "Save the title",
    make_copy: "Make a copy",
    copy_title,
    delete_story: "Delete this story",
    hold_hint: "Press and hold for 2 seconds",
    deleted,
    bring_back: "Bring it back",
    back_to_shelf: "Our stories",

    chapter_name,
    chapter_prompt,
    picture_name,
    category_name,

    title_label: "Title",
    undo: "Undo",
    redo: "Redo",
    page_label,
    pages_label: "Pages",
    add_page: "Add a page",
    duplicate_page: "Copy this page",
    delete_page: "Remove this page",
    delete_page_confirm: "Yes, remove it",
    keep_page: "Keep it",
    move_earlier: "Move earlier",
    move_later: "Move later",
    must_end_safe: "\"Our story\" always ends with \"Now we are safe\", so that page stays last.",

    pictures_tab: "Pictures",
    words_tab: "Words",
    feeling_tab: "Feeling",
    draw_tab: "Draw",
    scene_tab: "Scene",
    picture_tools: "The chosen picture",
    bigger: "Bigger",
    smaller: "Smaller",
    turn_left: "Turn left",
    turn_right: "Turn right",
    flip: "Flip",
    forward: "Front",
    backward: "Back",
    remove_picture: "Take off",
    canvas_label: "The page",
    tap_to_add: "Tap a picture to put it on the page. Drag it with a finger to move it.",
    picture_keys: "The arrow keys move it, and the plus and minus keys make it bigger or smaller.",

    draw_help: "Draw on the page with a finger. Pictures stay put while you draw.",
    colours: "Colour",
    colour_name,
    line_size: "Line",
    thin: "Thin",
    thick: "Thick",
    eraser: "Eraser",
    clear_drawing: "Take away all the drawing",
    scene_title: "Where is this page?",
    scene_name,

    words_label: "Words for this page",
    words_help: "Up to 500 letters. Write what your child says, in their words.",
    words_by: "Whose words?",
    child_words: "The child's words",
    grown_up_words: "The grown-up's words",
    no_feeling: "No feeling",
    saved: "Saved",
    saving: "Saving…",
    not_saved: "Not saved yet",
    not_kept: "Not kept",

    previous_page: "Previous page",
    next_page: "Next page",
    read_aloud: "Read the words aloud",
    the_end: "The end",
    end_safe_title: "Let's end somewhere safe",
    end_safe_line: "Stories end safe. Shall we add a \"Now we are safe\" page together?",
    add_safe_page: "Add a \"Now we are safe\" page",
    edit_story: "Change the story",
    print_story: "Print",
    print: "Print",
    print_help: "Each page of the story on its own sheet. Bring it to your therapist, or keep it somewhere private where only your family sees it.",
    back_to_story: "Back to the story",
    page_of,
    calm_break: "Calm break",
    quick_hide: "Quick hide",
    books_title: "Books to read together",
    books_intro: "Short books that come with Calm Together, about big feelings and feeling safe. Read one together, or make a copy your own.",
    make_it_ours: "Make it our own",
    try_exercise: |name| format!("Try it together: {name}"),
    hold_to_show: "Hold here for a moment to see the story again",
};
