//! The frame of every screen but Home: a way home, the screen's title, its content.

use leptos::html;
use leptos::prelude::*;

use super::navigation::Link;
use super::picture::Picture;
use crate::model::screen::Screen;
use crate::strings::use_strings;

/// Sets the tab's title and moves focus to the heading, so a screen reader hears the new screen.
pub fn announce_screen(title: &str, heading: NodeRef<html::H1>) {
    let strings = use_strings();
    document().set_title(&format!("{title} · {}", strings.app_name));
    Effect::new(move || {
        if let Some(h1) = heading.get() {
            // In the next frame, where the page is laid out anyway, not in a layout of its own.
            request_animation_frame(move || {
                let _ = h1.focus();
            });
        }
    });
}

/// A screen with a big back button (Home, or the list it came from), a picture and a title above its content.
#[component]
pub fn PageFrame(
    title: &'static str,
    picture: &'static str,
    /// Where the back button goes: Home unless said otherwise.
    #[prop(optional)]
    back: Option<Screen>,
    children: Children,
) -> impl IntoView {
    let strings = use_strings();
    let (back_to, back_label, back_picture) = match back {
        Some(Screen::Calm) => (Screen::Calm, strings.back_to_list, "balloon"),
        _ => (Screen::Home, strings.home, "house"),
    };
    let heading = NodeRef::<html::H1>::new();
    announce_screen(title, heading);
    view! {
        <div class="page">
            <header class="page-header">
                <Link to=back_to class="home-button">
                    <Picture name=back_picture class="home-button-picture"/>
                    <span>{back_label}</span>
                </Link>
                <h1 node_ref=heading tabindex="-1" class="page-title">
                    <Picture name=picture class="page-title-picture"/>
                    <span>{title}</span>
                </h1>
            </header>
            <div class="page-body">{children()}</div>
        </div>
    }
}
