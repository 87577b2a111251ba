//! The report of one bench run, typed: what `target/bench/report.json` holds and what the
//! renderers (render.rs) read. A figure that a run may legitimately lack (GOV.UK not installed,
//! `--no-audit`, `--no-load`, no `--build-time`, a failed measurement) is an `Option`, written as
//! `null` and rendered as "not measured" (or "–"); every other figure must be there, so a report
//! without it does not read and a renderer cannot ask for a figure that has no field.
//!
//! The fields of every struct are in alphabetical order: report.json keeps the key order it had when
//! it was built as a JSON map, so a report read and written again is the same file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The anchors' figures (shared/design/ANCHORS.md), used when GOV.UK Frontend is not installed.
pub const GOVUK_CSS_GZIP: u64 = 16_100;
pub const GOVUK_JS_GZIP: u64 = 11_400;

/// A spread between rounds above this (max − min over the median) means the machine was busy.
pub const DISTURBED_SPREAD: f64 = 0.25;

/// Everything one `cargo xtask bench` run measured.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Report {
    /// The axe/browser suite's wall time (`None` with `--no-audit` or when it could not run).
    pub audit: Option<SuiteTime>,
    /// `eenheid-audit` against `@axe-core/cli` (`None` with `--no-audit` or when it could not run).
    pub audit_speed: Option<AuditSpeed>,
    pub budgets: Vec<super::budgets::Budget>,
    /// A clean workspace build (`None` without `--build-time`).
    pub build: Option<BuildTime>,
    pub css: Css,
    /// When the run ended, `YYYY-MM-DD HH:MM UTC`.
    pub date: String,
    pub enhancements: Enhancements,
    pub html: Html,
    /// The load test (`None` with `--no-load` or when it failed).
    pub load: Option<Load>,
    pub machine: Machine,
    /// What did not run or ran disturbed, and why.
    pub notes: Vec<String>,
    pub ssr: Ssr,
}

/// Median, min and max of a figure over rounds, and their spread.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Summary {
    pub max: f64,
    pub median: f64,
    pub min: f64,
    /// Every round's figure, in the order they ran.
    pub rounds: Vec<f64>,
    /// (max − min) / median; `None` when the median is 0.
    pub spread: Option<f64>,
}

impl Summary {
    /// The summary of `values` (at least one).
    pub fn of(values: &[f64]) -> Summary {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        Summary { max: sorted[sorted.len() - 1], median: sorted[sorted.len() / 2], min: sorted[0], rounds: values.to_vec(), spread: spread_of(values) }
    }

    /// The rounds spread more than [`DISTURBED_SPREAD`]: the machine was busy.
    pub fn disturbed(&self) -> bool {
        self.spread.is_some_and(|s| s > DISTURBED_SPREAD)
    }
}

/// (max − min) / median of `values`; `None` when there are none or the median is 0.
pub fn spread_of(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = *sorted.get(sorted.len() / 2)?;
    (median > 0.0).then(|| (sorted[sorted.len() - 1] - sorted[0]) / median)
}

/// SSR throughput, pages per second, in interleaved rounds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Ssr {
    /// Either engine's rounds spread more than [`DISTURBED_SPREAD`].
    pub disturbed: bool,
    pub eenheid: Summary,
    /// GOV.UK's Nunjucks (`None` when node or its packages are missing or its rounds failed).
    pub govuk: Option<Summary>,
    /// Eenheid over GOV.UK, per round (`None` without GOV.UK's figure).
    pub ratio: Option<Summary>,
    pub round_seconds: f64,
    pub rounds: usize,
}

/// Raw, gzip -9 and brotli (quality 11) size of a file, in bytes.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq)]
pub struct FileSizes {
    pub brotli: u64,
    pub gzip: u64,
    pub raw: u64,
}

/// The rendered change-of-address page.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Html {
    pub eenheid: FileSizes,
    pub govuk: Option<FileSizes>,
}

/// The whole stylesheet.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Css {
    pub eenheid: FileSizes,
    /// `govuk-frontend.min.css` when installed.
    pub govuk: Option<FileSizes>,
    /// The anchor's figure, shown when GOV.UK Frontend is not installed.
    pub govuk_anchor_gzip: u64,
}

/// Script and WASM: the modules, and what each page loads.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Enhancements {
    /// `govuk-frontend.min.js` when installed.
    pub govuk_js: Option<FileSizes>,
    pub govuk_js_anchor_gzip: u64,
    /// `None` when the enhancement modules could not be built or read.
    pub modules: Option<ModuleSizes>,
    /// `None` when the per-page figures could not be measured.
    pub pages: Option<PageWeights>,
}

/// Each enhancement module and the loader, and all of them together.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ModuleSizes {
    pub loader_gzip: u64,
    pub modules: Vec<ModuleSize>,
    /// Every module and the loader, gzip -9.
    pub total_gzip: u64,
    /// Every module (JS + WASM), raw.
    pub total_raw: u64,
}

/// One enhancement module: `<name>.js` + `<name>_bg.wasm`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ModuleSize {
    /// JS + WASM, gzip -9.
    pub gzip: u64,
    pub js_gzip: u64,
    pub name: String,
    /// JS + WASM, raw.
    pub raw: u64,
    pub wasm_gzip: u64,
}

/// The script and WASM each GET page of the showcase loads.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PageWeights {
    pub every_page: Vec<PageWeight>,
    pub largest: Option<PageWeight>,
    /// The largest of the pages with one small enhancement alone (`None` when there is none).
    pub largest_small: Option<PageWeight>,
    pub median_gzip: u64,
    /// How many pages were measured.
    pub pages: usize,
    /// How many pages have one small enhancement alone.
    pub small_pages: usize,
    /// How many pages load nothing.
    pub without_script: usize,
}

/// One page: the modules its HTML names, and the gzip bytes of the loader and those modules.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PageWeight {
    pub gzip: u64,
    pub modules: Vec<String>,
    pub path: String,
}

/// The load test against the showcase release server.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Load {
    pub connections: usize,
    /// Up to five error messages of each run.
    pub error_samples: Vec<String>,
    /// Errors in all runs (each route alone, mixed, and on PostgreSQL).
    pub errors: u64,
    /// Every route in the mixed run.
    #[serde(default)]
    pub mixed_routes: Vec<RouteRun>,
    /// The store of the journey's second set of rows (absent when PostgreSQL did not run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres: Option<PostgresStore>,
    /// Requests of the mixed run.
    pub requests: u64,
    /// Requests per second of the mixed run.
    pub requests_per_s: f64,
    /// How long each route ran alone.
    pub route_seconds: f64,
    /// Each route alone (the journey's on redb, then on PostgreSQL).
    pub routes: Vec<RouteRun>,
    /// How long the mixed run took.
    pub seconds: f64,
}

/// One route of one `load-test` run.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct RouteRun {
    pub bytes_per_response: u64,
    pub errors: u64,
    pub max_ms: f64,
    pub method: String,
    /// What the route is; a journey route's name ends with its store ("…, redb").
    pub name: String,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub path: String,
    pub requests: u64,
    pub requests_per_s: f64,
    /// The store of a journey route (absent on the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
}

/// The PostgreSQL the journey's second set of rows ran on.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PostgresStore {
    pub pool: usize,
    /// "PostgreSQL <version>".
    pub store: String,
}

/// Audit speed: `eenheid-audit` and `@axe-core/cli` on the same URLs, pages per second.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AuditSpeed {
    /// `None` when axe-cli could not be installed or started.
    pub axe_cli: Option<Summary>,
    /// The mean milliseconds per page of each check and of the page load, in the last round.
    pub check_millis_per_page: Option<BTreeMap<String, f64>>,
    /// `eenheid-audit` with every default check.
    pub eenheid_all: Summary,
    /// `eenheid-audit --checks axe`.
    pub eenheid_axe: Summary,
    /// URLs per run.
    pub pages: usize,
    /// `eenheid_all` over `axe_cli`, medians (`None` without axe-cli).
    pub ratio_all: Option<f64>,
    /// `eenheid_axe` over `axe_cli`, medians (`None` without axe-cli).
    pub ratio_axe: Option<f64>,
    pub rounds: usize,
    /// The URL list, relative to the repository root.
    pub urls: String,
    pub versions: AuditVersions,
}

impl AuditSpeed {
    /// Any tool's rounds spread more than [`DISTURBED_SPREAD`].
    pub fn disturbed(&self) -> bool {
        self.axe_cli.as_ref().is_some_and(Summary::disturbed) || self.eenheid_all.disturbed() || self.eenheid_axe.disturbed()
    }
}

/// The versions behind the audit speed figures, as installed.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct AuditVersions {
    pub axe_cli: Option<String>,
    pub axe_core: Option<String>,
    pub chromedriver: Option<String>,
    pub chromium: Option<String>,
}

/// The wall time of the axe/browser suite (`eenheid-a11y --test showcase`), run only.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SuiteTime {
    pub failed: usize,
    pub pages: usize,
    pub passed: bool,
    pub seconds: f64,
    /// `seconds / pages` (0 when no page ran).
    pub seconds_per_page: f64,
    pub tests: usize,
}

/// A clean debug build of the workspace.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct BuildTime {
    pub command: String,
    pub seconds: f64,
}

/// The machine the figures come from.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Machine {
    pub cores: usize,
    pub cpu: String,
    /// `node --version` (`None` when node is not installed).
    pub node: Option<String>,
    pub os: String,
    /// `rustc --version`.
    pub rustc: Option<String>,
    /// Absent in reports from before the tool versions were recorded.
    #[serde(default)]
    pub tools: Tools,
}

/// The version of every tool a figure depends on, read from what is installed (`None`: not installed).
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Tools {
    #[serde(rename = "@axe-core/cli")]
    pub axe_core_cli: Option<String>,
    #[serde(rename = "axe-core")]
    pub axe_core: Option<String>,
    #[serde(rename = "binaryen (wasm-opt)")]
    pub binaryen: Option<String>,
    pub chromium: Option<String>,
    #[serde(rename = "govuk-frontend")]
    pub govuk_frontend: Option<String>,
    pub leptos: Option<String>,
    pub nunjucks: Option<String>,
    pub terser: Option<String>,
    #[serde(rename = "wasm-bindgen")]
    pub wasm_bindgen: Option<String>,
}

impl Tools {
    /// Every tool with its name as report.json spells it, in that (alphabetical) order.
    pub fn named(&self) -> [(&'static str, Option<&str>); 9] {
        [
            ("@axe-core/cli", self.axe_core_cli.as_deref()),
            ("axe-core", self.axe_core.as_deref()),
            ("binaryen (wasm-opt)", self.binaryen.as_deref()),
            ("chromium", self.chromium.as_deref()),
            ("govuk-frontend", self.govuk_frontend.as_deref()),
            ("leptos", self.leptos.as_deref()),
            ("nunjucks", self.nunjucks.as_deref()),
            ("terser", self.terser.as_deref()),
            ("wasm-bindgen", self.wasm_bindgen.as_deref()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("testdata/report-2147.json");

    /// Every key of the 21:47 report.json is a field, and written again in the same order: the
    /// report writes what it read. (Compared with the fixture read as untyped JSON, not with its
    /// text: serde_json's default float parsing may land one ulp off, the same either way.)
    #[test]
    fn a_report_read_and_written_again_is_the_same_json() {
        let report: Report = serde_json::from_str(FIXTURE).expect("the 21:47 report reads as a Report");
        let untyped: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        assert_eq!(serde_json::to_string_pretty(&report).unwrap(), serde_json::to_string_pretty(&untyped).unwrap());
    }

    #[test]
    fn tools_are_named_as_report_json_spells_them() {
        let some = || Some("1".to_owned());
        let tools = Tools {
            axe_core_cli: some(),
            axe_core: some(),
            binaryen: some(),
            chromium: some(),
            govuk_frontend: some(),
            leptos: some(),
            nunjucks: some(),
            terser: some(),
            wasm_bindgen: some(),
        };
        let written: BTreeMap<String, String> = serde_json::from_str(&serde_json::to_string(&tools).unwrap()).unwrap();
        let named: Vec<&str> = tools.named().iter().map(|(name, _)| *name).collect();
        assert_eq!(written.keys().map(String::as_str).collect::<Vec<_>>(), named);
    }

    #[test]
    fn a_report_without_a_figure_it_needs_does_not_read() {
        let mut value: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        value["css"].as_object_mut().unwrap().remove("eenheid");
        let error = serde_json::from_value::<Report>(value).unwrap_err().to_string();
        assert!(error.contains("missing field `eenheid`"), "{error}");
    }
}
