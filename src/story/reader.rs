//! Reading a story together, the family's own or a book that comes with the app: one big page
//! at a time, Next and Previous (or a swipe), page dots, the words read aloud on request, and
//! an ending that is always safe.

use leptos::ev::PointerEvent;
use leptos::html;
use leptos::prelude::*;

use super::break_and_hide::{query_number, CalmBreak, QuickHide};
use super::canvas::PageView;
use super::{refresh_card, use_story};
use crate::model::exercise::Exercise;
use crate::model::screen::Screen;
use crate::model::story::{edit, Story};
use crate::model::voice::{PagesOf, RecordingFor};
use crate::platform::chime::wake_audio;
use crate::platform::clock::{local_day_number, now_ms};
use crate::platform::site::address_of;
use crate::platform::speech::say;
use crate::platform::voice::hush_voice;
use crate::storage::recordings::RecordingsChanged;
use crate::storage::use_family;
use crate::strings::{use_story_strings, use_strings};
use crate::ui::focus::focus_soon;
use crate::ui::navigation::{use_navigation, Link};
use crate::ui::page_frame::announce_screen;
use crate::ui::picture::Picture;
use crate::ui::recorder::{Recorder, RecordingNow};

/// A swipe this long (CSS px) turns the page.
const SWIPE: f64 = 60.0;

/// Reading one of the family's own stories: change and print beside the title, and a safe page
/// offered at the end if the story stops on a hard one.
#[component]
pub fn ReaderPage(id: u64) -> impl IntoView {
    let story_words = use_story_strings();
    let story = use_story(id);
    let navigation = use_navigation();
    let add_safe_page = move |_| {
        story.update(|s| {
            edit::add_safe_page(s);
        });
        story.with_untracked(refresh_card);
        navigation.go(Screen::StoryEdit(id));
    };
    let ending = move || {
        if story.with(|s| s.needs_safe_ending()) {
            view! {
                <section class="reader-ending">
                    <h2>{story_words.end_safe_title}</h2>
                    <p>{story_words.end_safe_line}</p>
                    <button class="big-button" on:click=add_safe_page>{story_words.add_safe_page}</button>
                </section>
            }
            .into_any()
        } else {
            the_end(None)
        }
    };
    view! {
        <Reader story=story.into() screen=Screen::StoryRead(id) calm_links=vec![] ending our_voice=PagesOf::Story(id)>
            <Link to=Screen::StoryEdit(id) class="quiet-button">{story_words.edit_story}</Link>
            <Link to=Screen::StoryPrint(id) class="quiet-button">{story_words.print_story}</Link>
        </Reader>
    }
}

/// "The end", the way back to the shelf, and anything else worth offering there.
pub fn the_end(more: Option<AnyView>) -> AnyView {
    let story_words = use_story_strings();
    view! {
        <section class="reader-ending">
            <h2>{story_words.the_end}</h2>
            <div class="reader-ending-actions">
                <Link to=Screen::Stories class="big-button">{story_words.back_to_shelf}</Link>
                {more}
            </div>
        </section>
    }
    .into_any()
}

/// One big page at a time with its words, Next and Previous (or a swipe), page dots, the words
/// read aloud on request, a calm break and quick hide always there, and `ending` after the last
/// page. `children` go beside the title; `calm_links` (one per page, may be shorter) offer an
/// exercise under a page's words.
#[component]
pub fn Reader(
    story: Signal<Story>,
    /// This reading screen, for the calm break's way back.
    screen: Screen,
    calm_links: Vec<Option<Exercise>>,
    #[prop(into)] ending: ViewFn,
    /// Whose pages these are (a family's story or a built-in book): they can be recorded and
    /// read in our voice.
    our_voice: PagesOf,
    children: Children,
) -> impl IntoView {
    let strings = use_strings();
    let story_words = use_story_strings();
    let heading = NodeRef::<html::H1>::new();
    let named = story.with_untracked(|s| {
        if s.title.is_empty() {
            strings.stories_title.to_string()
        } else {
            format!("{} · {}", s.title, story_words.read)
        }
    });
    announce_screen(&named, heading);
    let page = RwSignal::new(query_number("page").unwrap_or(0) as usize);
    let count = move || story.with(|s| s.pages.len());
    // One step past the last page is the ending.
    let at_end = move || page.get() >= count();
    // Reading to the end ticks off a planned story (and "read a story together") for today.
    let family = use_family();
    Effect::new(move || {
        if at_end() {
            let today = local_day_number(now_ms());
            let id = story.with_untracked(|s| s.id);
            family.maybe_update(|f| {
                let child = f.current_child.clone();
                f.update_plan_of(child.as_ref(), |plan| plan.mark_read(id, today))
            });
        }
    });
    let voice = PageVoices::new(our_voice);
    let recording_busy = move || voice.recorder.busy();
    let turn = move |forward: bool| {
        // A page being recorded stays until its recording is kept.
        if recording_busy() {
            return;
        }
        page.update(|p| {
            *p = if forward {
                (*p + 1).min(count())
            } else {
                p.saturating_sub(1)
            }
        });
        // The button pressed may now be disabled: focus goes on to what comes next.
        if at_end() {
            focus_soon(".reader-ending .big-button");
        } else if page.get_untracked() == 0 {
            focus_soon(".reader-next");
        }
        // In the tap: the page's recording plays as it opens.
        voice
            .page_opened(story.with_untracked(|s| s.pages.get(page.get_untracked()).map(|p| p.id)));
    };
    let swipe_from = StoredValue::new(None::<f64>);
    let shown = move || story.with(|s| s.pages.get(page.get()).cloned());
    let words = move || shown().map(|p| p.words).unwrap_or_default();
    let calm_links = StoredValue::new(calm_links);
    let calm_link = move || {
        let exercise = calm_links.with_value(|links| links.get(page.get()).copied().flatten())?;
        Some(view! {
            <a class="big-button reader-calm-link" href=address_of(Screen::Practice(exercise))>
                <Picture name=exercise.picture() class="calm-break-picture"/>
                {(story_words.try_exercise)((strings.exercise_name)(exercise))}
            </a>
        })
    };
    view! {
        <div class="reader">
            <header class="editor-bar">
                <Link to=Screen::Stories class="home-button">{story_words.back_to_shelf}</Link>
                <h1 node_ref=heading tabindex="-1" class="reader-title" dir="auto">{move || story.with(|s| s.title.clone())}</h1>
                {children()}
                <CalmBreak back=Signal::derive(move || format!("{}?page={}", screen.path(), page.get()))/>
                <QuickHide/>
            </header>
            <div
                class="reader-page"
                on:pointerdown=move |e: PointerEvent| swipe_from.set_value(Some(f64::from(e.client_x())))
                on:pointerup=move |e: PointerEvent| {
                    if let Some(from) = swipe_from.get_value() {
                        let moved = f64::from(e.client_x()) - from;
                        if moved.abs() > SWIPE {
                            turn(moved < 0.0);
                        }
                    }
                    swipe_from.set_value(None);
                }
            >
                {move || match shown() {
                    Some(p) => view! {
                        <PageView page=p/>
                        <p class="reader-words" dir="auto">{words}</p>
                        {calm_link}
                    }
                    .into_any(),
                    None => ending.run(),
                }}
            </div>
            // Which page is shown, said when it changes (the ending says itself: focus goes there).
            <p class="visually-hidden" role="status">
                {move || (!at_end()).then(|| (story_words.page_of)(page.get(), count()))}
            </p>
            <div class="reader-controls">
                <button class="big-button" disabled=move || page.get() == 0 || recording_busy() on:click=move |_| turn(false)>{story_words.previous_page}</button>
                <span class="page-dots" aria-hidden="true">
                    {move || (0..count()).map(|i| view! { <span class="page-dot" class:current=move || page.get() == i></span> }).collect_view()}
                </span>
                <button class="big-button reader-next" disabled=move || at_end() || recording_busy() on:click=move |_| turn(true)>{story_words.next_page}</button>
                <button class="quiet-button" disabled={move || words().is_empty()} on:click=move |_| {
                    let page_id = shown().map(|p| p.id);
                    if !voice.read_aloud(page_id) {
                        say(&words(), strings.language_tag);
                    }
                }>
                    {story_words.read_aloud}
                </button>
            </div>
            <PageVoiceControls voice page_id=Signal::derive(move || shown().map(|p| p.id))/>
        </div>
    }
}

/// Read together in our voice: each page's recording, played as the page opens (while "Read in
/// our voice" is on) and by "Read the words aloud"; recorded here, a page at a time.
#[derive(Clone, Copy)]
struct PageVoices {
    pages: PagesOf,
    recorder: Recorder,
    /// Turned off for this reading only: the tablet's voice (or none) then reads.
    on: RwSignal<bool>,
}

impl PageVoices {
    fn new(pages: PagesOf) -> PageVoices {
        PageVoices {
            pages,
            recorder: Recorder::new(RecordingsChanged(RwSignal::new(0))),
            on: RwSignal::new(true),
        }
    }

    fn of(self, page: u32) -> RecordingFor {
        self.pages.page(page)
    }

    fn recorded(self, page: u32) -> bool {
        self.recorder.kept(self.of(page)).is_some()
    }

    /// A page opened by a tap: its recording plays, if there is one and our voice is on.
    fn page_opened(self, page: Option<u32>) {
        hush_voice();
        if let Some(page) = page.filter(|&page| self.on.get_untracked() && self.recorded_now(page))
        {
            wake_audio();
            self.recorder.play(self.of(page), false);
        }
    }

    /// "Read the words aloud": the page's recording when there is one and our voice is on
    /// (true), else the caller speaks.
    fn read_aloud(self, page: Option<u32>) -> bool {
        match page.filter(|&page| self.on.get_untracked() && self.recorded_now(page)) {
            Some(page) => {
                self.recorder.listen(self.of(page));
                true
            }
            None => false,
        }
    }

    fn recorded_now(self, page: u32) -> bool {
        untrack(|| self.recorded(page))
    }
}

/// Under the reader's buttons: "Read in our voice" (when any page is recorded), and Record (or
/// Record again, Delete) for the page shown, with the recording state while it records.
#[component]
fn PageVoiceControls(voice: PageVoices, page_id: Signal<Option<u32>>) -> impl IntoView {
    let recorder = voice.recorder;
    let words = recorder.words;
    let any_recorded = move || !recorder.kept_where(|of| voice.pages.holds(of)).is_empty();
    let record_button = NodeRef::<html::Button>::new();
    let here = move || page_id.get().map(|page| voice.of(page));
    let recorded_here = move || page_id.get().is_some_and(|page| voice.recorded(page));
    let controls = move || {
        let of = here()?;
        Some(view! {
            <RecordingNow recorder of after=record_button/>
            <p class="field-help" class:gone=move || recorder.waiting_line(of).is_none()>
                {move || recorder.waiting_line(of)}
            </p>
            <div class="choices" class:gone=move || recorder.recording(of)>
                <button class="quiet-button" node_ref=record_button disabled=move || recorder.busy()
                    on:click=move |_| recorder.record(of)>
                    {move || if recorded_here() { words.record_page_again } else { words.record_page }}
                </button>
                <button class="quiet-button" class:gone=move || !recorded_here() disabled=move || recorder.busy()
                    on:click=move |_| recorder.delete(of)>
                    {words.delete_page}
                </button>
            </div>
        })
    };
    view! {
        <div class="reader-voice" class:gone=recorder.format.is_none()>
            <label class="switch" class:gone=move || !any_recorded()>
                <input type="checkbox" prop:checked=voice.on
                    on:change=move |event| {
                        voice.on.set(event_target_checked(&event));
                        hush_voice();
                    }/>
                <span>{words.read_in_our_voice}</span>
            </label>
            {controls}
            <p class="field-help own-voice-said" role="status">{move || recorder.said.get()}</p>
        </div>
    }
}
