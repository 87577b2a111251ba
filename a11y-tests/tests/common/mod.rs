//! What every browser test file shares: the showcase served in this process on a free loopback
//! port, one Auditor (Chromium) that lives in `main` and is dropped before the process exits, and
//! small helpers for assertions and hydrated pages.
//!
//! Each test file is `harness = false` (libtest-mimic) and says `mod common;`.
#![allow(dead_code)] // Not every test file uses every helper.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eenheid_a11y::{AuditOptions, Auditor, Session};
use eenheid_showcase::server::{SiteOptions, serve};
use libtest_mimic::{Arguments, Failed, Trial};

/// A browser test: the Auditor and the showcase's base URL (`http://127.0.0.1:port`).
pub type Test = Box<dyn FnOnce(&mut Auditor, &str) -> Result<(), Failed> + Send>;

/// Runs `tests` one after another against one in-process showcase and one Chromium. If Chromium
/// cannot start, every test fails with that one clear reason.
pub fn run_browser_tests(tests: Vec<(String, Test)>) {
    let args = Arguments::from_args();
    let base = start_showcase(site_options());
    let launched = Auditor::launch(AuditOptions::default());
    let launch_error = launched.as_ref().err().map(ToString::to_string);
    let shared = Arc::new(Mutex::new(launched.ok()));
    let trials = tests
        .into_iter()
        .map(|(name, test)| {
            let shared = Arc::clone(&shared);
            let base = base.clone();
            let launch_error = launch_error.clone();
            Trial::test(name, move || {
                let mut guard = shared.lock().unwrap_or_else(|p| p.into_inner());
                match guard.as_mut() {
                    Some(auditor) => test(auditor, &base),
                    None => Err(launch_error.unwrap_or_default().into()),
                }
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    // Close Chromium before exiting: `exit` skips destructors.
    drop(shared.lock().unwrap_or_else(|p| p.into_inner()).take());
    conclusion.exit();
}

/// A named test, boxed for [`run_browser_tests`].
pub fn test(name: &str, test: fn(&mut Auditor, &str) -> Result<(), Failed>) -> (String, Test) {
    (name.to_owned(), Box::new(test))
}

/// The browser build written by `cargo xtask build-wasm` (`EENHEID_SITE_ROOT`, else the
/// workspace's `target/site`).
pub fn site_options() -> SiteOptions {
    let site_root = std::env::var_os("EENHEID_SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site"));
    SiteOptions::new(site_root)
}

/// Serves the showcase on a free loopback port in a background thread; returns its base URL.
pub fn start_showcase(site: SiteOptions) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port for the showcase");
    let address = listener.local_addr().expect("the showcase's address");
    listener.set_nonblocking(true).expect("non-blocking listener");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("tokio runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            serve(listener, site).await.expect("the showcase server stopped");
        });
    });
    format!("http://{address}")
}

pub fn expect_eq<T: PartialEq + std::fmt::Debug>(actual: T, expected: T, what: &str) -> Result<(), Failed> {
    if actual == expected { Ok(()) } else { Err(format!("{what}: expected {expected:?}, got {actual:?}").into()) }
}

/// Fails with a clear instruction when the loader or any enhancement module is missing.
pub fn require_browser_build() -> Result<(), Failed> {
    let pkg = site_options().site_root.join("pkg");
    let files = eenheid::enhance::Enhancement::ALL.into_iter().flat_map(|e| [format!("{}.js", e.name()), format!("{}_bg.wasm", e.name())]);
    for file in std::iter::once(eenheid::enhance::LOADER_FILE.to_owned()).chain(files) {
        if !pkg.join(&file).exists() {
            return Err(format!("no {file} in {}: run `cargo xtask build-wasm` (cargo xtask test does)", pkg.display()).into());
        }
    }
    Ok(())
}

/// Opens `path` and waits until the enhancement marked by `enhanced` (a JS condition) has run.
/// With `with_axe`, axe-core is injected into every document so the enhanced state can be audited.
pub fn open_enhanced(auditor: &mut Auditor, base: &str, path: &str, enhanced: &str, with_axe: bool) -> Result<Session, Failed> {
    require_browser_build()?;
    let session = auditor.open_session()?;
    if with_axe {
        session.add_init_script(&eenheid_a11y::axe::load_axe(None)?)?;
    }
    session.goto(&format!("{base}{path}"))?;
    session
        .wait_for(enhanced, Duration::from_secs(10))
        .map_err(|e| format!("the enhancement on {path} never ran: {e}; console: {:?}", session.console_errors()))?;
    Ok(session)
}

/// No CSP violation was reported and nothing was logged as an error.
pub fn no_csp_violations_or_errors(session: &Session) -> Result<(), Failed> {
    let csp = session.csp_violations()?;
    if !csp.is_empty() {
        return Err(format!("CSP violations: {csp:?}").into());
    }
    let errors = session.console_errors();
    if !errors.is_empty() {
        return Err(format!("console errors: {errors:?}").into());
    }
    Ok(())
}

/// axe-core over the page as it is now (axe must be in the document, see [`open_enhanced`]).
pub fn axe_clean_now(session: &Session, what: &str) -> Result<(), Failed> {
    let results = eenheid_a11y::axe::run_axe(session.tab(), Duration::from_secs(20))?;
    if !results.violations.is_empty() {
        return Err(format!("axe, {what}: {:?}", results.violations.iter().map(|v| &v.id).collect::<Vec<_>>()).into());
    }
    Ok(())
}

/// The message of a caught panic.
pub fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned())).unwrap_or_else(|| "panic".to_owned())
}
