//! The showcase under audit. For every page of the site: axe-core with JavaScript on (once its
//! enhancements ran), no CSP violation, no console error, no request to another origin, and no
//! script or WASM but the loader and the modules the page names (none on a page without). For every
//! example of the registry, in addition, on the server HTML (what a visitor without JavaScript
//! gets, and what every visitor sees first):
//! - the accessibility tree and the Tab focus order as an insta snapshot, plus the tree with
//!   JavaScript (the same, or a reviewed difference where an enhancement changes the page);
//! - in light, dark (`prefers-color-scheme: dark`) and forced colours (Windows high contrast):
//!   every focus stop has a visible focus indicator and is on screen, axe at 1280 and 320 CSS px,
//!   and a screenshot at 1280 CSS px;
//! - no horizontal scrolling at 320 CSS px (WCAG 1.4.10), no text cut off with the WCAG 1.4.12
//!   text spacing at 1280 and at 320 CSS px;
//! - screenshots (also at 375 CSS px in light) compared with the baselines in `tests/screenshots/`.
//!
//! Pages run in parallel tabs of one Chromium (libtest-mimic's `--test-threads`, by default one per
//! core). `harness = false`: Chromium lives in `main` and is closed before the process exits.
//!
//! Accepting changes: AX snapshots with `cargo insta review`; screenshots by reading the new PNGs in
//! `target/screenshots/` and running again with `EENHEID_ACCEPT_SCREENSHOTS=1` (refused where
//! `CI=true`: baselines are accepted by a person who looked at them).

mod common;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eenheid::examples::{ComponentEntry, Example, ExampleLayout};
use eenheid_a11y::screenshot::{BaselineCheck, Tolerance, check_against_baseline};
use eenheid_a11y::checks::ColourMode;
use eenheid_a11y::conformance::{self, Evidence, ManualFile, Record, Tools};
use eenheid_a11y::{AuditOptions, Auditor, Session, checks};
use libtest_mimic::{Arguments, Failed, Trial};

use common::{expect_eq, panic_text, site_options, start_showcase};

/// One Chromium and a pool of tabs (each with axe-core preloaded), shared by the parallel trials.
/// Field order matters: the tabs close before the browser.
struct Suite {
    tabs: Mutex<Vec<Session>>,
    /// What the example checks established, per component slug: the conformance records.
    evidence: Mutex<BTreeMap<&'static str, Evidence>>,
    axe: Arc<str>,
    renderer: String,
    auditor: Auditor,
}

impl Suite {
    fn launch() -> eenheid_a11y::Result<Suite> {
        let auditor = Auditor::launch(AuditOptions::default())?;
        let axe: Arc<str> = eenheid_a11y::axe::load_axe(None)?.into();
        let renderer = auditor.browser().raw().get_version().map(|v| v.product).unwrap_or_default();
        Ok(Suite { tabs: Mutex::new(Vec::new()), evidence: Mutex::default(), axe, renderer, auditor })
    }

    /// Runs `test` on a tab from the pool. A tab that failed is closed, so the next trial starts
    /// clean; a panic becomes a failure.
    fn with_tab(&self, test: impl FnOnce(&Session) -> Result<(), Failed>) -> Result<(), Failed> {
        let pooled = self.tabs.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let session = match pooled {
            Some(session) => session,
            None => {
                let session = self.auditor.open_session()?;
                session.add_init_script(&self.axe)?;
                session
            }
        };
        session.set_viewport(1280, 800)?;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(&session)))
            .unwrap_or_else(|panic| Err(panic_text(&panic).into()));
        if result.is_ok() {
            self.tabs.lock().unwrap_or_else(|p| p.into_inner()).push(session);
        }
        result
    }
}

/// One trial's body: the shared suite and the showcase's base URL.
type SuiteTest = Box<dyn FnOnce(&Suite, &str) -> Result<(), Failed> + Send>;

fn main() {
    let args = Arguments::from_args();
    let base = start_showcase(site_options());
    let launched = Suite::launch();
    let launch_error = launched.as_ref().err().map(ToString::to_string);
    let suite = launched.ok().map(Arc::new);

    let trial = |name: String, test: SuiteTest| {
        let suite = suite.clone();
        let base = base.clone();
        let launch_error = launch_error.clone();
        Trial::test(name, move || match suite {
            Some(suite) => test(&suite, &base),
            None => Err(launch_error.unwrap_or_default().into()),
        })
    };

    let mut trials = Vec::new();
    for path in site_paths() {
        trials.push(trial(format!("page {path}"), Box::new(move |suite, base| suite.with_tab(|tab| page_checks(tab, base, &path)))));
    }
    for entry in eenheid::catalogue::registry() {
        for example in entry.examples {
            trials.push(trial(
                format!("example {}/{}", entry.slug, example.name),
                Box::new(move |suite, base| suite.with_tab(|tab| example_checks(suite, tab, base, entry, example))),
            ));
        }
    }
    trials.push(trial("step indicator enhancement runs and reacts to a click".to_owned(), Box::new(|suite, base| step_list_enhanced(&suite.auditor, base))));
    trials.push(trial(
        "form keeps every value after a server error, JavaScript off".to_owned(),
        Box::new(|suite, base| form_keeps_values(&suite.auditor, base, false)),
    ));
    trials.push(trial(
        "form keeps every value after a server error, JavaScript on".to_owned(),
        Box::new(|suite, base| form_keeps_values(&suite.auditor, base, true)),
    ));
    trials.push(trial(
        "display setting: dark and back to the device's, JavaScript off".to_owned(),
        Box::new(|suite, base| display_setting(&suite.auditor, base)),
    ));
    // The conformance records need every example: only a whole run writes or compares them.
    let whole_run = args.filter.is_none() && args.skip.is_empty() && !args.list;
    let conclusion = libtest_mimic::run(&args, trials);
    let records = match (&suite, whole_run) {
        (Some(suite), true) => conformance_records(suite),
        _ => Ok(()),
    };
    // Close Chromium before exiting (`exit` skips destructors); the trials have dropped their handles.
    if let Some(suite) = suite {
        drop(Arc::try_unwrap(suite).ok());
    }
    if let Err(problems) = records {
        eprintln!("\nconformance records:\n{problems}");
        std::process::exit(101);
    }
    conclusion.exit();
}

/// Where the committed records live: `components/conformance/<slug>.json`.
fn records_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../components/conformance")
}

/// Makes each component's conformance record from what its examples established, merges the
/// auditors' results next to the component, checks that no record claims a pass no check covers,
/// and compares it with the committed record (like a snapshot: a changed or missing record fails
/// until accepted with `EENHEID_ACCEPT_CONFORMANCE=1`, which CI refuses). Every fresh record is
/// also written to `target/conformance/` for review.
fn conformance_records(suite: &Suite) -> Result<(), String> {
    let accept = std::env::var_os("EENHEID_ACCEPT_CONFORMANCE").is_some();
    if accept && std::env::var("CI").is_ok_and(|v| v == "true") {
        return Err("EENHEID_ACCEPT_CONFORMANCE is refused in CI: accept records on a workstation, read them, commit them".to_owned());
    }
    let slugs: Vec<&str> = eenheid::catalogue::registry().iter().map(|entry| entry.slug).collect();
    let manual = ManualFile::find_all(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../components/src"), &slugs)
        .map_err(|problems| problems.join("\n"))?;
    let axe_rule_tags = axe_rule_tags(suite).map_err(|e| format!("axe-core's rules: {e:?}"))?;
    let tools = Tools {
        date: eenheid_a11y::evidence::RunInfo::now(None, None, Vec::new()).day().to_owned(),
        eenheid: env!("CARGO_PKG_VERSION").to_owned(),
        browser: suite.renderer.clone(),
        axe: eenheid_a11y::axe::script_version(&suite.axe).unwrap_or_default().to_owned(),
    };
    let artefacts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/conformance");
    let write = |path: &Path, record: &Record| -> Result<(), String> {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).map_err(|e| format!("{}: {e}", path.display()))?;
        let json = serde_json::to_string_pretty(record).map_err(|e| e.to_string())? + "\n";
        std::fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))
    };
    let evidence = suite.evidence.lock().unwrap_or_else(|p| p.into_inner());
    let mut problems = Vec::new();
    for slug in &slugs {
        let Some(seen) = evidence.get(slug) else {
            problems.push(format!("{slug}: no example of it was audited, so it has no record"));
            continue;
        };
        let mut record = seen.record(slug, &tools);
        if let Some(file) = manual.iter().find(|file| file.component == *slug) {
            record.merge(file);
        }
        problems.extend(conformance::validate(&record, &axe_rule_tags));
        write(&artefacts.join(format!("{slug}.json")), &record)?;
        let committed_path = records_dir().join(format!("{slug}.json"));
        let committed: Option<Record> = std::fs::read_to_string(&committed_path).ok().and_then(|text| serde_json::from_str(&text).ok());
        match committed {
            Some(old) if old.same_findings(&record) => {}
            _ if accept => write(&committed_path, &record)?,
            Some(old) => problems.push(format!(
                "{slug}: the record changed (see target/conformance/{slug}.json; if right, run again with EENHEID_ACCEPT_CONFORMANCE=1):\n  {}",
                old.differences(&record).join("\n  ")
            )),
            None => problems.push(format!(
                "{slug}: no committed record (components/conformance/{slug}.json, or it does not parse); read target/conformance/{slug}.json and run again with EENHEID_ACCEPT_CONFORMANCE=1"
            )),
        }
    }
    // A record of a component that no longer exists would still be shown and served.
    for entry in std::fs::read_dir(records_dir()).map_err(|e| format!("{}: {e}", records_dir().display()))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.strip_suffix(".json").is_some_and(|slug| slugs.contains(&slug)) {
            problems.push(format!("components/conformance/{name}: no component of that name"));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// axe-core's own rule metadata: rule id → tags (`axe.getRules()`).
fn axe_rule_tags(suite: &Suite) -> Result<BTreeMap<String, Vec<String>>, Failed> {
    let session = suite.auditor.open_session()?;
    session.eval_json(&format!("{}\n;true", suite.axe))?;
    let rules = session.eval_json("axe.getRules().map(r => [r.ruleId, r.tags])")?;
    Ok(serde_json::from_value::<Vec<(String, Vec<String>)>>(rules)?.into_iter().collect())
}

/// The enhancement names the page asks for (`data-eh-module`), sorted, without repeats.
const MODULE_NAMES: &str = "[...new Set([...document.querySelectorAll('[data-eh-module]')].flatMap(e => e.getAttribute('data-eh-module').split(' ')))].sort()";
/// The paths of every script and WASM file the page fetched (Resource Timing), sorted.
const FETCHED_CODE: &str = "performance.getEntriesByType('resource').map(r => new URL(r.name).pathname).filter(p => /\\.(m?js|wasm)$/.test(p)).sort()";

/// Every page of the site that is not an example page (those get the fuller example checks).
fn site_paths() -> Vec<String> {
    let examples: Vec<String> = eenheid::catalogue::registry()
        .iter()
        .flat_map(|entry| entry.examples.iter().map(|example| eenheid_showcase::routes::example_path(entry.slug, example.name)))
        .collect();
    let mut paths = eenheid_showcase::site_map::site_paths();
    paths.retain(|path| !examples.contains(path));
    paths
}

/// A page as a visitor with JavaScript gets it, once its enhancements ran: axe clean, no CSP
/// violation, no console error, nothing loaded from another origin, and no script or WASM but the
/// modules the page names.
fn page_checks(tab: &Session, base: &str, path: &str) -> Result<(), Failed> {
    let mut problems = Vec::new();
    enhanced_page_problems(tab, &format!("{base}{path}"), &mut problems)?;
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

/// Loads `url` with JavaScript, waits until its enhancements ran and adds what is wrong to
/// `problems`. Returns the enhancements the page names.
fn enhanced_page_problems(tab: &Session, url: &str, problems: &mut Vec<String>) -> Result<(Vec<String>, eenheid_a11y::AxeResults), Failed> {
    common::require_browser_build()?;
    tab.goto(url)?;
    let names: Vec<String> = serde_json::from_value(tab.eval_json(MODULE_NAMES)?)?;
    if !names.is_empty() {
        checks::wait_hydrated(tab, eenheid_showcase::READY_MARKER, Duration::from_secs(10))
            .map_err(|e| format!("{url}: the enhancements {names:?} never finished: {e}; console: {:?}", tab.console_errors()))?;
    }
    // Exactly the loader and the named modules; a page without enhancements fetches nothing.
    let mut expected: Vec<String> = names.iter().flat_map(|n| [format!("/pkg/{n}.js"), format!("/pkg/{n}_bg.wasm")]).collect();
    if !names.is_empty() {
        expected.push(format!("/pkg/{}", eenheid::enhance::LOADER_FILE));
    }
    expected.sort();
    let fetched: Vec<String> = serde_json::from_value(tab.eval_json(FETCHED_CODE)?)?;
    if fetched != expected {
        problems.push(format!("script and WASM fetched: {fetched:?}, expected only {expected:?}"));
    }
    let results = eenheid_a11y::axe::run_axe(tab.tab(), Duration::from_secs(20))?;
    for violation in &results.violations {
        problems.push(axe_line("JavaScript on", violation));
    }
    for violation in tab.csp_violations()? {
        problems.push(format!("CSP violation: {violation}"));
    }
    for error in tab.console_errors() {
        // The 404 page reports its own status; that is not an error of the page.
        if error.contains("status of 404") && error.ends_with(&format!("({url})")) {
            continue;
        }
        problems.push(format!("console: {error}"));
    }
    for request in checks::foreign_requests(tab)? {
        problems.push(format!("request to another origin: {request}"));
    }
    Ok((names, results))
}

fn axe_line(what: &str, violation: &eenheid_a11y::Violation) -> String {
    let targets: Vec<&str> = violation.nodes.iter().map(|n| n.target.as_str()).collect();
    format!(
        "axe ({what}): {} [{}] {} at {targets:?} — {}",
        violation.id,
        violation.impact.clone().unwrap_or_default(),
        violation.help,
        violation.help_url
    )
}

/// Every check for one example; see the module documentation.
fn example_checks(suite: &Suite, tab: &Session, base: &str, entry: &ComponentEntry, example: &Example) -> Result<(), Failed> {
    let url = format!("{base}{}", eenheid_showcase::routes::example_path(entry.slug, example.name));
    let scope = match example.layout {
        ExampleLayout::Fragment => Some(".showcase-example"),
        ExampleLayout::FullPage => None,
    };
    let mut problems = Vec::new();
    // What this example establishes for the component's conformance record.
    let evidence = RefCell::new(Evidence::default());
    evidence.borrow_mut().example(example.name);
    // `condition`: colour mode and width, e.g. `dark 320`.
    let axe_at = |condition: &str, problems: &mut Vec<String>| -> Result<(), Failed> {
        let results = checks::axe_now(tab, &suite.axe, Duration::from_secs(20))?;
        problems.extend(results.violations.iter().map(|violation| axe_line(condition, violation)));
        evidence.borrow_mut().axe(condition, &results);
        Ok(())
    };
    let screenshot = |mode: ColourMode, width: u32, problems: &mut Vec<String>| -> Result<(), Failed> {
        let png = eenheid_a11y::screenshot::capture(tab, scope)?;
        // Light keeps the names the baselines had before there were modes.
        let mode_part = if mode == ColourMode::Light { String::new() } else { format!("__{}", mode.name()) };
        let before = problems.len();
        screenshot_problems(suite, &png, &format!("{}__{}{mode_part}__{width}", entry.slug, example.name), problems)?;
        evidence.borrow_mut().check("screenshots", problems.len() == before);
        Ok(())
    };
    let focus_problems = |mode: ColourMode, stops: &[eenheid_a11y::keyboard::FocusStop], problems: &mut Vec<String>| {
        for stop in stops {
            if !stop.visible_indicator {
                problems.push(format!("focus ({}): {} has no visible focus indicator: {}", mode.name(), stop.label, stop.indicator_detail()));
            }
            if !stop.on_screen {
                problems.push(format!("focus ({}): {} is focusable but not visible", mode.name(), stop.label));
            }
        }
        // No stop, no evidence: nothing to focus is not the same as focus shown.
        if !stops.is_empty() {
            let mut evidence = evidence.borrow_mut();
            evidence.suite_check("keyboard:focus-visible", stops.iter().all(|s| s.visible_indicator));
            evidence.suite_check("keyboard:focus-on-screen", stops.iter().all(|s| s.on_screen));
        }
    };

    // With JavaScript first. A page that names no enhancement runs no script at all (the check
    // above proves it fetches none), so it is its own server HTML: one load serves every check
    // below and its axe run at 1280 px in light is the one just done. A page with enhancements is
    // loaded again with scripts off for the server HTML. Widths and colour modes are emulated on
    // the loaded page (media queries apply at once): no load per width or mode.
    let (names, enhanced_axe) = enhanced_page_problems(tab, &url, &mut problems)?;
    evidence.borrow_mut().axe(if names.is_empty() { "light 1280" } else { "light 1280 with JavaScript" }, &enhanced_axe);
    let enhanced = if names.is_empty() {
        None
    } else {
        let enhanced = checks::ax_outline(tab, scope)?;
        checks::load_without_scripts(tab, &url)?;
        Some(enhanced)
    };
    let outline = checks::ax_outline(tab, scope)?;
    let mut light_stops = Vec::new();
    // Light, dark and forced colours at 1280 px: the look, the focus indicators, axe.
    let modes = (|| -> Result<(), Failed> {
        for mode in ColourMode::ALL {
            checks::emulate_colours(tab, mode)?;
            screenshot(mode, 1280, &mut problems)?;
            let stops = eenheid_a11y::keyboard::walk(tab, scope, 60)?;
            focus_problems(mode, &stops, &mut problems);
            tab.eval_json("document.activeElement?.blur(); true")?;
            if mode != ColourMode::Light || enhanced.is_some() {
                axe_at(&format!("{} 1280", mode.name()), &mut problems)?;
            }
            if mode == ColourMode::Light {
                light_stops = stops;
                let clipped = checks::text_spacing_clipped(tab, scope)?;
                evidence.borrow_mut().suite_check("text-spacing", clipped.is_empty());
                for clipped in clipped {
                    problems.push(format!("text spacing (WCAG 1.4.12) at 1280 px: {clipped}"));
                }
            }
        }
        checks::emulate_colours(tab, ColourMode::Light)?;
        tab.set_viewport(375, 667)?;
        screenshot(ColourMode::Light, 375, &mut problems)?;
        tab.set_viewport(320, 640)?;
        let overflow = checks::horizontal_overflow(tab)?;
        evidence.borrow_mut().suite_check("reflow", overflow.is_none());
        if let Some(overflow) = overflow {
            problems.push(format!("reflow at 320 px: {overflow}"));
        }
        let clipped = checks::text_spacing_clipped(tab, scope)?;
        evidence.borrow_mut().suite_check("text-spacing", clipped.is_empty());
        for clipped in clipped {
            problems.push(format!("text spacing (WCAG 1.4.12) at 320 px: {clipped}"));
        }
        for mode in ColourMode::ALL {
            checks::emulate_colours(tab, mode)?;
            axe_at(&format!("{} 320", mode.name()), &mut problems)?;
        }
        Ok(())
    })();
    // The pooled tab goes back to light at 1280 px whatever happened.
    checks::emulate_colours(tab, ColourMode::Light)?;
    tab.set_viewport(1280, 800)?;
    modes?;
    let stops = light_stops;

    let parity = match &enhanced {
        Some(enhanced) if *enhanced != outline => format!("an enhancement changed it, to:\n{enhanced}"),
        _ => "the same as above".to_owned(),
    };

    let order: Vec<String> = stops.iter().enumerate().map(|(i, stop)| format!("{}. {}", i + 1, stop.label)).collect();
    let snapshot = format!(
        "# Accessibility tree\n{outline}\n# Focus order (Tab)\n{}\n# With JavaScript\n{parity}\n",
        order.join("\n")
    );
    let name = format!("ax__{}__{}", entry.slug, example.name);
    let snapshot_result = std::panic::catch_unwind(|| {
        insta::with_settings!({ omit_expression => true, description => format!("{} — {}", entry.title, example.title) }, {
            insta::assert_snapshot!(name, snapshot);
        });
    });
    let mut evidence = evidence.into_inner();
    evidence.check("accessibility-tree snapshot", snapshot_result.is_ok());
    if enhanced.is_some() {
        // The tree with JavaScript is the server's, or a reviewed difference in the snapshot.
        evidence.check("hydration parity", snapshot_result.is_ok());
    }
    if let Err(panic) = snapshot_result {
        problems.push(format!("accessibility snapshot changed: {}", panic_text(&panic)));
    }
    suite.evidence.lock().unwrap_or_else(|p| p.into_inner()).entry(entry.slug).or_default().absorb(evidence);
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

/// Compares a screenshot with its baseline in `tests/screenshots/<name>.png` (within
/// [`Tolerance::default`]). A difference always fails: when the baselines were made with another
/// Chromium (`tests/screenshots/RENDERER`), the message says so, and after reading the new PNGs the
/// baselines are renewed with `EENHEID_ACCEPT_SCREENSHOTS=1`, which also records the renderer
/// (never on CI: see [`eenheid_a11y::screenshot::may_accept_baselines`]).
fn screenshot_problems(suite: &Suite, png: &[u8], name: &str, problems: &mut Vec<String>) -> Result<(), Failed> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/screenshots");
    let artefacts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots");
    let accept = eenheid_a11y::screenshot::may_accept_baselines(
        std::env::var_os("EENHEID_ACCEPT_SCREENSHOTS").as_deref(),
        std::env::var_os("CI").as_deref(),
    )?;
    let renderer_file = dir.join("RENDERER");
    let baseline_renderer = std::fs::read_to_string(&renderer_file).unwrap_or_default().trim().to_owned();
    if accept && baseline_renderer != suite.renderer {
        std::fs::create_dir_all(&dir)?;
        std::fs::write(&renderer_file, format!("{}\n", suite.renderer))?;
    }
    // Baselines belong to one Chromium major version: anti-aliasing and text layout may change
    // between majors, and a comparison across them would fail (or pass) for the wrong reason.
    let major = |product: &str| product.split('/').nth(1).and_then(|v| v.split('.').next()).unwrap_or("").to_owned();
    if !accept && major(&baseline_renderer) != major(&suite.renderer) {
        problems.push(format!(
            "screenshot {name}: no baselines for this renderer ({}; the baselines are for {baseline_renderer:?}): make them on a workstation with this Chromium and EENHEID_ACCEPT_SCREENSHOTS=1, read them, commit them",
            suite.renderer
        ));
        return Ok(());
    }
    let other_renderer = if baseline_renderer == suite.renderer {
        String::new()
    } else {
        format!(" (the baselines were made with {baseline_renderer}, this is {})", suite.renderer)
    };
    match check_against_baseline(png, &dir.join(format!("{name}.png")), &artefacts, accept, Tolerance::default())? {
        BaselineCheck::Same => {}
        BaselineCheck::New if accept => {}
        BaselineCheck::New => problems.push(format!(
            "screenshot {name}: no baseline yet; look at target/screenshots/{name}.png and run again with EENHEID_ACCEPT_SCREENSHOTS=1"
        )),
        BaselineCheck::Changed(_) if accept => {}
        BaselineCheck::Changed(how) => problems.push(format!(
            "screenshot {name}: the look changed ({how}){other_renderer}; see target/screenshots/{name}.diff.png; if intended, run again with EENHEID_ACCEPT_SCREENSHOTS=1"
        )),
    }
    Ok(())
}

/// The step indicator's enhancement, after wasm-opt: on a phone-width screen the list collapses
/// to the current step, and the toggle button opens it. No CSP violation on the way.
fn step_list_enhanced(auditor: &Auditor, base: &str) -> Result<(), Failed> {
    common::require_browser_build()?;
    let session = auditor.open_session()?;
    session.set_viewport(320, 640)?;
    session.goto(&format!("{base}/voorbeelden/step-indicator/standaard"))?;
    session.wait_for("document.querySelector('[data-eh-enhanced=\"true\"]') !== null", Duration::from_secs(10))
        .map_err(|e| format!("the enhancement never ran: {e}; console: {:?}", session.console_errors()))?;
    let toggle = "#voortgang .eh-step-indicator__toggle";
    let visible_steps = "[...document.querySelectorAll('#voortgang-lijst li')].filter(li => getComputedStyle(li).display !== 'none').length";
    expect_eq(session.attribute(toggle, "hidden")?, None, "the toggle shows once enhanced")?;
    expect_eq(session.attribute(toggle, "aria-expanded")?.as_deref(), Some("false"), "collapsed at first")?;
    expect_eq(session.eval_json(visible_steps)?, serde_json::json!(1), "only the current step is visible")?;
    session.click(toggle)?;
    session.wait_for(&format!("document.querySelector('{toggle}').getAttribute('aria-expanded') === 'true'"), Duration::from_secs(3))?;
    expect_eq(session.eval_json(visible_steps)?, serde_json::json!(4), "all steps visible after the click")?;
    expect_eq(session.eval_json(&format!("document.querySelector('{toggle}').textContent"))?, serde_json::json!("Verberg stappen"), "the button says what it does now")?;
    let csp = session.csp_violations()?;
    if !csp.is_empty() {
        return Err(format!("CSP violations: {csp:?}").into());
    }
    Ok(())
}

/// Fills every kind of control, posts with one wrong answer, and checks that the page came back
/// with the error summary, the error on the right field and every value still there; then fixes
/// the answer and posts again. With JavaScript on, the error summary also takes focus and the
/// error page passes axe.
fn form_keeps_values(auditor: &Auditor, base: &str, javascript: bool) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    let page = FormPage { session: &session, javascript };
    if javascript {
        let axe = eenheid_a11y::axe::load_axe(None)?;
        session.add_init_script(&axe)?;
    }
    page.load(&format!("{base}{}", eenheid_showcase::form_demo::PATH))?;
    session.eval_json(
        r#"(() => {
            const set = (id, value) => { document.getElementById(id).value = value; };
            set('naam', 'Ada <Lovelace> & "zoon"');
            set('postcode', '12');
            set('provincie', 'utrecht');
            document.getElementById('wie').checked = true;
            set('contact-email', 'ada@example.nl');
            document.getElementById('melden-2').checked = true;
            document.getElementById('melden-3').checked = true;
            set('datum-dag', '03'); set('datum-maand', '11'); set('datum-jaar', '2027');
            set('toelichting', 'regel 1\nregel 2 </textarea><b>vet</b>');
            return true;
        })()"#,
    )?;
    page.submit(".eh-error-summary")?;
    let state = session.eval_json(
        r#"({
            title: document.title,
            summary: [...document.querySelectorAll('.eh-error-summary a')].map(a => a.getAttribute('href')),
            postcodeError: document.getElementById('postcode-error')?.textContent.trim() ?? null,
            postcodeInvalid: document.getElementById('postcode').getAttribute('aria-invalid'),
            naam: document.getElementById('naam').value,
            postcode: document.getElementById('postcode').value,
            provincie: document.getElementById('provincie').value,
            wie: document.getElementById('wie').checked,
            email: document.getElementById('contact-email').value,
            melden: [...document.querySelectorAll('input[name=melden]:checked')].map(i => i.value),
            datum: ['dag', 'maand', 'jaar'].map(p => document.getElementById('datum-' + p).value),
            toelichting: document.getElementById('toelichting').value,
            injected: document.querySelectorAll('main b').length,
        })"#,
    )?;
    let expected = serde_json::json!({
        "title": "Fout: Uw verhuizing – Eenheid – Eenheid, het ontwerpsysteem van de overheid",
        "summary": ["#postcode"],
        "postcodeError": "Fout: Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB",
        "postcodeInvalid": "true",
        "naam": "Ada <Lovelace> & \"zoon\"",
        "postcode": "12",
        "provincie": "utrecht",
        "wie": true,
        "email": "ada@example.nl",
        "melden": ["duo", "uwv"],
        "datum": ["03", "11", "2027"],
        "toelichting": "regel 1\nregel 2 </textarea><b>vet</b>",
        "injected": 0,
    });
    expect_eq(state, expected, "the page after the error")?;
    if javascript {
        session.wait_for("document.activeElement && document.activeElement.classList.contains('eh-error-summary')", Duration::from_secs(10))
            .map_err(|e| format!("the error summary did not take focus: {e}"))?;
        let results = eenheid_a11y::axe::run_axe(session.tab(), Duration::from_secs(20))?;
        if !results.violations.is_empty() {
            return Err(format!("axe on the error page: {:?}", results.violations.iter().map(|v| &v.id).collect::<Vec<_>>()).into());
        }
    } else {
        // The error summary's enhancement would have moved focus: it must not have run.
        expect_eq(session.eval_json("document.activeElement === document.body")?, serde_json::json!(true), "no enhancement ran with JavaScript off")?;
    }
    session.eval_json("document.getElementById('postcode').value = '1234 AB'; true")?;
    page.submit("main a[href='/patronen/formulier']")?;
    let heading = session.eval_json("document.querySelector('main h1').textContent")?;
    expect_eq(heading, serde_json::json!("Gelukt"), "after fixing the postcode")?;
    Ok(())
}

/// One tab on the form, with page scripts on or off. With scripts off, the test still reads and
/// fills the DOM through DevTools, but only between page loads: every load (and so every enhancement)
/// happens with scripts disabled, as for a visitor without JavaScript.
/// The display page, without JavaScript: choosing dark sends the visitor back to the page they
/// came from, already dark (the server sets `data-eh-scheme`, so there is no flash of light);
/// choosing the device's again removes the choice. Runs on `localhost` instead of `127.0.0.1`, so
/// its cookie cannot reach the other trials' tabs (cookies belong to a host name).
fn display_setting(auditor: &Auditor, base: &str) -> Result<(), Failed> {
    let base = base.replace("127.0.0.1", "localhost");
    let session = auditor.open_session()?;
    let page = FormPage { session: &session, javascript: false };
    let choose = |radio: &str, marker: &str| -> Result<serde_json::Value, Failed> {
        page.load(&format!("{base}{}?terug=%2Ftokens", eenheid_showcase::scheme::PATH))?;
        session.eval_json(&format!("document.querySelector('input[name=schema][value={radio}]').checked = true"))?;
        page.submit(marker)?;
        Ok(session.eval_json(
            "({ path: location.pathname, scheme: document.documentElement.getAttribute('data-eh-scheme'), \
                background: getComputedStyle(document.documentElement).backgroundColor })",
        )?)
    };
    let dark = choose("donker", "html[data-eh-scheme=dark] main")?;
    expect_eq(&dark, &serde_json::json!({ "path": "/tokens", "scheme": "dark", "background": "rgb(18, 18, 18)" }), "after choosing dark")?;
    let device = choose("apparaat", "html:not([data-eh-scheme]) main")?;
    expect_eq(&device, &serde_json::json!({ "path": "/tokens", "scheme": null, "background": "rgb(255, 255, 255)" }), "after choosing the device's")?;
    Ok(())
}

struct FormPage<'a> {
    session: &'a eenheid_a11y::Session,
    javascript: bool,
}

impl FormPage<'_> {
    fn scripts(&self, enabled: bool) -> Result<(), Failed> {
        if !self.javascript {
            use headless_chrome::protocol::cdp::Emulation;
            self.session.tab().call_method(Emulation::SetScriptExecutionDisabled { value: !enabled })?;
        }
        Ok(())
    }

    fn load(&self, url: &str) -> Result<(), Failed> {
        self.scripts(false)?;
        self.session.goto(url)?;
        self.scripts(true)
    }

    /// Clicks the submit button (a real mouse click at its position: a real POST) and waits for
    /// `marker`, an element only the next page has. With scripts off the wait uses only the DOM
    /// domain of DevTools, which runs nothing in the page.
    fn submit(&self, marker: &str) -> Result<(), Failed> {
        use headless_chrome::browser::tab::point::Point;
        use headless_chrome::protocol::cdp::DOM;
        let centre = self.session.eval_json(
            "(() => { const b = document.querySelector('form button[type=submit]'); b.scrollIntoView({block: 'center'}); \
             const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()",
        )?;
        let (x, y) = (centre[0].as_f64().ok_or("no button x")?, centre[1].as_f64().ok_or("no button y")?);
        self.scripts(false)?;
        self.session.tab().click_point(Point { x, y })?;
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        loop {
            let root = self.session.tab().call_method(DOM::GetDocument { depth: Some(0), pierce: None })?.root.node_id;
            let found = self.session.tab().call_method(DOM::QuerySelector { node_id: root, selector: marker.to_owned() });
            if matches!(found, Ok(ref reply) if reply.node_id != 0) {
                break;
            }
            if std::time::Instant::now() > deadline {
                return Err(format!("the next page never showed {marker}").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.scripts(true)
    }
}
