//! The text-spacing check: with the WCAG 1.4.12 spacing no text is cut off, at the page's width
//! and at the reflow width ([`crate::checks::text_spacing_clipped`]).

use super::PageContext;
use crate::checks::ClippedText;
use crate::error::Result;
use crate::probe::Session;
use crate::site::{Check, Finding};

const HELP_TEXT_SPACING: &str = "https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html";

/// Looks at the page's width and at the reflow width, where text wraps more; an element cut off
/// at both is one finding, at the first width. The viewport is set back afterwards.
pub(crate) fn run(session: &Session, page: &PageContext) -> Result<Vec<Finding>> {
    let (width, height) = page.viewport;
    let mut clipped: Vec<(u32, ClippedText)> = Vec::new();
    let mut widths = vec![width, page.reflow_width];
    widths.dedup();
    for at in widths {
        session.set_viewport(at, height)?;
        let found = crate::checks::text_spacing_clipped(session, None);
        if at != width {
            session.set_viewport(width, height)?;
        }
        for text in found? {
            if !clipped.iter().any(|(_, seen)| seen.selector == text.selector) {
                clipped.push((at, text));
            }
        }
    }
    let findings = clipped
        .into_iter()
        .map(|(at, text)| {
            let ((cw, ch), (vw, vh)) = (text.content, text.visible);
            let message = format!("text cut off with the WCAG 1.4.12 text spacing at {at} CSS px: {cw}×{ch} px of text in a {vw}×{vh} px box that hides the rest");
            Finding::new(Check::TextSpacing, "text-spacing", Some("serious"), &text.selector, message, Some(HELP_TEXT_SPACING))
        })
        .collect();
    Ok(findings)
}
