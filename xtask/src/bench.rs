//! `cargo xtask bench [--check] [--save] [--build-time] [--no-audit] [--no-load] [--rounds N]
//! [--round-seconds S] [--load-seconds S] [--connections N]`
//!
//! One run, one report, side by side with the anchors:
//! - SSR throughput: the change-of-address page rendered by Eenheid (release build of
//!   `eenheid-bench`'s `render-page --rounds`) and by GOV.UK Frontend's Nunjucks
//!   (`bench/govuk-nunjucks/bench.js --rounds`), each single-threaded in its own warm process, in
//!   alternating rounds of equal length (7 × 1 s each by default, the order swapped every round),
//!   reported as the median with min–max over rounds; plus the size of each rendered page;
//! - sizes: the complete stylesheet and Eenheid's enhancement modules (WASM + JS glue, each and
//!   together), raw, gzip -9, brotli;
//! - per page: the script and WASM each GET page of the showcase loads (its loader and the modules
//!   its `data-eh-module` names; the browser suite checks in Chromium that a page fetches exactly
//!   those), gzip -9: the largest and the median page, pages with one small enhancement, and the
//!   pages that load nothing;
//! - audit speed against the anchor: `eenheid-audit` (every check, and `--checks axe`) and Deque's
//!   `@axe-core/cli` on the same 30 showcase URLs, in alternating rounds (audit_speed.rs); and the
//!   wall time of the axe/browser suite (`eenheid-a11y --test showcase`), run only, per page;
//! - load test: the showcase release server under 50 keep-alive connections on loopback;
//! - with `--build-time`: a clean `cargo build` of the workspace in its own target folder.
//!
//! Writes `target/bench/report.json`; with `--save` also `BENCHMARKS.md`. With `--check` the exit
//! code is non-zero when a budget is missed (not part of the CI tests: timings depend on the machine).
//!
//! The parts: options.rs (the command line); ssr.rs, sizes.rs, load.rs, audit_speed.rs,
//! timings.rs and machine.rs measure (process.rs and server.rs run what they measure); report.rs is
//! the typed report that report.json holds, budgets.rs checks it, render.rs turns it into the
//! terminal table and BENCHMARKS.md. This file runs them in order. A figure a run may lack is an
//! `Option` in the report and reads "not measured", never 0; the tests render the report.json of a
//! real run (bench/testdata) and compare it with the BENCHMARKS.md that run wrote, byte for byte.

use std::process::Command;

use anyhow::{Context, Result};
use serde::de::IgnoredAny;

use crate::{root, site_root};

mod audit_speed;
mod budgets;
mod load;
mod machine;
mod options;
mod process;
mod render;
mod report;
mod server;
mod sizes;
mod ssr;
mod timings;

use report::{Css, Enhancements, GOVUK_CSS_GZIP, GOVUK_JS_GZIP, Html, Report};

/// Runs the benchmarks; `Ok(false)` when `--check` found a missed budget.
pub fn run(args: &[String]) -> Result<bool> {
    let options = options::parse(args)?;
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).context("creating target/bench")?;
    let mut notes: Vec<String> = Vec::new();

    step("release build of render-page, load-test, the showcase server and eenheid-audit");
    crate::run(crate::cargo().args([
        "build", "--release", "--package", "eenheid-showcase", "--package", "eenheid-bench", "--package", "eenheid-a11y", "--bins",
    ]))?;
    let release = root().join("target/release");

    // The two rendered pages (for their sizes) and the stylesheet.
    step("SSR: the rendered pages and the stylesheet");
    let eenheid_html = out.join("eenheid-page.html");
    let css_path = out.join("eenheid.css");
    process::json_line::<IgnoredAny>(Command::new(release.join("render-page")).arg("1").arg("--html").arg(&eenheid_html).arg("--css").arg(&css_path))?;
    let govuk_html = out.join("govuk-page.html");
    let govuk = match ssr::govuk_nunjucks(1, &govuk_html) {
        Ok(()) => true,
        Err(error) => {
            notes.push(format!("GOV.UK Nunjucks not measured: {error:#}"));
            false
        }
    };
    // SSR throughput, side by side.
    step(&format!("SSR: {} alternating rounds of {} s per engine", options.rounds, options.round_seconds));
    let ssr = match ssr::ssr_rounds(&release, govuk, options.rounds, options.round_seconds) {
        Ok(ssr) => ssr,
        Err(error) if govuk => {
            notes.push(format!("GOV.UK Nunjucks rounds failed, Eenheid measured alone: {error:#}"));
            ssr::ssr_rounds(&release, false, options.rounds, options.round_seconds)?
        }
        Err(error) => return Err(error),
    };
    if ssr.disturbed {
        notes.push("SSR rounds spread more than 25 % (the machine was busy): run the bench again".to_owned());
    }
    let html = Html { eenheid: sizes::file_sizes(&eenheid_html)?, govuk: govuk.then(|| sizes::file_sizes(&govuk_html)).transpose()? };

    // Sizes.
    step("sizes: stylesheet and enhancement modules");
    let css = sizes::file_sizes(&css_path)?;
    let govuk_modules = root().join("bench/govuk-nunjucks/node_modules/govuk-frontend/dist/govuk");
    let govuk_css = sizes::file_sizes(&govuk_modules.join("govuk-frontend.min.css")).ok();
    let govuk_js = sizes::file_sizes(&govuk_modules.join("govuk-frontend.min.js")).ok();
    let pkg = site_root().join("pkg");
    if !pkg.join(eenheid_enhance::LOADER_FILE).exists() {
        step("no enhancement modules in target/site/pkg: building them (cargo xtask build-wasm)");
        if let Err(error) = crate::setup::for_build().and_then(|()| crate::wasm::build()) {
            notes.push(format!("enhancement build failed, no WASM figures: {error:#}"));
        }
    }
    let modules = sizes::module_sizes(&pkg).ok();
    step("per page: the script and WASM each showcase page loads");
    let pages = measured(sizes::page_weights(&release, &pkg), "per-page figures not measured", &mut notes);

    // Load test.
    let load = if options.load {
        step(&format!("load test: {} connections for {} s against the release server", options.connections, options.load_seconds));
        let load = load::measure(&release, &options, &mut notes);
        measured(load, "load test failed", &mut notes)
    } else {
        None
    };

    // Audit speed against the anchor, then the browser suite's time.
    let audit_speed = if options.audit {
        step(&format!("audit speed: eenheid-audit and @axe-core/cli on {} showcase URLs, {} alternating rounds", audit_speed::PAGES, options.audit_rounds));
        let speed = audit_speed::compare(&release, options.audit_rounds, &mut notes);
        measured(speed, "audit speed not measured", &mut notes)
    } else {
        None
    };
    let audit = if options.audit {
        step("audit: building, then timing the axe/browser suite (eenheid-a11y --test showcase)");
        measured(timings::audit_time(), "audit not timed", &mut notes)
    } else {
        None
    };

    // Build time.
    let build = if options.build_time {
        step("build time: clean `cargo build --workspace` in target/bench-build (slow)");
        Some(timings::build_time()?)
    } else {
        None
    };

    let ratio = ssr.ratio.as_ref().map(|r| r.median);
    let budgets = budgets::budgets(&css, pages.as_ref(), ratio, load.as_ref(), audit_speed.as_ref());
    let report = Report {
        audit,
        audit_speed,
        budgets,
        build,
        css: Css { eenheid: css, govuk: govuk_css, govuk_anchor_gzip: GOVUK_CSS_GZIP },
        date: machine::utc_now(),
        enhancements: Enhancements { govuk_js, govuk_js_anchor_gzip: GOVUK_JS_GZIP, modules, pages },
        html,
        load,
        machine: machine::machine(),
        notes,
        ssr,
    };
    let report_path = out.join("report.json");
    std::fs::write(&report_path, serde_json::to_string_pretty(&report)? + "\n").context("writing target/bench/report.json")?;
    let markdown = render::markdown(&report);
    std::fs::write(out.join("BENCHMARKS.md"), &markdown)?;
    println!("\n{}", render::terminal_table(&report));
    println!("Report: {}", report_path.display());
    if options.save {
        std::fs::write(root().join("BENCHMARKS.md"), &markdown).context("writing BENCHMARKS.md")?;
        println!("Saved: BENCHMARKS.md");
    } else {
        println!("(--save writes these figures to BENCHMARKS.md)");
    }
    // A budget whose measurement did not run counts as missed: never assume a budget is met.
    let missed = report.budgets.iter().any(|b| b.met != Some(true));
    Ok(!(options.check && missed))
}

/// The figure, or `None` with a note saying why it is missing.
fn measured<T>(result: Result<T>, missing: &str, notes: &mut Vec<String>) -> Option<T> {
    match result {
        Ok(figure) => Some(figure),
        Err(error) => {
            notes.push(format!("{missing}: {error:#}"));
            None
        }
    }
}

fn step(text: &str) {
    eprintln!("bench: {text}");
}
