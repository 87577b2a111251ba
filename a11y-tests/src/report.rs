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
                let _ = writeln!(out, "      at {}  {}", node.target, snippet(&node.html, 100));
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

/// The element's HTML on one line, cut to `max` characters, so a log line stays readable.
fn snippet(html: &str, max: usize) -> String {
    let line = crate::error::one_line(html);
    if line.chars().count() <= max {
        line
    } else {
        format!("{}…", line.chars().take(max).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::axe::{AxeFinding, AxeNode};

    fn finding(id: &str) -> AxeFinding {
        AxeFinding {
            id: id.into(),
            impact: Some("serious".into()),
            description: "d".into(),
            help: "Images must have alternative text".into(),
            help_url: format!("https://dequeuniversity.com/rules/axe/4.14/{id}"),
            nodes: vec![AxeNode {
                target: "my-card >>> img".into(),
                html: format!("<img\n src=\"{}\">", "x".repeat(300)),
                failure_summary: None,
            }],
            tags: vec!["wcag2a".into(), "wcag111".into()],
        }
    }

    #[test]
    fn report_lists_rule_impact_target_and_help_url() {
        let reports = [
            PageReport { url: "http://a/".into(), ..Default::default() },
            PageReport {
                url: "http://b/".into(),
                violations: vec![finding("image-alt")],
                incomplete: vec![finding("color-contrast")],
                console_errors: vec!["uncaught: boom".into()],
            },
        ];
        let text = format_report(&reports);
        assert!(text.contains("PASS http://a/"), "{text}");
        assert!(text.contains("FAIL http://b/ (1 rule(s) violated)"), "{text}");
        assert!(text.contains("[serious] image-alt: Images must have alternative text"), "{text}");
        assert!(text.contains("at my-card >>> img  <img src="), "{text}");
        assert!(text.contains("see https://dequeuniversity.com/rules/axe/4.14/image-alt"), "{text}");
        assert!(text.contains("needs review (not failing):"), "{text}");
        assert!(text.contains("console: uncaught: boom"), "{text}");
        assert!(text.ends_with("2 page(s) audited, 1 with violations, 1 violation(s) in total\n"));
        // Long HTML is cut so every log line stays short.
        assert!(text.lines().all(|l| l.chars().count() < 200), "{text}");
    }

    #[test]
    fn json_round_trips() {
        let reports = vec![PageReport { url: "u".into(), violations: vec![finding("label")], ..Default::default() }];
        let back: Vec<PageReport> = serde_json::from_str(&format_report_json(&reports)).unwrap();
        assert_eq!(back, reports);
    }
}
