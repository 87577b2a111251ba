//! Browser tests for eenheid-a11y. `harness = false` (libtest-mimic) so the Auditor, and with it
//! Chromium, is created in `main` and dropped before the process exits.
//!
//! Fixtures in `fixtures/` are served over HTTP on 127.0.0.1 by a tiny in-process server
//! (`file://` would block ES modules and hide server behaviour such as CSP headers).

mod fixture_server;

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eenheid_a11y::browser::processes_mentioning;
use eenheid_a11y::{AuditOptions, Auditor, Error, format_report};
use fixture_server::wait_until_gone;
use libtest_mimic::{Arguments, Failed, Trial};

type Shared = Arc<Mutex<Option<Auditor>>>;

fn main() {
    let args = Arguments::from_args();
    let base = fixture_server::serve().base;
    let launched = Auditor::launch(AuditOptions::default());
    let launch_error = launched.as_ref().err().map(ToString::to_string);
    let profile = launched.as_ref().ok().map(|a| a.browser().profile_dir().to_path_buf());
    let shared: Shared = Arc::new(Mutex::new(launched.ok()));

    let with_auditor = |name: &'static str, test: fn(&mut Auditor, &str) -> Result<(), Failed>| {
        let shared = Arc::clone(&shared);
        let base = base.clone();
        let launch_error = launch_error.clone();
        Trial::test(name, move || {
            let mut guard = shared.lock().unwrap_or_else(|p| p.into_inner());
            match guard.as_mut() {
                Some(auditor) => test(auditor, &base),
                None => Err(format!("no browser: {}", launch_error.unwrap_or_default()).into()),
            }
        })
    };

    let trials = vec![
        with_auditor("broken fixture is caught", broken_fixture_is_caught),
        with_auditor("clean fixture passes", clean_fixture_passes),
        with_auditor("narrow viewport still audits", narrow_viewport_still_audits),
        with_auditor("unreachable url is a per-url error", unreachable_url_is_a_per_url_error),
        with_auditor("hung page times out and the next audit works", hung_page_times_out),
        with_auditor("session waits for hydration, clicks, reads attributes", session_hydration_probe),
        with_auditor("csp violations are captured", csp_violations_are_captured),
        with_auditor("eval_json turns exceptions into errors", eval_json_exceptions),
        Trial::test("missing chromium gives one clear line", missing_chromium_gives_one_clear_line),
        Trial::test("missing axe gives one clear line", missing_axe_gives_one_clear_line),
        with_auditor("an AX-tree change is caught against the stored outline", ax_outline_change_is_caught),
        with_auditor("chromium killed mid-run: error, then the next audit relaunches it", chromium_killed_mid_run),
        Trial::test("no chromium left behind", no_chromium_left_behind),
        Trial::test("no chromium left behind after a panic", no_chromium_left_after_panic),
    ];
    let conclusion = libtest_mimic::run(&args, trials);

    // Drop the shared browser before exiting (`exit` skips destructors), then check it is gone.
    drop(shared.lock().unwrap_or_else(|p| p.into_inner()).take());
    if let Some(profile) = profile {
        let left = wait_until_gone(&profile.to_string_lossy(), Duration::from_secs(5));
        if !left.is_empty() {
            eprintln!("error: Chromium processes left behind after dropping the Auditor: {left:?}");
            std::process::exit(101);
        }
    }
    conclusion.exit();
}

fn broken_fixture_is_caught(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let report = auditor.audit(&format!("{base}/broken.html"))?;
    for rule in ["html-has-lang", "label", "image-alt", "color-contrast"] {
        if !report.has_violation(rule) {
            return Err(format!("expected a `{rule}` violation; got:\n{}", format_report(&[report])).into());
        }
    }
    let text = format_report(std::slice::from_ref(&report));
    for expected in ["FAIL ", "color-contrast", "https://dequeuniversity.com/rules/axe/", "at "] {
        if !text.contains(expected) {
            return Err(format!("report lacks `{expected}`:\n{text}").into());
        }
    }
    let contrast = report.violations.iter().find(|v| v.id == "color-contrast").ok_or("no contrast")?;
    if !contrast.nodes.iter().any(|n| n.html.contains("faint") && !n.target.is_empty()) {
        return Err(format!("contrast should point at the .faint paragraph: {:?}", contrast.nodes).into());
    }
    Ok(())
}

fn clean_fixture_passes(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let report = auditor.audit(&format!("{base}/clean.html"))?;
    if !report.passed() {
        return Err(format!("expected no violations:\n{}", format_report(&[report])).into());
    }
    Ok(())
}

fn narrow_viewport_still_audits(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    auditor.set_viewport(320, 640)?;
    let result = (|| -> Result<(), Failed> {
        let session = auditor.open_session()?;
        session.goto(&format!("{base}/clean.html"))?;
        let width = session.eval_json("window.innerWidth")?;
        if width != 320 {
            return Err(format!("innerWidth should be 320, is {width}").into());
        }
        drop(session);
        let report = auditor.audit(&format!("{base}/clean.html"))?;
        if !report.passed() {
            return Err(format_report(&[report]).into());
        }
        Ok(())
    })();
    auditor.set_viewport(1280, 800)?;
    result
}

fn unreachable_url_is_a_per_url_error(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    // A port that was free a moment ago: connection refused.
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    match auditor.audit(&format!("http://127.0.0.1:{port}/")) {
        Err(Error::Navigation { reason, .. }) if reason.contains("ERR_CONNECTION_REFUSED") => {}
        other => return Err(format!("expected connection refused, got {other:?}").into()),
    }
    // The auditor carries on.
    auditor.audit(&format!("{base}/clean.html"))?;
    Ok(())
}

fn hung_page_times_out(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let mut short = Auditor::launch(AuditOptions::default().page_timeout(Duration::from_secs(2)))?;
    let start = Instant::now();
    match short.audit(&format!("{base}/hang")) {
        Err(e @ Error::Timeout { .. }) => {
            let line = e.to_string();
            if line.contains('\n') || !line.contains("/hang") {
                return Err(format!("timeout message should be one line naming the URL: {line}").into());
            }
        }
        other => return Err(format!("expected a timeout, got {other:?}").into()),
    }
    if start.elapsed() > Duration::from_secs(10) {
        return Err(format!("timeout took {:?}", start.elapsed()).into());
    }
    short.audit(&format!("{base}/clean.html"))?;
    drop(short);
    // The shared auditor was untouched.
    auditor.audit(&format!("{base}/clean.html"))?;
    Ok(())
}

fn session_hydration_probe(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/island.html"))?;
    session.wait_for("document.querySelector('[data-eh-enhanced]')", Duration::from_secs(5))?;
    assert_eq!(session.attribute("#toggle", "aria-expanded")?.as_deref(), Some("false"));
    session.click("#toggle")?;
    session.wait_for(
        "document.querySelector('#toggle').getAttribute('aria-expanded') === 'true'",
        Duration::from_secs(2),
    )?;
    assert_eq!(session.attribute("#toggle", "aria-expanded")?.as_deref(), Some("true"));
    assert_eq!(session.attribute("#toggle", "data-missing")?, None);
    match session.attribute("#nope", "id") {
        Err(Error::NoElement(_)) => {}
        other => return Err(format!("expected NoElement, got {other:?}").into()),
    }
    match session.click("#nope") {
        Err(Error::NoElement(_)) => {}
        other => return Err(format!("expected NoElement, got {other:?}").into()),
    }
    match session.wait_for("false", Duration::from_millis(200)) {
        Err(Error::Timeout { .. }) => {}
        other => return Err(format!("expected Timeout, got {other:?}").into()),
    }
    if !session.csp_violations()?.is_empty() {
        return Err("island page has no CSP: expected no violations".into());
    }
    Ok(())
}

fn csp_violations_are_captured(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/csp.html"))?;
    // Violation events are dispatched asynchronously after the blocked script.
    session.wait_for("window.__ehCsp.length > 0", Duration::from_secs(2))?;
    let violations = session.csp_violations()?;
    if !violations.iter().any(|v| v.contains("script-src")) {
        return Err(format!("expected a script-src violation, got {violations:?}").into());
    }
    if session.eval_json("document.body.hasAttribute('data-inline-ran')")? != true {
        return Ok(());
    }
    Err("the inline script ran despite the CSP".into())
}

fn eval_json_exceptions(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/clean.html"))?;
    assert_eq!(session.eval_json("1 + 2")?, 3);
    assert_eq!(session.eval_json("Promise.resolve({a: [1, 'x']})")?, serde_json::json!({"a": [1, "x"]}));
    match session.eval_json("notDefinedAnywhere + 1") {
        Err(Error::Script(msg)) if msg.contains("ReferenceError") && !msg.contains('\n') => {}
        other => return Err(format!("expected a one-line ReferenceError, got {other:?}").into()),
    }
    match session.eval_json("Promise.reject(new Error('nee'))") {
        Err(Error::Script(msg)) if msg.contains("nee") => {}
        other => return Err(format!("expected the rejection, got {other:?}").into()),
    }
    Ok(())
}

fn missing_chromium_gives_one_clear_line() -> Result<(), Failed> {
    // Passed through options: mutating the process environment races with other test threads.
    let err = match Auditor::launch(AuditOptions::default().chromium("/nonexistent")) {
        Ok(_) => return Err("launch should fail".into()),
        Err(e) => e,
    };
    let line = err.to_string();
    assert!(err.is_setup());
    if !line.contains("Chromium not found at /nonexistent") || line.contains('\n') {
        return Err(format!("not one clear line: {line:?}").into());
    }
    assert!(line.contains("apt-get install chromium"), "{line}");
    Ok(())
}

fn missing_axe_gives_one_clear_line() -> Result<(), Failed> {
    let err = match Auditor::launch(AuditOptions::default().axe("/nonexistent/axe.min.js")) {
        Ok(_) => return Err("launch should fail".into()),
        Err(e) => e,
    };
    assert_eq!(
        err.to_string(),
        format!(
            "axe-core not found at /nonexistent/axe.min.js (given with --axe or EENHEID_AXE): fix the path, or leave both out to use the built-in axe-core {}",
            eenheid_a11y::axe::EMBEDDED_AXE_VERSION
        )
    );
    assert!(err.is_setup());
    Ok(())
}

fn no_chromium_left_behind() -> Result<(), Failed> {
    let auditor = Auditor::launch(AuditOptions::default())?;
    let profile = auditor.browser().profile_dir().to_string_lossy().into_owned();
    let running = processes_mentioning(&profile);
    if running.is_empty() {
        return Err(format!("sanity: expected Chromium processes for {profile}").into());
    }
    drop(auditor);
    let left = wait_until_gone(&profile, Duration::from_secs(5));
    if !left.is_empty() {
        return Err(format!("{} Chromium process(es) left behind: {left:?}", left.len()).into());
    }
    if PathBuf::from(&profile).exists() {
        return Err(format!("profile folder {profile} was not removed").into());
    }
    Ok(())
}

/// The outline of `ax-outline.html` is stored in `fixtures/ax-outline.expected.txt`; the same page
/// after a careless change (heading → styled div, `required` dropped) must not match it, and the
/// difference must name what a screen reader no longer hears.
fn ax_outline_change_is_caught(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let expected_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/ax-outline.expected.txt");
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/ax-outline.html"))?;
    let outline = eenheid_a11y::checks::ax_outline(&session, Some("main"))?;
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e}; the outline now is:\n{outline}", expected_path.display()))?;
    if outline != expected {
        return Err(format!("the unchanged page no longer matches {}:\n{outline}", expected_path.display()).into());
    }
    session.goto(&format!("{base}/ax-outline-changed.html"))?;
    let changed = eenheid_a11y::checks::ax_outline(&session, Some("main"))?;
    let lost: Vec<&str> = expected.lines().filter(|line| !changed.lines().any(|l| l == *line)).collect();
    if !lost.iter().any(|l| l.contains("heading \"Aanvraag\"")) || !lost.iter().any(|l| l.contains("required")) {
        return Err(format!("expected the lost heading and `required` in the difference, got {lost:?}\nchanged outline:\n{changed}").into());
    }
    Ok(())
}

/// Chromium dies under a running Auditor (SIGKILL of its process): the audit in flight (or the
/// next one) reports a one-line error, then the Auditor relaunches Chromium and audits again.
fn chromium_killed_mid_run(_shared: &mut Auditor, base: &str) -> Result<(), Failed> {
    let mut auditor = Auditor::launch(AuditOptions::default().page_timeout(Duration::from_secs(5)))?;
    auditor.audit(&format!("{base}/clean.html"))?;
    let profile = auditor.browser().profile_dir().to_string_lossy().into_owned();
    let pid = auditor.browser().process_id().ok_or("no Chromium pid")?;
    let killer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    });
    // Slow page: Chromium dies while it is loading.
    let during = auditor.audit(&format!("{base}/slow/1500/clean.html"));
    killer.join().map_err(|_| "killer thread")?;
    match &during {
        Err(e) if !e.to_string().contains('\n') => {}
        other => return Err(format!("expected a one-line error while Chromium was killed, got {other:?}").into()),
    }
    let report = auditor.audit(&format!("{base}/clean.html"))?;
    if !report.passed() {
        return Err(format_report(&[report]).into());
    }
    if auditor.browser().process_id() == Some(pid) {
        return Err("Chromium was not relaunched".into());
    }
    let new_profile = auditor.browser().profile_dir().to_string_lossy().into_owned();
    drop(auditor);
    for needle in [profile, new_profile] {
        // The trailing space ends the --user-data-dir argument: launch-1 must not match launch-10.
        let left = wait_until_gone(&format!("{needle} "), Duration::from_secs(5));
        if !left.is_empty() {
            return Err(format!("Chromium processes left behind for {needle}: {left:?}").into());
        }
    }
    Ok(())
}

/// A test that panics while it owns an Auditor still ends Chromium: unwinding drops the Auditor.
fn no_chromium_left_after_panic() -> Result<(), Failed> {
    let (tx, rx) = std::sync::mpsc::channel();
    let outcome = std::panic::catch_unwind(move || {
        let auditor = Auditor::launch(AuditOptions::default()).expect("launch");
        let profile = auditor.browser().profile_dir().to_string_lossy().into_owned();
        tx.send(profile).expect("send profile");
        panic!("deliberate panic (expected in this test): a test failed while Chromium was running");
    });
    if outcome.is_ok() {
        return Err("sanity: the closure should have panicked".into());
    }
    let profile = rx.recv()?;
    let left = wait_until_gone(&profile, Duration::from_secs(5));
    if !left.is_empty() {
        return Err(format!("{} Chromium process(es) left behind after a panic: {left:?}", left.len()).into());
    }
    Ok(())
}
