//! The real `eenheid-audit` binary against the fixture server on loopback: every check fails on
//! its own broken fixture, faults are per-URL errors, baselines, sitemaps, exit codes, JSON and
//! JUnit, and no Chromium is ever left behind (each run is checked by its own profile folder,
//! `a11y-profile-<pid of the CLI>/`, so other test processes on the machine do not interfere).
//!
//! `harness = false` (libtest-mimic); trials run one at a time (`--test-threads 1` is the default
//! set below) because each starts its own Chromium and the machine has two cores.

mod common;
mod fixture_server;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use fixture_server::{FixtureServer, wait_until_gone};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

type TestFn = fn(&FixtureServer, &Path) -> Result<(), Failed>;

fn main() {
    let mut args = Arguments::from_args();
    if args.test_threads.is_none() {
        args.test_threads = Some(1);
    }
    let server = fixture_server::serve();
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let tests: Vec<(&str, TestFn)> = vec![
        ("each broken fixture fails its own check; json and junit say so", each_fixture_fails_its_own_check),
        ("keyboard walk: every stop past the batches, a fading ring seen; --checks picks checks", keyboard_walk_and_checks),
        ("focus indicators judged on pixels: faint ones fail, drawn controls with a clear ring pass", focus_judged_on_pixels),
        ("one-look flags off-palette colours, other fonts and another focus ring", one_look_flags_its_fixture),
        ("faults are per-URL error lines and the run goes on", faults_are_per_url_errors),
        ("sitemap index, sitemap and urls file feed the run", sitemaps_and_url_files),
        ("baseline: only new findings fail", baseline_only_new_findings_fail),
        ("earl and statement: failures with their pages, an unreachable page not audited", earl_and_statement),
        ("earl and statement on the showcase: a clean sample, status C at best", earl_and_statement_on_the_showcase),
        ("chromium killed mid-run: that page errors, the rest is audited", chromium_killed_mid_run),
        ("the CLI killed with SIGKILL leaves no chromium", killed_cli_leaves_no_chromium),
        ("usage and setup errors exit 2 with one line", usage_and_setup_errors),
        ("keyboard walk past --max-tab-stops is a finding, never a silent stop", tab_stop_limit_is_a_finding),
        ("text spacing: text cut off only at 320 px is found", text_spacing_at_320),
        ("one-look: a control under the 44 px touch target is found", one_look_touch_target),
        ("an empty sitemap or a run that audited no page fails", nothing_audited_fails),
        ("--version names Eenheid, axe-core and Chromium", version_lines),
        ("the installed binary audits from an empty folder with only Chromium", installed_binary_needs_only_chromium),
    ];
    let trials = tests
        .into_iter()
        .map(|(name, test)| {
            let server = server.clone();
            let dir = scratch.join(name.split_whitespace().next().unwrap_or("t"));
            Trial::test(name, move || {
                std::fs::create_dir_all(&dir)?;
                test(&server, &dir)
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&scratch);
    conclusion.exit();
}

/// A finished CLI run.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn expect_code(&self, code: i32) -> Result<&Self, Failed> {
        if self.code != code {
            return Err(format!("exit code {} (expected {code})\nstdout:\n{}\nstderr:\n{}", self.code, self.stdout, self.stderr).into());
        }
        Ok(self)
    }

    fn expect_stdout(&self, needle: &str) -> Result<&Self, Failed> {
        if !self.stdout.contains(needle) {
            return Err(format!("stdout lacks {needle:?}:\n{}\nstderr:\n{}", self.stdout, self.stderr).into());
        }
        Ok(self)
    }
}

fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_eenheid-audit"));
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    command
}

/// Runs the CLI to the end and checks that none of its Chromium processes outlive it.
fn run(args: &[&str]) -> Result<Run, Failed> {
    let child = binary().args(args).spawn()?;
    finish(child)
}

fn finish(child: Child) -> Result<Run, Failed> {
    let pid = child.id();
    let Output { status, stdout, stderr } = child.wait_with_output()?;
    let left = wait_until_gone(&format!("a11y-profile-{pid}/"), Duration::from_secs(5));
    if !left.is_empty() {
        return Err(format!("Chromium processes left behind by the CLI (pid {pid}): {left:?}").into());
    }
    Ok(Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

fn read_json(path: &Path) -> Result<Value, Failed> {
    Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
}

fn page<'a>(json: &'a Value, url: &str) -> Result<&'a Value, Failed> {
    json["pages"].as_array().and_then(|pages| pages.iter().find(|p| p["url"] == url)).ok_or_else(|| format!("no page {url} in the JSON").into())
}

/// `(check, rule)` of every finding of a page.
fn rules(page: &Value) -> Vec<(String, String)> {
    page["findings"]
        .as_array()
        .map(|list| list.iter().map(|f| (f["check"].as_str().unwrap_or("").to_owned(), f["rule"].as_str().unwrap_or("").to_owned())).collect())
        .unwrap_or_default()
}

/// 21 stops (more than two batches of Tab presses): the 20 links whose ring fades in pass, the
/// button without a focus style fails; `--checks axe` runs axe alone; every check's time is in
/// the JSON.
fn keyboard_walk_and_checks(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let url = server.url("/focus-fades-in.html");
    let json = dir.join("walk.json");
    run(&[&url, "--json", json.to_str().ok_or("path")?])?
        .expect_code(1)?
        .expect_stdout(&format!("FAIL {url} — 1 new finding(s): keyboard 1"))?
        .expect_stdout("  keyboard [serious] focus-visible: button \"Klaar\" has no visible focus indicator")?;
    let report = read_json(&json)?;
    let result = page(&report, &url)?;
    if result["tab_stops"] != 21 {
        return Err(format!("expected 21 Tab stops (20 links and the button), got {}", result["tab_stops"]).into());
    }
    let timed: Vec<&String> = result["check_millis"].as_object().map(|m| m.keys().collect()).unwrap_or_default();
    if timed != ["axe", "keyboard", "reflow", "scripts", "text-spacing"] || !result["load_millis"].is_u64() {
        return Err(format!("expected the load time and a time per check, got {} and {timed:?}", result["load_millis"]).into());
    }

    // Focus moved by a page script is not a Tab stop: three links, not the message.
    let moved = server.url("/focus-moved-by-script.html");
    let json_moved = dir.join("moved.json");
    run(&[&moved, "--checks", "keyboard", "--json", json_moved.to_str().ok_or("path")?])?.expect_code(0)?;
    let report = read_json(&json_moved)?;
    let result = page(&report, &moved)?;
    if result["tab_stops"] != 3 {
        return Err(format!("expected the 3 links as Tab stops, got {}", result["tab_stops"]).into());
    }

    let json = dir.join("axe-only.json");
    run(&[&url, "--checks", "axe", "--json", json.to_str().ok_or("path")?])?.expect_code(0)?.expect_stdout(&format!("PASS {url}"))?;
    let report = read_json(&json)?;
    let result = page(&report, &url)?;
    if result["checks"] != serde_json::json!(["axe"]) || result["tab_stops"] != 0 {
        return Err(format!("--checks axe: expected axe alone, got checks {} and {} stops", result["checks"], result["tab_stops"]).into());
    }
    Ok(())
}

/// The focus walk measures what a person sees. A 2 px outline in a grey of 1.3:1 and a button that
/// turns a shade darker change a computed style, but no pixel differs by 3:1: both fail, with the
/// measure in the message; the browser's own ring on the link before them passes; a drawn
/// checkbox that shows no focus fails on its indicator, not as "not on screen". Radios and
/// checkboxes drawn by their label, with the native input transparent or off screen, are on
/// screen through their label and pass on the ring drawn around the label or the drawn box.
fn focus_judged_on_pixels(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let faint = server.url("/focus-faint.html");
    let drawn = server.url("/focus-drawn-controls.html");
    let json = dir.join("out.json");
    run(&[&faint, &drawn, "--checks", "keyboard", "--json", json.to_str().ok_or("path")?])?
        .expect_code(1)?
        .expect_stdout(&format!("FAIL {faint} — 3 new finding(s): keyboard 3"))?
        .expect_stdout("  keyboard [serious] focus-visible: link \"Voorwaarden\" has no visible focus indicator: 0 of the ")?
        .expect_stdout("(the change reaches 1.3:1 over that area)")?
        .expect_stdout("  keyboard [serious] focus-visible: button \"Verstuur\" has no visible focus indicator: 0 of the ")?
        .expect_stdout("(the change reaches 1.1:1 over that area)")?
        .expect_stdout("  keyboard [serious] focus-visible: checkbox \"Stuur mij een kopie\" has no visible focus indicator: 0 of the 256 px² needed")?
        .expect_stdout(&format!("PASS {drawn} (3 tab stop(s)"))?;
    let report = read_json(&json)?;
    let targets: Vec<String> = page(&report, &faint)?["findings"]
        .as_array()
        .map(|list| list.iter().map(|f| format!("{} {}", f["rule"].as_str().unwrap_or(""), f["target"].as_str().unwrap_or(""))).collect())
        .unwrap_or_default();
    if targets != ["focus-visible #vaag", "focus-visible #zonder", "focus-visible #tint"] || page(&report, &faint)?["tab_stops"] != 4 {
        return Err(format!("expected the faint link, the drawn checkbox and the button to fail and the first link to pass, got {targets:?}").into());
    }
    Ok(())
}

fn each_fixture_fails_its_own_check(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let json = dir.join("out.json");
    let junit = dir.join("out.xml");
    let pages = ["clean.html", "missing-label.html", "low-contrast.html", "no-focus-outline.html", "overflow.html", "throws.html"];
    let urls: Vec<String> = pages.iter().map(|p| server.url(&format!("/{p}"))).collect();
    let mut args: Vec<&str> = urls.iter().map(String::as_str).collect();
    args.extend(["--json", json.to_str().ok_or("path")?, "--junit", junit.to_str().ok_or("path")?, "--jobs", "2"]);
    let out = run(&args)?;
    out.expect_code(1)?
        .expect_stdout(&format!("PASS {}", urls[0]))?
        .expect_stdout(&format!("FAIL {} — 1 new finding(s): axe 1", urls[1]))?
        .expect_stdout("  axe [critical] label: Form elements must have labels")?
        .expect_stdout("      see https://dequeuniversity.com/rules/axe/")?
        .expect_stdout(&format!("FAIL {} — 1 new finding(s): axe 1", urls[2]))?
        .expect_stdout("      at #licht")?
        .expect_stdout(&format!("FAIL {} — 1 new finding(s): keyboard 1", urls[3]))?
        .expect_stdout("  keyboard [serious] focus-visible: button \"Verstuur\" has no visible focus indicator")?
        .expect_stdout("      at #verstuur")?
        .expect_stdout(&format!("FAIL {} — 1 new finding(s): reflow 1", urls[4]))?
        .expect_stdout(&format!("FAIL {} — 1 new finding(s): scripts 1", urls[5]))?
        .expect_stdout("kapot <script>")?
        .expect_stdout("6 page(s): 1 passed, 5 failed, 0 error(s); 5 new finding(s) (axe 2, keyboard 1, reflow 1, scripts 1), 0 known (baseline)")?;

    let report = read_json(&json)?;
    let expected = [
        (pages[0], vec![]),
        (pages[1], vec![("axe", "label")]),
        (pages[2], vec![("axe", "color-contrast")]),
        (pages[3], vec![("keyboard", "focus-visible")]),
        (pages[4], vec![("reflow", "reflow")]),
        (pages[5], vec![("scripts", "script-error")]),
    ];
    for (name, want) in expected {
        let found = rules(page(&report, &server.url(&format!("/{name}")))?);
        let want: Vec<(String, String)> = want.into_iter().map(|(c, r)| (c.to_owned(), r.to_owned())).collect();
        if found != want {
            return Err(format!("{name}: expected findings {want:?}, got {found:?}").into());
        }
    }
    let label = &page(&report, &urls[1])?["findings"][0];
    if label["impact"] != "critical" || label["target"].as_str().unwrap_or("").is_empty() || !label["help_url"].as_str().unwrap_or("").starts_with("https://") {
        return Err(format!("the label finding lacks impact, target or help URL: {label}").into());
    }

    let xml = std::fs::read_to_string(&junit)?;
    check_well_formed(&xml)?;
    let cases = xml.matches("<testcase ").count();
    if cases != 6 * 5 || !xml.contains("<testsuite name=\"eenheid-audit\" tests=\"30\" failures=\"5\" errors=\"0\"") {
        return Err(format!("expected 30 test cases (6 URLs × axe, keyboard, reflow, text-spacing, scripts) and 5 failures:\n{xml}").into());
    }
    let case = testcase(&xml, &urls[1], "axe").ok_or("no testcase for missing-label × axe")?;
    for needle in ["<failure message=\"1 new finding(s): label\" type=\"axe\">", "label [critical]", "  at ", "see https://dequeuniversity.com/rules/axe/"] {
        if !case.contains(needle) {
            return Err(format!("missing-label × axe lacks {needle:?}:\n{case}").into());
        }
    }
    let thrown = testcase(&xml, &urls[5], "scripts").ok_or("no testcase for throws × scripts")?;
    if !thrown.contains("kapot &lt;script&gt; &amp; &quot;quotes&quot;") {
        return Err(format!("the exception text is not escaped:\n{thrown}").into());
    }
    if testcase(&xml, &urls[0], "axe").is_none_or(|c| c.contains("<failure")) {
        return Err("clean.html × axe should be a passing test case".into());
    }
    Ok(())
}

fn one_look_flags_its_fixture(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let json = dir.join("out.json");
    let junit = dir.join("out.xml");
    let clean = server.url("/one-look-clean.html");
    let off = server.url("/off-palette.html");
    let out = run(&[&clean, &off, "--one-look", "--json", json.to_str().ok_or("path")?, "--junit", junit.to_str().ok_or("path")?])?;
    out.expect_code(1)?.expect_stdout(&format!("PASS {clean}"))?.expect_stdout(&format!("FAIL {off}"))?;
    let report = read_json(&json)?;
    let findings = page(&report, &off)?["findings"].as_array().cloned().unwrap_or_default();
    if findings.iter().any(|f| f["check"] != "one-look") {
        return Err(format!("off-palette.html should only fail one-look: {findings:#?}").into());
    }
    let has = |rule: &str, target: &str, text: &str| {
        findings.iter().any(|f| f["rule"] == rule && f["target"].as_str().is_some_and(|t| t.contains(target)) && f["message"].as_str().is_some_and(|m| m.contains(text)))
    };
    let wanted = [
        ("one-look-colour", "#promo", "background-color: rgb(255, 0, 255) — nearest token: --eh-color-"),
        ("one-look-font", "#grappig", "font-family: \"Comic Sans MS\", cursive — nearest token: font-family.base"),
        ("one-look-focus-ring", "#meer-link", "outline-width: 2px — nearest token: --eh-focus-width (3px)"),
        ("one-look-focus-ring", "#meer-link", "outline-color: rgb(0, 0, 255) — nearest token: --eh-color-focus (#ffbf47)"),
    ];
    for (rule, target, text) in wanted {
        if !has(rule, target, text) {
            return Err(format!("expected {rule} at {target} with {text:?}; got {findings:#?}").into());
        }
    }
    let clean_page = page(&report, &clean)?;
    if !rules(clean_page).is_empty() || !clean_page["checks"].as_array().is_some_and(|c| c.iter().any(|c| c == "one-look")) {
        return Err(format!("one-look-clean.html should pass every check, one-look included: {clean_page}").into());
    }
    let xml = std::fs::read_to_string(&junit)?;
    check_well_formed(&xml)?;
    if testcase(&xml, &off, "one-look").is_none_or(|c| !c.contains("<failure")) || xml.matches("<testcase ").count() != 12 {
        return Err(format!("expected 12 test cases with a one-look failure for off-palette.html:\n{xml}").into());
    }
    Ok(())
}

fn faults_are_per_url_errors(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let json = dir.join("out.json");
    let junit = dir.join("out.xml");
    let closed = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let unreachable = format!("http://127.0.0.1:{closed}/");
    let urls = [
        unreachable.clone(),
        server.url("/hang"),
        server.url("/redirect-loop"),
        server.url("/data.json"),
        server.url("/document.pdf"),
        server.url("/bestaat-niet.html"),
        server.url("/clean.html"),
    ];
    let bad_sitemap = server.url("/sitemap-bad.xml");
    let mut args: Vec<&str> = urls.iter().map(String::as_str).collect();
    args.extend(["--sitemap", &bad_sitemap, "--timeout", "3", "--json", json.to_str().ok_or("path")?, "--junit", junit.to_str().ok_or("path")?]);
    let start = Instant::now();
    let out = run(&args)?;
    out.expect_code(1)?
        .expect_stdout(&format!("ERROR {unreachable}: could not load {unreachable}: net::ERR_CONNECTION_REFUSED"))?
        .expect_stdout(&format!("ERROR {}: timed out after 3.0 s: loading {}", urls[1], urls[1]))?
        .expect_stdout(&format!("ERROR {}: could not load {}: net::ERR_TOO_MANY_REDIRECTS", urls[2], urls[2]))?
        .expect_stdout(&format!("ERROR {}: could not load {}: not an HTML page (application/json)", urls[3], urls[3]))?
        .expect_stdout(&format!("ERROR {}: could not load {}: ", urls[4], urls[4]))?
        .expect_stdout(&format!("ERROR {}: could not load {}: HTTP status 404", urls[5], urls[5]))?
        .expect_stdout(&format!("PASS {}", urls[6]))?
        .expect_stdout(&format!("ERROR {bad_sitemap}: bad sitemap: not a sitemap: the root element is <rss>, expected <urlset> or <sitemapindex>"))?
        .expect_stdout("7 page(s): 1 passed, 0 failed, 7 error(s)")?;
    if start.elapsed() > Duration::from_secs(45) {
        return Err(format!("the run took {:?}: a fault held it up", start.elapsed()).into());
    }
    let pdf_line = out.stdout.lines().find(|l| l.starts_with(&format!("ERROR {}", urls[4]))).unwrap_or_default();
    if pdf_line.contains('\n') || !(pdf_line.contains("not an HTML page") || pdf_line.contains("net::")) {
        return Err(format!("the PDF line should say why it was not audited: {pdf_line}").into());
    }
    let report = read_json(&json)?;
    if report["summary"]["errors"] != 7 || report["errors"][0]["url"] != bad_sitemap.as_str() {
        return Err(format!("JSON summary/errors wrong: {}", report["summary"]).into());
    }
    let xml = std::fs::read_to_string(&junit)?;
    check_well_formed(&xml)?;
    if testcase(&xml, &urls[1], "axe").is_none_or(|c| !c.contains("<error message=\"timed out")) {
        return Err(format!("the hung page should be a JUnit error:\n{xml}").into());
    }
    Ok(())
}

fn sitemaps_and_url_files(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let list = dir.join("urls.txt");
    std::fs::write(&list, format!("# pages to audit\n{}\n\n{}   # duplicate of a sitemap entry\n", server.url("/overflow.html"), server.url("/clean.html")))?;
    let index = server.url("/sitemap-index.xml");
    let out = run(&["--sitemap", &index, "--urls-file", list.to_str().ok_or("path")?, "--progress"])?;
    out.expect_code(1)?
        .expect_stdout(&format!("PASS {}", server.url("/clean.html")))?
        .expect_stdout(&format!("PASS {}", server.url("/clean.html?uit=sitemap&x=1")))?
        .expect_stdout(&format!("FAIL {}", server.url("/missing-label.html")))?
        .expect_stdout(&format!("FAIL {}", server.url("/overflow.html")))?
        .expect_stdout(&format!("ERROR {}: bad sitemap: not a sitemap", server.url("/sitemap-bad.xml")))?
        .expect_stdout(&format!("ERROR {}: cannot fetch the sitemap: HTTP status 404", server.url("/sitemap-missing.xml")))?
        .expect_stdout("4 page(s): 2 passed, 2 failed, 2 error(s)")?;
    // --progress: one line per page on stderr while running.
    if out.stderr.lines().filter(|l| l.starts_with('[') && l.contains("/4] ")).count() != 4 {
        return Err(format!("expected 4 progress lines on stderr:\n{}", out.stderr).into());
    }
    Ok(())
}

fn baseline_only_new_findings_fail(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let baseline = dir.join("baseline.json");
    let label = server.url("/missing-label.html");
    let contrast = server.url("/low-contrast.html");
    let path = baseline.to_str().ok_or("path")?;
    run(&[&label, "--write-baseline", path])?.expect_code(0)?.expect_stdout(&format!("PASS {label}"))?;
    let written = read_json(&baseline)?;
    let entry = &written["known"][0];
    if written["version"] != 1 || entry["url"] != label.as_str() || entry["rule"] != "label" || entry["target"].as_str().unwrap_or("").is_empty() {
        return Err(format!("unexpected baseline: {written}").into());
    }
    run(&[&label, "--baseline", path])?.expect_code(0)?.expect_stdout("1 known finding(s) from the baseline (not failing)")?;
    let out = run(&[&label, &contrast, "--baseline", path])?;
    out.expect_code(1)?
        .expect_stdout(&format!("PASS {label}"))?
        .expect_stdout(&format!("FAIL {contrast} — 1 new finding(s): axe 1"))?
        .expect_stdout("2 page(s): 1 passed, 1 failed, 0 error(s); 1 new finding(s) (axe 1), 1 known (baseline)")?;
    Ok(())
}

/// `--earl` and `--statement` on a sample of the showcase's own pages (a start page, a component
/// page, an example, the form, the display page, the tokens): nothing fails, the EARL report has an
/// assertion per criterion and never `earl:passed`, and the draft statement claims no more than
/// status C.
fn earl_and_statement_on_the_showcase(_server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let base = common::start_showcase(common::site_options());
    let sample: Vec<String> = ["/", "/componenten/text-input", "/voorbeelden/text-input/met-fout", "/patronen/formulier", "/weergave", "/tokens"]
        .iter()
        .map(|path| format!("{base}{path}"))
        .collect();
    let (earl, statement) = (dir.join("showcase.earl.json"), dir.join("showcase-verklaring.md"));
    let mut args: Vec<&str> = sample.iter().map(String::as_str).collect();
    args.extend(["--earl", earl.to_str().ok_or("path")?, "--statement", statement.to_str().ok_or("path")?]);
    run(&args)?.expect_code(0)?.expect_stdout("6 page(s): 6 passed")?;
    let doc = read_json(&earl)?;
    let assertions = doc["auditSample"].as_array().cloned().unwrap_or_default();
    let outcomes: Vec<&str> = assertions.iter().filter_map(|a| a["result"]["outcome"]["id"].as_str()).collect();
    if outcomes.iter().any(|o| *o == "earl:failed" || *o == "earl:passed") || assertions.iter().filter(|a| a["subject"]["id"] == "_:website").count() != 55 {
        return Err(format!("expected 55 site assertions and none failed or passed; outcomes: {outcomes:?}").into());
    }
    let text = std::fs::read_to_string(&statement)?;
    for needle in [
        "Steekproef: 6 pagina('s). Onderzocht: 6. Niet onderzocht: 0.",
        "Hoogst mogelijke status met alleen dit rapport: C",
        "De automatische controles vonden geen fouten.",
        "Een mens ondertekent deze verklaring",
    ] {
        if !text.contains(needle) {
            return Err(format!("the statement lacks {needle:?}:\n{text}").into());
        }
    }
    // A failed requirement is a table row `| A | **voldoet niet** |`.
    if text.contains("| **voldoet niet** |") {
        return Err(format!("the showcase sample should have no failures:\n{text}").into());
    }
    Ok(())
}

/// `--earl` and `--statement` on fixtures with known failures (4.1.2 `label`, 1.4.3 contrast,
/// 1.4.10 reflow), a clean page and an unreachable one.
fn earl_and_statement(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let unreachable = format!("http://127.0.0.1:{closed}/weg.html");
    let [clean, label, contrast, overflow] = ["clean.html", "missing-label.html", "low-contrast.html", "overflow.html"].map(|p| server.url(&format!("/{p}")));
    let (earl, statement) = (dir.join("run.earl.json"), dir.join("verklaring.md"));
    let (earl_arg, statement_arg) = (earl.to_str().ok_or("path")?, statement.to_str().ok_or("path")?);
    run(&[&clean, &label, &contrast, &overflow, &unreachable, "--earl", earl_arg, "--statement", statement_arg])?.expect_code(1)?;

    // EARL: JSON-LD with the EARL context, every sampled page, every criterion's outcome.
    let doc = read_json(&earl)?;
    if doc["@context"]["earl"] != "http://www.w3.org/ns/earl#" || doc["type"] != "Evaluation" || doc["defineScope"]["wcagVersion"] != "2.2" {
        return Err(format!("not an EARL evaluation: context {} type {}", doc["@context"], doc["type"]).into());
    }
    let sample: Vec<&Value> = doc["selectSample"]["structuredSample"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    for url in [&clean, &label, &contrast, &overflow, &unreachable] {
        if !sample.iter().any(|p| p["id"] == url.as_str() && p["type"][1] == "Webpage") {
            return Err(format!("{url} is not in the sample: {sample:?}").into());
        }
    }
    if !sample.iter().any(|p| p["id"] == unreachable.as_str() && p["description"].as_str().is_some_and(|d| d.contains("niet onderzocht"))) {
        return Err("the unreachable page should be in the sample as not audited".into());
    }
    let assertions = doc["auditSample"].as_array().cloned().unwrap_or_default();
    let outcome = |subject: &str, slug: &str| {
        assertions
            .iter()
            .find(|a| a["subject"]["id"] == subject && a["test"]["id"] == format!("WCAG22:{slug}"))
            .and_then(|a| a["result"]["outcome"]["id"].as_str().map(str::to_owned))
    };
    let site: Vec<&Value> = assertions.iter().filter(|a| a["subject"]["id"] == "_:website").collect();
    let allowed = ["earl:failed", "earl:cantTell", "earl:untested"];
    if site.len() != 55 || !site.iter().all(|a| allowed.contains(&a["result"]["outcome"]["id"].as_str().unwrap_or("")) && a["mode"] == "earl:automatic") {
        return Err(format!("expected 55 site assertions (WCAG 2.2 A/AA), each failed, cantTell or untested; got {}", site.len()).into());
    }
    let expected = [
        ("_:website", "name-role-value", "earl:failed"),
        (label.as_str(), "name-role-value", "earl:failed"),
        (clean.as_str(), "name-role-value", "earl:cantTell"),
        ("_:website", "contrast-minimum", "earl:failed"),
        (contrast.as_str(), "contrast-minimum", "earl:failed"),
        ("_:website", "reflow", "earl:failed"),
        (overflow.as_str(), "reflow", "earl:failed"),
        (clean.as_str(), "reflow", "earl:cantTell"),
        (clean.as_str(), "focus-visible", "earl:cantTell"),
        ("_:website", "consistent-help", "earl:untested"),
    ];
    for (subject, slug, want) in expected {
        if outcome(subject, slug).as_deref() != Some(want) {
            return Err(format!("{subject} × {slug}: expected {want}, got {:?}", outcome(subject, slug)).into());
        }
    }
    if assertions.iter().any(|a| a["subject"]["id"] == unreachable.as_str()) {
        return Err("the unreachable page has no results, so no assertions".into());
    }
    let tool = site[0]["assertedBy"]["title"].as_str().unwrap_or("");
    if !tool.contains("axe-core 4.") || !tool.contains("Chromium 1") {
        return Err(format!("the assertor should name axe-core's and Chromium's versions: {tool:?}").into());
    }

    // The draft statement: the failures with their pages, the unreachable page not audited.
    let text = std::fs::read_to_string(&statement)?;
    let wanted = [
        "| A | **voldoet niet** |".to_owned(),
        "### 4.1.2 Naam, rol, waarde (niveau A)".to_owned(),
        format!("- Pagina <{label}>:\n  - `label` (axe): Form elements must have labels"),
        "### 1.4.3 Contrast (minimum) (niveau AA)".to_owned(),
        format!("- Pagina <{contrast}>:"),
        "### 1.4.10 Reflow (niveau AA)".to_owned(),
        format!("- Pagina <{overflow}>:\n  - `reflow` (reflow): scrolls sideways at 320 CSS px"),
        format!("- <{unreachable}>: niet onderzocht. Reden: could not load"),
        "Steekproef: 5 pagina('s). Onderzocht: 4. Niet onderzocht: 1.".to_owned(),
        "De automatische controles vonden fouten bij 3 eis(en): 1.4.3, 1.4.10, 4.1.2.".to_owned(),
        "Hoogst mogelijke status met alleen dit rapport: C".to_owned(),
        "Een mens ondertekent deze verklaring".to_owned(),
    ];
    for needle in &wanted {
        if !text.contains(needle.as_str()) {
            return Err(format!("the statement lacks {needle:?}:\n{text}").into());
        }
    }
    let rest = text.replace(eenheid_a11y::statement::STATUS_EXPLAINED, "").to_lowercase();
    if ["status a", "status b", "voldoet volledig", "voldoet gedeeltelijk"].iter().any(|claim| rest.contains(claim)) {
        return Err(format!("the statement claims status A or B:\n{text}").into());
    }
    Ok(())
}

fn chromium_killed_mid_run(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let json = dir.join("out.json");
    let slow = server.url("/slow/2500/clean.html?kill");
    let after = server.url("/overflow.html?after-the-crash");
    let before = server.url("/clean.html?before-the-crash");
    let child = binary().args([&before, &slow, &after, "--jobs", "1", "--timeout", "5", "--json", json.to_str().ok_or("path")?]).spawn()?;
    let cli = child.id();
    if !server.wait_for_request("/slow/2500/clean.html?kill", Duration::from_secs(30)) {
        let _ = Command::new("kill").args(["-KILL", &cli.to_string()]).status();
        return Err("the CLI never asked for the slow page".into());
    }
    let main = chromium_main_process(cli).ok_or("no Chromium child process of the CLI")?;
    Command::new("kill").args(["-KILL", &main.to_string()]).status()?;
    let out = finish(child)?;
    out.expect_code(1)?
        .expect_stdout(&format!("PASS {before}"))?
        .expect_stdout(&format!("ERROR {slow}: Chromium stopped (crashed or was killed) while auditing this page"))?
        .expect_stdout("restarted it for the next pages")?
        // Audited after the relaunch, with its own failure.
        .expect_stdout(&format!("FAIL {after} — 1 new finding(s): reflow 1"))?;
    Ok(())
}

/// The Chromium process the CLI started (its direct child; the wrapper script `exec`s Chromium).
fn chromium_main_process(cli: u32) -> Option<u32> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        for pid in eenheid_a11y::browser::processes_mentioning(&format!("a11y-profile-{cli}/")) {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // Fields after the parenthesised command name: state, ppid, …
            let ppid = stat.rsplit_once(") ").and_then(|(_, rest)| rest.split_whitespace().nth(1)).and_then(|p| p.parse::<u32>().ok());
            if ppid == Some(cli) {
                return Some(pid);
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

fn killed_cli_leaves_no_chromium(server: &FixtureServer, _dir: &Path) -> Result<(), Failed> {
    let mut child = binary().args([&server.url("/hang?killed-cli"), "--timeout", "60"]).spawn()?;
    let cli = child.id();
    if !server.wait_for_request("/hang?killed-cli", Duration::from_secs(30)) {
        let _ = child.kill();
        return Err("the CLI never asked for the page".into());
    }
    if eenheid_a11y::browser::processes_mentioning(&format!("a11y-profile-{cli}/")).is_empty() {
        let _ = child.kill();
        return Err("sanity: expected Chromium processes for the running CLI".into());
    }
    child.kill()?;
    let _ = child.wait();
    let left = wait_until_gone(&format!("a11y-profile-{cli}/"), Duration::from_secs(10));
    if !left.is_empty() {
        return Err(format!("Chromium outlived the killed CLI: {left:?}").into());
    }
    Ok(())
}

fn usage_and_setup_errors(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let clean = server.url("/clean.html");
    let bad_baseline = dir.join("bad-baseline.json");
    std::fs::write(&bad_baseline, "[1, 2]")?;
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![], "no URLs to audit"),
        (vec!["--frobnicate"], "invalid option '--frobnicate'"),
        (vec!["file:///etc/passwd"], "not an http(s) URL: \"file:///etc/passwd\""),
        (vec![&clean, "--jobs", "0"], "--jobs must be at least 1"),
        (vec![&clean, "--checks", "axe,typo"], "--checks: unknown check \"typo\" (known: axe, keyboard, reflow, text-spacing, one-look, scripts)"),
        (vec![&clean, "--max-tab-stops", "0"], "--max-tab-stops must be at least 1"),
        (vec![&clean, "--timeout", "soon"], "soon"),
        (vec!["--urls-file", "/nonexistent/urls.txt"], "cannot read --urls-file /nonexistent/urls.txt"),
        (vec![&clean, "--baseline", bad_baseline.to_str().ok_or("path")?], "not a baseline file"),
        (vec![&clean, "--chromium", "/nonexistent/chromium"], "Chromium not found at /nonexistent/chromium: install it with `apt-get install chromium`"),
        (vec![&clean, "--axe", "/nonexistent/axe.min.js"], "axe-core not found"),
    ];
    for (args, expected) in cases {
        let out = run(&args)?;
        out.expect_code(2)?;
        let first = out.stderr.lines().next().unwrap_or_default();
        if !first.starts_with("eenheid-audit: ") || !first.contains(expected) {
            return Err(format!("{args:?}: expected one line with {expected:?} on stderr, got:\n{}", out.stderr).into());
        }
    }
    let help = run(&["--help"])?;
    help.expect_code(0)?;
    for flag in ["--sitemap", "--urls-file", "--json", "--junit", "--earl", "--statement", "--baseline", "--write-baseline", "--one-look", "--checks", "--jobs", "--timeout", "--progress", "--max-tab-stops", "--version", "text-spacing"] {
        help.expect_stdout(flag)?;
    }
    Ok(())
}

/// The walk judges at most `--max-tab-stops` stops and says when the page has more: 21 stops with
/// a limit of 21 is the whole page (the 21st, the button, fails focus-visible), with a limit of 20
/// the walk stops before the button and reports that instead of passing.
fn tab_stop_limit_is_a_finding(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let url = server.url("/focus-fades-in.html");
    let json = dir.join("limit.json");
    let json_path = json.to_str().ok_or("path")?;
    run(&[&url, "--checks", "keyboard", "--max-tab-stops", "21", "--json", json_path])?.expect_code(1)?;
    let report = read_json(&json)?;
    let whole = page(&report, &url)?;
    if rules(whole) != [("keyboard".to_owned(), "focus-visible".to_owned())] || whole["tab_stops"] != 21 {
        return Err(format!("limit 21 = the whole page: expected only focus-visible and 21 stops, got {:?} and {}", rules(whole), whole["tab_stops"]).into());
    }

    run(&[&url, "--checks", "keyboard", "--max-tab-stops", "20", "--json", json_path])?
        .expect_code(1)?
        .expect_stdout(&format!("FAIL {url} — 1 new finding(s): keyboard 1"))?
        .expect_stdout(
            "  keyboard [moderate] tab-stop-limit: the keyboard walk stopped at its limit of 20 Tab stops; the stops after it were not checked: raise --max-tab-stops",
        )?;
    let report = read_json(&json)?;
    let cut = page(&report, &url)?;
    if rules(cut) != [("keyboard".to_owned(), "tab-stop-limit".to_owned())] || cut["tab_stops"] != 20 || cut["findings"][0]["target"] != "html" {
        return Err(format!("limit 20: expected the tab-stop-limit finding on html and 20 stops, got {} and {}", cut["findings"], cut["tab_stops"]).into());
    }
    Ok(())
}

/// A sentence in a box of fixed height: it fits at 1280 px with the WCAG 1.4.12 spacing, and is
/// cut off at 320 px, where it wraps.
fn text_spacing_at_320(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let url = server.url("/text-spacing-narrow.html");
    let json = dir.join("out.json");
    run(&[&url, "--json", json.to_str().ok_or("path")?])?
        .expect_code(1)?
        .expect_stdout(&format!("FAIL {url} — 1 new finding(s): text-spacing 1"))?
        .expect_stdout("  text-spacing [serious] text-spacing: text cut off with the WCAG 1.4.12 text spacing at 320 CSS px: ")?
        .expect_stdout("      at #kader")?
        .expect_stdout("      see https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html")?;
    let report = read_json(&json)?;
    let result = page(&report, &url)?;
    if rules(result) != [("text-spacing".to_owned(), "text-spacing".to_owned())] {
        return Err(format!("expected one text-spacing finding, got {:?}", rules(result)).into());
    }
    // The page's own inline styles are back afterwards: the other checks saw the page as it is.
    let clean = server.url("/clean.html");
    run(&[&clean, "--checks", "text-spacing"])?.expect_code(0)?.expect_stdout(&format!("PASS {clean}"))?;
    Ok(())
}

/// The 30 × 24 px button and the padded link "Meer" fail the design's 44 px touch target; the
/// text links (in a sentence, alone in a list item), the large button, the hidden, invisible and
/// disabled ones and the labelled checkbox do not.
fn one_look_touch_target(server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let url = server.url("/small-touch-target.html");
    let json = dir.join("out.json");
    run(&[&url, "--one-look", "--json", json.to_str().ok_or("path")?])?
        .expect_code(1)?
        .expect_stdout(&format!("FAIL {url} — 2 new finding(s): one-look 2"))?
        .expect_stdout("  one-look [moderate] one-look-touch-target: touch target 30 × 24 CSS px, smaller than --eh-size-touch-target (44 × 44 CSS px)\n      at #klein")?;
    let report = read_json(&json)?;
    let findings: Vec<(String, String)> = page(&report, &url)?["findings"]
        .as_array()
        .map(|list| list.iter().map(|f| (f["rule"].as_str().unwrap_or("").to_owned(), f["target"].as_str().unwrap_or("").to_owned())).collect())
        .unwrap_or_default();
    let touch = |target: &str| ("one-look-touch-target".to_owned(), target.to_owned());
    if findings != [touch("#meer"), touch("#klein")] {
        return Err(format!("expected #meer and #klein as too small, got {findings:?}").into());
    }
    // Without --one-look the design's own target is not judged (axe's 24 px target-size is).
    run(&[&url])?.expect_code(0)?;
    Ok(())
}

/// An empty sitemap audits nothing, and so does a run whose every page fails to load: both exit 1
/// with a line saying no page was audited, never 0.
fn nothing_audited_fails(server: &FixtureServer, _dir: &Path) -> Result<(), Failed> {
    let empty = server.url("/sitemap-empty.xml");
    let out = run(&["--sitemap", &empty])?;
    out.expect_code(1)?.expect_stdout("0 page(s): 0 passed, 0 failed, 0 error(s)")?;
    if !out.stderr.contains("eenheid-audit: no page was audited: the sitemap(s) gave no http(s) page URL") {
        return Err(format!("no clear line on stderr:\n{}", out.stderr).into());
    }
    let closed = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let out = run(&[&format!("http://127.0.0.1:{closed}/")])?;
    out.expect_code(1)?.expect_stdout("1 page(s): 0 passed, 0 failed, 1 error(s)")?;
    if !out.stderr.contains("eenheid-audit: no page was audited: none of the 1 page(s) could be audited") {
        return Err(format!("no clear line on stderr:\n{}", out.stderr).into());
    }
    Ok(())
}

/// The axe-core version pinned in the repository's package-lock.json.
fn pinned_axe_version() -> Result<String, Failed> {
    let lock: Value = serde_json::from_str(&std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../package-lock.json"))?)?;
    Ok(lock["packages"]["node_modules/axe-core"]["version"].as_str().ok_or("no axe-core in package-lock.json")?.to_owned())
}

/// Three lines: this crate's version, the pinned axe-core, and the version Chromium itself
/// reports. Without Chromium: the first two, the reason, exit 2. An `--axe` file is named.
fn version_lines(_server: &FixtureServer, dir: &Path) -> Result<(), Failed> {
    let axe = pinned_axe_version()?;
    let chromium = eenheid_a11y::browser::find_chromium(None)?;
    let own = Command::new(&chromium).arg("--version").output()?;
    let own = String::from_utf8_lossy(&own.stdout).into_owned();
    let number = own.split_whitespace().find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit())).ok_or_else(|| format!("no version in {own:?}"))?;
    let out = run(&["--version"])?;
    out.expect_code(0)?;
    let expected = format!("eenheid-audit {} (Eenheid)\naxe-core {axe} (built in)\nChromium {number} ({})\n", env!("CARGO_PKG_VERSION"), chromium.display());
    if out.stdout != expected {
        return Err(format!("expected:\n{expected}got:\n{}\nstderr:\n{}", out.stdout, out.stderr).into());
    }

    let out = run(&["--version", "--chromium", "/nonexistent/chromium"])?;
    out.expect_code(2)?;
    let first_two = format!("eenheid-audit {} (Eenheid)\naxe-core {axe} (built in)\n", env!("CARGO_PKG_VERSION"));
    if out.stdout != first_two || !out.stderr.starts_with("eenheid-audit: cannot tell the Chromium version: Chromium not found at /nonexistent/chromium") {
        return Err(format!("without Chromium: expected the first two lines and the reason, got:\n{}\nstderr:\n{}", out.stdout, out.stderr).into());
    }

    let other = dir.join("axe.min.js");
    std::fs::write(&other, "/*! axe v9.9.9 */\n")?;
    let out = run(&["--version", "--axe", other.to_str().ok_or("path")?])?;
    out.expect_code(0)?.expect_stdout(&format!("axe-core 9.9.9 (from {}, instead of the built-in {axe})\n", other.display()))?;
    Ok(())
}

/// `cargo install --path a11y-tests --offline` into a temporary root, then the installed binary
/// run from an empty folder outside the repository, without `EENHEID_AXE` or any cargo variable:
/// it audits a page and finds its missing label with the built-in axe-core. (`--debug`: the same
/// build as the tests, so installing reuses this target folder instead of a release build.)
fn installed_binary_needs_only_chromium(server: &FixtureServer, _dir: &Path) -> Result<(), Failed> {
    let outside = std::env::temp_dir().join(format!("eenheid-audit-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&outside);
    let (root, empty) = (outside.join("root"), outside.join("leeg"));
    std::fs::create_dir_all(&empty)?;
    let result = install_and_audit(server, &root, &empty);
    let _ = std::fs::remove_dir_all(&outside);
    result
}

fn install_and_audit(server: &FixtureServer, root: &Path, empty: &Path) -> Result<(), Failed> {
    if let Some(found) = empty.ancestors().map(|d| d.join("node_modules")).find(|d| d.exists()) {
        return Err(format!("sanity: {} is reachable from the empty folder", found.display()).into());
    }
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().ok_or("no target folder")?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let install = Command::new(cargo)
        .args(["install", "--path", env!("CARGO_MANIFEST_DIR"), "--bin", "eenheid-audit", "--offline", "--locked", "--debug", "--quiet", "--root"])
        .arg(root)
        .env("CARGO_TARGET_DIR", target_dir)
        .stdin(Stdio::null())
        .output()?;
    if !install.status.success() {
        return Err(format!("cargo install failed:\n{}", String::from_utf8_lossy(&install.stderr)).into());
    }
    let url = server.url("/missing-label.html");
    let mut command = Command::new(root.join("bin/eenheid-audit"));
    command.arg(&url).current_dir(empty).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy().into_owned();
        if name == "EENHEID_AXE" || name.starts_with("CARGO") || name == "RUSTFLAGS" {
            command.env_remove(name);
        }
    }
    let out = finish(command.spawn()?)?;
    out.expect_code(1)?
        .expect_stdout(&format!("FAIL {url} — 1 new finding(s): axe 1"))?
        .expect_stdout("  axe [critical] label: Form elements must have labels")?;
    let version = Command::new(root.join("bin/eenheid-audit")).arg("--version").current_dir(empty).env_remove("EENHEID_AXE").output()?;
    let version = String::from_utf8_lossy(&version.stdout).into_owned();
    if !version.contains(&format!("axe-core {} (built in)", pinned_axe_version()?)) {
        return Err(format!("the installed binary's --version: {version}").into());
    }
    Ok(())
}

/// The text of the `<testcase>` for `url` × `check`, if any.
fn testcase(xml: &str, url: &str, check: &str) -> Option<String> {
    let escaped = eenheid_a11y::site_report::xml_escape(url);
    let start = xml.find(&format!("<testcase classname=\"{escaped}\" name=\"{check}\""))?;
    let rest = &xml[start..];
    let first_line_end = rest.find('\n').unwrap_or(rest.len());
    if rest[..first_line_end].ends_with("/>") {
        return Some(rest[..first_line_end].to_owned());
    }
    let end = rest.find("</testcase>")? + "</testcase>".len();
    Some(rest[..end].to_owned())
}

/// A small XML well-formedness check: tags nest and close, attribute values are quoted and free of
/// `<`, and every `&` starts a known entity. Enough to catch escaping mistakes.
fn check_well_formed(xml: &str) -> Result<(), Failed> {
    let body = xml.strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").ok_or("no XML declaration")?;
    let mut stack: Vec<String> = Vec::new();
    let mut rest = body;
    let check_text = |text: &str| -> Result<(), Failed> {
        let mut t = text;
        while let Some(i) = t.find('&') {
            let entity = &t[i..];
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| entity.starts_with(e)) {
                return Err(format!("bare & in {text:?}").into());
            }
            t = &t[i + 1..];
        }
        if text.contains('>') || text.chars().any(|c| (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')) {
            return Err(format!("unescaped > or control character in {text:?}").into());
        }
        Ok(())
    };
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open])?;
        let close = rest[open..].find('>').ok_or("unclosed tag")? + open;
        let tag = &rest[open + 1..close];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop().as_deref() != Some(name) {
                return Err(format!("</{name}> closes the wrong element").into());
            }
        } else {
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name = tag.split_whitespace().next().ok_or("empty tag")?;
            // Attributes: name="value" pairs, values without < or raw quotes.
            let mut attrs = tag[name.len()..].trim();
            while !attrs.is_empty() {
                let (_, after) = attrs.split_once("=\"").ok_or_else(|| format!("bad attribute in <{tag}>"))?;
                let (value, after) = after.split_once('"').ok_or_else(|| format!("unterminated attribute in <{tag}>"))?;
                if value.contains('<') {
                    return Err(format!("< in an attribute of <{tag}>").into());
                }
                check_text(value)?;
                attrs = after.trim();
            }
            if !self_closing {
                stack.push(name.to_owned());
            }
        }
        rest = &rest[close + 1..];
    }
    if !stack.is_empty() || !rest.trim().is_empty() {
        return Err(format!("unclosed elements {stack:?}").into());
    }
    Ok(())
}
