//! The picture tray: categories a pre-reader browses by picture, fetched when the editor opens
//! (the list lives in public/pictures/story.json, written by the build, not in the app code).

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::editor::use_editor;
use crate::model::pictures::PictureCategory;
use crate::model::story::edit;
use crate::platform::site::file_address;
use crate::strings::use_story_strings;
use crate::ui::focus::focus_soon;
use crate::ui::picture::picture_url;

/// The categories in the order the tray shows them, each with its first picture as its tab.
type Categories = Vec<(PictureCategory, Vec<String>)>;

async fn fetch_categories() -> Option<Categories> {
    let response = JsFuture::from(window().fetch_with_str(&file_address("pictures/story.json")))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let mut all: std::collections::HashMap<String, Vec<String>> =
        serde_json::from_str(&text).ok()?;
    Some(
        PictureCategory::IN_TRAY_ORDER
            .into_iter()
            .filter_map(|category| Some((category, all.remove(category.key())?)))
            .collect(),
    )
}

/// Category tabs and a grid of pictures; tapping one puts it on the page, chosen.
#[component]
pub fn PictureTray() -> impl IntoView {
    let story_words = use_story_strings();
    let editor = use_editor();
    let categories = RwSignal::new(Categories::new());
    let open = RwSignal::new(0usize);
    leptos::task::spawn_local(async move {
        if let Some(found) = fetch_categories().await {
            categories.set(found);
        }
    });
    let add = move |picture: String, by_keyboard: bool| {
        let page = editor.current_page();
        if let Ok(id) = editor.apply(|s| edit::add_picture(s, page, &picture)) {
            editor.selected.set(Some(id));
            // A keyboard goes on to the picture just put down (the newest is drawn last), so
            // the arrow keys move it at once; a finger is already where it wants to be.
            if by_keyboard {
                focus_soon(".page-canvas.editing .placed-button:last-of-type");
            }
        }
    };
    let tabs = move || {
        categories
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, (name, pictures))| {
                let cover = pictures.first().cloned().unwrap_or_default();
                view! {
                    <button
                        class="tray-tab"
                        aria-pressed=move || (open.get() == index).to_string()
                        aria-label=(story_words.category_name)(name)
                        title=(story_words.category_name)(name)
                        on:click=move |_| open.set(index)
                    >
                        <img src=picture_url(&cover) alt=""/>
                    </button>
                }
            })
            .collect_view()
    };
    let pictures = move || {
        categories.with(|c| c.get(open.get()).map(|(_, p)| p.clone()).unwrap_or_default()).into_iter().map(|picture| {
            let name = (story_words.picture_name)(&picture);
            let src = picture_url(&picture);
            view! {
                <button class="tray-picture" aria-label=name on:click=move |event: MouseEvent| add(picture.clone(), event.detail() == 0)>
                    <img src=src alt="" loading="lazy"/>
                </button>
            }
        })
        .collect_view()
    };
    view! {
        <div class="tray">
            <p class="field-help">{story_words.tap_to_add}</p>
            <div class="tray-tabs" role="group" aria-label=story_words.pictures_tab>{tabs}</div>
            <p class="tray-category">{move || categories.with(|c| c.get(open.get()).map(|(n, _)| (story_words.category_name)(*n)))}</p>
            <div class="tray-pictures">{pictures}</div>
        </div>
    }
}
