//! An agency's app outside the showcase (`examples/agency-service`), built and served the way
//! docs/src/getting-started.md tells an agency to: `eenheid_build::build` with the app's islands
//! crate into `target/agency-site/pkg`, and its router (`agency_service::server::router`, what its
//! binary serves) on a loopback port of this process. Then in Chromium:
//! the agency's own island hydrates and reacts, Eenheid's character count counts down, after a
//! POST with an error the error summary has focus and the typed text is kept, no CSP violation,
//! no console error, and the whole-page audit (axe, keyboard, reflow, one look) finds nothing.
//!
//! `harness = false` (libtest-mimic): the setup (the browser build, the server) runs once in `main`.
//! The server is served from this process rather than by building the app's binary with its own
//! `cargo build -p agency-service`: that build resolves the workspace's features differently and
//! compiled Leptos, axum and Eenheid a second time (3 minutes on a fresh CI machine).

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eenheid_a11y::site::{self, SiteAuditor, SiteOptions};
use eenheid_a11y::{AuditOptions, Auditor, Session};
use libtest_mimic::{Arguments, Failed, Trial};

use common::{expect_eq, no_csp_violations_or_errors};

/// The page's address; the form posts to it.
const PAGE: &str = "/";

type Check = fn(&mut Auditor, &str) -> Result<(), Failed>;

fn main() {
    let args = Arguments::from_args();
    let checks: Vec<(&str, Check)> = vec![
        ("the agency's island hydrates and toggles the example", island),
        ("Eenheid's character count counts down while typing", character_count),
        ("a POST with an error: the error summary has focus, the text is kept", post_with_error),
        ("the page passes the audit with the one-look check", audit),
    ];
    // Nothing to build when only listing the tests.
    let setup = if args.list { Err("not set up".to_owned()) } else { set_up() };
    let (base, auditor) = match setup {
        Ok((base, auditor)) => (base, Ok(auditor)),
        Err(reason) => (String::new(), Err(reason)),
    };
    let shared = Arc::new(Mutex::new(auditor));
    let trials = checks
        .into_iter()
        .map(|(name, check)| {
            let (shared, base) = (Arc::clone(&shared), base.clone());
            Trial::test(name, move || match shared.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
                Ok(auditor) => check(auditor, &base),
                Err(reason) => Err(reason.clone().into()),
            })
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    // `exit` skips destructors: close Chromium first.
    drop(std::mem::replace(&mut *shared.lock().unwrap_or_else(|p| p.into_inner()), Err(String::new())));
    conclusion.exit();
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Builds the browser files, serves the app, and launches Chromium.
fn set_up() -> Result<(String, Auditor), String> {
    let root = workspace_root();
    let manifest = root.join("examples/agency-service/Cargo.toml");
    let pkg = root.join("target/agency-site/pkg");
    // The documented way: the library behind `eenheid-build --islands agency-service --out …`.
    let options = eenheid_build::Options { islands: Some("agency-service".to_owned()), ..eenheid_build::Options::new(&manifest, &pkg) };
    let built = eenheid_build::build(&options).map_err(|e| format!("eenheid-build: {e:#}"))?;
    report_sizes(&built.files);
    let base = serve(agency_service::server::Config { pkg_dir: pkg })?;
    let auditor = Auditor::launch(AuditOptions::default()).map_err(|e| e.to_string())?;
    Ok((base, auditor))
}

/// Serves the app's router on a free loopback port from a thread of this process, as its
/// binary does (`axum::serve`); it stops with the process.
fn serve(config: agency_service::server::Config) -> Result<String, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| format!("bind a loopback port: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("tokio runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            axum::serve(listener, agency_service::server::router(config)).await.expect("the agency app stopped");
        });
    });
    Ok(format!("http://{address}"))
}

/// Prints the gzip size of each browser file the page loads (the loader, the two enhancement
/// modules it uses, and the islands bundle).
fn report_sizes(files: &[PathBuf]) {
    let wanted = ["eenheid.js", "character-count", "focus-on-load", "agency_service"];
    let mut total = 0;
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !wanted.iter().any(|w| name.starts_with(w)) {
            continue;
        }
        let Ok(output) = Command::new("gzip").args(["-9", "-c"]).arg(file).output() else { return };
        let raw = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
        total += output.stdout.len();
        eprintln!("agency_app: {name}: {raw} B, {} B gzip", output.stdout.len());
    }
    eprintln!("agency_app: total {total} B gzip");
}

/// Opens the page with the CSP listener and waits until both kinds of browser code are running:
/// Eenheid's loader marks `<html data-eh-ready>`, the island shows its button.
fn open(auditor: &mut Auditor, base: &str) -> Result<Session, Failed> {
    let session = auditor.open_session()?;
    session.goto(&format!("{base}{PAGE}"))?;
    wait_enhanced(&session)?;
    Ok(session)
}

fn wait_enhanced(session: &Session) -> Result<(), Failed> {
    session
        .wait_for(
            "document.documentElement.hasAttribute('data-eh-ready') && !document.getElementById('voorbeeld-knop').hidden",
            Duration::from_secs(10),
        )
        .map_err(|e| format!("the page never finished enhancing: {e}; console: {:?}", session.console_errors()).into())
}

fn text(session: &Session, selector: &str) -> Result<serde_json::Value, Failed> {
    Ok(session.eval_json(&format!("document.querySelector('{selector}')?.textContent.trim() ?? null"))?)
}

/// Server-rendered: the example shows, the button is hidden. Hydrated: the button shows, the
/// example folds away, and a click opens it (`aria-expanded`).
fn island(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open(auditor, base)?;
    expect_eq(session.eval_json("document.querySelector('leptos-island') !== null")?, serde_json::json!(true), "an island on the page")?;
    let button = "#voorbeeld-knop button";
    let example_hidden = "document.getElementById('voorbeeld-bezwaar').hidden";
    expect_eq(session.attribute(button, "aria-expanded")?.as_deref(), Some("false"), "closed after hydration")?;
    expect_eq(session.eval_json(example_hidden)?, serde_json::json!(true), "the example folds away once the button works")?;
    session.click(button)?;
    session.wait_for(&format!("!{example_hidden}"), Duration::from_secs(3))?;
    expect_eq(session.attribute(button, "aria-expanded")?.as_deref(), Some("true"), "open after a click")?;
    session.click(button)?;
    session.wait_for(example_hidden, Duration::from_secs(3))?;
    expect_eq(session.attribute(button, "aria-expanded")?.as_deref(), Some("false"), "closed after a second click")?;
    no_csp_violations_or_errors(&session)
}

/// Typing changes the count under the field.
fn character_count(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open(auditor, base)?;
    let status = "#toelichting-info ~ .eh-character-count__status";
    expect_eq(text(&session, status)?, serde_json::json!("U hebt nog 300 tekens over"), "the count after loading")?;
    expect_eq(session.eval_json(&format!("document.querySelector('{status}').hidden"))?, serde_json::json!(false), "the count shows once enhanced")?;
    session.click("#toelichting")?;
    session.tab().type_str("Hallo")?;
    session
        .wait_for(&format!("document.querySelector('{status}').textContent.trim() === 'U hebt nog 295 tekens over'"), Duration::from_secs(3))
        .map_err(|e| format!("the count did not change: {e}; it says {:?}", text(&session, status).ok()))?;
    no_csp_violations_or_errors(&session)
}

/// A text that is too long, posted: the page comes back with the summary focused (Eenheid's
/// focus-on-load), the text as typed, and the island working again.
fn post_with_error(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open(auditor, base)?;
    let typed = "Te lang. ".repeat(40);
    session.eval_json(&format!(
        "(() => {{ document.getElementById('toelichting').value = {}; document.querySelector('main form').requestSubmit(); return true; }})()",
        serde_json::to_string(&typed)?
    ))?;
    session
        .wait_for("document.title.startsWith('Fout:') && document.activeElement?.classList.contains('eh-error-summary')", Duration::from_secs(10))
        .map_err(|e| format!("the error summary never had focus: {e}; focused: {:?}", session.eval_json("document.activeElement?.outerHTML.slice(0, 120)").ok()))?;
    expect_eq(
        text(&session, r##".eh-error-summary a[href="#toelichting"]"##)?,
        serde_json::json!("Gebruik niet meer dan 300 tekens"),
        "the summary links to the field",
    )?;
    expect_eq(session.eval_json("document.getElementById('toelichting').value")?, serde_json::json!(typed), "the text is kept")?;
    wait_enhanced(&session)?;
    no_csp_violations_or_errors(&session)
}

/// The `eenheid-audit --one-look` run: axe, keyboard walk, reflow, script errors and the
/// one-look check (only token colours, fonts and focus rings). On the empty form: the audit
/// loads URLs, and the page with an error only comes from a POST.
fn audit(_auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let auditor = SiteAuditor::launch(SiteOptions { checks: site::Check::ALL.to_vec(), ..SiteOptions::default() })?;
    let results = auditor.audit_all(&[format!("{base}{PAGE}")], &|_, _| {});
    drop(auditor);
    if results.len() != 1 {
        return Err(format!("the audit reported {} pages for one URL", results.len()).into());
    }
    let mut problems = Vec::new();
    for page in &results {
        if let Some(error) = &page.error {
            problems.push(format!("{}: {error}", page.url));
        }
        if !page.checks.contains(&eenheid_a11y::site::Check::OneLook) {
            problems.push(format!("{}: the one-look check did not run to the end", page.url));
        }
        problems.extend(page.findings.iter().map(|f| format!("{} {}: {} ({})", f.check.name(), f.rule, f.message, f.target)));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}
