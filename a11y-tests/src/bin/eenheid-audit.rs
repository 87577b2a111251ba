//! `eenheid-audit`: the accessibility audit agencies run in CI against their own sites.
//!
//! ```text
//! eenheid-audit [URL…] [--sitemap URL]… [--urls-file FILE]… [options]
//! ```
//!
//! Every page is loaded once in headless Chromium and checked (see `eenheid_a11y::site`):
//! axe-core with WCAG 2.0/2.1/2.2 A + AA, a keyboard walk (every Tab stop has a visible focus
//! indicator and is on screen), reflow at 320 CSS px (no sideways scrolling), text spacing (no text
//! cut off with the WCAG 1.4.12 spacing, at the page width and at 320 CSS px), uncaught JavaScript
//! exceptions, and with `--one-look` colours, fonts, focus rings and touch targets against the
//! Eenheid tokens. `--checks` picks the checks (e.g. `--checks axe` for axe alone).
//!
//! axe-core is built in (the version pinned in package-lock.json): only Chromium is needed.
//!
//! Inputs (combined, duplicates removed, http:// and https:// only):
//! - `URL…`: pages on the command line;
//! - `--sitemap URL`: a sitemap.xml or a sitemap index (followed up to 3 levels), fetched by the
//!   browser; a sitemap that cannot be read is an error line, the other URLs are still audited;
//! - `--urls-file FILE`: one URL per line, `#` starts a comment; `-` reads standard input.
//!
//! Options:
//! - `--json FILE`: the whole run as JSON (summary, pages with status, findings, and the time
//!   spent loading and on each check);
//! - `--junit FILE`: JUnit XML, one test suite, one test case per URL × check;
//! - `--earl FILE`: the run as EARL in JSON-LD, an evaluation the W3C WCAG-EM Report Tool opens:
//!   the sample, and per WCAG 2.2 A/AA criterion an assertion for the site and for each audited
//!   page (see `eenheid_a11y::earl` for the fields);
//! - `--statement FILE`: a draft accessibility statement in Dutch (Markdown): sample, date, tools,
//!   per criterion "voldoet niet" / "voldoet volgens automatische controles" / "handmatig te
//!   onderzoeken", what to fix, and the best status the results allow (C, never A or B);
//! - `--baseline FILE`: known findings (URL + rule + target, JSON); only new findings fail;
//! - `--write-baseline FILE`: write the current findings as a baseline (they then count as known
//!   for this run's exit code);
//! - `--checks LIST`: the checks to run, comma-separated, from `axe`, `keyboard`, `reflow`,
//!   `text-spacing`, `one-look`, `scripts` (default: all but `one-look`);
//! - `--one-look`: also compare with the Eenheid tokens (adds `one-look` to the checks);
//! - `--jobs N`: audit N pages in parallel tabs of one Chromium (default 4: the keyboard walk
//!   mostly waits on Chromium's input pipeline, so tabs overlap well even on 2 cores; the speed
//!   is measured by `cargo xtask bench`, see BENCHMARKS.md);
//! - `--timeout SECS`: limit for loading one page and, separately, for axe on it (default 30);
//! - `--width N`, `--height N`: viewport (default 1280×800);
//! - `--max-tab-stops N`: the keyboard walk judges at most N stops (default 200); a page with more
//!   gets a `tab-stop-limit` finding;
//! - `--progress`: a line per page on stderr as it finishes (default when stderr is a terminal);
//! - `--chromium PATH`, `--axe PATH`: instead of `EENHEID_CHROMIUM` / `EENHEID_AXE` / the defaults
//!   (`/usr/bin/chromium`, the built-in axe-core);
//! - `--version`: the Eenheid, axe-core and Chromium versions (Chromium is started to ask it).
//!
//! Output: a line per page (PASS / FAIL / ERROR) with each new finding (check, impact, rule,
//! target, help URL), then a summary with counts, on stdout.
//!
//! Exit codes: 0 no new findings and every page audited; 1 new findings, a page or sitemap that
//! could not be audited, or no page audited at all (an empty sitemap); 2 usage or setup error (bad
//! flag, no URLs, unreadable input file or baseline, an output file that cannot be written,
//! Chromium missing, an `--axe` file that cannot be read).

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use eenheid_a11y::AuditOptions;
use eenheid_a11y::earl::earl_report;
use eenheid_a11y::evidence::RunInfo;
use eenheid_a11y::site::{Check, PageResult, SiteAuditor, SiteOptions};
use eenheid_a11y::site_report::{Baseline, Summary, human_report, json_report, junit_report, status_line};
use eenheid_a11y::sitemap::{is_http_url, parse_url_list};
use eenheid_a11y::statement::statement_report;

const USAGE: &str = "\
usage: eenheid-audit [URL…] [--sitemap URL]… [--urls-file FILE]… [options]

inputs (http:// and https:// only; combined, duplicates removed):
  URL…                    pages to audit
  --sitemap URL           a sitemap.xml or sitemap index, fetched by the browser
  --urls-file FILE        one URL per line, # starts a comment (- for standard input)

checks per page: axe-core (WCAG 2.0/2.1/2.2 A + AA), keyboard walk (visible focus indicator,
on screen), reflow at 320 CSS px, text spacing (WCAG 1.4.12, at the page width and 320 CSS px),
uncaught JavaScript exceptions

options:
  --checks LIST           checks to run, comma-separated: axe, keyboard, reflow, text-spacing,
                          one-look, scripts (default: all but one-look)
  --one-look              also compare colours, fonts, focus rings and touch targets with the
                          Eenheid tokens
  --json FILE             write the run as JSON (with the time per check per page)
  --junit FILE            write JUnit XML (one test case per URL × check)
  --earl FILE             write EARL (JSON-LD) for the W3C WCAG-EM Report Tool
  --statement FILE        write a draft accessibility statement in Dutch (Markdown)
  --baseline FILE         known findings (URL + rule + target): only new findings fail
  --write-baseline FILE   write the current findings as a baseline
  --jobs N                pages audited in parallel tabs (default 4)
  --timeout SECS          per page: loading, and separately axe (default 30)
  --width N --height N    viewport in CSS px (default 1280×800)
  --max-tab-stops N       keyboard walk limit (default 200; more stops is a finding)
  --progress              one line per page on stderr while running (default on a terminal)
  --chromium PATH         Chromium binary (else EENHEID_CHROMIUM, /usr/bin/chromium)
  --axe PATH              axe.min.js (else EENHEID_AXE, else the built-in axe-core)
  -V, --version           Eenheid, axe-core and Chromium versions
  -h, --help              this text

exit codes: 0 clean; 1 new findings, pages/sitemaps that could not be audited, or no page
            audited at all; 2 usage or setup error";

struct Args {
    urls: Vec<String>,
    sitemaps: Vec<String>,
    url_files: Vec<PathBuf>,
    width: u32,
    height: u32,
    timeout: Duration,
    json: Option<PathBuf>,
    junit: Option<PathBuf>,
    earl: Option<PathBuf>,
    statement: Option<PathBuf>,
    baseline: Option<PathBuf>,
    write_baseline: Option<PathBuf>,
    jobs: usize,
    checks: Vec<Check>,
    one_look: bool,
    max_tab_stops: usize,
    progress: bool,
    chromium: Option<PathBuf>,
    axe: Option<PathBuf>,
    version: bool,
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut args = Args {
        urls: Vec::new(),
        sitemaps: Vec::new(),
        url_files: Vec::new(),
        width: 1280,
        height: 800,
        timeout: Duration::from_secs(30),
        json: None,
        junit: None,
        earl: None,
        statement: None,
        baseline: None,
        write_baseline: None,
        jobs: 4,
        checks: Check::DEFAULT.to_vec(),
        one_look: false,
        max_tab_stops: 200,
        progress: std::io::stderr().is_terminal(),
        chromium: None,
        axe: None,
        version: false,
    };
    let mut parser = lexopt::Parser::from_env();
    let err = |e: lexopt::Error| e.to_string();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Long("sitemap") => args.sitemaps.push(parser.value().map_err(err)?.string().map_err(err)?),
            Long("urls-file") => args.url_files.push(parser.value().map_err(err)?.into()),
            Long("width") => args.width = positive(parser.value().map_err(err)?.parse().map_err(err)?, "--width")?,
            Long("height") => args.height = positive(parser.value().map_err(err)?.parse().map_err(err)?, "--height")?,
            Long("timeout") => {
                let secs: f64 = parser.value().map_err(err)?.parse().map_err(err)?;
                if !(secs.is_finite() && secs > 0.0 && secs <= 3600.0) {
                    return Err("--timeout must be between 0 and 3600 seconds".into());
                }
                args.timeout = Duration::from_secs_f64(secs);
            }
            Long("json") => args.json = Some(parser.value().map_err(err)?.into()),
            Long("junit") => args.junit = Some(parser.value().map_err(err)?.into()),
            Long("earl") => args.earl = Some(parser.value().map_err(err)?.into()),
            Long("statement") => args.statement = Some(parser.value().map_err(err)?.into()),
            Long("baseline") => args.baseline = Some(parser.value().map_err(err)?.into()),
            Long("write-baseline") => args.write_baseline = Some(parser.value().map_err(err)?.into()),
            Long("jobs") | Short('j') => args.jobs = positive(parser.value().map_err(err)?.parse().map_err(err)?, "--jobs")? as usize,
            Long("checks") => args.checks = parse_checks(&parser.value().map_err(err)?.string().map_err(err)?)?,
            Long("one-look") => args.one_look = true,
            Long("max-tab-stops") => args.max_tab_stops = positive(parser.value().map_err(err)?.parse().map_err(err)?, "--max-tab-stops")? as usize,
            Long("progress") => args.progress = true,
            Long("chromium") => args.chromium = Some(parser.value().map_err(err)?.into()),
            Long("axe") => args.axe = Some(parser.value().map_err(err)?.into()),
            Short('V') | Long("version") => args.version = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(url) => args.urls.push(url.string().map_err(err)?),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(args)
}

/// `axe,keyboard`: known names, at least one.
fn parse_checks(list: &str) -> Result<Vec<Check>, String> {
    let mut checks = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let known = Check::ALL.map(Check::name).join(", ");
        let check = Check::from_name(name).ok_or_else(|| format!("--checks: unknown check {name:?} (known: {known})"))?;
        if !checks.contains(&check) {
            checks.push(check);
        }
    }
    if checks.is_empty() {
        return Err("--checks needs at least one check".into());
    }
    Ok(checks)
}

fn positive(n: u32, flag: &str) -> Result<u32, String> {
    if n == 0 { Err(format!("{flag} must be at least 1")) } else { Ok(n) }
}

/// A usage or setup error: one line on stderr, exit code 2.
fn fail_setup(message: &str, usage: bool) -> ExitCode {
    if usage {
        eprintln!("eenheid-audit: {message}\n\n{USAGE}");
    } else {
        eprintln!("eenheid-audit: {message}");
    }
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => return fail_setup(&e, true),
    };
    if args.version {
        return print_versions(&args);
    }

    // Local inputs first: mistakes there are usage errors, found before Chromium starts.
    let mut urls: Vec<String> = args.urls.clone();
    for file in &args.url_files {
        let text = if file.as_os_str() == "-" {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map(|_| text)
        } else {
            std::fs::read_to_string(file)
        };
        match text {
            Ok(text) => urls.extend(parse_url_list(&text)),
            Err(e) => return fail_setup(&format!("cannot read --urls-file {}: {e}", file.display()), false),
        }
    }
    if let Some(bad) = urls.iter().chain(&args.sitemaps).find(|u| !is_http_url(u)) {
        return fail_setup(&format!("not an http(s) URL: {bad:?}"), false);
    }
    if urls.is_empty() && args.sitemaps.is_empty() {
        return fail_setup("no URLs to audit: give URLs, --sitemap or --urls-file", true);
    }
    let baseline = match &args.baseline {
        Some(path) => match std::fs::read_to_string(path).map_err(|e| e.to_string()).and_then(|t| Baseline::parse(&t)) {
            Ok(baseline) => Some(baseline),
            Err(e) => return fail_setup(&format!("--baseline {}: {e}", path.display()), false),
        },
        None => None,
    };

    let mut audit = AuditOptions::default().viewport(args.width, args.height).page_timeout(args.timeout);
    audit.browser.idle_timeout = Duration::from_secs(60).max(args.timeout * 2 + Duration::from_secs(10));
    audit.browser.chromium = args.chromium.clone();
    audit.axe = args.axe.clone();
    let mut checks = args.checks.clone();
    if args.one_look && !checks.contains(&Check::OneLook) {
        checks.push(Check::OneLook);
    }
    let options = SiteOptions { audit, jobs: args.jobs, checks, max_tab_stops: args.max_tab_stops, ..SiteOptions::default() };
    // The auditor lives in main: dropping it (before exit) ends Chromium.
    let auditor = match SiteAuditor::launch(options) {
        Ok(auditor) => auditor,
        Err(e) => return fail_setup(&e.to_string(), false),
    };

    let mut url_errors: Vec<(String, String)> = Vec::new();
    for sitemap in &args.sitemaps {
        let (pages, errors) = auditor.fetch_sitemap(sitemap);
        if args.progress {
            eprintln!("sitemap {sitemap}: {} page(s)", pages.len());
            for (url, error) in &errors {
                eprintln!("ERROR {url}: {error}");
            }
        }
        urls.extend(pages);
        url_errors.extend(errors);
    }
    let mut unique = Vec::with_capacity(urls.len());
    for url in urls {
        if !unique.contains(&url) {
            unique.push(url);
        }
    }
    let urls = unique;

    let started = Instant::now();
    let done = AtomicUsize::new(0);
    let total = urls.len();
    let progress = |_: usize, page: &PageResult| {
        let n = done.fetch_add(1, Ordering::SeqCst) + 1;
        if args.progress {
            eprintln!("[{n}/{total}] {}", status_line(page));
        }
    };
    let mut results = auditor.audit_all(&urls, &progress);
    let checks = auditor.checks();
    let info = RunInfo::now(auditor.axe_version(), auditor.chromium_version(), checks.clone());
    drop(auditor);
    let elapsed = started.elapsed();

    if let Some(baseline) = &baseline {
        baseline.apply(&mut results);
    }
    let mut write_failed = false;
    if let Some(path) = &args.write_baseline {
        let current = Baseline::from_results(&results);
        if let Err(e) = std::fs::write(path, current.to_json()) {
            eprintln!("eenheid-audit: cannot write {}: {e}", path.display());
            write_failed = true;
        }
        current.apply(&mut results);
    }

    print!("{}", human_report(&results, &url_errors));
    if total > 0 {
        println!("{total} page(s) in {:.1} s ({:.2} pages/s)", elapsed.as_secs_f64(), total as f64 / elapsed.as_secs_f64().max(0.001));
    }
    for (path, text) in [
        (&args.json, args.json.as_ref().map(|_| json_report(&results, &url_errors))),
        (&args.junit, args.junit.as_ref().map(|_| junit_report(&results, &url_errors, &checks))),
        (&args.earl, args.earl.as_ref().map(|_| earl_report(&results, &url_errors, &info))),
        (&args.statement, args.statement.as_ref().map(|_| statement_report(&results, &url_errors, &info))),
    ] {
        if let (Some(path), Some(text)) = (path, text)
            && let Err(e) = std::fs::write(path, text)
        {
            eprintln!("eenheid-audit: cannot write {}: {e}", path.display());
            write_failed = true;
        }
    }
    if write_failed {
        return ExitCode::from(2);
    }
    let summary = Summary::of(&results, &url_errors);
    if summary.audited() == 0 {
        let why = if total == 0 { "the sitemap(s) gave no http(s) page URL".to_owned() } else { format!("none of the {total} page(s) could be audited") };
        eprintln!("eenheid-audit: no page was audited: {why}");
    }
    if summary.clean() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// `--version`: Eenheid's version, the axe-core in use and Chromium's, one per line. Chromium is
/// started to ask it; when it cannot be, the first two lines are printed and the reason follows
/// (exit code 2).
fn print_versions(args: &Args) -> ExitCode {
    use eenheid_a11y::axe::{AxeSource, EMBEDDED_AXE_VERSION, axe_source, load_axe, script_version};
    println!("eenheid-audit {} (Eenheid)", env!("CARGO_PKG_VERSION"));
    match axe_source(args.axe.as_deref()) {
        AxeSource::Embedded => println!("axe-core {EMBEDDED_AXE_VERSION} (built in)"),
        AxeSource::File(path) => match load_axe(Some(&path)) {
            Ok(script) => println!(
                "axe-core {} (from {}, instead of the built-in {EMBEDDED_AXE_VERSION})",
                script_version(&script).unwrap_or("of unknown version"),
                path.display()
            ),
            Err(e) => return fail_setup(&e.to_string(), false),
        },
    }
    let options = eenheid_a11y::BrowserOptions { chromium: args.chromium.clone(), ..Default::default() };
    let version = eenheid_a11y::browser::find_chromium(options.chromium.as_deref()).and_then(|path| {
        let browser = eenheid_a11y::Browser::launch(&options)?;
        let product = browser.raw().get_version().map_err(|e| eenheid_a11y::Error::Launch(e.to_string()))?.product;
        Ok((product, path))
    });
    match version {
        Ok((product, path)) => {
            // `HeadlessChrome/146.0.7680.80` or `Chrome/…`: the number is what people compare.
            let number = product.rsplit('/').next().unwrap_or(&product);
            println!("Chromium {number} ({})", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail_setup(&format!("cannot tell the Chromium version: {e}"), false),
    }
}
