//! Today's practice on Home: what the week's plan holds for today, each one tap from starting,
//! and a quiet "Done today" once it has been done. Nothing is said about other days.

use leptos::prelude::*;

use crate::platform::clock::{local_day_number, now_ms};
use crate::storage::use_family;
use crate::strings::use_strings;
use crate::ui::activity::{activity_name, activity_picture, activity_screen};
use crate::ui::navigation::Link;
use crate::ui::picture::Picture;

/// The child's planned activities for today, as big buttons; nothing when none are planned.
#[component]
pub fn TodaysPractice() -> impl IntoView {
    let words = use_strings();
    let family = use_family();
    let today = local_day_number(now_ms());
    let items =
        move || family.with(|f| f.current().map(|c| c.plan.today(today)).unwrap_or_default());
    let lines =
        move || {
            items()
            .into_iter()
            .map(|item| {
                let name = activity_name(item.activity, &item.title);
                let state = if item.done { words.today_done } else { words.today_start };
                view! {
                    <li>
                        <Link to=activity_screen(item.activity) class="today-item" plain=true>
                            <Picture name=activity_picture(item.activity) class="today-picture"/>
                            <span class="today-name">{name}</span>
                            <span class="today-state" class:done=item.done>{state}</span>
                        </Link>
                    </li>
                }
            })
            .collect_view()
        };
    view! {
        <section class="today" class:gone=move || items().is_empty() aria-labelledby="today-title">
            <h2 id="today-title" class="today-title">{words.today_title}</h2>
            <ul class="today-items">{lines}</ul>
        </section>
    }
}
