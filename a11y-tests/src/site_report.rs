//! Reports of a site audit ([`crate::site`]): the human summary, JSON, JUnit XML, and baselines
//! of known findings for sites that adopt the audit gradually.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use crate::site::{Check, Finding, PageResult};

/// One known finding: the page, the rule and the element.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct BaselineEntry {
    /// The audited URL, exactly as given to the audit.
    pub url: String,
    /// The rule id, e.g. `color-contrast` or `focus-visible`.
    pub rule: String,
    /// The element's selector.
    pub target: String,
}

/// Known findings (`--baseline`, written by `--write-baseline`): only findings not listed here fail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    /// Format version (1).
    pub version: u32,
    /// The known findings, sorted.
    pub known: Vec<BaselineEntry>,
}

impl Baseline {
    /// Every finding of `results` (pages that could not be audited contribute nothing).
    pub fn from_results(results: &[PageResult]) -> Baseline {
        let mut known: Vec<BaselineEntry> = results
            .iter()
            .flat_map(|page| {
                page.findings.iter().map(|f| BaselineEntry { url: page.url.clone(), rule: f.rule.clone(), target: f.target.clone() })
            })
            .collect();
        known.sort();
        known.dedup();
        Baseline { version: 1, known }
    }

    /// Reads a baseline file's text. Errors are one line.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| format!("not a baseline file: {e}"))?;
        if baseline.version != 1 {
            return Err(format!("baseline version {} is not supported (expected 1)", baseline.version));
        }
        Ok(baseline)
    }

    /// Pretty JSON, one entry per known finding.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Marks the findings this baseline lists as known.
    pub fn apply(&self, results: &mut [PageResult]) {
        let known: std::collections::HashSet<(&str, &str, &str)> =
            self.known.iter().map(|e| (e.url.as_str(), e.rule.as_str(), e.target.as_str())).collect();
        for page in results {
            for finding in &mut page.findings {
                finding.known = known.contains(&(page.url.as_str(), finding.rule.as_str(), finding.target.as_str()));
            }
        }
    }
}

/// Counts over a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Pages in the run.
    pub pages: usize,
    /// Audited, no new findings.
    pub passed: usize,
    /// Audited, new findings.
    pub failed: usize,
    /// Could not be audited (plus URL errors from sitemaps).
    pub errors: usize,
    /// New findings (failing).
    pub new_findings: usize,
    /// Findings listed in the baseline (not failing).
    pub known_findings: usize,
    /// New findings per check.
    pub per_check: BTreeMap<Check, usize>,
}

impl Summary {
    /// Counts `results`; `url_errors` are problems outside pages (e.g. a bad sitemap).
    pub fn of(results: &[PageResult], url_errors: &[(String, String)]) -> Summary {
        let mut summary = Summary { pages: results.len(), errors: url_errors.len(), ..Summary::default() };
        for page in results {
            if page.error.is_some() {
                summary.errors += 1;
            } else if page.passed() {
                summary.passed += 1;
            } else {
                summary.failed += 1;
            }
            for f in &page.findings {
                if f.known {
                    summary.known_findings += 1;
                } else {
                    summary.new_findings += 1;
                    *summary.per_check.entry(f.check).or_default() += 1;
                }
            }
        }
        summary
    }

    /// Pages that were audited (passed or failed; not the ones that could not be).
    pub fn audited(&self) -> usize {
        self.passed + self.failed
    }

    /// True when nothing fails: at least one page audited, no new findings and no errors. A run
    /// that audited nothing (an empty sitemap) proves nothing, so it is not clean.
    pub fn clean(&self) -> bool {
        self.audited() > 0 && self.new_findings == 0 && self.errors == 0 && self.failed == 0
    }

    /// `N page(s): a passed, b failed, c could not be audited; n new finding(s) (axe 3, …), k known (baseline)`.
    pub fn line(&self) -> String {
        let per: Vec<String> = self.per_check.iter().map(|(c, n)| format!("{} {n}", c.name())).collect();
        let per = if per.is_empty() { String::new() } else { format!(" ({})", per.join(", ")) };
        format!(
            "{} page(s): {} passed, {} failed, {} error(s); {} new finding(s){per}, {} known (baseline)",
            self.pages, self.passed, self.failed, self.errors, self.new_findings, self.known_findings
        )
    }
}

/// The status word and short reason of a page, as in the progress line.
pub fn status_line(page: &PageResult) -> String {
    let secs = page.millis as f64 / 1000.0;
    if let Some(error) = &page.error {
        return format!("ERROR {}: {error}", page.url);
    }
    let new: Vec<&Finding> = page.new_findings().collect();
    if new.is_empty() {
        let known = page.findings.len();
        let known = if known > 0 { format!(", {known} known") } else { String::new() };
        return format!("PASS {} ({} tab stop(s){known}, {secs:.1} s)", page.url, page.tab_stops);
    }
    let mut per: BTreeMap<Check, usize> = BTreeMap::new();
    for f in &new {
        *per.entry(f.check).or_default() += 1;
    }
    let per: Vec<String> = per.iter().map(|(c, n)| format!("{} {n}", c.name())).collect();
    format!("FAIL {} — {} new finding(s): {} ({secs:.1} s)", page.url, new.len(), per.join(", "))
}

/// The report for stdout: per page its status line and each new finding (check, impact, rule,
/// message, every target, help URL), grouped by rule; then URL errors and the summary line.
pub fn human_report(results: &[PageResult], url_errors: &[(String, String)]) -> String {
    let mut out = String::new();
    for page in results {
        let _ = writeln!(out, "{}", status_line(page));
        let mut groups: Vec<(&Finding, Vec<&str>)> = Vec::new();
        for f in page.new_findings() {
            match groups.iter_mut().find(|(g, _)| g.check == f.check && g.rule == f.rule && g.message == f.message) {
                Some((_, targets)) => targets.push(&f.target),
                None => groups.push((f, vec![&f.target])),
            }
        }
        for (f, targets) in groups {
            let impact = f.impact.as_deref().unwrap_or("unknown");
            let _ = writeln!(out, "  {} [{impact}] {}: {}", f.check.name(), f.rule, one_line(&f.message, 300));
            for target in targets {
                let _ = writeln!(out, "      at {}", one_line(target, 200));
            }
            if let Some(url) = &f.help_url {
                let _ = writeln!(out, "      see {url}");
            }
        }
        let known = page.findings.iter().filter(|f| f.known).count();
        if known > 0 && page.error.is_none() {
            let _ = writeln!(out, "  {known} known finding(s) from the baseline (not failing)");
        }
    }
    for (url, error) in url_errors {
        let _ = writeln!(out, "ERROR {url}: {error}");
    }
    let _ = writeln!(out, "{}", Summary::of(results, url_errors).line());
    out
}

fn one_line(text: &str, max: usize) -> String {
    let line = crate::error::one_line(text);
    if line.chars().count() <= max { line } else { format!("{}…", line.chars().take(max).collect::<String>()) }
}

/// The whole run as pretty JSON: `{ "tool", "version", "summary", "pages": [...], "errors": [...] }`;
/// each page has `status` (`pass`, `fail`, `error`) and every finding with `known`.
pub fn json_report(results: &[PageResult], url_errors: &[(String, String)]) -> String {
    let pages: Vec<serde_json::Value> = results
        .iter()
        .map(|page| {
            let mut value = serde_json::to_value(page).unwrap_or_default();
            let status = if page.error.is_some() { "error" } else if page.passed() { "pass" } else { "fail" };
            value["status"] = status.into();
            value
        })
        .collect();
    let json = serde_json::json!({
        "tool": "eenheid-audit",
        "version": 1,
        "summary": Summary::of(results, url_errors),
        "pages": pages,
        "errors": url_errors.iter().map(|(url, error)| serde_json::json!({ "url": url, "error": error })).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
}

/// Escapes text for XML content and attribute values, and drops characters XML 1.0 forbids
/// (control characters other than tab, newline and carriage return; U+FFFE, U+FFFF).
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one `<testsuite name="eenheid-audit">`, one `<testcase classname="URL" name="check">`
/// per URL × check. New findings are a `<failure>` (message: count and rules; body: rule, impact,
/// target, help URL per finding); a page that could not be audited gives an `<error>` for every
/// check that did not run; known findings are listed in `<system-out>`. URL errors from sitemaps
/// are test cases named `sitemap` with an `<error>`.
pub fn junit_report(results: &[PageResult], url_errors: &[(String, String)], checks: &[Check]) -> String {
    let mut cases = String::new();
    let (mut tests, mut failures, mut errors) = (0usize, 0usize, 0usize);
    let mut total_secs = 0.0;
    for page in results {
        let secs = page.millis as f64 / 1000.0;
        total_secs += secs;
        let per_case = secs / checks.len().max(1) as f64;
        for check in checks {
            tests += 1;
            let _ = write!(cases, "  <testcase classname=\"{}\" name=\"{}\" time=\"{per_case:.3}\"", xml_escape(&page.url), check.name());
            let ran = page.checks.contains(check);
            let new: Vec<&Finding> = page.new_findings().filter(|f| f.check == *check).collect();
            let known: Vec<&Finding> = page.findings.iter().filter(|f| f.check == *check && f.known).collect();
            if !ran {
                errors += 1;
                let error = page.error.as_deref().unwrap_or("not run");
                let _ = writeln!(cases, ">\n    <error message=\"{}\" type=\"error\">{}</error>\n  </testcase>", xml_escape(error), xml_escape(error));
                continue;
            }
            if new.is_empty() && known.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            cases.push_str(">\n");
            if !new.is_empty() {
                failures += 1;
                let mut rules: Vec<&str> = Vec::new();
                for f in &new {
                    if !rules.contains(&f.rule.as_str()) {
                        rules.push(&f.rule);
                    }
                }
                let message = format!("{} new finding(s): {}", new.len(), rules.join(", "));
                let mut body = String::new();
                for f in &new {
                    let _ = writeln!(
                        body,
                        "{} [{}] {}\n  at {}\n  see {}",
                        f.rule,
                        f.impact.as_deref().unwrap_or("unknown"),
                        f.message,
                        f.target,
                        f.help_url.as_deref().unwrap_or("-")
                    );
                }
                let _ = writeln!(cases, "    <failure message=\"{}\" type=\"{}\">{}</failure>", xml_escape(&message), check.name(), xml_escape(&body));
            }
            if !known.is_empty() {
                let list: Vec<String> = known.iter().map(|f| format!("known (baseline): {} at {}", f.rule, f.target)).collect();
                let _ = writeln!(cases, "    <system-out>{}</system-out>", xml_escape(&list.join("\n")));
            }
            cases.push_str("  </testcase>\n");
        }
    }
    for (url, error) in url_errors {
        tests += 1;
        errors += 1;
        let _ = writeln!(
            cases,
            "  <testcase classname=\"{}\" name=\"sitemap\" time=\"0\">\n    <error message=\"{}\" type=\"error\">{}</error>\n  </testcase>",
            xml_escape(url),
            xml_escape(error),
            xml_escape(error)
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"eenheid-audit\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\" time=\"{total_secs:.3}\">\n{cases}</testsuite>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(check: Check, rule: &str, target: &str) -> Finding {
        Finding {
            check,
            rule: rule.into(),
            impact: Some("serious".into()),
            target: target.into(),
            message: "Form <elements> must have \"labels\" & more\u{1}".into(),
            help_url: Some("https://dequeuniversity.com/rules/axe/4.10/label?a=1&b=2".into()),
            known: false,
            criteria: vec![],
        }
    }

    fn results() -> Vec<PageResult> {
        let all = vec![Check::Axe, Check::Keyboard, Check::Reflow, Check::Scripts];
        vec![
            PageResult { url: "http://a/".into(), checks: all.clone(), tab_stops: 3, millis: 1200, ..Default::default() },
            PageResult {
                url: "http://b/?x=1&y=\"2\"".into(),
                checks: all.clone(),
                findings: vec![
                    finding(Check::Axe, "label", "input[name=\"naam\"]"),
                    finding(Check::Axe, "label", "#b"),
                    finding(Check::Keyboard, "focus-visible", "button"),
                ],
                ..Default::default()
            },
            PageResult {
                url: "http://c/".into(),
                error: Some("could not load http://c/: net::ERR_CONNECTION_REFUSED".into()),
                ..Default::default()
            },
        ]
    }

    #[test]
    fn human_report_has_status_findings_and_summary() {
        let text = human_report(&results(), &[("http://s/sitemap.xml".into(), "bad sitemap: not XML".into())]);
        assert!(text.contains("PASS http://a/ (3 tab stop(s), 1.2 s)"), "{text}");
        assert!(text.contains("FAIL http://b/?x=1&y=\"2\" — 3 new finding(s): axe 2, keyboard 1"), "{text}");
        assert!(text.contains("  axe [serious] label: Form <elements> must have"), "{text}");
        assert!(text.contains("      at input[name=\"naam\"]\n      at #b\n      see https://dequeuniversity.com/"), "{text}");
        assert!(text.contains("ERROR http://c/: could not load http://c/: net::ERR_CONNECTION_REFUSED"), "{text}");
        assert!(text.contains("ERROR http://s/sitemap.xml: bad sitemap: not XML"), "{text}");
        assert!(text.ends_with("3 page(s): 1 passed, 1 failed, 2 error(s); 3 new finding(s) (axe 2, keyboard 1), 0 known (baseline)\n"), "{text}");
    }

    #[test]
    fn baseline_marks_known_findings_and_round_trips() {
        let mut results = results();
        let baseline = Baseline::from_results(&results[..2]);
        assert_eq!(baseline.known.len(), 3);
        let mut partial = baseline.clone();
        partial.known.retain(|e| e.rule == "label");
        let back = Baseline::parse(&partial.to_json()).unwrap();
        assert_eq!(back, partial);
        back.apply(&mut results);
        let summary = Summary::of(&results, &[]);
        assert_eq!((summary.new_findings, summary.known_findings, summary.failed), (1, 2, 1));
        baseline.apply(&mut results);
        let summary = Summary::of(&results, &[]);
        assert_eq!((summary.new_findings, summary.known_findings, summary.passed, summary.errors), (0, 3, 2, 1));
        assert!(!summary.clean(), "an unreachable page still fails");
        assert!(!Summary::of(&[], &[]).clean(), "a run that audited no page is not clean");
        assert!(Baseline::parse("{\"version\": 2, \"known\": []}").unwrap_err().contains("version 2"));
        assert!(Baseline::parse("nope").unwrap_err().starts_with("not a baseline file"));
    }

    #[test]
    fn junit_is_escaped_and_counts_cases() {
        let checks = [Check::Axe, Check::Keyboard, Check::Reflow, Check::Scripts];
        let xml = junit_report(&results(), &[], &checks);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"eenheid-audit\" tests=\"12\" failures=\"2\" errors=\"4\""), "{xml}");
        assert!(xml.contains("classname=\"http://b/?x=1&amp;y=&quot;2&quot;\" name=\"axe\""), "{xml}");
        assert!(xml.contains("<failure message=\"2 new finding(s): label\" type=\"axe\">label [serious] Form &lt;elements&gt; must have &quot;labels&quot; &amp; more\n  at input[name=&quot;naam&quot;]"), "{xml}");
        assert!(xml.contains("see https://dequeuniversity.com/rules/axe/4.10/label?a=1&amp;b=2"), "{xml}");
        assert!(!xml.contains('\u{1}'));
        assert!(xml.contains("<error message=\"could not load http://c/: net::ERR_CONNECTION_REFUSED\""), "{xml}");
        assert_eq!(xml.matches("<testcase ").count(), 12);
        assert_eq!(xml.matches("</testcase>").count() + xml.matches("\"/>").count(), 12);
    }

    #[test]
    fn json_report_has_status_per_page() {
        let json: serde_json::Value = serde_json::from_str(&json_report(&results(), &[])).unwrap();
        let statuses: Vec<&str> = json["pages"].as_array().unwrap().iter().map(|p| p["status"].as_str().unwrap()).collect();
        assert_eq!(statuses, ["pass", "fail", "error"]);
        assert_eq!(json["summary"]["new_findings"], 3);
        assert_eq!(json["pages"][1]["findings"][0]["rule"], "label");
    }

    #[test]
    fn xml_escape_drops_forbidden_characters() {
        assert_eq!(xml_escape("a<b>&'\"\u{0}\u{8}\t\n\u{fffe}é"), "a&lt;b&gt;&amp;&apos;&quot;\t\né");
    }
}
