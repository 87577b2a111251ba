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

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::{root, site_root};

mod audit_speed;

/// The anchors' figures (shared/design/ANCHORS.md), used when GOV.UK Frontend is not installed.
const GOVUK_CSS_GZIP: u64 = 16_100;
const GOVUK_JS_GZIP: u64 = 11_400;

/// The budgets.
/// The whole stylesheet with the dark set (issue 15: at most 10 KB; GOV.UK Frontend 16.1 KB).
const BUDGET_CSS_GZIP: u64 = 10 * 1000;
/// Script + WASM of the heaviest page, gzip.
const BUDGET_PAGE_GZIP: u64 = 30 * 1000;
/// Script + WASM of a page with one small enhancement (password toggle, character count), gzip.
const BUDGET_SMALL_PAGE_GZIP: u64 = 15 * 1000;
/// The small enhancements of that budget.
const SMALL_ENHANCEMENTS: &[&str] = &["password-toggle", "character-count"];
/// Eenheid's SSR against GOV.UK's Nunjucks: the median ratio over rounds.
const BUDGET_SSR_RATIO: f64 = 200.0;
/// A spread between rounds above this (max − min over the median) means the machine was busy.
const DISTURBED_SPREAD: f64 = 0.25;
/// `eenheid-audit` with every check against axe-cli doing axe alone, pages/s (ratio of medians).
const BUDGET_AUDIT_ALL: f64 = 1.0;
/// `eenheid-audit --checks axe` against axe-cli.
const BUDGET_AUDIT_AXE: f64 = 3.0;

struct Options {
    check: bool,
    save: bool,
    build_time: bool,
    audit: bool,
    load: bool,
    rounds: usize,
    round_seconds: f64,
    audit_rounds: usize,
    load_seconds: f64,
    connections: usize,
}

fn parse(args: &[String]) -> Result<Options> {
    let mut options = Options {
        check: false,
        save: false,
        build_time: false,
        audit: true,
        load: true,
        rounds: 7,
        round_seconds: 1.0,
        audit_rounds: 3,
        load_seconds: 20.0,
        connections: 50,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--check" => options.check = true,
            "--save" => options.save = true,
            "--build-time" => options.build_time = true,
            "--no-audit" => options.audit = false,
            "--no-load" => options.load = false,
            "--rounds" => options.rounds = value(arg)?.parse().context("--rounds: a number")?,
            "--audit-rounds" => options.audit_rounds = value(arg)?.parse().context("--audit-rounds: a number")?,
            "--round-seconds" => options.round_seconds = value(arg)?.parse().context("--round-seconds: a number of seconds")?,
            "--load-seconds" => options.load_seconds = value(arg)?.parse().context("--load-seconds: a number of seconds")?,
            "--connections" => options.connections = value(arg)?.parse().context("--connections: a number")?,
            other => bail!(
                "unknown option {other:?}; usage: cargo xtask bench [--check] [--save] [--build-time] [--no-audit] [--no-load] \
                 [--rounds N] [--round-seconds S] [--audit-rounds N] [--load-seconds S] [--connections N]"
            ),
        }
    }
    if options.rounds < 3 || options.audit_rounds == 0 || options.connections == 0 || !(options.load_seconds > 0.0) || !(options.round_seconds > 0.0) {
        bail!("--rounds must be at least 3, --audit-rounds at least 1; --round-seconds, --connections and --load-seconds must be positive");
    }
    Ok(options)
}

/// Runs the benchmarks; `Ok(false)` when `--check` found a missed budget.
pub fn run(args: &[String]) -> Result<bool> {
    let options = parse(args)?;
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
    json_line(Command::new(release.join("render-page")).arg("1").arg("--html").arg(&eenheid_html).arg("--css").arg(&css_path))?;
    let govuk_html = out.join("govuk-page.html");
    let govuk = match govuk_nunjucks(1, &govuk_html) {
        Ok(_) => true,
        Err(error) => {
            notes.push(format!("GOV.UK Nunjucks not measured: {error:#}"));
            false
        }
    };
    // SSR throughput, side by side.
    step(&format!("SSR: {} alternating rounds of {} s per engine", options.rounds, options.round_seconds));
    let ssr = match ssr_rounds(&release, govuk, options.rounds, options.round_seconds) {
        Ok(ssr) => ssr,
        Err(error) if govuk => {
            notes.push(format!("GOV.UK Nunjucks rounds failed, Eenheid measured alone: {error:#}"));
            ssr_rounds(&release, false, options.rounds, options.round_seconds)?
        }
        Err(error) => return Err(error),
    };
    if ssr["disturbed"] == json!(true) {
        notes.push("SSR rounds spread more than 25 % (the machine was busy): run the bench again".to_owned());
    }
    let ratio = ssr["ratio"]["median"].as_f64();
    let html = json!({
        "eenheid": file_sizes(&eenheid_html)?,
        "govuk": govuk.then(|| file_sizes(&govuk_html)).transpose()?,
    });

    // Sizes.
    step("sizes: stylesheet and enhancement modules");
    let css = file_sizes(&css_path)?;
    let govuk_modules = root().join("bench/govuk-nunjucks/node_modules/govuk-frontend/dist/govuk");
    let govuk_css = file_sizes(&govuk_modules.join("govuk-frontend.min.css")).ok();
    let govuk_js = file_sizes(&govuk_modules.join("govuk-frontend.min.js")).ok();
    let pkg = site_root().join("pkg");
    if !pkg.join(eenheid_enhance::LOADER_FILE).exists() {
        step("no enhancement modules in target/site/pkg: building them (cargo xtask build-wasm)");
        if let Err(error) = crate::setup::for_build().and_then(|()| crate::wasm::build()) {
            notes.push(format!("enhancement build failed, no WASM figures: {error:#}"));
        }
    }
    let modules = module_sizes(&pkg).ok();
    step("per page: the script and WASM each showcase page loads");
    let pages = match page_weights(&release, &pkg) {
        Ok(value) => Some(value),
        Err(error) => {
            notes.push(format!("per-page figures not measured: {error:#}"));
            None
        }
    };

    // Load test.
    let load = if options.load {
        step(&format!("load test: {} connections for {} s against the release server", options.connections, options.load_seconds));
        match load_test(&release, &options) {
            Ok(mut value) => {
                step("load test: the journey's routes again, with the answers in PostgreSQL (throw-away cluster)");
                let seconds = value["route_seconds"].as_f64().unwrap_or(2.0);
                match journey_on_postgres(&release, options.connections, seconds) {
                    Ok(postgres) => {
                        let errors = value["errors"].as_u64().unwrap_or(0) + postgres["errors"].as_u64().unwrap_or(0);
                        value["errors"] = json!(errors);
                        if let Some(samples) = value["error_samples"].as_array_mut() {
                            samples.extend(postgres["error_samples"].as_array().cloned().unwrap_or_default());
                        }
                        if let Some(routes) = value["routes"].as_array_mut() {
                            routes.extend(postgres["routes"].as_array().cloned().unwrap_or_default());
                        }
                        value["postgres"] = json!({ "store": postgres["store"], "pool": postgres["pool"] });
                    }
                    Err(error) => notes.push(format!("journey on PostgreSQL not measured: {error:#}")),
                }
                Some(value)
            }
            Err(error) => {
                notes.push(format!("load test failed: {error:#}"));
                None
            }
        }
    } else {
        None
    };

    // Audit speed against the anchor, then the browser suite's time.
    let audit_speed = if options.audit {
        step(&format!("audit speed: eenheid-audit and @axe-core/cli on {} showcase URLs, {} alternating rounds", audit_speed::PAGES, options.audit_rounds));
        match audit_speed::compare(&release, options.audit_rounds, &mut notes) {
            Ok(value) => Some(value),
            Err(error) => {
                notes.push(format!("audit speed not measured: {error:#}"));
                None
            }
        }
    } else {
        None
    };
    let audit = if options.audit {
        step("audit: building, then timing the axe/browser suite (eenheid-a11y --test showcase)");
        match audit_time() {
            Ok(value) => Some(value),
            Err(error) => {
                notes.push(format!("audit not timed: {error:#}"));
                None
            }
        }
    } else {
        None
    };

    // Build time.
    let build = if options.build_time {
        step("build time: clean `cargo build --workspace` in target/bench-build (slow)");
        Some(build_time()?)
    } else {
        None
    };

    let budgets = budgets(&css, pages.as_ref(), ratio, load.as_ref(), audit_speed.as_ref());
    let report = json!({
        "date": utc_now(),
        "machine": machine(),
        "ssr": ssr,
        "html": html,
        "css": { "eenheid": css, "govuk": govuk_css, "govuk_anchor_gzip": GOVUK_CSS_GZIP },
        "enhancements": {
            "modules": modules,
            "pages": pages,
            "govuk_js": govuk_js,
            "govuk_js_anchor_gzip": GOVUK_JS_GZIP,
        },
        "load": load,
        "audit": audit,
        "audit_speed": audit_speed,
        "build": build,
        "budgets": budgets,
        "notes": notes,
    });
    let report_path = out.join("report.json");
    std::fs::write(&report_path, serde_json::to_string_pretty(&report)? + "\n").context("writing target/bench/report.json")?;
    let markdown = markdown(&report);
    std::fs::write(out.join("BENCHMARKS.md"), &markdown)?;
    println!("\n{}", terminal_table(&report));
    println!("Report: {}", report_path.display());
    if options.save {
        std::fs::write(root().join("BENCHMARKS.md"), &markdown).context("writing BENCHMARKS.md")?;
        println!("Saved: BENCHMARKS.md");
    } else {
        println!("(--save writes these figures to BENCHMARKS.md)");
    }
    // A budget whose measurement did not run counts as missed: never assume a budget is met.
    let missed = report["budgets"].as_array().into_iter().flatten().any(|b| b["met"] != json!(true));
    Ok(!(options.check && missed))
}

fn step(text: &str) {
    eprintln!("bench: {text}");
}

fn number(value: &Value, key: &str) -> f64 {
    value[key].as_f64().unwrap_or(0.0)
}

/// Runs a command that prints one JSON line (the last line of its output).
fn json_line(command: &mut Command) -> Result<Value> {
    let line = format!("{command:?}");
    let output = command.current_dir(root()).stderr(Stdio::inherit()).output().with_context(|| format!("could not start {line}"))?;
    if !output.status.success() {
        bail!("{line} failed ({})", output.status);
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout.lines().rev().find(|l| l.trim_start().starts_with('{')).with_context(|| format!("{line} printed no JSON"))?;
    serde_json::from_str(last).with_context(|| format!("{line} printed {last:?}"))
}

/// GOV.UK's page through Nunjucks: checks node, installs the anchor's packages with `npm ci` when
/// they are missing, and runs `bench.js`.
/// Eenheid's `render-page --rounds` and GOV.UK's `bench.js --rounds`, each warm in its own
/// process, take turns: `rounds` rounds of `seconds` each, the first engine swapped every round.
fn ssr_rounds(release: &Path, govuk: bool, rounds: usize, seconds: f64) -> Result<Value> {
    let mut eenheid = RoundProcess::start(Command::new(release.join("render-page")).arg("--rounds"))?;
    let mut anchor = if govuk {
        Some(RoundProcess::start(Command::new("node").arg(root().join("bench/govuk-nunjucks/bench.js")).arg("--rounds"))?)
    } else {
        None
    };
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (e, g) = if round % 2 == 0 {
            let e = eenheid.round(seconds)?;
            (e, anchor.as_mut().map(|a| a.round(seconds)).transpose()?)
        } else {
            let g = anchor.as_mut().map(|a| a.round(seconds)).transpose()?;
            (eenheid.round(seconds)?, g)
        };
        ours.push(e);
        if let Some(g) = g {
            theirs.push(g);
            ratios.push(e / g);
        }
    }
    let spread = |values: &[f64]| spread_of(values);
    let disturbed = spread(&ours).is_some_and(|s| s > DISTURBED_SPREAD) || spread(&theirs).is_some_and(|s| s > DISTURBED_SPREAD);
    Ok(json!({
        "rounds": rounds,
        "round_seconds": seconds,
        "eenheid": summary(&ours),
        "govuk": (!theirs.is_empty()).then(|| summary(&theirs)),
        "ratio": (!ratios.is_empty()).then(|| summary(&ratios)),
        "disturbed": disturbed,
    }))
}

/// Median, min and max of `values`, and their spread ((max − min) / median).
fn summary(values: &[f64]) -> Value {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    json!({
        "median": sorted[sorted.len() / 2],
        "min": sorted[0],
        "max": sorted[sorted.len() - 1],
        "spread": spread_of(values),
        "rounds": values,
    })
}

fn spread_of(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = *sorted.get(sorted.len() / 2)?;
    (median > 0.0).then(|| (sorted[sorted.len() - 1] - sorted[0]) / median)
}

/// A renderer that answers one JSON line per round asked on its stdin.
struct RoundProcess {
    child: Child,
    input: std::process::ChildStdin,
    output: std::io::BufReader<std::process::ChildStdout>,
}

impl RoundProcess {
    fn start(command: &mut Command) -> Result<RoundProcess> {
        let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().context("starting a renderer")?;
        let input = child.stdin.take().context("the renderer's stdin")?;
        let output = std::io::BufReader::new(child.stdout.take().context("the renderer's stdout")?);
        Ok(RoundProcess { child, input, output })
    }

    /// Renders for `seconds`; pages per second.
    fn round(&mut self, seconds: f64) -> Result<f64> {
        use std::io::BufRead;
        writeln!(self.input, "{seconds}")?;
        self.input.flush()?;
        let mut line = String::new();
        self.output.read_line(&mut line)?;
        let value: Value = serde_json::from_str(line.trim()).with_context(|| format!("a round answered {line:?}"))?;
        value["pages_per_s"].as_f64().context("a round without pages_per_s")
    }
}

impl Drop for RoundProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn govuk_nunjucks(pages: usize, html: &Path) -> Result<Value> {
    let dir = root().join("bench/govuk-nunjucks");
    if Command::new("node").arg("--version").output().is_err() {
        bail!("node is not installed: install Node.js and npm (`apt-get install nodejs npm`), then run `npm ci` in bench/govuk-nunjucks");
    }
    if !dir.join("node_modules/govuk-frontend").exists() || !dir.join("node_modules/nunjucks").exists() {
        if Command::new("npm").arg("--version").output().is_err() {
            bail!("bench/govuk-nunjucks/node_modules is missing and npm is not installed: `apt-get install npm`, then `npm ci` in bench/govuk-nunjucks");
        }
        step("installing GOV.UK Frontend and Nunjucks: npm ci in bench/govuk-nunjucks");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .context("could not start npm")?;
        if !status.success() {
            bail!("`npm ci` in bench/govuk-nunjucks failed ({status}); run it by hand to see why (it needs the npm registry)");
        }
    }
    json_line(Command::new("node").arg(dir.join("bench.js")).arg(pages.to_string()).arg(html))
}

fn gzip(bytes: &[u8]) -> Result<u64> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

fn brotli(bytes: &[u8]) -> Result<u64> {
    let mut output = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut output, 4096, 11, 22);
        writer.write_all(bytes)?;
        writer.flush()?;
    }
    Ok(output.len() as u64)
}

/// Raw, gzip -9 and brotli (quality 11) size of a file, in bytes.
fn file_sizes(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(json!({ "raw": bytes.len(), "gzip": gzip(&bytes)?, "brotli": brotli(&bytes)? }))
}

/// Each enhancement module (`<name>.js` + `<name>_bg.wasm`) and the loader, with their sizes,
/// and all of them together.
fn module_sizes(pkg: &Path) -> Result<Value> {
    let gzip_of = |file: &str| -> Result<u64> { gzip(&std::fs::read(pkg.join(file)).with_context(|| format!("reading pkg/{file}"))?) };
    let mut modules = Vec::new();
    let (mut total_raw, mut total_gzip) = (0, 0);
    for enhancement in eenheid_enhance::Enhancement::ALL {
        let name = enhancement.name();
        let (js, wasm) = (format!("{name}.js"), format!("{name}_bg.wasm"));
        let raw = std::fs::metadata(pkg.join(&js))?.len() + std::fs::metadata(pkg.join(&wasm))?.len();
        let (js_gzip, wasm_gzip) = (gzip_of(&js)?, gzip_of(&wasm)?);
        total_raw += raw;
        total_gzip += js_gzip + wasm_gzip;
        modules.push(json!({ "name": name, "raw": raw, "js_gzip": js_gzip, "wasm_gzip": wasm_gzip, "gzip": js_gzip + wasm_gzip }));
    }
    let loader = gzip_of(eenheid_enhance::LOADER_FILE)?;
    Ok(json!({ "modules": modules, "loader_gzip": loader, "total_raw": total_raw, "total_gzip": total_gzip + loader }))
}

/// For every GET page of the showcase (`eenheid-showcase --pages`), served by the release server:
/// the modules its HTML names and the gzip bytes of the loader + those modules.
fn page_weights(release: &Path, pkg: &Path) -> Result<Value> {
    let output = Command::new(release.join("eenheid-showcase")).arg("--pages").output().context("eenheid-showcase --pages")?;
    let mut paths: Vec<String> = String::from_utf8_lossy(&output.stdout).lines().map(str::to_owned).collect();
    if paths.is_empty() {
        bail!("eenheid-showcase --pages listed no pages");
    }
    // The example service's start page and its question pages, as a first visit gets them.
    paths.push(JOURNEY_PATH.to_owned());
    paths.extend(["wie-verhuist", "nieuw-adres", "verhuisdatum", "doorgeven"].map(|step| format!("{JOURNEY_PATH}/{step}")));
    let (_server, address) = start_server(release, &root().join("target/bench/page-weight-data"), &[])?;
    let gzip_of = |file: &str| -> Result<u64> { gzip(&std::fs::read(pkg.join(file)).with_context(|| format!("reading pkg/{file}"))?) };
    let loader = gzip_of(eenheid_enhance::LOADER_FILE)?;
    let mut pages = Vec::new();
    for path in &paths {
        let Some(html) = http_get(&address, path)? else {
            // Not a page on a first visit (a journey step that needs earlier answers redirects).
            continue;
        };
        let mut names: Vec<String> = module_names(&html);
        names.sort();
        names.dedup();
        let mut bytes = 0;
        // The loader counts when the page carries it, named modules or not (a stray one is a fault).
        if !names.is_empty() || html.contains(&format!("/{}\"", eenheid_enhance::LOADER_FILE)) {
            bytes += loader;
        }
        for name in &names {
            bytes += gzip_of(&format!("{name}.js"))? + gzip_of(&format!("{name}_bg.wasm"))?;
        }
        pages.push(json!({ "path": path, "modules": names, "gzip": bytes }));
    }
    let mut sorted: Vec<u64> = pages.iter().map(|p| p["gzip"].as_u64().unwrap_or(0)).collect();
    sorted.sort_unstable();
    let largest = pages.iter().max_by_key(|p| p["gzip"].as_u64().unwrap_or(0)).cloned().unwrap_or(Value::Null);
    let small: Vec<&Value> = pages
        .iter()
        .filter(|p| matches!(p["modules"].as_array().map(Vec::as_slice), Some([one]) if SMALL_ENHANCEMENTS.iter().any(|s| one == s)))
        .collect();
    let largest_small = small.iter().max_by_key(|p| p["gzip"].as_u64().unwrap_or(0)).map(|p| (*p).clone()).unwrap_or(Value::Null);
    if pages.is_empty() {
        bail!("no page answered");
    }
    Ok(json!({
        "pages": pages.len(),
        "without_script": sorted.iter().filter(|&&b| b == 0).count(),
        "median_gzip": sorted[sorted.len() / 2],
        "largest": largest,
        "largest_small": largest_small,
        "small_pages": small.len(),
        "every_page": pages,
    }))
}

/// The `data-eh-module` names in `html` (enhancements the page asks for).
fn module_names(html: &str) -> Vec<String> {
    let marker = format!("{}=\"", eenheid_enhance::MODULE_ATTRIBUTE);
    html.split(marker.as_str()).skip(1).filter_map(|rest| rest.split('"').next()).flat_map(|names| names.split_whitespace().map(str::to_owned)).collect()
}

/// A GET over HTTP/1.0 on loopback: the body of a 200 or 404 page, `None` for anything else (a
/// redirect).
fn http_get(address: &str, path: &str) -> Result<Option<String>> {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(address)?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((response.as_str(), ""));
    let status = head.split_whitespace().nth(1).unwrap_or("");
    Ok(matches!(status, "200" | "404").then(|| body.to_owned()))
}

/// Kills the server when the load test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Starts the showcase release server on a free port with its data in `data_dir` (cleared
/// first) and `env` (say, `EENHEID_DATABASE_URL`); stops when the returned guard drops.
fn start_server(release: &Path, data_dir: &Path, env: &[(&str, String)]) -> Result<(Server, String)> {
    let port = free_port()?;
    if data_dir.exists() {
        std::fs::remove_dir_all(data_dir).with_context(|| format!("clearing {}", data_dir.display()))?;
    }
    let mut child = Command::new(release.join("eenheid-showcase"))
        .env("PORT", port.to_string())
        .env("EENHEID_SITE_ROOT", site_root())
        .env("EENHEID_DATA_DIR", data_dir)
        .env_remove("EENHEID_DATABASE_URL")
        .envs(env.iter().map(|(name, value)| (name, value)))
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .context("could not start the showcase release server")?;
    let address = format!("127.0.0.1:{port}");
    let started = Instant::now();
    while std::net::TcpStream::connect(&address).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            bail!("the showcase server stopped at once ({status}): is port {port} taken?");
        }
        if started.elapsed() > Duration::from_secs(15) {
            let _ = child.kill();
            let _ = child.wait();
            bail!("the showcase server did not listen on {address} within 15 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((Server(child), address))
}

fn load_test(release: &Path, options: &Options) -> Result<Value> {
    // The journey's answers go to a fresh folder of the bench's own.
    let (_server, address) = start_server(release, &root().join("target/bench/eenheid-data"), &[])?;
    let component = "text-input";
    let mut routes = vec![
        "home|GET|/||Alle componenten".to_owned(),
        format!("component page|GET|/componenten/{component}||<h1"),
        format!(
            "form POST (valid)|POST|{}|naam=Jan+Jansen&postcode=1234+ab&provincie=utrecht&wie=post&melden=duo&datum-dag=27&datum-maand=3&datum-jaar=2027|Bedankt",
            FORM_PATH
        ),
        format!("form POST (errors)|POST|{FORM_PATH}|naam=&postcode=12345&melden=geen&melden=duo|Er is een probleem"),
        format!("stylesheet|GET|/static/{}||--eh-", stylesheet_file_name()?),
    ];
    routes.extend(journey_routes(&address));
    let run = |routes: &[String], seconds: f64| load_run(release, &address, options.connections, routes, seconds);
    // Each route alone, for its own slice of time (a slow route is not hidden by the fast ones),
    // then all of them mixed.
    let slice = (options.load_seconds / routes.len() as f64).max(2.0);
    let mut alone = Vec::new();
    let mut errors = 0;
    let mut samples = Vec::new();
    for route in &routes {
        let result = run(std::slice::from_ref(route), slice)?;
        errors += result["errors"].as_u64().unwrap_or(0);
        samples.extend(result["error_samples"].as_array().cloned().unwrap_or_default());
        alone.extend(result["routes"].as_array().cloned().unwrap_or_default());
    }
    let mut mixed = run(&routes, options.load_seconds)?;
    errors += mixed["errors"].as_u64().unwrap_or(0);
    samples.extend(mixed["error_samples"].as_array().cloned().unwrap_or_default());
    mixed["mixed_routes"] = mixed["routes"].take();
    mixed["routes"] = Value::Array(with_store(alone, "redb"));
    mixed["route_seconds"] = json!(slice);
    mixed["errors"] = json!(errors);
    mixed["error_samples"] = Value::Array(samples);
    Ok(mixed)
}

/// One `load-test` run of `routes` against `address`.
fn load_run(release: &Path, address: &str, connections: usize, routes: &[String], seconds: f64) -> Result<Value> {
    let mut command = Command::new(release.join("load-test"));
    command
        .args(["--base", &format!("http://{address}")])
        .args(["--connections", &connections.to_string()])
        .args(["--seconds", &seconds.to_string()]);
    for route in routes {
        command.args(["--route", route]);
    }
    json_line(&mut command)
}

/// The journey's routes, each alone for `seconds`, against the release server with its answers
/// in PostgreSQL: a throw-away cluster (eenheid-test-postgres, the one the tests use) with
/// PostgreSQL's durable defaults, as a service would run it, so the row compares with redb's
/// (which syncs each commit too). Each route's name says the store.
fn journey_on_postgres(release: &Path, connections: usize, seconds: f64) -> Result<Value> {
    let cluster = eenheid_test_postgres::Cluster::try_start(eenheid_test_postgres::Durability::Durable).map_err(anyhow::Error::msg)?;
    let version = cluster.sql(eenheid_test_postgres::DATABASE, "SHOW server_version").map_err(anyhow::Error::msg)?;
    let version = version.split_whitespace().next().unwrap_or("?").to_owned();
    // Declared after the cluster, so the server stops first.
    let (_server, address) = start_server(release, &root().join("target/bench/eenheid-data-unused"), &[("EENHEID_DATABASE_URL", cluster.url()), ("EENHEID_DATABASE_POOL", POSTGRES_POOL.to_string())])?;
    let routes = journey_routes(&address);
    if routes.len() < 2 {
        bail!("the journey did not answer on PostgreSQL");
    }
    let mut measured = Vec::new();
    let (mut errors, mut samples) = (0, Vec::new());
    for route in routes.iter().filter(|r| !r.starts_with("journey start")) {
        let result = load_run(release, &address, connections, std::slice::from_ref(route), seconds)?;
        errors += result["errors"].as_u64().unwrap_or(0);
        samples.extend(result["error_samples"].as_array().cloned().unwrap_or_default());
        measured.extend(result["routes"].as_array().cloned().unwrap_or_default());
    }
    Ok(json!({
        "store": format!("PostgreSQL {version}"),
        "pool": POSTGRES_POOL,
        "routes": with_store(measured, &format!("PostgreSQL {version}")),
        "errors": errors,
        "error_samples": samples,
    }))
}

/// The pool size of the PostgreSQL run (the showcase's default).
const POSTGRES_POOL: usize = 16;

/// Names each journey route's store ("journey POST (answer saved), redb").
fn with_store(routes: Vec<Value>, store: &str) -> Vec<Value> {
    routes
        .into_iter()
        .map(|mut route| {
            if route["name"].as_str().is_some_and(|name| name.starts_with("journey")) {
                route["name"] = json!(format!("{}, {store}", route["name"].as_str().unwrap_or("")));
                route["store"] = json!(store);
            }
            route
        })
        .collect()
}

const FORM_PATH: &str = "/patronen/formulier";
const JOURNEY_PATH: &str = "/verhuizing-doorgeven";

/// The hashed stylesheet name, read from the file `render-page --css` wrote (same hash function
/// as `eenheid::style::stylesheet_file_name`, which the server uses).
fn stylesheet_file_name() -> Result<String> {
    let html = std::fs::read_to_string(root().join("target/bench/eenheid-page.html"))?;
    let start = html.find("/static/eenheid").context("no stylesheet link in the rendered page")? + "/static/".len();
    let end = html[start..].find('"').context("unterminated stylesheet link")? + start;
    Ok(html[start..end].to_owned())
}

/// The change-of-address journey (when the showcase has it): its start page, and its first
/// question posted with a valid answer inside a session (cookie + form token, as a browser sends
/// them; the answer is saved, the server redirects to the next question). Empty when the journey
/// does not exist.
fn journey_routes(address: &str) -> Vec<String> {
    use std::io::Read;
    let step = format!("{JOURNEY_PATH}/wie-verhuist");
    let fetch = |path: &str| -> Option<String> {
        let mut stream = std::net::TcpStream::connect(address).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").ok()?;
        let mut response = String::new();
        stream.read_to_string(&mut response).ok()?;
        Some(response)
    };
    let mut routes = Vec::new();
    if fetch(JOURNEY_PATH).is_some_and(|r| r.starts_with("HTTP/1.1 200")) {
        routes.push(format!("journey start|GET|{JOURNEY_PATH}||<h1"));
    }
    if fetch(&step).is_some_and(|r| r.starts_with("HTTP/1.1 200") && r.contains("name=\"csrf\"")) {
        routes.push(format!("journey step page|GET|{step}||name=\"wie\"|{step}"));
        routes.push(format!("journey POST (answer saved)|POST|{step}|wie=alleen|{JOURNEY_PATH}/nieuw-adres|{step}"));
    }
    routes
}

/// Builds the a11y suite, then times only its run.
fn audit_time() -> Result<Value> {
    if !Path::new("/usr/bin/chromium").exists() {
        bail!("Chromium is missing: `cargo xtask test` installs it (or `apt-get install chromium`)");
    }
    if !root().join("node_modules/axe-core/axe.min.js").exists() {
        bail!("axe-core is missing: run `npm ci` in the repository root (or `cargo xtask build-wasm`)");
    }
    let output = crate::cargo()
        .args(["test", "--package", "eenheid-a11y", "--test", "showcase", "--no-run", "--message-format=json-render-diagnostics"])
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .context("could not start cargo")?;
    if !output.status.success() {
        bail!("building the a11y suite failed");
    }
    let executable = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["target"]["name"] == "showcase" && m["profile"]["test"] == json!(true))
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .context("cargo did not name the a11y test binary")?;
    let started = Instant::now();
    let run = Command::new(&executable)
        .current_dir(root().join("a11y-tests"))
        .env("EENHEID_SITE_ROOT", site_root())
        // Timing only: a changed snapshot fails the test but writes no .snap.new file.
        .env("INSTA_UPDATE", "no")
        .stderr(Stdio::inherit())
        .output()
        .context("could not start the a11y suite")?;
    let seconds = started.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&run.stdout);
    // One trial per page: the site's pages ("page /…") and every example ("example slug/name").
    let pages = stdout
        .lines()
        .filter(|l| ["test page ", "test example ", "test axe "].iter().any(|p| l.starts_with(p)))
        .count();
    let tests = stdout.lines().filter(|l| l.starts_with("test ") && (l.ends_with(" ok") || l.ends_with("FAILED"))).count();
    let failed = stdout.lines().filter(|l| l.starts_with("test ") && l.ends_with("FAILED")).count();
    Ok(json!({
        "seconds": seconds,
        "pages": pages,
        "tests": tests,
        "failed": failed,
        "seconds_per_page": if pages > 0 { seconds / pages as f64 } else { 0.0 },
        "passed": run.status.success(),
    }))
}

/// A clean debug build of the workspace in its own target folder (the shared one stays untouched).
fn build_time() -> Result<Value> {
    let dir = root().join("target/bench-build");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).context("clearing target/bench-build")?;
    }
    let started = Instant::now();
    crate::run(crate::cargo().args(["build", "--workspace"]).env("CARGO_TARGET_DIR", &dir))?;
    Ok(json!({ "seconds": started.elapsed().as_secs_f64(), "command": "cargo build --workspace (clean, CARGO_TARGET_DIR=target/bench-build)" }))
}

fn budgets(css: &Value, pages: Option<&Value>, ratio: Option<f64>, load: Option<&Value>, audit_speed: Option<&Value>) -> Value {
    let audit_ratio = |key: &str| audit_speed.and_then(|a| a[key].as_f64());
    let ratio_text = |r: Option<f64>| r.map(|r| format!("{r:.1}× axe-cli")).unwrap_or_else(|| "not measured (no axe-cli figure)".into());
    let css_gzip = css["gzip"].as_u64().unwrap_or(0);
    let largest = pages.and_then(|p| p["largest"]["gzip"].as_u64());
    let largest_small = pages.and_then(|p| p["largest_small"]["gzip"].as_u64());
    let without = pages.and_then(|p| Some((p["without_script"].as_u64()?, p["pages"].as_u64()?)));
    let form_post_ok = load.map(|l| {
        l["routes"].as_array().into_iter().flatten().any(|r| r["method"] == "POST" && r["errors"] == 0 && r["requests"].as_u64().unwrap_or(0) > 0)
    });
    let load_errors = load.and_then(|l| l["errors"].as_u64());
    json!([
        {
            "name": "CSS (with the dark set) ≤ 10 KB gzip",
            "value": kb(css_gzip),
            "met": css_gzip <= BUDGET_CSS_GZIP,
            "fix": "Serve only the sheets a page uses (one file per family), strip the comments and whitespace \
                    stylist leaves in, and merge repeated @media blocks.",
        },
        {
            "name": "script + WASM of the largest page ≤ 30 KB gzip",
            "value": largest.map(kb).unwrap_or_else(|| "not measured".into()),
            "met": largest.map(|g| g <= BUDGET_PAGE_GZIP),
            "fix": "See target/bench/report.json `enhancements.pages.every_page`: shrink the largest modules \
                    (twiggy on the wasm-bindgen output with --keep-debug), or move a page's behaviour to CSS.",
        },
        {
            "name": "script + WASM of a page with one small enhancement ≤ 15 KB gzip",
            "value": largest_small.map(kb).unwrap_or_else(|| "not measured".into()),
            "met": largest_small.map(|g| g <= BUDGET_SMALL_PAGE_GZIP),
            "fix": "The module's floor is the wasm-bindgen glue and the allocator: see eenheid-enhance's dom.rs.",
        },
        {
            "name": "a page without enhancements loads no script and no WASM",
            "value": without.map(|(none, all)| format!("{none} of {all} pages load nothing")).unwrap_or_else(|| "not measured".into()),
            "met": pages.map(|p| p["every_page"].as_array().into_iter().flatten().all(|page| page["modules"].as_array().is_some_and(|m| !m.is_empty()) || page["gzip"] == 0)),
            "fix": "A component that renders LoaderScript without a data-eh-module element: render the script only with the element.",
        },
        {
            "name": "SSR ≥ 200× GOV.UK Nunjucks (median of interleaved rounds)",
            "value": ratio.map(|r| format!("{r:.0}×")).unwrap_or_else(|| "not measured (no Nunjucks figure)".into()),
            "met": ratio.map(|r| r >= BUDGET_SSR_RATIO),
            "fix": "Profile with `cargo bench -p eenheid --bench render` and cut allocations in the slowest component \
                    (String building in props, class joins, format! of ids).",
        },
        {
            "name": "eenheid-audit, every check, at least as fast per page as @axe-core/cli doing axe alone",
            "value": ratio_text(audit_ratio("ratio_all")),
            "met": audit_ratio("ratio_all").map(|r| r >= BUDGET_AUDIT_ALL),
            "fix": "See `audit_speed.check_millis_per_page` in target/bench/report.json for the slow check; every \
                    DevTools call costs a round trip: batch them (see a11y-tests/src/keyboard.rs).",
        },
        {
            "name": "eenheid-audit --checks axe at least 3× as fast as @axe-core/cli",
            "value": ratio_text(audit_ratio("ratio_axe")),
            "met": audit_ratio("ratio_axe").map(|r| r >= BUDGET_AUDIT_AXE),
            "fix": "Check that axe stays an init script of each tab (sent once per tab, not per page) and that \
                    pages are not loaded twice.",
        },
        {
            "name": "zero JavaScript to render or submit any page",
            "value": match form_post_ok {
                Some(true) => "form POSTs answered over plain HTTP",
                Some(false) => "form POST failed in the load test",
                None => "not measured (load test not run)",
            },
            "met": form_post_ok,
            "evidence": "Pages are complete server HTML; the load test posts the form without any script. Browser tests \
                         with scripts disabled: a11y-tests/tests/showcase.rs `form keeps every value after a server \
                         error, JavaScript off` and a11y-tests/tests/journey.rs `journey, JavaScript off: error, change loop, every \
                         value kept`.",
            "fix": "A page or form that needs JavaScript is a bug: render it on the server, enhance with a module.",
        },
        {
            "name": "load test: 0 errors",
            "value": load_errors.map(|e| format!("{e} errors")).unwrap_or_else(|| "not run".into()),
            "met": load_errors.map(|e| e == 0),
            "fix": "Read error_samples in target/bench/report.json: every non-2xx answer or dropped connection counts.",
        },
    ])
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn size_cell(value: &Value, key: &str) -> String {
    value.get(key).and_then(Value::as_u64).map(kb).unwrap_or_else(|| "–".into())
}

fn rate(value: f64) -> String {
    if value >= 100.0 { format!("{value:.0}") } else { format!("{value:.1}") }
}

/// The rows of the report: (what, Eenheid, anchor, note).
fn rows(report: &Value) -> Vec<[String; 4]> {
    let mut rows = Vec::new();
    let ssr = &report["ssr"];
    let spread = |v: &Value| format!("{} ({}–{})", rate(number(v, "median")), rate(number(v, "min")), rate(number(v, "max")));
    rows.push([
        format!("SSR, change-of-address page (pages/s, 1 thread; median (min–max) of {} interleaved rounds of {} s)", ssr["rounds"], ssr["round_seconds"]),
        spread(&ssr["eenheid"]),
        if ssr["govuk"].is_null() { "not measured".into() } else { spread(&ssr["govuk"]) },
        if ssr["ratio"].is_null() {
            String::new()
        } else {
            let r = &ssr["ratio"];
            format!("{:.0}× GOV.UK ({:.0}–{:.0}×){}", number(r, "median"), number(r, "min"), number(r, "max"), if ssr["disturbed"] == json!(true) { ", DISTURBED: rounds spread > 25 %" } else { "" })
        },
    ]);
    let html = &report["html"];
    rows.push([
        "rendered page HTML, raw / gzip".into(),
        format!("{} / {}", size_cell(&html["eenheid"], "raw"), size_cell(&html["eenheid"], "gzip")),
        if html["govuk"].is_null() { "–".into() } else { format!("{} / {}", size_cell(&html["govuk"], "raw"), size_cell(&html["govuk"], "gzip")) },
        String::new(),
    ]);
    let css = &report["css"];
    rows.push([
        "stylesheet, raw / gzip -9 / brotli".into(),
        format!("{} / {} / {}", size_cell(&css["eenheid"], "raw"), size_cell(&css["eenheid"], "gzip"), size_cell(&css["eenheid"], "brotli")),
        if css["govuk"].is_null() {
            format!("– / {} / –", kb(GOVUK_CSS_GZIP))
        } else {
            format!("{} / {} / {}", size_cell(&css["govuk"], "raw"), size_cell(&css["govuk"], "gzip"), size_cell(&css["govuk"], "brotli"))
        },
        format!("GOV.UK Frontend {}, all components", report["machine"]["tools"]["govuk-frontend"].as_str().unwrap_or("(anchor figure)")),
    ]);
    let enhancements = &report["enhancements"];
    let script_anchor = if enhancements["govuk_js"].is_null() {
        format!("– / {} / –", kb(GOVUK_JS_GZIP))
    } else {
        let js = &enhancements["govuk_js"];
        format!("{} / {} / {}", size_cell(js, "raw"), size_cell(js, "gzip"), size_cell(js, "brotli"))
    };
    let modules = &enhancements["modules"];
    rows.push([
        "all enhancement modules + loader, raw / gzip -9".into(),
        format!("{} / {}", size_cell(modules, "total_raw"), size_cell(modules, "total_gzip")),
        script_anchor.clone(),
        "anchor: GOV.UK's JS for all components (raw / gzip / brotli)".into(),
    ]);
    for module in modules["modules"].as_array().into_iter().flatten() {
        rows.push([
            format!("module `{}`, JS + WASM gzip -9", module["name"].as_str().unwrap_or("?")),
            format!("{} + {} = {}", size_cell(module, "js_gzip"), size_cell(module, "wasm_gzip"), size_cell(module, "gzip")),
            String::new(),
            String::new(),
        ]);
    }
    let pages = &enhancements["pages"];
    if !pages.is_null() {
        let page_cell = |page: &Value| format!("{} ({})", size_cell(page, "gzip"), page["path"].as_str().unwrap_or("–"));
        rows.push([
            "script + WASM per page: largest".into(),
            page_cell(&pages["largest"]),
            format!("{} (all of it)", kb(GOVUK_JS_GZIP)),
            format!("modules: {}", pages["largest"]["modules"].as_array().map(|m| m.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", ")).unwrap_or_default()),
        ]);
        rows.push([
            "script + WASM per page: median".into(),
            kb(pages["median_gzip"].as_u64().unwrap_or(0)),
            String::new(),
            format!("{} GET pages of the showcase", pages["pages"]),
        ]);
        rows.push([
            "script + WASM, largest page with one small enhancement".into(),
            page_cell(&pages["largest_small"]),
            String::new(),
            format!("{} such pages (password toggle or character count alone)", pages["small_pages"]),
        ]);
        rows.push([
            "pages that load no script and no WASM".into(),
            format!("{} of {}", pages["without_script"], pages["pages"]),
            String::new(),
            "0 bytes each".into(),
        ]);
    }
    if let Some(speed) = report["audit_speed"].as_object() {
        let versions = &speed["versions"];
        let cell = |key: &str| {
            let figure = &speed[key];
            if figure.is_null() { "not measured".to_owned() } else { format!("{} pages/s", spread(figure)) }
        };
        // Any tool's rounds spread over 25 %: the machine was busy; say so next to the figure.
        let disturbed = ["axe_cli", "eenheid_all", "eenheid_axe"].iter().any(|key| speed[*key]["spread"].as_f64().is_some_and(|s| s > DISTURBED_SPREAD));
        let ratio = |key: &str| {
            let text = speed[key].as_f64().map(|r| format!("{r:.1}× axe-cli")).unwrap_or_default();
            if disturbed { format!("{text}, DISTURBED: rounds spread > 25 %") } else { text }
        };
        let how = format!("{} showcase URLs, median (min–max) of {} alternating rounds", speed["pages"], speed["rounds"]);
        rows.push([
            format!("audit speed, eenheid-audit, every default check (axe, keyboard, reflow, text-spacing, scripts; 4 tabs) ({how})"),
            cell("eenheid_all"),
            cell("axe_cli"),
            format!(
                "{}; anchor: @axe-core/cli {} (axe alone, 1 tab, chromedriver {})",
                ratio("ratio_all"),
                versions["axe_cli"].as_str().unwrap_or("–"),
                versions["chromedriver"].as_str().unwrap_or("–")
            ),
        ]);
        rows.push([
            "audit speed, eenheid-audit --checks axe (4 tabs)".into(),
            cell("eenheid_axe"),
            cell("axe_cli"),
            format!("{}; both run axe-core {} in {}", ratio("ratio_axe"), versions["axe_core"].as_str().unwrap_or("–"), versions["chromium"].as_str().unwrap_or("–")),
        ]);
        if let Some(millis) = speed["check_millis_per_page"].as_object() {
            let parts: Vec<String> = millis.iter().map(|(k, v)| format!("{k} {} ms", v.as_f64().unwrap_or(0.0))).collect();
            rows.push(["  eenheid-audit, time per page in each tab (last round)".into(), parts.join(", "), String::new(), String::new()]);
        }
    }
    if let Some(audit) = report["audit"].as_object() {
        rows.push([
            "a11y suite (axe + browser checks), wall time".into(),
            format!("{:.0} s, {:.2} s/page", audit["seconds"].as_f64().unwrap_or(0.0), audit["seconds_per_page"].as_f64().unwrap_or(0.0)),
            String::new(),
            format!(
                "{} pages, {} tests{}",
                audit["pages"],
                audit["tests"],
                if audit["passed"] == json!(true) { String::new() } else { format!(", {} FAILED", audit["failed"]) }
            ),
        ]);
    }
    if let Some(build) = report["build"].as_object() {
        rows.push([
            "clean debug build of the workspace".into(),
            format!("{:.0} s", build["seconds"].as_f64().unwrap_or(0.0)),
            String::new(),
            String::new(),
        ]);
    }
    if let Some(load) = report["load"].as_object() {
        rows.push([
            format!("load test, {} connections, all routes mixed ({:.0} s)", load["connections"], load["seconds"].as_f64().unwrap_or(0.0)),
            format!("{} req/s", rate(load["requests_per_s"].as_f64().unwrap_or(0.0))),
            String::new(),
            format!("{} requests; {} errors in all runs", load["requests"], load["errors"]),
        ]);
        for route in load["routes"].as_array().into_iter().flatten() {
            rows.push([
                format!(
                    "  alone for {:.0} s: {} {} {}",
                    load["route_seconds"].as_f64().unwrap_or(0.0),
                    route["name"].as_str().unwrap_or(""),
                    route["method"].as_str().unwrap_or(""),
                    route["path"].as_str().unwrap_or("")
                ),
                format!("{} req/s", rate(route["requests_per_s"].as_f64().unwrap_or(0.0))),
                String::new(),
                format!(
                    "p50 {:.1} ms, p99 {:.1} ms, {} errors",
                    route["p50_ms"].as_f64().unwrap_or(0.0),
                    route["p99_ms"].as_f64().unwrap_or(0.0),
                    route["errors"]
                ),
            ]);
        }
    }
    rows
}

fn budget_lines(report: &Value) -> Vec<(String, String, String)> {
    report["budgets"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|b| {
            let verdict = match b["met"].as_bool() {
                Some(true) => "met",
                Some(false) => "MISSED",
                None => "NOT MEASURED (counts as missed)",
            };
            (b["name"].as_str().unwrap_or("").to_owned(), format!("{verdict} ({})", b["value"].as_str().unwrap_or("")), b["fix"].as_str().unwrap_or("").to_owned())
        })
        .collect()
}

fn terminal_table(report: &Value) -> String {
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
    let mut out = vec![format!("Eenheid benchmarks, {} — {}", report["date"].as_str().unwrap_or(""), machine_line(report)), String::new()];
    out.push(line(header));
    for row in &rows {
        out.push(line([&row[0], &row[1], &row[2], &row[3]]));
    }
    out.push(String::new());
    out.push("Budgets:".into());
    for (name, verdict, fix) in budget_lines(report) {
        out.push(format!("  {name}: {verdict}"));
        if verdict.starts_with("MISSED") {
            out.push(format!("    fix: {fix}"));
        }
    }
    for note in report["notes"].as_array().into_iter().flatten() {
        out.push(format!("Note: {}", note.as_str().unwrap_or("")));
    }
    out.join("\n")
}

fn machine_line(report: &Value) -> String {
    let m = &report["machine"];
    format!(
        "{} × {}, {}",
        m["cores"],
        m["cpu"].as_str().unwrap_or("unknown CPU"),
        m["rustc"].as_str().unwrap_or("rustc ?")
    )
}

fn markdown(report: &Value) -> String {
    let mut md = String::new();
    md.push_str("# Benchmarks\n\n");
    md.push_str(&format!(
        "Latest run: **{}** on {} ({}; node {}). Generated by `cargo xtask bench --save`; the raw figures are in \
         `target/bench/report.json`.\n\n",
        report["date"].as_str().unwrap_or(""),
        machine_line(report),
        report["machine"]["os"].as_str().unwrap_or(""),
        report["machine"]["node"].as_str().unwrap_or("not installed"),
    ));
    md.push_str(&format!("Tools: {}.\n\n", tools_line(report)));
    md.push_str("| | Eenheid | anchor (GOV.UK Frontend) | |\n|---|---|---|---|\n");
    for row in rows(report) {
        md.push_str(&format!("| {} | {} | {} | {} |\n", row[0].trim(), row[1], row[2], row[3]));
    }
    md.push_str("\n## Budgets\n\n`cargo xtask bench --check` exits non-zero when one is missed (not part of the CI tests: \
                 timings depend on the machine).\n\n| budget | result | what would fix a miss |\n|---|---|---|\n");
    for (name, verdict, fix) in budget_lines(report) {
        md.push_str(&format!("| {name} | {verdict} | {fix} |\n"));
    }
    if let Some(evidence) = report["budgets"].as_array().into_iter().flatten().find_map(|b| b["evidence"].as_str()) {
        md.push_str(&format!("\nZero JavaScript: {evidence}\n"));
    }
    let notes: Vec<&str> = report["notes"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    if !notes.is_empty() {
        md.push_str("\n## Notes from this run\n\n");
        for note in notes {
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

fn command_text(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn machine() -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("PRETTY_NAME=").map(|v| v.trim_matches('"').to_owned())))
        .unwrap_or_else(|| std::env::consts::OS.to_owned());
    json!({
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "cpu": cpu,
        "os": os,
        "rustc": command_text("rustc", &["--version"]),
        "node": command_text("node", &["--version"]),
        "tools": tool_versions(),
    })
}

/// The version of every tool a figure depends on, read from what is installed (not typed in).
fn tool_versions() -> Value {
    let npm_version = |package_json: &str| -> Option<String> {
        let text = std::fs::read_to_string(root().join(package_json)).ok()?;
        serde_json::from_str::<Value>(&text).ok()?["version"].as_str().map(str::to_owned)
    };
    let locked = |package: &str| crate::setup::locked_version(package).ok();
    let first_line = |program: &str| command_text(program, &["--version"]).map(|v| v.lines().next().unwrap_or_default().to_owned());
    json!({
        "leptos": locked("leptos"),
        "wasm-bindgen": locked("wasm-bindgen"),
        "govuk-frontend": npm_version("bench/govuk-nunjucks/node_modules/govuk-frontend/package.json"),
        "nunjucks": npm_version("bench/govuk-nunjucks/node_modules/nunjucks/package.json"),
        "axe-core": npm_version("node_modules/axe-core/package.json"),
        "@axe-core/cli": npm_version("bench/axe-cli/node_modules/@axe-core/cli/package.json"),
        "binaryen (wasm-opt)": npm_version("node_modules/binaryen/package.json"),
        "terser": npm_version("node_modules/terser/package.json"),
        "chromium": first_line("/usr/bin/chromium"),
    })
}

/// `name version, name version, …` of the tools that are installed.
fn tools_line(report: &Value) -> String {
    report["machine"]["tools"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, version)| version.as_str().map(|v| format!("{name} {v}")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The current UTC time, `YYYY-MM-DD HH:MM UTC` (no date crate needed).
fn utc_now() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (seconds / 86_400) as i64;
    let (hour, minute) = ((seconds % 86_400) / 3600, (seconds % 3600) / 60);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journey_rows_name_their_store_with_rate_and_p99() {
        let route = |name: &str, method: &str| json!({ "name": name, "method": method, "path": "/verhuizing-doorgeven/wie-verhuist", "requests_per_s": 850.0, "p50_ms": 20.0, "p99_ms": 61.5, "errors": 0, "requests": 100 });
        let mut routes = with_store(vec![route("home", "GET"), route("journey POST (answer saved)", "POST")], "redb");
        routes.extend(with_store(vec![route("journey POST (answer saved)", "POST")], "PostgreSQL 15.18"));
        assert_eq!(routes[0]["name"], "home", "only the journey's routes name a store");
        let report = json!({ "load": { "connections": 50, "seconds": 20.0, "requests_per_s": 900.0, "requests": 1000, "errors": 0, "route_seconds": 2.0, "routes": routes } });
        let rows = rows(&report);
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
