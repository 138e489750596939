//! Where the app lives on its host: at the site's root (`/`) or under a sub-path
//! (`/calm-together/`, as GitHub Pages or a clinic's site hosts it). Every address the app
//! makes or reads goes through a `SiteBase`, so the screens' own paths never change.

/// The path the app is served under; it always starts and ends with `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteBase(String);

impl SiteBase {
    /// The site's root, where `make serve` and a host of its own serve the app.
    pub fn root() -> Self {
        Self("/".into())
    }

    /// The base the build wrote into the page (`make release PUBLIC_URL=/calm-together/`).
    /// Only a plain path is a base: no scheme, host, query, fragment, `.` or `..` segment.
    pub fn parse(raw: &str) -> Option<Self> {
        let inner = raw.strip_prefix('/')?;
        let inner = inner.strip_suffix('/').unwrap_or(inner);
        if inner.is_empty() {
            return Some(Self::root());
        }
        let plain_segment = |segment: &str| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c))
        };
        inner
            .split('/')
            .all(plain_segment)
            .then(|| Self(format!("/{inner}/")))
    }

    /// The base as the page and the service worker spell it, `/` or `/calm-together/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The full address of a screen's path: `/calm` is `/calm-together/calm`, and Home
    /// (`/`) is the base itself, `/calm-together/`.
    pub fn address(&self, screen_path: &str) -> String {
        let path = screen_path.strip_prefix('/').unwrap_or(screen_path);
        format!("{}{path}", self.0)
    }

    /// The screen's path inside a full address, or `None` for an address outside the app
    /// (which is "not found"). The base without its last slash is Home too.
    pub fn screen_path<'a>(&self, address: &'a str) -> Option<&'a str> {
        let without_slash = &self.0[..self.0.len() - 1];
        let rest = address.strip_prefix(without_slash)?;
        match rest {
            "" => Some("/"),
            _ if rest.starts_with('/') => Some(rest),
            _ => None,
        }
    }

    /// The address of one of the build's files, named from the base: `pictures/tulip.svg`.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }
}
