//! Human-readable and JSON reports of audited pages.

use std::fmt::Write;

use crate::audit::PageReport;

/// A plain-text report for a CI log: per URL each violation with impact, rule, help, every target
/// selector and the help URL; then incomplete (needs review) results, which do not fail.
pub fn format_report(reports: &[PageReport]) -> String {
    let mut out = String::new();
    let failing = reports.iter().filter(|r| !r.violations.is_empty()).count();
    for report in reports {
        if report.violations.is_empty() {
            let _ = writeln!(out, "PASS {}", report.url);
        } else {
            let _ = writeln!(out, "FAIL {} ({} rule(s) violated)", report.url, report.violations.len());
        }
        for v in &report.violations {
            let impact = v.impact.as_deref().unwrap_or("unknown");
            let _ = writeln!(out, "  [{impact}] {}: {}", v.id, v.help);
            for node in &v.nodes {
                let _ = writeln!(out, "      at {}", node.target);
            }
            let _ = writeln!(out, "      see {}", v.help_url);
        }
        if !report.incomplete.is_empty() {
            let _ = writeln!(out, "  needs review (not failing):");
            for v in &report.incomplete {
                let targets: Vec<&str> = v.nodes.iter().map(|n| n.target.as_str()).collect();
                let _ = writeln!(out, "    {}: {} — {}", v.id, v.help, targets.join(", "));
            }
        }
        for error in &report.console_errors {
            let _ = writeln!(out, "  console: {error}");
        }
    }
    let _ = writeln!(
        out,
        "{} page(s) audited, {} with violations, {} violation(s) in total",
        reports.len(),
        failing,
        reports.iter().map(|r| r.violations.len()).sum::<usize>()
    );
    out
}

/// The reports as pretty-printed JSON (for `--json out.json` and CI artefacts).
pub fn format_report_json(reports: &[PageReport]) -> String {
    serde_json::to_string_pretty(reports).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
