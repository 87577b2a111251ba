//! The static export (`cargo xtask export`), served the way a static host serves it: the folder
//! under tower-http's `ServeDir` (404.html for unknown addresses, no headers of its own, no
//! showcase code), then checked from the outside:
//! - every component and example of the registry is there, in Dutch and in English, with the
//!   home, tokens, patterns and 404 pages and the notes for what needs the server;
//! - every `href`, `src`, `action` and `srcset` on every page resolves to a file of the export, a
//!   `#fragment` into another page to an id there, and no form sends anything to the host (GET
//!   only, to a page that exists);
//! - in Chromium, every page: axe-core finds nothing, its `<meta>` policy comes first in `<head>`,
//!   nothing breaks that policy, nothing is logged as an error, and the enhancements a page names
//!   all start (the page waits for the loader's ready marker);
//! - the `<meta>` policy is really enforced (an inline script is refused), and an enhancement
//!   works on a static page in both languages.
//!
//! `harness = false`: the export, the file server and Chromium are made once in `main`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eenheid_a11y::{AuditOptions, Auditor, Session};
use libtest_mimic::{Arguments, Failed, Trial};
use scraper::{Html, Selector};

use common::{expect_eq, panic_text};

/// The exported folder and the address it is served on.
struct Served {
    dir: PathBuf,
    base: String,
}

fn main() {
    let args = Arguments::from_args();
    let dir = std::env::temp_dir().join(format!("eenheid-export-{}", std::process::id()));
    let started = Instant::now();
    let exported = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
        .block_on(eenheid_showcase::export::export(common::site_options(), &dir));
    let export_error = match &exported {
        Ok(summary) => {
            eprintln!("export: {summary:?} in {:.1} s", started.elapsed().as_secs_f64());
            None
        }
        Err(error) => Some(format!("the export failed: {error}")),
    };
    let served = Arc::new(Served { base: serve_folder(&dir), dir: dir.clone() });
    let auditor = Arc::new(Mutex::new(Auditor::launch(AuditOptions::default()).map_err(|e| e.to_string())));

    type Check = fn(&Served, &Mutex<Result<Auditor, String>>) -> Result<(), Failed>;
    let checks: [(&str, Check); 5] = [
        ("every page of the registry is exported in both languages", |served, _| every_page_is_there(served)),
        ("every link, asset, fragment and form target resolves to a file of the export", |served, _| every_link_resolves(served)),
        ("every exported page passes axe, keeps to its meta policy, logs no error and enhances", every_page_in_chromium),
        ("the meta policy is enforced: an inline script is refused", meta_policy_is_enforced),
        ("an enhancement works on a static page, in Dutch and in English", enhancement_works),
    ];
    let trials = checks
        .into_iter()
        .map(|(name, check)| {
            let (served, auditor, export_error) = (Arc::clone(&served), Arc::clone(&auditor), export_error.clone());
            Trial::test(name, move || {
                if let Some(error) = export_error {
                    return Err(error.into());
                }
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&served, &auditor)))
                    .unwrap_or_else(|panic| Err(panic_text(&panic).into()))
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    drop(std::mem::replace(&mut *auditor.lock().unwrap_or_else(|p| p.into_inner()), Err("closed".into())));
    let _ = std::fs::remove_dir_all(&dir);
    conclusion.exit();
}

/// Serves `dir` as a plain static host would: files as they are, `index.html` for a folder,
/// `404.html` with status 404 for anything else. Returns the base URL.
fn serve_folder(dir: &Path) -> String {
    use tower_http::services::{ServeDir, ServeFile};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port for the file server");
    let address = listener.local_addr().expect("the file server's address");
    listener.set_nonblocking(true).expect("non-blocking listener");
    let files = ServeDir::new(dir).not_found_service(ServeFile::new(dir.join("404.html")));
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            axum::serve(listener, axum::Router::new().fallback_service(files)).await.expect("the file server stopped");
        });
    });
    format!("http://{address}")
}

/// Every `.html` file of the export, as the path a visitor asks for (`/componenten/button/`).
fn html_pages(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                let relative = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                out.push(match relative.strip_suffix("index.html") {
                    Some(folder) => format!("/{folder}"),
                    None => format!("/{relative}"),
                });
            }
        }
    }
    let mut pages = Vec::new();
    walk(dir, dir, &mut pages);
    pages.sort();
    pages
}

/// The file that answers the local `path` (no query, no fragment), if the export has it.
fn file_for(dir: &Path, path: &str) -> Option<PathBuf> {
    let relative = path.trim_start_matches('/');
    let file = if path.ends_with('/') { dir.join(relative).join("index.html") } else { dir.join(relative) };
    file.is_file().then_some(file)
}

/// What the registry says must be there, worked out here on its own (not from the export code).
fn every_page_is_there(served: &Served) -> Result<(), Failed> {
    let registry = eenheid::catalogue::registry();
    if registry.len() < 10 {
        return Err(format!("the registry has only {} components", registry.len()).into());
    }
    let mut expected = vec!["/".to_owned(), "/tokens/".into(), "/patronen/".into(), "/404.html".into()];
    for entry in registry {
        expected.push(format!("/componenten/{}/", entry.slug));
        expected.extend(entry.examples.iter().map(|example| format!("/voorbeelden/{}/{}/", entry.slug, example.name)));
    }
    // What needs the server: a note in its place.
    expected.extend(["/verhuizing-doorgeven/", "/patronen/formulier/", "/weergave/"].map(str::to_owned));
    let english: Vec<String> = expected.iter().map(|path| format!("/en{path}")).collect();
    expected.extend(english);
    let missing: Vec<&String> = expected.iter().filter(|path| file_for(&served.dir, path).is_none()).collect();
    if !missing.is_empty() {
        return Err(format!("{} of {} pages are missing, e.g. {:?}", missing.len(), expected.len(), &missing[..missing.len().min(10)]).into());
    }
    // The browser build: the loader and every module it may import.
    for enhancement in eenheid::enhance::Enhancement::ALL {
        for file in [format!("/pkg/{}.js", enhancement.name()), format!("/pkg/{}_bg.wasm", enhancement.name())] {
            if file_for(&served.dir, &file).is_none() {
                return Err(format!("{file} is missing").into());
            }
        }
    }
    let pages = html_pages(&served.dir);
    eprintln!("export: {} HTML pages ({} expected from the registry)", pages.len(), expected.len());
    // The Dutch page and its English twin carry different text.
    let nl = std::fs::read_to_string(served.dir.join("componenten/button/index.html"))?;
    let en = std::fs::read_to_string(served.dir.join("en/componenten/button/index.html"))?;
    expect_eq((nl.contains("lang=\"nl\""), en.contains("lang=\"en\"")), (true, true), "the languages of /componenten/button/")?;
    Ok(())
}

fn select(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"))
}

/// Every local URL on every page points at a file; every `#fragment` at an id on its page; every
/// form uses GET to a page of the export.
fn every_link_resolves(served: &Served) -> Result<(), Failed> {
    let pages = html_pages(&served.dir);
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut documents = Vec::new();
    for page in &pages {
        let file = file_for(&served.dir, page).ok_or_else(|| format!("{page}: no file"))?;
        let document = Html::parse_document(&std::fs::read_to_string(file)?);
        ids.insert(page.clone(), document.select(&select("[id]")).filter_map(|e| e.value().attr("id").map(str::to_owned)).collect());
        documents.push((page.clone(), document));
    }
    let mut problems = Vec::new();
    let mut checked = 0;
    let urls = select("[href], [src], [action], [formaction], [srcset]");
    for (page, document) in &documents {
        for element in document.select(&urls) {
            let element = element.value();
            let mut values: Vec<&str> = ["href", "src", "action", "formaction"].iter().filter_map(|a| element.attr(a)).collect();
            values.extend(element.attr("srcset").into_iter().flat_map(|s| s.split(',')).filter_map(|c| c.split_whitespace().next()));
            for value in values {
                checked += 1;
                if value.starts_with("//") || value.contains(':') && !value.starts_with('/') && !value.starts_with('#') {
                    continue; // another site, mailto:, …
                }
                let (without_fragment, fragment) = value.split_once('#').map_or((value, None), |(u, f)| (u, Some(f)));
                let path = without_fragment.split('?').next().unwrap_or_default();
                let target = if path.is_empty() {
                    page.clone()
                } else if path.starts_with('/') {
                    path.to_owned()
                } else {
                    problems.push(format!("{page}: relative address {value:?}"));
                    continue;
                };
                if file_for(&served.dir, &target).is_none() {
                    problems.push(format!("{page}: {value:?} has no file in the export"));
                    continue;
                }
                // Fragments into another page (the export wrote both ends). Examples link to made-up
                // fragments on their own page (`#start`, `#wijzigen`), as on the server: not checked.
                let into_other_page = fragment.filter(|f| !f.is_empty() && target != *page);
                if let Some(fragment) = into_other_page.filter(|f| ids.get(&target).is_some_and(|ids| !ids.contains(*f))) {
                    problems.push(format!("{page}: {value:?}: no id {fragment:?} on {target}"));
                }
            }
        }
        for form in document.select(&select("form")) {
            let method = form.value().attr("method").unwrap_or("get").to_ascii_lowercase();
            let action = form.value().attr("action").unwrap_or(page);
            if method != "get" || !action.ends_with('/') {
                problems.push(format!("{page}: a form with method {method:?} to {action:?} (a static host takes GET to a page only)"));
            }
        }
        for button in document.select(&select("[formmethod]")) {
            if !button.value().attr("formmethod").is_some_and(|m| m.eq_ignore_ascii_case("get")) {
                problems.push(format!("{page}: a button with formmethod {:?}", button.value().attr("formmethod")));
            }
        }
    }
    eprintln!("links: {checked} addresses on {} pages checked", pages.len());
    if checked < pages.len() * 10 {
        return Err(format!("only {checked} addresses on {} pages: the pages look empty", pages.len()).into());
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("{} problems:\n{}", problems.len(), problems.join("\n")).into()) }
}

fn open(auditor: &Mutex<Result<Auditor, String>>, with_axe: bool) -> Result<Session, Failed> {
    let guard = auditor.lock().unwrap_or_else(|p| p.into_inner());
    let auditor = guard.as_ref().map_err(|e| format!("Chromium did not start: {e}"))?;
    let session = auditor.open_session()?;
    if with_axe {
        session.add_init_script(&eenheid_a11y::axe::load_axe(None)?)?;
    }
    Ok(session)
}

/// The state of a loaded page that the checks need, in one round trip.
const PAGE_STATE: &str = "({ \
    metaFirst: document.head.firstElementChild?.getAttribute('http-equiv') === 'Content-Security-Policy', \
    modules: document.querySelectorAll('[data-eh-module]').length, \
    sheets: [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet !== null) })";

fn every_page_in_chromium(served: &Served, auditor: &Mutex<Result<Auditor, String>>) -> Result<(), Failed> {
    let mut pages = html_pages(&served.dir);
    if pages.len() < 100 {
        return Err(format!("only {} pages in the export", pages.len()).into());
    }
    common::require_browser_build()?;
    // An address the export does not have, one folder deep: the host's 404.html must still work
    // there (its links and files are root-relative).
    pages.push(UNKNOWN.to_owned());
    let started = Instant::now();
    // One tab per core, each reused for its share of the pages (axe is loaded once per tab).
    let tabs = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
    let sessions = (0..tabs).map(|_| open(auditor, true)).collect::<Result<Vec<_>, _>>()?;
    let share = pages.len().div_ceil(tabs);
    let outcomes: Vec<Result<Checked, Failed>> = std::thread::scope(|scope| {
        let workers: Vec<_> = sessions
            .iter()
            .zip(pages.chunks(share))
            .map(|(session, pages)| scope.spawn(move || check_pages(session, &served.base, pages)))
            .collect();
        workers.into_iter().map(|worker| worker.join().unwrap_or_else(|panic| Err(panic_text(&panic).into()))).collect()
    });
    let mut problems = Vec::new();
    let (mut enhanced, mut loading, mut axe) = (0, Duration::ZERO, Duration::ZERO);
    for outcome in outcomes {
        let checked = outcome?;
        problems.extend(checked.problems);
        enhanced += checked.enhanced;
        loading += checked.loading;
        axe += checked.axe;
    }
    eprintln!(
        "chromium: {} pages (the last an unknown address) in {:.1} s on {tabs} tabs ({:.1} s loading and enhancing, {:.1} s axe, \
         summed over tabs), {enhanced} of them enhanced",
        pages.len(),
        started.elapsed().as_secs_f64(),
        loading.as_secs_f64(),
        axe.as_secs_f64()
    );
    if enhanced == 0 {
        problems.push("no page with an enhancement was checked".into());
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("{} problems:\n{}", problems.len(), problems.join("\n")).into()) }
}

/// An address the export does not have.
const UNKNOWN: &str = "/bestaat/niet/";

/// What one tab found on its share of the pages.
#[derive(Default)]
struct Checked {
    problems: Vec<String>,
    /// Pages whose enhancements all started.
    enhanced: usize,
    /// Time spent loading pages and waiting for their enhancements, and running axe.
    loading: Duration,
    axe: Duration,
}

/// Loads each of `pages` in `session` and checks it.
fn check_pages(session: &Session, base: &str, pages: &[String]) -> Result<Checked, Failed> {
    let mut checked = Checked::default();
    let Checked { problems, enhanced, .. } = &mut checked;
    let (mut loading, mut axe) = (Duration::ZERO, Duration::ZERO);
    for page in pages {
        let started = Instant::now();
        session.goto(&format!("{base}{page}"))?;
        let state = session.eval_json(PAGE_STATE)?;
        if state["metaFirst"] != true {
            problems.push(format!("{page}: the meta policy is not the first element of <head>"));
        }
        if state["sheets"] != true {
            problems.push(format!("{page}: a stylesheet did not load"));
        }
        if state["modules"].as_u64().unwrap_or(0) > 0 {
            let ready = format!("document.documentElement.hasAttribute('{}')", eenheid_showcase::READY_MARKER);
            match session.wait_for(&ready, Duration::from_secs(10)) {
                Ok(()) => *enhanced += 1,
                Err(error) => problems.push(format!("{page}: the enhancements never started: {error}")),
            }
        }
        loading += started.elapsed();
        let started = Instant::now();
        let results = eenheid_a11y::axe::run_axe(session.tab(), Duration::from_secs(20))?;
        axe += started.elapsed();
        for violation in &results.violations {
            problems.push(format!("{page}: axe {} {:?}", violation.id, violation.nodes.iter().map(|n| &n.target).take(3).collect::<Vec<_>>()));
        }
        problems.extend(session.csp_violations()?.into_iter().map(|v| format!("{page}: CSP {v}")));
        // The unknown address answers 404 by design, which Chromium logs; nothing else may.
        let errors = session.console_errors().into_iter().filter(|e| !(page == UNKNOWN && e.contains("404")));
        problems.extend(errors.map(|e| format!("{page}: console {e}")));
    }
    checked.loading = loading;
    checked.axe = axe;
    Ok(checked)
}

/// Without this the other checks could pass with no policy in force at all.
fn meta_policy_is_enforced(served: &Served, auditor: &Mutex<Result<Auditor, String>>) -> Result<(), Failed> {
    let session = open(auditor, false)?;
    session.goto(&format!("{}/componenten/button/", served.base))?;
    let ran = session.eval_json(
        "(() => { const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true'; \
         document.head.append(s); return window.__inlineRan === true; })()",
    )?;
    expect_eq(ran, serde_json::json!(false), "an inline script ran")?;
    session.wait_for("(window.__ehCsp || []).some(v => v.startsWith('script-src'))", Duration::from_secs(5))?;
    Ok(())
}

/// The character count, as the site test does it on the server: type, and the count changes.
fn enhancement_works(served: &Served, auditor: &Mutex<Result<Auditor, String>>) -> Result<(), Failed> {
    common::require_browser_build()?;
    let session = open(auditor, false)?;
    for (page, left) in [("/componenten/character-count/", "495"), ("/en/componenten/character-count/", "495")] {
        session.goto(&format!("{}{page}", served.base))?;
        session
            .wait_for(&format!("document.documentElement.hasAttribute('{}')", eenheid_showcase::READY_MARKER), Duration::from_secs(10))
            .map_err(|e| format!("{page}: the enhancements never ran: {e}; console: {:?}", session.console_errors()))?;
        session.click("#vb-standaard-toelichting")?;
        session.tab().type_str("Hallo")?;
        session.wait_for(
            &format!("[...document.querySelectorAll('.eh-character-count__status')].some(e => e.textContent.includes('{left}'))"),
            Duration::from_secs(5),
        )?;
        common::no_csp_violations_or_errors(&session)?;
    }
    Ok(())
}
