//! The showcase site in a real browser: no sideways scrolling at 320 px, the search and the
//! language switch without JavaScript (a real Enter, a real click, a real GET), and live
//! examples on a component page that are enhanced without errors.
//!
//! `harness = false` (libtest-mimic), with the shared setup in `common/`.

mod common;

use std::time::{Duration, Instant};

use eenheid_a11y::{Auditor, Session};
use libtest_mimic::Failed;

use common::{expect_eq, no_csp_violations_or_errors, run_browser_tests, test};

fn main() {
    run_browser_tests(vec![
        test("home and component pages do not scroll sideways at 320 px", no_overflow_at_320),
        test("search works without JavaScript: Enter and the button", search_without_javascript),
        test("the language switch works without JavaScript", language_switch_without_javascript),
        test("live examples on a component page are enhanced without errors", inline_enhancements_run),
        test("home, search and component pages pass axe in Dutch and English", axe_on_site_pages),
    ]);
}

/// A few pages of each kind (the lead's audit runs every page of `site_paths()`); set
/// `EENHEID_SITE_ALL=1` to run axe over all of them here.
fn axe_on_site_pages(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let paths: Vec<String> = if std::env::var_os("EENHEID_SITE_ALL").is_some() {
        eenheid_showcase::site_map::site_paths().into_iter().filter(|p| !p.starts_with("/voorbeelden/")).collect()
    } else {
        ["/", "/?zoek=datum", "/?zoek=zzqxj", "/componenten/radios", "/componenten/summary-list", "/bestaat-niet"]
            .map(str::to_owned)
            .to_vec()
    };
    let session = auditor.open_session()?;
    session.add_init_script(&eenheid_a11y::axe::load_axe(None)?)?;
    let mut problems = Vec::new();
    for lang in ["en", "nl"] {
        session.goto(&format!("{base}/taal/{lang}?terug=%2F"))?;
        for path in &paths {
            session.goto(&format!("{base}{path}"))?;
            let results = eenheid_a11y::axe::run_axe(session.tab(), Duration::from_secs(20))?;
            for violation in &results.violations {
                problems.push(format!("{lang} {path}: {} {:?}", violation.id, violation.nodes.iter().map(|n| &n.target).take(3).collect::<Vec<_>>()));
            }
        }
    }
    // The 404 page logs its own status as a console error, so only CSP violations count here.
    let csp = session.csp_violations()?;
    problems.extend(csp.into_iter().map(|violation| format!("CSP: {violation}")));
    if !problems.is_empty() {
        return Err(problems.join("\n").into());
    }
    Ok(())
}

fn no_overflow_at_320(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.set_viewport(320, 800)?;
    for path in ["/", "/?zoek=datum", "/componenten/text-input", "/componenten/table"] {
        session.goto(&format!("{base}{path}"))?;
        if let Some(problem) = eenheid_a11y::checks::horizontal_overflow(&session)? {
            return Err(format!("{path}: {problem}").into());
        }
    }
    // Code and the props table scroll inside their own region, which the keyboard can reach.
    let regions = session.eval_json(
        "[...document.querySelectorAll('.showcase-code, .showcase-table-wrap')].every(e => e.tabIndex === 0 && getComputedStyle(e).overflowX === 'auto')",
    )?;
    expect_eq(regions, serde_json::json!(true), "code blocks and tables are focusable scroll regions")?;
    no_csp_violations_or_errors(&session)
}

/// Turns page scripts off (as for a visitor without JavaScript) or back on. The test reads the
/// page only while they are on, and every page load happens while they are off.
fn scripts(session: &Session, enabled: bool) -> Result<(), Failed> {
    use headless_chrome::protocol::cdp::Emulation;
    session.tab().call_method(Emulation::SetScriptExecutionDisabled { value: !enabled })?;
    Ok(())
}

/// Waits until the document has an element matching `selector`, through the DOM domain only
/// (evaluating script hangs while scripts are off).
fn wait_for_element(session: &Session, selector: &str) -> Result<(), Failed> {
    use headless_chrome::protocol::cdp::DOM;
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let root = session.tab().call_method(DOM::GetDocument { depth: Some(0), pierce: None })?.root.node_id;
        let found = session.tab().call_method(DOM::QuerySelector { node_id: root, selector: selector.to_owned() });
        if matches!(found, Ok(ref reply) if reply.node_id != 0) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the next page never showed {selector}").into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A real mouse click on `selector` with scripts off, then waits for `marker` on the next page.
fn click_without_scripts(session: &Session, selector: &str, marker: &str) -> Result<(), Failed> {
    use headless_chrome::browser::tab::point::Point;
    let centre = session.eval_json(&format!(
        "(() => {{ const b = document.querySelector({}); b.scrollIntoView({{block: 'center'}}); \
         const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()",
        eenheid_a11y::probe::js_string(selector)
    ))?;
    let (x, y) = (centre[0].as_f64().ok_or("no x")?, centre[1].as_f64().ok_or("no y")?);
    scripts(session, false)?;
    session.tab().click_point(Point { x, y })?;
    let waited = wait_for_element(session, marker);
    scripts(session, true)?;
    waited
}

fn search_state(session: &Session) -> Result<serde_json::Value, Failed> {
    Ok(session.eval_json(
        "({ search: location.search, field: document.getElementById('zoek').value, \
            count: document.getElementById('resultaten')?.textContent ?? null, \
            links: [...document.querySelectorAll('main .showcase-list a')].map(a => a.getAttribute('href')).slice(0, 3) })",
    )?)
}

fn search_without_javascript(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    eenheid_a11y::checks::load_without_scripts(&session, &format!("{base}/"))?;
    // Type with the keyboard and press Enter: the browser submits the GET form by itself.
    session.click("#zoek")?;
    session.tab().type_str("datum")?;
    scripts(&session, false)?;
    session.tab().press_key("Enter")?;
    let waited = wait_for_element(&session, "#resultaten");
    scripts(&session, true)?;
    waited?;
    let state = search_state(&session)?;
    expect_eq(state["search"].clone(), serde_json::json!("?zoek=datum"), "Enter submits the search")?;
    expect_eq(state["field"].clone(), serde_json::json!("datum"), "the query stays in the field")?;
    let count = state["count"].as_str().unwrap_or_default().to_owned();
    if !count.contains("gevonden voor") {
        return Err(format!("the count says {count:?}").into());
    }
    expect_eq(state["links"][0].clone(), serde_json::json!("/componenten/date-input"), "the date input is found")?;

    // The button works too (a new query in the field, then a real click).
    session.eval_json("document.getElementById('zoek').value = 'knop'; true")?;
    click_without_scripts(&session, "form[role=search] button", "main a[href='/componenten/button']")?;
    let state = search_state(&session)?;
    expect_eq(state["search"].clone(), serde_json::json!("?zoek=knop"), "the button submits the search")?;
    expect_eq(state["field"].clone(), serde_json::json!("knop"), "the new query stays in the field")?;
    no_csp_violations_or_errors(&session)
}

fn language_switch_without_javascript(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    eenheid_a11y::checks::load_without_scripts(&session, &format!("{base}/componenten/button"))?;
    click_without_scripts(&session, ".eh-language-switch a[hreflang=en]", "html[lang=en]")?;
    let state = session.eval_json(
        "({ path: location.pathname, h1: document.querySelector('main h1').textContent, \
            current: document.querySelector('.eh-language-switch [aria-current]')?.getAttribute('hreflang') })",
    )?;
    expect_eq(state, serde_json::json!({ "path": "/componenten/button", "h1": "Button", "current": "en" }), "the same page in English")?;
    // The choice is remembered on the next page, and switching back works the same way.
    eenheid_a11y::checks::load_without_scripts(&session, &format!("{base}/"))?;
    expect_eq(session.eval_json("document.documentElement.lang")?, serde_json::json!("en"), "the cookie keeps English")?;
    click_without_scripts(&session, ".eh-language-switch a[hreflang=nl]", "html[lang=nl]")?;
    expect_eq(session.eval_json("location.pathname")?, serde_json::json!("/"), "back on the home page, in Dutch")?;
    no_csp_violations_or_errors(&session)
}

/// The character count's enhancement on the component page (ids prefixed per example) wakes up
/// and works; the error summary's focus stays static there, so focus does not jump.
fn inline_enhancements_run(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    common::require_browser_build()?;
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/componenten/character-count"))?;
    session
        .wait_for(&format!("document.documentElement.hasAttribute('{}')", eenheid_showcase::READY_MARKER), Duration::from_secs(10))
        .map_err(|e| format!("the enhancements never ran: {e}; console: {:?}", session.console_errors()))?;
    session.wait_for("document.querySelector('#vb-standaard-toelichting-info').classList.contains('eh-visually-hidden')", Duration::from_secs(5))?;
    session.click("#vb-standaard-toelichting")?;
    session.tab().type_str("Hallo")?;
    session.wait_for(
        "[...document.querySelectorAll('.eh-character-count__status')].some(e => e.textContent.includes('495'))",
        Duration::from_secs(5),
    )?;
    no_csp_violations_or_errors(&session)?;

    session.goto(&format!("{base}/componenten/error-summary"))?;
    // Give a loader, if one were there by mistake, the time to move focus.
    std::thread::sleep(Duration::from_millis(500));
    expect_eq(session.eval_json("document.querySelectorAll('[data-eh-module~=\"focus-on-load\"]').length")?, serde_json::json!(0), "inline, focus-on-load is static")?;
    expect_eq(session.eval_json("document.activeElement === document.body")?, serde_json::json!(true), "focus stays at the top")?;
    no_csp_violations_or_errors(&session)
}
