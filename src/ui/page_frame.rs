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
            let _ = h1.focus();
        }
    });
}

/// A screen with a big Home button, a picture and a title above its content.
#[component]
pub fn PageFrame(title: &'static str, picture: &'static str, children: Children) -> impl IntoView {
    let strings = use_strings();
    let heading = NodeRef::<html::H1>::new();
    announce_screen(title, heading);
    view! {
        <div class="page">
            <header class="page-header">
                <Link to=Screen::Home class="home-button">
                    <Picture name="house" class="home-button-picture"/>
                    <span>{strings.home}</span>
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
