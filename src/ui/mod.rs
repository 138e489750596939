//! Shared pieces used by every screen.

pub mod activity;
pub mod child_choices;
pub mod choice_buttons;
pub mod demo_banner;
pub mod dialog;
pub mod feelings;
pub mod focus;
pub mod hold_button;
pub mod language_choice;
pub mod navigation;
pub mod notices;
pub mod page_frame;
pub mod picture;
pub mod recorder;
pub mod update_notice;
pub mod welcome;
