//! The app's screens and their addresses: one address per screen, so a reload stays put.

/// Every screen the app can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Calm,
    Stories,
    Progress,
    GrownUps,
    /// An address the app does not know.
    NotFound,
}

impl Screen {
    /// The screens a visitor can open directly, in the order Home shows them.
    pub const ALL: [Screen; 5] = [
        Screen::Home,
        Screen::Calm,
        Screen::Stories,
        Screen::Progress,
        Screen::GrownUps,
    ];

    /// The address of the screen (NotFound has none of its own and goes home).
    pub fn path(self) -> &'static str {
        match self {
            Screen::Home | Screen::NotFound => "/",
            Screen::Calm => "/calm",
            Screen::Stories => "/stories",
            Screen::Progress => "/progress",
            Screen::GrownUps => "/grown-ups",
        }
    }

    /// The screen at an address; a trailing slash, query or fragment does not matter.
    pub fn from_path(path: &str) -> Screen {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
        Screen::ALL
            .into_iter()
            .find(|screen| screen.path() == trimmed)
            .unwrap_or(Screen::NotFound)
    }
}
