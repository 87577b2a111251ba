//! The keyboard check: a Tab walk through the whole page ([`crate::keyboard::walk_up_to`], the
//! same walk the browser tests use); every stop must show a visible focus indicator, measured on
//! pixels ([`crate::focus_indicator`]), and be on screen.
//!
//! The walk is done once per page, by [`walk`], for this check and for one-look's focus rings;
//! [`run`] judges its stops.

use super::PageContext;
use crate::error::Result;
use crate::keyboard::FocusStop;
use crate::probe::Session;
use crate::site::{Check, Finding};

const HELP_FOCUS_VISIBLE: &str = "https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html";
const HELP_FOCUS_OBSCURED: &str = "https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum.html";

/// The page's Tab stops, up to [`PageContext::max_tab_stops`].
pub(crate) struct Walk {
    /// The stops, in Tab order.
    pub stops: Vec<FocusStop>,
    /// The `tab-stop-limit` finding when the page has more stops than the limit: the stops after
    /// it were not checked.
    pub limit: Option<Finding>,
}

/// Walks the page with Tab. `serves` is the check the walk is for (the keyboard check, or else
/// one-look's focus rings): a walk that reaches its limit is a finding of that check.
pub(crate) fn walk(session: &Session, page: &PageContext, serves: Check) -> Result<Walk> {
    let max = page.max_tab_stops;
    let walk = crate::keyboard::walk_up_to(session, None, max)?;
    let limit = walk.limit_reached.then(|| {
        let message =
            format!("the keyboard walk stopped at its limit of {max} Tab stops; the stops after it were not checked: raise --max-tab-stops");
        Finding::new(serves, "tab-stop-limit", Some("moderate"), "html", message, None)
    });
    Ok(Walk { stops: walk.stops, limit })
}

/// Judges the walk's stops: `focus-visible` and `focus-on-screen`, in Tab order.
pub(crate) fn run(stops: &[FocusStop]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for stop in stops {
        let target = stop.ring.selector.as_str();
        if !stop.visible_indicator {
            let message = format!("{} has no visible focus indicator: {}", stop.label, stop.indicator_detail());
            findings.push(Finding::new(Check::Keyboard, "focus-visible", Some("serious"), target, message, Some(HELP_FOCUS_VISIBLE)));
        }
        if !stop.on_screen {
            let message = format!("{} gets keyboard focus but is not visible on screen", stop.label);
            findings.push(Finding::new(Check::Keyboard, "focus-on-screen", Some("serious"), target, message, Some(HELP_FOCUS_OBSCURED)));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::one_look::{FocusLook, FocusRing};

    fn stop(label: &str, selector: &str, visible_indicator: bool, on_screen: bool) -> FocusStop {
        let ring = FocusRing { selector: selector.into(), focused: FocusLook::default(), unfocused: FocusLook::default() };
        FocusStop { label: label.into(), visible_indicator, on_screen, ring, indicator: None }
    }

    #[test]
    fn each_stop_is_judged_in_tab_order() {
        let findings = run(&[stop("link \"Home\"", "#home", true, true), stop("button \"Menu\"", "#menu", false, false)]);
        let rules: Vec<_> = findings.iter().map(|f| (f.rule.as_str(), f.target.as_str())).collect();
        assert_eq!(rules, [("focus-visible", "#menu"), ("focus-on-screen", "#menu")]);
        assert_eq!(findings[0].message, "button \"Menu\" has no visible focus indicator: nothing of it is on screen");
        assert_eq!(findings[0].help_url.as_deref(), Some(HELP_FOCUS_VISIBLE));
        assert_eq!(findings[1].message, "button \"Menu\" gets keyboard focus but is not visible on screen");
        assert_eq!(findings[1].help_url.as_deref(), Some(HELP_FOCUS_OBSCURED));
        assert!(findings.iter().all(|f| f.check == Check::Keyboard && f.impact.as_deref() == Some("serious") && !f.known));
        assert!(findings.iter().all(|f| !f.criteria.is_empty()), "keyboard findings fail WCAG criteria");
    }
}
