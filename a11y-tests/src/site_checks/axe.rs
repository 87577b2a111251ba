//! The axe check: axe-core (an init script of the tab, see `SiteAuditor`) with the WCAG 2.x A
//! and AA tags; one finding per failing element.

use std::sync::Arc;
use std::time::Duration;

use super::PageContext;
use crate::axe::{AxeFinding, AxeRule, run_axe};
use crate::error::{Error, Result};
use crate::probe::{Session, with_timeout};
use crate::site::{Check, Finding};

/// The findings and what else axe says about the page (for the report, never failing).
pub(crate) struct AxeOutcome {
    /// One per violation and element, with the criteria of the rule's WCAG tags.
    pub findings: Vec<Finding>,
    /// "Needs review" results.
    pub incomplete: Vec<AxeFinding>,
    /// Rules that checked elements and found no failure.
    pub passes: Vec<AxeRule>,
    /// Rules that found no element to check.
    pub inapplicable: Vec<AxeRule>,
}

/// Runs axe on the loaded page, within the page timeout.
pub(crate) fn run(session: &Session, page: &PageContext) -> Result<AxeOutcome> {
    let timeout = page.page_timeout;
    let tab = Arc::clone(session.tab());
    let axe = with_timeout(timeout + Duration::from_secs(2), move || run_axe(&tab, timeout))
        .ok_or_else(|| Error::Timeout { what: format!("running axe on {}", page.url), secs: timeout.as_secs_f64() })??;
    let mut findings = Vec::new();
    for v in axe.violations {
        let criteria = crate::wcag::axe_tags_criteria(&v.tags);
        for node in &v.nodes {
            let mut finding = Finding::new(Check::Axe, &v.id, v.impact.as_deref(), &node.target, v.help.clone(), Some(&v.help_url));
            finding.criteria = criteria.iter().map(|c| c.number.to_owned()).collect();
            findings.push(finding);
        }
    }
    Ok(AxeOutcome { findings, incomplete: axe.incomplete, passes: axe.passes, inapplicable: axe.inapplicable })
}
