//! The showcase under audit: every example of the registry (plus the site's own pages) through
//! axe-core in Chromium, and proof that the islands build hydrates and reacts under the strict CSP.
//!
//! `harness = false` (libtest-mimic): the Auditor, and with it Chromium, lives in `main` and is
//! dropped before the process exits. The showcase runs in this process on a free loopback port.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use eenheid_a11y::{AuditOptions, Auditor, format_report};
use libtest_mimic::{Arguments, Failed, Trial};

use common::{expect_eq, panic_text, site_options, start_showcase};

/// The browser for all trials: the Auditor (it owns Chromium) and one reusable tab for the checks
/// beyond axe. Field order matters: the tab closes before the browser.
struct Harness {
    session: Option<eenheid_a11y::Session>,
    auditor: Auditor,
    axe: String,
}

type Shared = Arc<Mutex<Option<Harness>>>;

fn main() {
    let args = Arguments::from_args();
    let site = site_options();
    let base = start_showcase(site.clone());
    let launched = Auditor::launch(AuditOptions::default()).and_then(|auditor| {
        let axe = eenheid_a11y::axe::load_axe(None)?;
        Ok(Harness { session: None, auditor, axe })
    });
    let launch_error = launched.as_ref().err().map(ToString::to_string);
    let shared: Shared = Arc::new(Mutex::new(launched.ok()));

    let with_auditor = |name: String, test: Box<dyn FnOnce(&mut Auditor, &str) -> Result<(), Failed> + Send>| {
        let shared = Arc::clone(&shared);
        let base = base.clone();
        let launch_error = launch_error.clone();
        Trial::test(name, move || {
            let mut guard = shared.lock().unwrap_or_else(|p| p.into_inner());
            match guard.as_mut() {
                Some(harness) => test(&mut harness.auditor, &base),
                None => Err(launch_error.unwrap_or_default().into()),
            }
        })
    };
    let with_session = |name: String, test: Box<dyn FnOnce(&eenheid_a11y::Session, &str, &str) -> Result<(), Failed> + Send>| {
        let shared = Arc::clone(&shared);
        let base = base.clone();
        let launch_error = launch_error.clone();
        Trial::test(name, move || {
            let mut guard = shared.lock().unwrap_or_else(|p| p.into_inner());
            let Some(harness) = guard.as_mut() else { return Err(launch_error.unwrap_or_default().into()) };
            if harness.session.is_none() {
                harness.session = Some(harness.auditor.open_session()?);
            }
            let session = harness.session.as_ref().ok_or("no session")?;
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(session, &base, &harness.axe)))
                .unwrap_or_else(|panic| Err(panic_text(&panic).into()));
            if result.is_err() {
                // Start the next trial on a fresh tab: this one may be in any state.
                harness.session = None;
            }
            result
        })
    };

    let mut trials = Vec::new();
    // One audit per page: the site's own pages, then every example in the registry.
    let mut paths = vec!["/".to_owned(), "/bestaat-niet".to_owned(), eenheid_showcase::form_demo::PATH.to_owned()];
    for entry in eenheid::examples::registry() {
        paths.push(format!("/componenten/{}", entry.slug));
        for example in entry.examples {
            paths.push(eenheid::examples::path(entry.slug, example.name));
        }
    }
    for path in paths {
        trials.push(with_auditor(format!("axe {path}"), Box::new(move |auditor, base| axe_clean(auditor, base, &path))));
    }
    for entry in eenheid::examples::registry() {
        for example in entry.examples {
            trials.push(with_session(
                format!("checks {}/{}", entry.slug, example.name),
                Box::new(move |session, base, axe| example_checks(session, base, axe, entry, example)),
            ));
        }
    }
    trials.push(with_auditor("island hydrates and reacts to a click".to_owned(), Box::new(island_hydrates)));
    trials.push(with_auditor("form keeps every value after a server error, JavaScript off".to_owned(), Box::new(|a, b| form_keeps_values(a, b, false))));
    trials.push(with_auditor("form keeps every value after a server error, JavaScript on".to_owned(), Box::new(|a, b| form_keeps_values(a, b, true))));
    let conclusion = libtest_mimic::run(&args, trials);
    drop(shared.lock().unwrap_or_else(|p| p.into_inner()).take());
    conclusion.exit();
}

/// Everything beyond the JavaScript-on axe run, for one example, on the server HTML (the page as a
/// visitor without JavaScript gets it, which is also what every visitor sees first):
/// - the accessibility tree of the example and its keyboard focus order, as an insta snapshot
///   (a change in what a screen reader hears, or in the Tab order, fails until reviewed);
/// - every focus stop has a visible focus indicator and is on screen;
/// - axe at 1280 and 320 CSS px and with forced colours (Windows high contrast);
/// - no horizontal scrolling at 320 CSS px (WCAG 1.4.10).
fn example_checks(
    session: &eenheid_a11y::Session,
    base: &str,
    axe: &str,
    entry: &eenheid::examples::ComponentEntry,
    example: &eenheid::examples::Example,
) -> Result<(), Failed> {
    use eenheid_a11y::checks;
    let url = format!("{base}{}", eenheid::examples::path(entry.slug, example.name));
    let scope = match example.layout {
        eenheid::examples::ExampleLayout::Fragment => Some(".showcase-example"),
        eenheid::examples::ExampleLayout::FullPage => None,
    };
    let mut problems = Vec::new();
    let axe_at = |what: &str, problems: &mut Vec<String>| -> Result<(), Failed> {
        let results = checks::axe_now(session, axe, Duration::from_secs(20))?;
        for violation in results.violations {
            let targets: Vec<&str> = violation.nodes.iter().map(|n| n.target.as_str()).collect();
            problems.push(format!("axe ({what}): {} [{}] {} at {targets:?} — {}", violation.id,
                violation.impact.unwrap_or_default(), violation.help, violation.help_url));
        }
        Ok(())
    };

    // One load; the widths and colour schemes after it are emulated on the same page (media
    // queries apply at once), which keeps the suite fast.
    session.set_viewport(1280, 800)?;
    checks::load_without_scripts(session, &url)?;
    let started = std::time::Instant::now();
    let outline = checks::ax_outline(session, scope)?;
    let after_tree = started.elapsed();
    let stops = checks::keyboard_walk(session, scope, 60)?;
    let after_walk = started.elapsed();
    for stop in &stops {
        if !stop.visible_indicator {
            problems.push(format!("focus: {} has no visible focus indicator", stop.label));
        }
        if !stop.on_screen {
            problems.push(format!("focus: {} is focusable but not visible", stop.label));
        }
    }
    axe_at("1280 px", &mut problems)?;
    let after_axe = started.elapsed();

    checks::forced_colors(session, true)?;
    let forced = axe_at("forced colours", &mut problems);
    checks::forced_colors(session, false)?;
    forced?;

    session.set_viewport(320, 640)?;
    if let Some(overflow) = checks::horizontal_overflow(session)? {
        problems.push(format!("reflow at 320 px: {overflow}"));
    }
    axe_at("320 px", &mut problems)?;
    session.set_viewport(1280, 800)?;
    if std::env::var_os("EENHEID_TIMINGS").is_some() {
        eprintln!("timings {}: tree {after_tree:?}, walk {after_walk:?} ({} stops), axe {after_axe:?}, all {:?}", url, stops.len(), started.elapsed());
    }

    let order: Vec<String> = stops.iter().map(|s| format!("{}. {}", 0, s.label)).enumerate()
        .map(|(i, line)| line.replacen("0.", &format!("{}.", i + 1), 1)).collect();
    let snapshot = format!("# Accessibility tree\n{outline}\n# Focus order (Tab)\n{}\n", order.join("\n"));
    let name = format!("ax__{}__{}", entry.slug, example.name);
    let snapshot_result = std::panic::catch_unwind(|| {
        insta::with_settings!({ omit_expression => true, description => format!("{} — {}", entry.title, example.title) }, {
            insta::assert_snapshot!(name, snapshot);
        });
    });
    if let Err(panic) = snapshot_result {
        problems.push(format!("accessibility snapshot changed: {}", panic_text(&panic)));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
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

/// Fills every kind of control, posts with one wrong answer, and checks that the page came back
/// with the error summary, the error on the right field and every value still there; then fixes
/// the answer and posts again. With JavaScript on, the error summary also takes focus and the
/// error page passes axe.
fn form_keeps_values(auditor: &mut Auditor, base: &str, javascript: bool) -> Result<(), Failed> {
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
        // The error summary's island would have moved focus: it must not have run.
        expect_eq(session.eval_json("document.activeElement === document.body")?, serde_json::json!(true), "no island ran with JavaScript off")?;
    }
    session.eval_json("document.getElementById('postcode').value = '1234 AB'; true")?;
    page.submit("main a[href='/patronen/formulier']")?;
    let heading = session.eval_json("document.querySelector('main h1').textContent")?;
    expect_eq(heading, serde_json::json!("Gelukt"), "after fixing the postcode")?;
    Ok(())
}

/// One tab on the form, with page scripts on or off. With scripts off, the test still reads and
/// fills the DOM through DevTools, but only between page loads: every load (and so every island)
/// happens with scripts disabled, as for a visitor without JavaScript.
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
