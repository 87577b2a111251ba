//! The one-look check: colours, font families, focus rings and touch targets against the Eenheid
//! tokens ([`crate::one_look`]).
//!
//! In two steps around the keyboard walk: [`look_at_rest`] judges the resting page before the
//! walk moves focus; [`run`] adds the focus rings of the walk's stops (the walk the keyboard check
//! uses, see [`super::keyboard::walk`]: the page is walked once) and makes the findings.

use super::PageContext;
use crate::error::Result;
use crate::keyboard::FocusStop;
use crate::one_look::{self, FocusRing, OneLookFinding};
use crate::probe::Session;
use crate::site::{Check, Finding};

/// Colours, fonts and touch targets of the page as loaded, before anything has focus.
pub(crate) fn look_at_rest(session: &Session, page: &PageContext) -> Result<Vec<OneLookFinding>> {
    let declarations = one_look::collect(session)?;
    let mut found = one_look::judge_declarations(page.palette, &declarations);
    found.extend(one_look::judge_targets(page.palette, &one_look::collect_targets(session)?));
    Ok(found)
}

/// The findings: those of [`look_at_rest`], then the focus rings of the stops that show a
/// visible indicator.
pub(crate) fn run(page: &PageContext, at_rest: Vec<OneLookFinding>, stops: Vec<FocusStop>) -> Vec<Finding> {
    let rings: Vec<FocusRing> = stops.into_iter().filter(|s| s.visible_indicator).map(|s| s.ring).collect();
    let mut found = at_rest;
    found.extend(one_look::judge_focus(page.palette, &rings));
    found.into_iter().map(|f| Finding::new(Check::OneLook, f.rule.id(), Some("moderate"), &f.selector, f.summary(), None)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::one_look::OneLookRule;

    #[test]
    fn findings_of_the_resting_page_are_one_look_findings() {
        let palette = crate::one_look::Palette::eenheid();
        let page = PageContext {
            url: "http://localhost/",
            viewport: (1280, 800),
            reflow_width: 320,
            page_timeout: std::time::Duration::from_secs(30),
            max_tab_stops: 200,
            palette: &palette,
        };
        let colour = OneLookFinding {
            rule: OneLookRule::Colour,
            selector: "p.intro".into(),
            property: "color".into(),
            value: "rgb(1, 2, 3)".into(),
            nearest: "--eh-color-black (#000000)".into(),
        };
        let findings = run(&page, vec![colour.clone()], Vec::new());
        assert_eq!(findings, [Finding::new(Check::OneLook, "one-look-colour", Some("moderate"), "p.intro", colour.summary(), None)]);
    }
}
