//! Demo mode for therapists: a sample family to show, in a sandbox thrown away at the end.

use leptos::prelude::*;

use crate::model::demo::{sample, DemoWords};
use crate::model::screen::Screen;
use crate::platform::clock::{local_day_number, now_ms};
use crate::platform::site::address_of;
use crate::storage::demo::{end_demo, start_demo};
use crate::storage::recordings::forget_demo_recordings;
use crate::storage::AppStorage;
use crate::strings::{use_family_strings, FamilyStrings};

/// The sample's words in the language the app is showing.
fn demo_words(words: &'static FamilyStrings) -> DemoWords {
    DemoWords {
        child_name: words.demo_child_name,
        baby_name: words.demo_baby_name,
        grown_ups: words.demo_grown_ups,
        story_title: words.demo_story_title,
        story_words: words.demo_story_words,
    }
}

/// Start or end the demo; either way the app opens afresh on Home.
#[component]
pub fn DemoPanel() -> impl IntoView {
    let words = use_family_strings();
    let storage = expect_context::<AppStorage>();
    let failed = RwSignal::new(false);
    let start = move |_| {
        // The family's last changes are written before the demo takes over this tab.
        storage.flush();
        let now = now_ms();
        match start_demo(&sample(&demo_words(words), now, local_day_number(now)), now) {
            Ok(()) => leptos::task::spawn_local(async {
                // A demo tab closed without ending it left its recordings: start without them.
                let _ = forget_demo_recordings().await;
                let _ = window().location().replace(&address_of(Screen::Home));
            }),
            Err(_) => failed.set(true),
        }
    };
    let end = move |_| {
        let _ = end_demo();
        leptos::task::spawn_local(async {
            let _ = forget_demo_recordings().await;
            let _ = window().location().replace(&address_of(Screen::Home));
        });
    };
    view! {
        <section class="panel" aria-labelledby="demo-title">
            <h2 id="demo-title">{words.demo_title}</h2>
            <p class="field-help">{words.demo_help}</p>
            {if storage.demo {
                view! { <button class="big-button" on:click=end>{words.demo_end}</button> }.into_any()
            } else {
                view! { <button class="quiet-button" on:click=start>{words.demo_start}</button> }.into_any()
            }}
            <div role="status">
                {move || failed.get().then(|| view! { <p class="restore-result">{words.demo_failed}</p> })}
            </div>
        </section>
    }
}
