//! The report as text: the terminal table, BENCHMARKS.md and the budget lines. Everything here reads
//! the typed [`Report`]; a figure the run lacks (an `Option` that is `None`) reads "not measured"
//! or "–", never 0.

use super::budgets::Budget;
use super::report::{AuditSpeed, Load, Machine, Report, Ssr, SuiteTime, Summary};

/// Bytes as kilobytes (1000 bytes) with one decimal: "8.4 KB".
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// Kilobytes, or "–" when not measured.
fn kb_or_dash(bytes: Option<u64>) -> String {
    bytes.map(kb).unwrap_or_else(|| "–".into())
}

fn rate(value: f64) -> String {
    if value >= 100.0 { format!("{value:.0}") } else { format!("{value:.1}") }
}

/// A number as report.json writes it (a whole number of seconds keeps its ".0").
fn json_number(value: f64) -> String {
    serde_json::Number::from_f64(value).map(|n| n.to_string()).unwrap_or_else(|| value.to_string())
}

/// "median (min–max)".
fn spread(summary: &Summary) -> String {
    format!("{} ({}–{})", rate(summary.median), rate(summary.min), rate(summary.max))
}

/// The rows of the report: (what, Eenheid, anchor, note).
pub fn rows(report: &Report) -> Vec<[String; 4]> {
    let mut rows = vec![ssr_row(&report.ssr)];
    rows.extend(size_rows(report));
    if let Some(speed) = &report.audit_speed {
        rows.extend(audit_speed_rows(speed));
    }
    if let Some(audit) = &report.audit {
        rows.push(suite_row(audit));
    }
    if let Some(build) = &report.build {
        rows.push(["clean debug build of the workspace".into(), format!("{:.0} s", build.seconds), String::new(), String::new()]);
    }
    if let Some(load) = &report.load {
        rows.extend(load_rows(load));
    }
    rows
}

fn ssr_row(ssr: &Ssr) -> [String; 4] {
    [
        format!(
            "SSR, change-of-address page (pages/s, 1 thread; median (min–max) of {} interleaved rounds of {} s)",
            ssr.rounds,
            json_number(ssr.round_seconds)
        ),
        spread(&ssr.eenheid),
        ssr.govuk.as_ref().map(spread).unwrap_or_else(|| "not measured".into()),
        ssr.ratio
            .as_ref()
            .map(|r| format!("{:.0}× GOV.UK ({:.0}–{:.0}×){}", r.median, r.min, r.max, if ssr.disturbed { ", DISTURBED: rounds spread > 25 %" } else { "" }))
            .unwrap_or_default(),
    ]
}

/// The rendered page, the stylesheet, the modules and what each page loads.
fn size_rows(report: &Report) -> Vec<[String; 4]> {
    let mut rows = Vec::new();
    let html = &report.html;
    rows.push([
        "rendered page HTML, raw / gzip".into(),
        format!("{} / {}", kb(html.eenheid.raw), kb(html.eenheid.gzip)),
        html.govuk.map(|g| format!("{} / {}", kb(g.raw), kb(g.gzip))).unwrap_or_else(|| "–".into()),
        String::new(),
    ]);
    let css = &report.css;
    let all_three = |sizes: &super::report::FileSizes| format!("{} / {} / {}", kb(sizes.raw), kb(sizes.gzip), kb(sizes.brotli));
    rows.push([
        "stylesheet, raw / gzip -9 / brotli".into(),
        all_three(&css.eenheid),
        css.govuk.as_ref().map(all_three).unwrap_or_else(|| format!("– / {} / –", kb(css.govuk_anchor_gzip))),
        format!("GOV.UK Frontend {}, all components", report.machine.tools.govuk_frontend.as_deref().unwrap_or("(anchor figure)")),
    ]);
    let enhancements = &report.enhancements;
    let modules = enhancements.modules.as_ref();
    rows.push([
        "all enhancement modules + loader, raw / gzip -9".into(),
        format!("{} / {}", kb_or_dash(modules.map(|m| m.total_raw)), kb_or_dash(modules.map(|m| m.total_gzip))),
        enhancements.govuk_js.as_ref().map(all_three).unwrap_or_else(|| format!("– / {} / –", kb(enhancements.govuk_js_anchor_gzip))),
        "anchor: GOV.UK's JS for all components (raw / gzip / brotli)".into(),
    ]);
    for module in modules.into_iter().flat_map(|m| &m.modules) {
        rows.push([
            format!("module `{}`, JS + WASM gzip -9", module.name),
            format!("{} + {} = {}", kb(module.js_gzip), kb(module.wasm_gzip), kb(module.gzip)),
            String::new(),
            String::new(),
        ]);
    }
    if let Some(pages) = &enhancements.pages {
        let page_cell = |page: Option<&super::report::PageWeight>| format!("{} ({})", kb_or_dash(page.map(|p| p.gzip)), page.map_or("–", |p| p.path.as_str()));
        rows.push([
            "script + WASM per page: largest".into(),
            page_cell(pages.largest.as_ref()),
            format!("{} (all of it)", kb(enhancements.govuk_js_anchor_gzip)),
            format!("modules: {}", pages.largest.as_ref().map(|p| p.modules.join(", ")).unwrap_or_default()),
        ]);
        rows.push([
            "script + WASM per page: median".into(),
            kb(pages.median_gzip),
            String::new(),
            format!("{} GET pages of the showcase", pages.pages),
        ]);
        rows.push([
            "script + WASM, largest page with one small enhancement".into(),
            page_cell(pages.largest_small.as_ref()),
            String::new(),
            format!("{} such pages (password toggle or character count alone)", pages.small_pages),
        ]);
        rows.push([
            "pages that load no script and no WASM".into(),
            format!("{} of {}", pages.without_script, pages.pages),
            String::new(),
            "0 bytes each".into(),
        ]);
    }
    rows
}

fn audit_speed_rows(speed: &AuditSpeed) -> Vec<[String; 4]> {
    let versions = &speed.versions;
    let cell = |figure: Option<&Summary>| figure.map(|s| format!("{} pages/s", spread(s))).unwrap_or_else(|| "not measured".to_owned());
    // Any tool's rounds spread over 25 %: the machine was busy; say so next to the figure.
    let disturbed = speed.disturbed();
    let ratio = |figure: Option<f64>| {
        let text = figure.map(|r| format!("{r:.1}× axe-cli")).unwrap_or_default();
        if disturbed { format!("{text}, DISTURBED: rounds spread > 25 %") } else { text }
    };
    let how = format!("{} showcase URLs, median (min–max) of {} alternating rounds", speed.pages, speed.rounds);
    let mut rows = vec![
        [
            format!("audit speed, eenheid-audit, every default check (axe, keyboard, reflow, text-spacing, scripts; 4 tabs) ({how})"),
            cell(Some(&speed.eenheid_all)),
            cell(speed.axe_cli.as_ref()),
            format!(
                "{}; anchor: @axe-core/cli {} (axe alone, 1 tab, chromedriver {})",
                ratio(speed.ratio_all),
                versions.axe_cli.as_deref().unwrap_or("–"),
                versions.chromedriver.as_deref().unwrap_or("–")
            ),
        ],
        [
            "audit speed, eenheid-audit --checks axe (4 tabs)".into(),
            cell(Some(&speed.eenheid_axe)),
            cell(speed.axe_cli.as_ref()),
            format!(
                "{}; both run axe-core {} in {}",
                ratio(speed.ratio_axe),
                versions.axe_core.as_deref().unwrap_or("–"),
                versions.chromium.as_deref().unwrap_or("–")
            ),
        ],
    ];
    if let Some(millis) = &speed.check_millis_per_page {
        let parts: Vec<String> = millis.iter().map(|(check, ms)| format!("{check} {ms} ms")).collect();
        rows.push(["  eenheid-audit, time per page in each tab (last round)".into(), parts.join(", "), String::new(), String::new()]);
    }
    rows
}

fn suite_row(audit: &SuiteTime) -> [String; 4] {
    [
        "a11y suite (axe + browser checks), wall time".into(),
        format!("{:.0} s, {:.2} s/page", audit.seconds, audit.seconds_per_page),
        String::new(),
        format!("{} pages, {} tests{}", audit.pages, audit.tests, if audit.passed { String::new() } else { format!(", {} FAILED", audit.failed) }),
    ]
}

fn load_rows(load: &Load) -> Vec<[String; 4]> {
    let mut rows = vec![[
        format!("load test, {} connections, all routes mixed ({:.0} s)", load.connections, load.seconds),
        format!("{} req/s", rate(load.requests_per_s)),
        String::new(),
        format!("{} requests; {} errors in all runs", load.requests, load.errors),
    ]];
    for route in &load.routes {
        rows.push([
            format!("  alone for {:.0} s: {} {} {}", load.route_seconds, route.name, route.method, route.path),
            format!("{} req/s", rate(route.requests_per_s)),
            String::new(),
            format!("p50 {:.1} ms, p99 {:.1} ms, {} errors", route.p50_ms, route.p99_ms, route.errors),
        ]);
    }
    rows
}

/// (name, verdict with the figure, fix) of every budget.
pub fn budget_lines(budgets: &[Budget]) -> Vec<(String, String, String)> {
    budgets
        .iter()
        .map(|b| {
            let verdict = match b.met {
                Some(true) => "met",
                Some(false) => "MISSED",
                None => "NOT MEASURED (counts as missed)",
            };
            (b.name.clone(), format!("{verdict} ({})", b.value), b.fix.clone())
        })
        .collect()
}

pub fn terminal_table(report: &Report) -> String {
    let header = ["", "Eenheid", "anchor (GOV.UK Frontend)", ""];
    let rows = rows(report);
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 4]| {
        cells.iter().enumerate().map(|(i, c)| format!("{c:<w$}", w = widths[i])).collect::<Vec<_>>().join("  ").trim_end().to_owned()
    };
    let mut out = vec![format!("Eenheid benchmarks, {} — {}", report.date, machine_line(&report.machine)), String::new()];
    out.push(line(header));
    for row in &rows {
        out.push(line([&row[0], &row[1], &row[2], &row[3]]));
    }
    out.push(String::new());
    out.push("Budgets:".into());
    for (name, verdict, fix) in budget_lines(&report.budgets) {
        out.push(format!("  {name}: {verdict}"));
        if verdict.starts_with("MISSED") {
            out.push(format!("    fix: {fix}"));
        }
    }
    for note in &report.notes {
        out.push(format!("Note: {note}"));
    }
    out.join("\n")
}

fn machine_line(machine: &Machine) -> String {
    format!("{} × {}, {}", machine.cores, machine.cpu, machine.rustc.as_deref().unwrap_or("rustc ?"))
}

/// `name version, name version, …` of the tools that are installed.
fn tools_line(machine: &Machine) -> String {
    machine.tools.named().into_iter().filter_map(|(name, version)| version.map(|v| format!("{name} {v}"))).collect::<Vec<_>>().join(", ")
}

/// BENCHMARKS.md.
pub fn markdown(report: &Report) -> String {
    let mut md = String::new();
    md.push_str("# Benchmarks\n\n");
    md.push_str(&format!(
        "Latest run: **{}** on {} ({}; node {}). Generated by `cargo xtask bench --save`; the raw figures are in \
         `target/bench/report.json`.\n\n",
        report.date,
        machine_line(&report.machine),
        report.machine.os,
        report.machine.node.as_deref().unwrap_or("not installed"),
    ));
    md.push_str(&format!("Tools: {}.\n\n", tools_line(&report.machine)));
    md.push_str("| | Eenheid | anchor (GOV.UK Frontend) | |\n|---|---|---|---|\n");
    for row in rows(report) {
        md.push_str(&format!("| {} | {} | {} | {} |\n", row[0].trim(), row[1], row[2], row[3]));
    }
    md.push_str("\n## Budgets\n\n`cargo xtask bench --check` exits non-zero when one is missed (not part of the CI tests: \
                 timings depend on the machine).\n\n| budget | result | what would fix a miss |\n|---|---|---|\n");
    for (name, verdict, fix) in budget_lines(&report.budgets) {
        md.push_str(&format!("| {name} | {verdict} | {fix} |\n"));
    }
    if let Some(evidence) = report.budgets.iter().find_map(|b| b.evidence.as_deref()) {
        md.push_str(&format!("\nZero JavaScript: {evidence}\n"));
    }
    if !report.notes.is_empty() {
        md.push_str("\n## Notes from this run\n\n");
        for note in &report.notes {
            md.push_str(&format!("- {note}\n"));
        }
    }
    md.push_str(
        "\n## What is measured\n\n\
- **SSR**: the change-of-address page of `bench/govuk-nunjucks/page.njk` (breadcrumbs, error summary, two text \
inputs, date input, radios, checkboxes, button, summary list, task list, in the page template). GOV.UK: its own \
Nunjucks macros (`node bench.js --rounds`, the GOV.UK Frontend and Nunjucks versions above, autoescape on). Eenheid: the same \
content from Eenheid components (`eenheid_bench::change_of_address_page`, `target/release/render-page --rounds`), \
Leptos SSR, text always escaped. Each engine on one thread in its own process, warmed up with 200 renders, with a \
different name in every render; the two take turns in rounds of equal length (the first engine swapped every \
round), and the table gives the median with min–max over the rounds, and the median of the per-round ratios. A \
spread over 25 % between rounds is reported as a disturbed run. The HTML sizes \
are of the first render (a name with `<script>` in it, to show the escaping); both files are in `target/bench/`.\n\
- **Sizes**: gzip at level 9 and brotli at quality 11 (the `flate2` and `brotli` crates). The stylesheet is \
`eenheid::style::stylesheet()` (tokens and every component). The enhancement modules are `target/site/pkg` after \
`cargo xtask build-wasm` (eenheid-build: size build when rust-src is there, wasm-bindgen, wasm-opt -Oz, terser). \
Per page: every GET page of the showcase (`eenheid-showcase --pages`) from the release server; its bytes are the \
gzip -9 sizes of the loader and of each module its `data-eh-module` names, plus the example service's start and \
question pages as a first visit gets them (a step that needs earlier answers redirects and is left out). The browser suite \
(`a11y-tests/tests/showcase.rs`) checks with Resource Timing in Chromium that every page fetches exactly those \
files and nothing else. \
GOV.UK's CSS and JS are measured from `govuk-frontend/dist/govuk/*.min.*` when installed, else the anchors' figures \
(16.1 KB and 11.4 KB gzip).\n\
- **Audit speed**: 30 showcase URLs (home, component and example pages spread over the site: \
`target/bench/audit-urls.txt`) on the release server, audited by Deque's `@axe-core/cli` (pinned in \
`bench/axe-cli`, axe alone, one tab through Debian's chromedriver) and by the release `eenheid-audit` with every \
check (4 tabs, its default) and with `--checks axe`; both run the same pinned axe-core with the WCAG 2.0/2.1/2.2 \
A + AA tags. The tools take turns (the order turns every round); each run is a whole process from start to exit, \
browser start included; pages/s = 30 / wall time. The time per check is the mean over pages of \
`eenheid-audit --json`'s `check_millis` (in parallel tabs, so they add up to more than the wall time).\n\
- **Audit suite**: wall time of `cargo test -p eenheid-a11y --test showcase` (built first, only the run is timed): axe-core \
WCAG 2.2 AA on every showcase page and every example, plus the per-example browser checks; per page = total / pages.\n\
- **Load test**: the showcase release server on loopback; `load-test` (hyper client, one keep-alive connection per \
client, closed loop): first each route alone for its own slice of time, then all routes mixed (each gets the same \
share). The journey's routes run twice: with the answers in redb (the default) and in PostgreSQL (a throw-away \
cluster on loopback with PostgreSQL's durable defaults, pool of 16). Client and server share the same cores. Any non-2xx answer, dropped connection or response without the \
expected content (every response is checked) is an error, with samples in `report.json`.\n\
- **Build**: `--build-time` times a clean `cargo build --workspace` in `target/bench-build`.\n\n\
## Reproduce\n\n\
```sh\n\
cargo xtask build-wasm            # once, if target/site/pkg is missing (the bench builds it too)\n\
cargo xtask bench                 # everything, ~8 min: SSR, sizes, load test (20 s), audit speed, audit suite\n\
cargo xtask bench --no-audit --load-seconds 5   # quick\n\
cargo xtask bench --check         # non-zero exit when a budget is missed\n\
cargo xtask bench --build-time    # also a clean workspace build (slow)\n\
cargo xtask bench --save          # write these figures to BENCHMARKS.md\n\
cargo bench -p eenheid --bench render   # micro-benchmarks of single components\n\
```\n\n\
Without node/npm the bench still reports the Rust figures and says how to install them; with npm it runs \
`npm ci` in `bench/govuk-nunjucks` itself.\n",
    );
    md
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::budgets::budgets;
    use crate::bench::load::with_store;
    use crate::bench::report::RouteRun;

    const REPORT_2147: &str = include_str!("testdata/report-2147.json");
    const BENCHMARKS_2147: &str = include_str!("testdata/BENCHMARKS-2147.md");

    fn report_2147() -> Report {
        serde_json::from_str(REPORT_2147).expect("the 21:47 report reads as a Report")
    }

    /// The report.json of the 21:47 run renders as the BENCHMARKS.md that run wrote, byte for byte.
    #[test]
    fn the_2147_report_renders_the_benchmarks_md_it_wrote() {
        let markdown = markdown(&report_2147());
        if markdown != BENCHMARKS_2147 {
            let (ours, theirs): (Vec<&str>, Vec<&str>) = (markdown.lines().collect(), BENCHMARKS_2147.lines().collect());
            let first = ours.iter().zip(&theirs).position(|(a, b)| a != b).unwrap_or(ours.len().min(theirs.len()));
            panic!("BENCHMARKS.md differs from line {}:\nrendered: {:?}\nwritten:  {:?}", first + 1, ours.get(first), theirs.get(first));
        }
    }

    #[test]
    fn the_terminal_table_has_a_row_and_a_budget_line_for_each() {
        let report = report_2147();
        let table = terminal_table(&report);
        assert!(table.starts_with("Eenheid benchmarks, 2026-11-30 21:47 UTC — 2 × AMD EPYC, rustc 1.95.0"), "{table}");
        assert_eq!(table.lines().filter(|l| l.contains(" req/s")).count(), 11, "{table}");
        assert!(table.contains("eenheid-audit --checks axe at least 3× as fast as @axe-core/cli: MISSED (2.8× axe-cli)\n    fix: Check that axe"), "{table}");
    }

    /// A run without GOV.UK, axe-cli, the load test, the a11y suite and the page figures: those say
    /// "not measured" (or leave their rows out), never 0; their budgets are not measured.
    #[test]
    fn a_report_without_optional_figures_says_not_measured() {
        let mut value: serde_json::Value = serde_json::from_str(REPORT_2147).unwrap();
        for (section, key) in [("ssr", "govuk"), ("ssr", "ratio"), ("enhancements", "pages"), ("audit_speed", "axe_cli"), ("audit_speed", "ratio_all"), ("audit_speed", "ratio_axe")] {
            value[section][key] = serde_json::Value::Null;
        }
        let object = value.as_object_mut().unwrap();
        object.remove("load");
        object.insert("audit".into(), serde_json::Value::Null);
        let mut report: Report = serde_json::from_value(value).expect("missing optional figures read as None");
        assert_eq!((report.load.is_none(), report.audit.is_none(), report.build.is_none()), (true, true, true));
        let ratio = report.ssr.ratio.as_ref().map(|r| r.median);
        report.budgets = budgets(&report.css.eenheid, report.enhancements.pages.as_ref(), ratio, report.load.as_ref(), report.audit_speed.as_ref());
        let markdown = markdown(&report);
        for expected in [
            "| 51121 (44034–52223) | not measured |  |\n",
            "| 1.2 (1.2–1.2) pages/s | not measured | ; anchor: @axe-core/cli 4.13.0",
            "| 3.9 (3.8–4.1) pages/s | not measured | ; both run axe-core",
            "| script + WASM of the largest page ≤ 30 KB gzip | NOT MEASURED (counts as missed) (not measured) |",
            "| a page without enhancements loads no script and no WASM | NOT MEASURED (counts as missed) (not measured) |",
            "| SSR ≥ 200× GOV.UK Nunjucks (median of interleaved rounds) | NOT MEASURED (counts as missed) (not measured (no Nunjucks figure)) |",
            "| eenheid-audit --checks axe at least 3× as fast as @axe-core/cli | NOT MEASURED (counts as missed) (not measured (no axe-cli figure)) |",
            "| zero JavaScript to render or submit any page | NOT MEASURED (counts as missed) (not measured (load test not run)) |",
            "| load test: 0 errors | NOT MEASURED (counts as missed) (not run) |",
        ] {
            assert!(markdown.contains(expected), "{expected:?} not in:\n{markdown}");
        }
        for absent in ["| script + WASM per page", "| load test, ", "| alone for", "| a11y suite", "| clean debug build", "0.0× axe-cli", " 0 req/s"] {
            assert!(!markdown.contains(absent), "{absent:?} in:\n{markdown}");
        }
        // The CSS budget's figure is always measured.
        assert!(markdown.contains("| CSS (with the dark set) ≤ 10 KB gzip | met (8.4 KB) |"));
    }

    #[test]
    fn journey_rows_name_their_store_with_rate_and_p99() {
        let route = |name: &str, method: &str| RouteRun {
            bytes_per_response: 0,
            errors: 0,
            max_ms: 70.0,
            method: method.to_owned(),
            name: name.to_owned(),
            p50_ms: 20.0,
            p99_ms: 61.5,
            path: "/verhuizing-doorgeven/wie-verhuist".to_owned(),
            requests: 100,
            requests_per_s: 850.0,
            store: None,
        };
        let mut routes = with_store(vec![route("home", "GET"), route("journey POST (answer saved)", "POST")], "redb");
        routes.extend(with_store(vec![route("journey POST (answer saved)", "POST")], "PostgreSQL 15.18"));
        assert_eq!(routes[0].name, "home", "only the journey's routes name a store");
        assert_eq!(routes[0].store, None);
        let load = Load {
            connections: 50,
            error_samples: Vec::new(),
            errors: 0,
            mixed_routes: Vec::new(),
            postgres: None,
            requests: 1000,
            requests_per_s: 900.0,
            route_seconds: 2.0,
            routes,
            seconds: 20.0,
        };
        let rows = load_rows(&load);
        for store in ["redb", "PostgreSQL 15.18"] {
            let row = rows
                .iter()
                .find(|row| row[0].contains(&format!("journey POST (answer saved), {store}")))
                .unwrap_or_else(|| panic!("a row for the journey POST on {store}: {rows:?}"));
            assert_eq!(row[1], "850 req/s");
            assert!(row[3].contains("p99 61.5 ms"), "{row:?}");
        }
    }
}
