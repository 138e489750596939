//! A story laid out for paper, for the therapist's file or the fridge: each story page on its
//! own sheet with its pictures, drawing, words and feeling, and no buttons on the paper.

use leptos::html;
use leptos::prelude::*;

use super::canvas::PageView;
use super::use_story;
use crate::model::screen::Screen;
use crate::model::story::Speaker;
use crate::strings::{use_feeling_strings, use_story_strings, use_strings};
use crate::ui::feelings::face_of;
use crate::ui::navigation::Link;
use crate::ui::page_frame::announce_screen;
use crate::ui::picture::picture_url;

#[component]
pub fn PrintPage(id: u64) -> impl IntoView {
    let strings = use_strings();
    let story_words = use_story_strings();
    let feeling_words = use_feeling_strings();
    let story = use_story(id).get_untracked();
    let heading = NodeRef::<html::H1>::new();
    if story.id != id {
        announce_screen(strings.stories_title, heading);
        return view! {
            <div class="page">
                <h1 node_ref=heading tabindex="-1" class="coming-line">{story_words.not_found}</h1>
                <Link to=Screen::Stories class="big-button">{story_words.back_to_shelf}</Link>
            </div>
        }
        .into_any();
    }
    announce_screen(
        &format!("{} · {}", story.title, story_words.print_story),
        heading,
    );
    let count = story.pages.len();
    let sheets = story
        .pages
        .into_iter()
        .enumerate()
        .map(|(index, page)| {
            let feeling = page.feeling.map(|f| {
                view! {
                    <p class="print-feeling">
                        <img class="picture print-face" src=picture_url(face_of(f.feeling)) alt=""/>
                        {(feeling_words.feeling)(f.feeling)}
                        " · "
                        {(feeling_words.size)(f.size)}
                    </p>
                }
            });
            let whose = (!page.words.is_empty()).then_some(match page.speaker {
                Speaker::Child => story_words.child_words,
                Speaker::GrownUp => story_words.grown_up_words,
            });
            view! {
                <section class="print-sheet" aria-label=(story_words.page_label)(index)>
                    <PageView page=page.clone()/>
                    <p class="print-words" dir="auto">{page.words.clone()}</p>
                    <p class="print-whose">{whose}</p>
                    {feeling}
                    <p class="print-number">{(story_words.page_of)(index, count)}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="print-view">
            <header class="editor-bar no-print">
                <Link to=Screen::StoryRead(id) class="home-button">{story_words.back_to_story}</Link>
                <p class="print-help">{story_words.print_help}</p>
                <button class="big-button" on:click=move |_| { let _ = window().print(); }>{story_words.print}</button>
            </header>
            <h1 node_ref=heading tabindex="-1" class="print-title" dir="auto">{story.title}</h1>
            {sheets}
        </div>
    }
    .into_any()
}
