//! The editor's side panels (pictures, drawing, scene, words, feeling) as a tab list: only the
//! open tab is in the Tab order, and the arrow keys, Home and End go from tab to tab.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::ui::focus::focus_now;

/// The side panels of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Pictures,
    Draw,
    Scene,
    Words,
    Feeling,
}

impl Tab {
    const ALL: [Tab; 5] = [
        Tab::Pictures,
        Tab::Draw,
        Tab::Scene,
        Tab::Words,
        Tab::Feeling,
    ];

    /// The ids of its tab and of its panel.
    fn ids(self) -> (&'static str, &'static str) {
        match self {
            Tab::Pictures => ("tab-pictures", "panel-pictures"),
            Tab::Draw => ("tab-draw", "panel-draw"),
            Tab::Scene => ("tab-scene", "panel-scene"),
            Tab::Words => ("tab-words", "panel-words"),
            Tab::Feeling => ("tab-feeling", "panel-feeling"),
        }
    }

    /// The tab `steps` along from this one, round the end.
    fn along(self, steps: isize) -> Tab {
        let at = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0) as isize;
        Tab::ALL[(at + steps).rem_euclid(Tab::ALL.len() as isize) as usize]
    }
}

/// A tab of the side panels; Enter, Space or a tap opens its panel.
#[component]
pub fn TabButton(tab: Tab, current: RwSignal<Tab>, label: &'static str) -> impl IntoView {
    let (tab_id, panel_id) = tab.ids();
    let go = move |event: KeyboardEvent| {
        let to = match event.key().as_str() {
            "ArrowRight" => tab.along(1),
            "ArrowLeft" => tab.along(-1),
            "Home" => Tab::ALL[0],
            "End" => Tab::ALL[Tab::ALL.len() - 1],
            _ => return,
        };
        event.prevent_default();
        current.set(to);
        focus_now(&format!("#{}", to.ids().0));
    };
    view! {
        <button
            class="tab"
            role="tab"
            id=tab_id
            aria-controls=panel_id
            aria-selected=move || (current.get() == tab).to_string()
            tabindex=move || if current.get() == tab { "0" } else { "-1" }
            on:click=move |_| current.set(tab)
            on:keydown=go
        >
            {label}
        </button>
    }
}

/// The panel of a tab, shown while its tab is chosen.
#[component]
pub fn TabPanel(tab: Tab, current: RwSignal<Tab>, children: Children) -> impl IntoView {
    let (tab_id, panel_id) = tab.ids();
    view! {
        <div role="tabpanel" id=panel_id aria-labelledby=tab_id class:gone=move || current.get() != tab>
            {children()}
        </div>
    }
}
