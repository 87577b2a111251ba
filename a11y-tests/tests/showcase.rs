//! The showcase under audit: every example of the registry (plus the site's own pages) through
//! axe-core in Chromium, and proof that the islands build hydrates and reacts under the strict CSP.
//!
//! `harness = false` (libtest-mimic): the Auditor, and with it Chromium, lives in `main` and is
//! dropped before the process exits. The showcase runs in this process on a free loopback port.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eenheid_a11y::{AuditOptions, Auditor, format_report};
use eenheid_showcase::server::{SiteOptions, serve};
use libtest_mimic::{Arguments, Failed, Trial};

type Shared = Arc<Mutex<Option<Auditor>>>;

fn main() {
    let args = Arguments::from_args();
    let site = site_options();
    let base = start_showcase(site.clone());
    let launched = Auditor::launch(AuditOptions::default());
    let launch_error = launched.as_ref().err().map(ToString::to_string);
    let shared: Shared = Arc::new(Mutex::new(launched.ok()));

    let with_auditor = |name: String, test: Box<dyn FnOnce(&mut Auditor, &str) -> Result<(), Failed> + Send>| {
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
    };

    let mut trials = Vec::new();
    // One audit per page: the site's own pages, then every example in the registry.
    let mut paths = vec!["/".to_owned(), "/bestaat-niet".to_owned()];
    for entry in eenheid::examples::registry() {
        paths.push(format!("/componenten/{}", entry.slug));
        for example in entry.examples {
            paths.push(eenheid::examples::path(entry.slug, example.name));
        }
    }
    for path in paths {
        trials.push(with_auditor(format!("axe {path}"), Box::new(move |auditor, base| axe_clean(auditor, base, &path))));
    }
    trials.push(with_auditor("island hydrates and reacts to a click".to_owned(), Box::new(island_hydrates)));
    let conclusion = libtest_mimic::run(&args, trials);
    drop(shared.lock().unwrap_or_else(|p| p.into_inner()).take());
    conclusion.exit();
}

/// The browser build written by `cargo xtask build-wasm` (`EENHEID_SITE_ROOT`, else the
/// workspace's `target/site`).
fn site_options() -> SiteOptions {
    let site_root = std::env::var_os("EENHEID_SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site"));
    SiteOptions { site_root }
}

fn start_showcase(site: SiteOptions) -> String {
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

fn axe_clean(auditor: &mut Auditor, base: &str, path: &str) -> Result<(), Failed> {
    let report = auditor.audit(&format!("{base}{path}"))?;
    if !report.passed() {
        return Err(format_report(&[report]).into());
    }
    Ok(())
}

/// The step indicator's island, after wasm-opt: on a phone-width screen the list collapses to the
/// current step once hydrated, and the toggle button opens it. No CSP violation on the way.
fn island_hydrates(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let site = site_options();
    let js = site.site_root.join("pkg").join(format!("{}.js", eenheid_showcase::OUTPUT_NAME));
    if !js.exists() {
        return Err(format!("no browser build at {}: run `cargo xtask build-wasm` (cargo xtask test does)", js.display()).into());
    }
    let session = auditor.open_session()?;
    session.set_viewport(320, 640)?;
    session.goto(&format!("{base}/voorbeelden/step-indicator/standaard"))?;
    session.wait_for("document.querySelector('[data-eh-enhanced=\"true\"]') !== null", Duration::from_secs(10))
        .map_err(|e| format!("the island never hydrated: {e}; console: {:?}", session.console_errors()))?;
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

fn expect_eq<T: PartialEq + std::fmt::Debug>(actual: T, expected: T, what: &str) -> Result<(), Failed> {
    if actual == expected {
        Ok(())
    } else {
        Err(format!("{what}: expected {expected:?}, got {actual:?}").into())
    }
}
