//! The checks `eenheid-audit` runs on each page, one module each (the order of
//! [`Check::ALL`](crate::site::Check::ALL) is the order they run in):
//!
//! - [`axe`]: axe-core with the WCAG 2.x A and AA tags;
//! - [`keyboard`]: the Tab walk ([`keyboard::walk`], once per page: one-look reuses its stops)
//!   and its judgement: a visible focus indicator, on screen;
//! - [`reflow`]: no sideways scrolling at the reflow width;
//! - [`text_spacing`]: no text cut off with the WCAG 1.4.12 text spacing;
//! - [`one_look`]: colours, fonts and touch targets of the resting page (before the walk moves
//!   focus) and the focus rings of the walk, against the Eenheid tokens;
//! - [`scripts`]: uncaught JavaScript exceptions.
//!
//! Each reads the page [`load`]ed in a [`Session`] with what it needs from a [`PageContext`] and
//! returns its findings, every one made by [`Finding::new`](crate::site::Finding::new).
//! `SiteAuditor::check_page` runs the selected checks, times each and collects the findings.

pub(crate) mod axe;
pub(crate) mod keyboard;
pub(crate) mod one_look;
pub(crate) mod reflow;
pub(crate) mod scripts;
pub(crate) mod text_spacing;

use std::time::Duration;

use crate::error::{Error, Result};
use crate::one_look::Palette;
use crate::probe::Session;
use crate::sitemap::is_http_url;

/// The page being audited and the settings the checks need.
pub(crate) struct PageContext<'a> {
    /// The page's URL.
    pub url: &'a str,
    /// Width and height the page is loaded and judged at, in CSS px.
    pub viewport: (u32, u32),
    /// Width for reflow and the second text-spacing look (320 CSS px: WCAG 1.4.10).
    pub reflow_width: u32,
    /// Per-page timeout (axe gets it too).
    pub page_timeout: Duration,
    /// The keyboard walk judges at most this many Tab stops.
    pub max_tab_stops: usize,
    /// The Eenheid tokens one-look judges against.
    pub palette: &'a Palette,
}

/// Loads the page at the viewport size and checks that it can be audited: an http(s) URL that
/// gives an HTML page without an HTTP error status.
pub(crate) fn load(session: &Session, page: &PageContext) -> Result<()> {
    let url = page.url;
    if !is_http_url(url) {
        return Err(Error::Navigation { url: url.to_owned(), reason: "only http:// and https:// URLs are audited".into() });
    }
    let (width, height) = page.viewport;
    session.set_viewport(width, height)?;
    session.goto(url)?;
    let loaded = session.eval_json(
        "({ type: document.contentType, status: performance.getEntriesByType('navigation')[0]?.responseStatus ?? 0 })",
    )?;
    let content_type = loaded["type"].as_str().unwrap_or("").to_owned();
    if !matches!(content_type.as_str(), "text/html" | "application/xhtml+xml") {
        return Err(Error::Navigation { url: url.to_owned(), reason: format!("not an HTML page ({content_type})") });
    }
    let status = loaded["status"].as_u64().unwrap_or(0);
    if status >= 400 {
        return Err(Error::Navigation { url: url.to_owned(), reason: format!("HTTP status {status}") });
    }
    Ok(())
}
