//! Reading a story together: one big page at a time, Next and Previous (or a swipe), page
//! dots, the words read aloud on request, and an ending that is always safe.

use leptos::ev::PointerEvent;
use leptos::html;
use leptos::prelude::*;

use super::break_and_hide::{query_number, CalmBreak, QuickHide};
use super::canvas::PageView;
use super::{refresh_card, use_story};
use crate::model::family::Family;
use crate::model::screen::Screen;
use crate::model::story::edit;
use crate::platform::clock::{local_day_number, now_ms};
use crate::platform::speech::say;
use crate::strings::{use_story_strings, use_strings};
use crate::ui::focus::focus_soon;
use crate::ui::navigation::{use_navigation, Link};
use crate::ui::page_frame::announce_screen;

/// A swipe this long (CSS px) turns the page.
const SWIPE: f64 = 60.0;

#[component]
pub fn ReaderPage(id: u64) -> impl IntoView {
    let strings = use_strings();
    let story_words = use_story_strings();
    let story = use_story(id);
    let navigation = use_navigation();
    let heading = NodeRef::<html::H1>::new();
    let named = story.with_untracked(|s| {
        if s.id == id {
            format!("{} · {}", s.title, story_words.read)
        } else {
            strings.stories_title.to_string()
        }
    });
    announce_screen(&named, heading);
    let page = RwSignal::new(query_number("page").unwrap_or(0) as usize);
    let count = move || story.with(|s| s.pages.len());
    // One step past the last page is the ending.
    let at_end = move || page.get() >= count();
    // Reading to the end ticks off a planned story (and "read a story together") for today.
    let family = expect_context::<RwSignal<Family>>();
    Effect::new(move || {
        if at_end() {
            let today = local_day_number(now_ms());
            family.maybe_update(|f| {
                let child = f.current_child.clone();
                f.update_plan_of(child.as_ref(), |plan| plan.mark_read(id, today))
            });
        }
    });
    let turn = move |forward: bool| {
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
    };
    let swipe_from = StoredValue::new(None::<f64>);
    let shown = move || story.with(|s| s.pages.get(page.get()).cloned());
    let words = move || shown().map(|p| p.words).unwrap_or_default();
    let add_safe_page = move |_| {
        story.update(|s| {
            edit::add_safe_page(s);
        });
        story.with_untracked(refresh_card);
        navigation.go(Screen::StoryEdit(id));
    };
    view! {
        <div class="reader">
            <header class="editor-bar">
                <Link to=Screen::Stories class="home-button">{story_words.back_to_shelf}</Link>
                <h1 node_ref=heading tabindex="-1" class="reader-title" dir="auto">{move || story.with(|s| s.title.clone())}</h1>
                <Link to=Screen::StoryEdit(id) class="quiet-button">{story_words.edit_story}</Link>
                <Link to=Screen::StoryPrint(id) class="quiet-button">{story_words.print_story}</Link>
                <CalmBreak back=Signal::derive(move || format!("{}?page={}", Screen::StoryRead(id).path(), page.get()))/>
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
                    }
                    .into_any(),
                    None if story.with(|s| s.needs_safe_ending()) => view! {
                        <section class="reader-ending">
                            <h2>{story_words.end_safe_title}</h2>
                            <p>{story_words.end_safe_line}</p>
                            <button class="big-button" on:click=add_safe_page>{story_words.add_safe_page}</button>
                        </section>
                    }
                    .into_any(),
                    None => view! {
                        <section class="reader-ending">
                            <h2>{story_words.the_end}</h2>
                            <Link to=Screen::Stories class="big-button">{story_words.back_to_shelf}</Link>
                        </section>
                    }
                    .into_any(),
                }}
            </div>
            // Which page is shown, said when it changes (the ending says itself: focus goes there).
            <p class="visually-hidden" role="status">
                {move || (!at_end()).then(|| (story_words.page_of)(page.get(), count()))}
            </p>
            <div class="reader-controls">
                <button class="big-button" disabled=move || page.get() == 0 on:click=move |_| turn(false)>{story_words.previous_page}</button>
                <span class="page-dots" aria-hidden="true">
                    {move || (0..count()).map(|i| view! { <span class="page-dot" class:current=move || page.get() == i></span> }).collect_view()}
                </span>
                <button class="big-button reader-next" disabled=at_end on:click=move |_| turn(true)>{story_words.next_page}</button>
                <button class="quiet-button" disabled={move || words().is_empty()} on:click=move |_| say(&words(), strings.language_tag)>
                    {story_words.read_aloud}
                </button>
            </div>
        </div>
    }
}
