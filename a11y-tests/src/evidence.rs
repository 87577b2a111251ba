//! What one run of the site audit established per WCAG success criterion, per page and over the
//! whole sample: the one reading of the results that the EARL report ([`crate::earl`]) and the
//! draft statement ([`crate::statement`]) both write out, so they cannot disagree.
//!
//! Per page and criterion ([`Evidence`]), in this order of precedence:
//! 1. **failed**: a finding (new or known from the baseline: a known failure is still a failure)
//!    whose criteria include it: an axe violation tagged with it, or a rule of
//!    [`crate::wcag::CHECK_RULES`];
//! 2. **cannot tell**: axe "needs review" (incomplete) for a rule tagged with it;
//! 3. **passed**: an axe rule tagged with it passed, or one of our own checks that covers it ran
//!    and found nothing (the keyboard walk only when it had at least one stop);
//! 4. **inapplicable**: axe rules tagged with it found no element to check;
//! 5. **untested**: no automated check looked at it.
//!
//! Over the sample ([`SiteEvidence`]) the strongest outcome of the audited pages wins in the same
//! order. Pages that could not be audited give no evidence at all: they never count as passed.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::axe::AxeFinding;
use crate::site::{Check, Finding, PageResult};
use crate::wcag::{self, Criterion, Outcome};

/// What the checks established about one criterion on one audited page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence<'a> {
    /// The outcome (see the module documentation).
    pub outcome: Outcome,
    /// Findings that fail the criterion.
    pub failures: Vec<&'a Finding>,
    /// axe results to review by hand.
    pub review: Vec<&'a AxeFinding>,
    /// Rules that looked and found nothing, as `check rule` (`axe image-alt`, `reflow reflow`).
    pub clean: Vec<String>,
    /// axe rules that found no element to check.
    pub inapplicable: Vec<String>,
}

/// The evidence of `page` for `criterion` (a page that could not be audited has none: untested).
pub fn page_evidence<'a>(page: &'a PageResult, criterion: &Criterion) -> Evidence<'a> {
    let tagged = |tags: &[String]| tags.iter().any(|t| *t == criterion.axe_tag());
    let failures: Vec<&Finding> = page.findings.iter().filter(|f| f.criteria.iter().any(|n| n == criterion.number)).collect();
    let review: Vec<&AxeFinding> = page.incomplete.iter().filter(|r| tagged(&r.tags)).collect();
    let mut clean: Vec<String> = page.axe_passes.iter().filter(|r| tagged(&r.tags)).map(|r| format!("axe {}", r.id)).collect();
    for rule in wcag::CHECK_RULES.iter().filter(|r| r.criteria.contains(&criterion.number)) {
        let ran = page.checks.contains(&rule.check) && (rule.check != Check::Keyboard || page.tab_stops > 0);
        let failed = failures.iter().any(|f| f.check == rule.check && f.rule == rule.rule);
        if ran && !failed {
            clean.push(format!("{} {}", rule.check.name(), rule.rule));
        }
    }
    clean.dedup();
    let inapplicable: Vec<String> = page.axe_inapplicable.iter().filter(|r| tagged(&r.tags)).map(|r| r.id.clone()).collect();
    let outcome = if page.error.is_some() {
        Outcome::Untested
    } else if !failures.is_empty() {
        Outcome::Failed
    } else if !review.is_empty() {
        Outcome::CantTell
    } else if !clean.is_empty() {
        Outcome::Passed
    } else if !inapplicable.is_empty() {
        Outcome::Inapplicable
    } else {
        Outcome::Untested
    };
    Evidence { outcome, failures, review, clean, inapplicable }
}

/// What the checks established about one criterion over the sample.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteEvidence<'a> {
    /// The criterion.
    pub criterion: &'static Criterion,
    /// The strongest outcome of the audited pages (untested when none was audited).
    pub outcome: Outcome,
    /// Every audited page with its evidence, in run order.
    pub pages: Vec<(&'a PageResult, Evidence<'a>)>,
}

impl SiteEvidence<'_> {
    /// The audited pages whose outcome is `outcome`.
    pub fn pages_with(&self, outcome: Outcome) -> impl Iterator<Item = &(&PageResult, Evidence<'_>)> {
        self.pages.iter().filter(move |(_, e)| e.outcome == outcome)
    }
}

/// The evidence for `criterion` over `results`; pages with an error are left out.
pub fn site_evidence<'a>(results: &'a [PageResult], criterion: &'static Criterion) -> SiteEvidence<'a> {
    let pages: Vec<(&PageResult, Evidence)> =
        results.iter().filter(|p| p.error.is_none()).map(|p| (p, page_evidence(p, criterion))).collect();
    // Outcome's order is the precedence: Failed < CantTell < Passed < Inapplicable < Untested.
    let outcome = pages.iter().map(|(_, e)| e.outcome).min().unwrap_or(Outcome::Untested);
    SiteEvidence { criterion, outcome, pages }
}

/// The facts about a run that every report names: when, and with which tools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInfo {
    /// When the run finished, UTC, `2025-06-01T09:30:00Z`.
    pub date: String,
    /// This tool's version (the eenheid-a11y crate's).
    pub eenheid: String,
    /// The axe-core version, if its file says.
    pub axe: Option<String>,
    /// Chromium's product string, if the browser said.
    pub chromium: Option<String>,
    /// The checks each page got.
    pub checks: Vec<Check>,
}

impl RunInfo {
    /// The run that ends now.
    pub fn now(axe: Option<String>, chromium: Option<String>, checks: Vec<Check>) -> RunInfo {
        let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        RunInfo { date: utc_timestamp(secs), eenheid: env!("CARGO_PKG_VERSION").to_owned(), axe, chromium, checks }
    }

    /// `2025-06-01` of [`RunInfo::date`].
    pub fn day(&self) -> &str {
        self.date.get(..10).unwrap_or(&self.date)
    }

    /// `eenheid-audit 0.1.0, axe-core 4.14.1, Chromium 131.0.6778.85` (unknown versions say so).
    pub fn tools(&self) -> String {
        let chromium = self.chromium.as_deref().map(|p| p.rsplit('/').next().unwrap_or(p).to_owned());
        format!(
            "eenheid-audit {}, axe-core {}, Chromium {}",
            self.eenheid,
            self.axe.as_deref().unwrap_or("(version unknown)"),
            chromium.as_deref().unwrap_or("(version unknown)")
        )
    }
}

/// `secs` since 1970 as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, UTC).
pub fn utc_timestamp(secs: u64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    time::OffsetDateTime::from_unix_timestamp(secs as i64)
        .ok()
        .and_then(|moment| moment.format(&format).ok())
        .unwrap_or_else(|| format!("(unix second {secs})"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::axe::AxeRule;

    fn rule(id: &str, tags: &[&str]) -> AxeRule {
        AxeRule { id: id.into(), tags: tags.iter().map(|t| t.to_string()).collect() }
    }

    fn page(url: &str) -> PageResult {
        PageResult {
            url: url.into(),
            checks: vec![Check::Axe, Check::Keyboard, Check::Reflow, Check::Scripts],
            tab_stops: 2,
            axe_passes: vec![rule("image-alt", &["wcag2a", "wcag111"]), rule("label", &["wcag2a", "wcag412"])],
            axe_inapplicable: vec![rule("video-caption", &["wcag2a", "wcag122"]), rule("autocomplete-valid", &["wcag21aa", "wcag135"])],
            ..PageResult::default()
        }
    }

    #[test]
    fn outcomes_follow_the_precedence() {
        let c = |n| wcag::criterion(n).unwrap();
        let mut broken = page("http://a/kapot");
        let mut label = Finding::new(Check::Axe, "label", Some("critical"), "#naam", "Form elements must have labels".into(), None);
        label.criteria = vec!["4.1.2".into()];
        label.known = true;
        broken.findings = vec![label, Finding::new(Check::Reflow, "reflow", Some("serious"), "html", "scrolls".into(), None)];
        broken.incomplete = vec![AxeFinding {
            id: "color-contrast".into(),
            impact: None,
            description: String::new(),
            help: "contrast".into(),
            help_url: String::new(),
            nodes: vec![],
            tags: vec!["wcag2aa".into(), "wcag143".into()],
        }];
        let clean = page("http://a/");
        let failed = PageResult { url: "http://a/weg".into(), error: Some("net::ERR_CONNECTION_REFUSED".into()), ..PageResult::default() };
        let results = [clean, broken, failed];

        let outcome = |p: &PageResult, n| page_evidence(p, c(n)).outcome;
        assert_eq!(outcome(&results[1], "4.1.2"), Outcome::Failed, "a known (baseline) failure is still a failure");
        assert_eq!(outcome(&results[0], "4.1.2"), Outcome::Passed);
        assert_eq!(outcome(&results[1], "1.4.10"), Outcome::Failed);
        assert_eq!(page_evidence(&results[1], c("1.4.10")).failures[0].rule, "reflow");
        assert_eq!(outcome(&results[0], "1.4.10"), Outcome::Passed);
        assert_eq!(outcome(&results[1], "1.4.3"), Outcome::CantTell);
        assert_eq!(outcome(&results[0], "1.2.2"), Outcome::Inapplicable);
        assert_eq!(outcome(&results[0], "1.3.3"), Outcome::Untested);
        assert_eq!(outcome(&results[2], "1.1.1"), Outcome::Untested, "a page that could not be audited establishes nothing");
        assert_eq!(page_evidence(&results[0], c("2.4.7")).clean, ["keyboard focus-visible", "keyboard focus-on-screen"]);
        let no_stops = PageResult { tab_stops: 0, ..page("http://a/leeg") };
        assert_eq!(outcome(&no_stops, "2.4.7"), Outcome::Untested, "a walk with no stops looked at nothing");

        let site = |n| site_evidence(&results, c(n));
        assert_eq!(site("4.1.2").outcome, Outcome::Failed);
        assert_eq!(site("4.1.2").pages.len(), 2, "the page with an error is left out");
        assert_eq!(site("4.1.2").pages_with(Outcome::Failed).map(|(p, _)| p.url.as_str()).collect::<Vec<_>>(), ["http://a/kapot"]);
        assert_eq!(site("1.4.3").outcome, Outcome::CantTell);
        assert_eq!(site("1.1.1").outcome, Outcome::Passed);
        assert_eq!(site("1.3.5").outcome, Outcome::Inapplicable);
        assert_eq!(site("3.3.7").outcome, Outcome::Untested);
        let only_errors = [results[2].clone()];
        assert_eq!(site_evidence(&only_errors, c("1.1.1")).outcome, Outcome::Untested);
    }

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        assert_eq!(utc_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc_timestamp(1_748_770_200), "2025-06-01T09:30:00Z");
        let info = RunInfo { date: utc_timestamp(1_748_770_200), eenheid: "0.1.0".into(), axe: Some("4.14.1".into()), chromium: Some("HeadlessChrome/131.0.1".into()), checks: vec![] };
        assert_eq!(info.day(), "2025-06-01");
        assert_eq!(info.tools(), "eenheid-audit 0.1.0, axe-core 4.14.1, Chromium 131.0.1");
    }
}
