//! The scripts check: uncaught JavaScript exceptions while the page loaded and was checked.

use crate::probe::Session;
use crate::site::{Check, Finding};

/// One finding per uncaught exception the tab has seen, in order.
pub(crate) fn run(session: &Session) -> Vec<Finding> {
    let mut findings = Vec::new();
    for error in session.console_errors() {
        if let Some(text) = error.strip_prefix("uncaught: ") {
            let message = format!("uncaught JavaScript exception: {text}");
            findings.push(Finding::new(Check::Scripts, "script-error", Some("moderate"), "html", message, None));
        }
    }
    findings
}
