//! Browser tests for eenheid-a11y. `harness = false` (libtest-mimic) so the Auditor, and with it
//! Chromium, is created in `main` and dropped before the process exits.
//!
//! Fixtures in `fixtures/` are served over HTTP on 127.0.0.1 by a tiny in-process server
//! (`file://` would block ES modules and hide server behaviour such as CSP headers).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eenheid_a11y::browser::processes_mentioning;
use eenheid_a11y::{AuditOptions, Auditor, Error, format_report};
use libtest_mimic::{Arguments, Failed, Trial};

type Shared = Arc<Mutex<Option<Auditor>>>;

fn main() {
    let args = Arguments::from_args();
    let base = serve_fixtures();
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
        Trial::test("no chromium left behind", no_chromium_left_behind),
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
        "axe-core not found: run `npm ci` in the repository root (needs node + npm)"
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

/// Chromium's helpers exit shortly after the main process: poll instead of checking once.
fn wait_until_gone(needle: &str, limit: Duration) -> Vec<u32> {
    let start = Instant::now();
    loop {
        let left = processes_mentioning(needle);
        if left.is_empty() || start.elapsed() > limit {
            return left;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Serves `fixtures/` on 127.0.0.1:<free port> from a background thread; returns the base URL.
/// `/hang` accepts the request and never answers; `/csp*` is sent with `script-src 'self'`.
fn serve_fixtures() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().expect("local addr").port();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || {
                let _ = handle(stream, &root);
            });
        }
    });
    format!("http://127.0.0.1:{port}")
}

fn handle(mut stream: TcpStream, root: &std::path::Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
    if path == "/hang" {
        std::thread::sleep(Duration::from_secs(120));
        return Ok(());
    }
    let name = path.trim_start_matches('/');
    let file = root.join(name);
    let body = if name.contains("..") || name.is_empty() { None } else { std::fs::read(&file).ok() };
    let csp = if name.starts_with("csp") { "Content-Security-Policy: script-src 'self'\r\n" } else { "" };
    match body {
        Some(body) => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n{csp}Connection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)?;
        }
        None => {
            stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found")?;
        }
    }
    stream.flush()
}
