//! The budgets: each a limit on one figure of the report, met, missed or not measured (a budget
//! whose measurement did not run counts as missed: never assume a budget is met).

use serde::{Deserialize, Serialize};

use super::render::kb;
use super::report::{AuditSpeed, FileSizes, Load, PageWeights};

/// The whole stylesheet with the dark set (issue 15: at most 10 KB; GOV.UK Frontend 16.1 KB).
const BUDGET_CSS_GZIP: u64 = 10 * 1000;
/// Script + WASM of the heaviest page, gzip.
const BUDGET_PAGE_GZIP: u64 = 30 * 1000;
/// Script + WASM of a page with one small enhancement (password toggle, character count), gzip.
const BUDGET_SMALL_PAGE_GZIP: u64 = 15 * 1000;
/// The small enhancements of that budget.
pub const SMALL_ENHANCEMENTS: &[&str] = &["password-toggle", "character-count"];
/// Eenheid's SSR against GOV.UK's Nunjucks: the median ratio over rounds.
const BUDGET_SSR_RATIO: f64 = 200.0;
/// `eenheid-audit` with every check against axe-cli doing axe alone, pages/s (ratio of medians).
const BUDGET_AUDIT_ALL: f64 = 1.0;
/// `eenheid-audit --checks axe` against axe-cli.
const BUDGET_AUDIT_AXE: f64 = 3.0;

/// One budget and how this run did against it (fields in alphabetical order, as in report.json).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Budget {
    /// Where the budget is checked beyond the bench's own figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// What would fix a miss.
    pub fix: String,
    /// `None`: not measured (counts as missed).
    pub met: Option<bool>,
    pub name: String,
    /// The figure, as the report shows it ("8.4 KB", "not measured").
    pub value: String,
}

impl Budget {
    fn new(name: &str, value: String, met: Option<bool>, fix: &str) -> Budget {
        Budget { evidence: None, fix: fix.to_owned(), met, name: name.to_owned(), value }
    }
}

/// The budgets, checked against this run's figures.
pub fn budgets(css: &FileSizes, pages: Option<&PageWeights>, ssr_ratio: Option<f64>, load: Option<&Load>, audit_speed: Option<&AuditSpeed>) -> Vec<Budget> {
    let not_measured = || "not measured".to_owned();
    let ratio_text = |r: Option<f64>| r.map(|r| format!("{r:.1}× axe-cli")).unwrap_or_else(|| "not measured (no axe-cli figure)".into());
    let largest = pages.and_then(|p| p.largest.as_ref()).map(|page| page.gzip);
    let largest_small = pages.and_then(|p| p.largest_small.as_ref()).map(|page| page.gzip);
    let form_post_ok = load.map(|l| l.routes.iter().any(|r| r.method == "POST" && r.errors == 0 && r.requests > 0));
    let load_errors = load.map(|l| l.errors);
    let ratio_all = audit_speed.and_then(|a| a.ratio_all);
    let ratio_axe = audit_speed.and_then(|a| a.ratio_axe);
    vec![
        Budget::new(
            "CSS (with the dark set) ≤ 10 KB gzip",
            kb(css.gzip),
            Some(css.gzip <= BUDGET_CSS_GZIP),
            "Serve only the sheets a page uses (one file per family), strip the comments and whitespace \
             stylist leaves in, and merge repeated @media blocks.",
        ),
        Budget::new(
            "script + WASM of the largest page ≤ 30 KB gzip",
            largest.map(kb).unwrap_or_else(not_measured),
            largest.map(|g| g <= BUDGET_PAGE_GZIP),
            "See target/bench/report.json `enhancements.pages.every_page`: shrink the largest modules \
             (twiggy on the wasm-bindgen output with --keep-debug), or move a page's behaviour to CSS.",
        ),
        Budget::new(
            "script + WASM of a page with one small enhancement ≤ 15 KB gzip",
            largest_small.map(kb).unwrap_or_else(not_measured),
            largest_small.map(|g| g <= BUDGET_SMALL_PAGE_GZIP),
            "The module's floor is the wasm-bindgen glue and the allocator: see eenheid-enhance's dom.rs.",
        ),
        Budget::new(
            "a page without enhancements loads no script and no WASM",
            pages.map(|p| format!("{} of {} pages load nothing", p.without_script, p.pages)).unwrap_or_else(not_measured),
            pages.map(|p| p.every_page.iter().all(|page| !page.modules.is_empty() || page.gzip == 0)),
            "A component that renders LoaderScript without a data-eh-module element: render the script only with the element.",
        ),
        Budget::new(
            "SSR ≥ 200× GOV.UK Nunjucks (median of interleaved rounds)",
            ssr_ratio.map(|r| format!("{r:.0}×")).unwrap_or_else(|| "not measured (no Nunjucks figure)".into()),
            ssr_ratio.map(|r| r >= BUDGET_SSR_RATIO),
            "Profile with `cargo bench -p eenheid --bench render` and cut allocations in the slowest component \
             (String building in props, class joins, format! of ids).",
        ),
        Budget::new(
            "eenheid-audit, every check, at least as fast per page as @axe-core/cli doing axe alone",
            ratio_text(ratio_all),
            ratio_all.map(|r| r >= BUDGET_AUDIT_ALL),
            "See `audit_speed.check_millis_per_page` in target/bench/report.json for the slow check; every \
             DevTools call costs a round trip: batch them (see a11y-tests/src/keyboard.rs).",
        ),
        Budget::new(
            "eenheid-audit --checks axe at least 3× as fast as @axe-core/cli",
            ratio_text(ratio_axe),
            ratio_axe.map(|r| r >= BUDGET_AUDIT_AXE),
            "Check that axe stays an init script of each tab (sent once per tab, not per page) and that \
             pages are not loaded twice.",
        ),
        Budget {
            evidence: Some(
                "Pages are complete server HTML; the load test posts the form without any script. Browser tests \
                 with scripts disabled: a11y-tests/tests/showcase.rs `form keeps every value after a server \
                 error, JavaScript off` and a11y-tests/tests/journey.rs `journey, JavaScript off: error, change loop, every \
                 value kept`."
                    .to_owned(),
            ),
            ..Budget::new(
                "zero JavaScript to render or submit any page",
                match form_post_ok {
                    Some(true) => "form POSTs answered over plain HTTP",
                    Some(false) => "form POST failed in the load test",
                    None => "not measured (load test not run)",
                }
                .to_owned(),
                form_post_ok,
                "A page or form that needs JavaScript is a bug: render it on the server, enhance with a module.",
            )
        },
        Budget::new(
            "load test: 0 errors",
            load_errors.map(|e| format!("{e} errors")).unwrap_or_else(|| "not run".into()),
            load_errors.map(|e| e == 0),
            "Read error_samples in target/bench/report.json: every non-2xx answer or dropped connection counts.",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::Report;

    /// The budgets recomputed from the 21:47 run's figures are the ones that run wrote.
    #[test]
    fn budgets_of_the_2147_figures_are_the_ones_it_wrote() {
        let report: Report = serde_json::from_str(include_str!("testdata/report-2147.json")).unwrap();
        let ratio = report.ssr.ratio.as_ref().map(|r| r.median);
        let again = budgets(&report.css.eenheid, report.enhancements.pages.as_ref(), ratio, report.load.as_ref(), report.audit_speed.as_ref());
        assert_eq!(again, report.budgets);
    }

    #[test]
    fn a_budget_without_its_figure_is_not_measured_never_met() {
        let css = FileSizes { brotli: 1, gzip: 1, raw: 1 };
        for budget in budgets(&css, None, None, None, None).iter().skip(1) {
            assert_eq!(budget.met, None, "{budget:?}");
            assert!(budget.value.starts_with("not "), "{budget:?}");
        }
    }
}
