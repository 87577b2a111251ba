//! The reflow check: at the reflow width (320 CSS px) the page must not scroll sideways
//! ([`crate::checks::horizontal_overflow`], WCAG 1.4.10).

use super::PageContext;
use crate::error::Result;
use crate::probe::Session;
use crate::site::{Check, Finding};

const HELP_REFLOW: &str = "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html";

/// Looks at the loaded page at the reflow width (media queries apply at once, no second load),
/// then sets the viewport back.
pub(crate) fn run(session: &Session, page: &PageContext) -> Result<Vec<Finding>> {
    let (width, height) = page.viewport;
    session.set_viewport(page.reflow_width, height)?;
    let overflow = crate::checks::horizontal_overflow(session);
    session.set_viewport(width, height)?;
    let mut findings = Vec::new();
    if let Some(description) = overflow? {
        let message = format!("scrolls sideways at {} CSS px: {description}", page.reflow_width);
        findings.push(Finding::new(Check::Reflow, "reflow", Some("serious"), "html", message, Some(HELP_REFLOW)));
    }
    Ok(findings)
}
