//! Shared pieces used by every screen.

pub mod child_choices;
pub mod feelings;
pub mod hold_button;
pub mod navigation;
pub mod notices;
pub mod page_frame;
pub mod picture;
