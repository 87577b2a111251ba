//! The form enhancements in a real browser, once the enhancement modules run: the password
//! toggle, the character count (live message after typing, in a polite live region) and the
//! double-click guard of a submit button — all without a single CSP violation.
//!
//! `harness = false` (libtest-mimic), with the shared setup in `common/`. Needs `cargo xtask build-wasm` first.

mod common;

use std::time::Duration;

use eenheid_a11y::{Auditor, Session};
use libtest_mimic::Failed;

use common::{expect_eq, no_csp_violations_or_errors, run_browser_tests, test};

fn main() {
    run_browser_tests(vec![
        test("a success banner takes focus once enhanced", success_banner_focus),
        test("'Geen van deze' unticks the other boxes and the other way round", exclusive_checkbox),
        test("password toggle shows and hides the password once enhanced", password_toggle),
        test("character count updates after typing, in a polite live region", character_count),
        test("character count says how many characters are too many", character_count_over_limit),
        test("a second click within a second does not submit again", double_click_guard),
        test("a missing module leaves server HTML and a console error that names the file", missing_module),
    ]);
}

/// Opens `path` and waits until the enhancement marked by `enhanced` (a JS condition) has run.
fn open_enhanced(auditor: &mut Auditor, base: &str, path: &str, enhanced: &str) -> Result<Session, Failed> {
    common::open_enhanced(auditor, base, path, enhanced, false)
}

fn text(session: &Session, selector: &str) -> Result<serde_json::Value, Failed> {
    Ok(session.eval_json(&format!("document.querySelector('{selector}')?.textContent.trim() ?? null"))?)
}

/// The toggle is hidden until enhanced, then switches the field between password and text; its
/// name says what it will do, and the live region announces the new state.
fn password_toggle(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let toggle = ".eh-password-input__toggle";
    let session = open_enhanced(auditor, base, "/voorbeelden/password-input/standaard", &format!("!document.querySelector('{toggle}').hidden"))?;
    expect_eq(session.attribute("#wachtwoord", "type")?.as_deref(), Some("password"), "hidden at first")?;
    session.click("#wachtwoord")?;
    session.tab().type_str("geheim 123")?;
    expect_eq(session.eval_json("document.getElementById('wachtwoord').value")?, serde_json::json!("geheim 123"), "typed")?;
    expect_eq(session.attribute(toggle, "aria-controls")?.as_deref(), Some("wachtwoord"), "the button controls the field")?;
    expect_eq(session.attribute(toggle, "aria-label")?.as_deref(), Some("Toon wachtwoord"), "the button says what it does")?;
    session.click(toggle)?;
    session.wait_for("document.getElementById('wachtwoord').type === 'text'", Duration::from_secs(3))?;
    expect_eq(text(&session, toggle)?, serde_json::json!("Verberg"), "the label changes")?;
    expect_eq(session.attribute(toggle, "aria-label")?.as_deref(), Some("Verberg wachtwoord"), "the name changes")?;
    expect_eq(text(&session, ".eh-password-input__announcer[aria-live=polite]")?, serde_json::json!("Uw wachtwoord is zichtbaar"), "announced")?;
    expect_eq(session.eval_json("document.getElementById('wachtwoord').value")?, serde_json::json!("geheim 123"), "the value survives")?;
    // The keyboard works too: focus is on the button after the click; Enter toggles back.
    session.eval_json(&format!("document.querySelector('{toggle}').focus(); true"))?;
    session.tab().press_key("Enter")?;
    session.wait_for("document.getElementById('wachtwoord').type === 'password'", Duration::from_secs(3))?;
    expect_eq(text(&session, ".eh-password-input__announcer")?, serde_json::json!("Uw wachtwoord is verborgen"), "announced")?;
    no_csp_violations_or_errors(&session)
}

/// Typing updates the visible count at once and the polite live region after a pause.
fn character_count(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let status = "#toelichting-info ~ .eh-character-count__status";
    let session = open_enhanced(auditor, base, "/voorbeelden/character-count/standaard", &format!("!document.querySelector('{status}').hidden"))?;
    expect_eq(text(&session, status)?, serde_json::json!("U hebt nog 500 tekens over"), "the count once enhanced")?;
    expect_eq(
        session.eval_json("document.getElementById('toelichting-info').classList.contains('eh-visually-hidden')")?,
        serde_json::json!(true),
        "the limit hint is only for screen readers once the count shows",
    )?;
    let announcer = ".eh-character-count__announcer";
    expect_eq(session.attribute(announcer, "aria-live")?.as_deref(), Some("polite"), "a polite live region")?;
    expect_eq(text(&session, announcer)?, serde_json::json!(""), "nothing announced before typing")?;
    session.click("#toelichting")?;
    session.tab().type_str("Hallo")?;
    session.wait_for(&format!("document.querySelector('{status}').textContent.trim() === 'U hebt nog 495 tekens over'"), Duration::from_secs(3))?;
    session.wait_for(
        &format!("document.querySelector('{announcer}').textContent.trim() === 'U hebt nog 495 tekens over'"),
        Duration::from_secs(5),
    )
    .map_err(|e| format!("the live region never announced the count: {e}"))?;
    expect_eq(
        session.eval_json(&format!("document.querySelector('{announcer}').closest('[aria-live]') !== null"))?,
        serde_json::json!(true),
        "the announcement is in a live region",
    )?;
    // Debounced: 200 ms after the next key (page time, so a slow machine cannot reorder the
    // timers) the visible count has changed but the live region still says the old count.
    let during = session.eval_json(&format!(
        "(async () => {{
            const t = document.getElementById('toelichting');
            t.value += '!';
            t.dispatchEvent(new Event('input', {{ bubbles: true }}));
            await new Promise(r => setTimeout(r, 200));
            return [document.querySelector('{status}').textContent.trim(), document.querySelector('{announcer}').textContent.trim()];
        }})()"
    ))?;
    expect_eq(
        during,
        serde_json::json!(["U hebt nog 494 tekens over", "U hebt nog 495 tekens over"]),
        "the count shows at once, the announcement waits for a pause",
    )?;
    session.wait_for(
        &format!("document.querySelector('{announcer}').textContent.trim() === 'U hebt nog 494 tekens over'"),
        Duration::from_secs(5),
    )?;
    no_csp_violations_or_errors(&session)
}

/// The example with too much text: the count says so, and deleting brings it down.
fn character_count_over_limit(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let status = "#samenvatting-info ~ .eh-character-count__status";
    let session = open_enhanced(auditor, base, "/voorbeelden/character-count/met-fout", &format!("!document.querySelector('{status}').hidden"))?;
    expect_eq(text(&session, status)?, serde_json::json!("U hebt 23 tekens te veel"), "over the limit")?;
    session.click("#samenvatting")?;
    session.eval_json("(() => { const t = document.getElementById('samenvatting'); t.setSelectionRange(t.value.length, t.value.length); return true; })()")?;
    for _ in 0..3 {
        session.tab().press_key("Backspace")?;
    }
    session.wait_for(&format!("document.querySelector('{status}').textContent.trim() === 'U hebt 20 tekens te veel'"), Duration::from_secs(3))?;
    session.wait_for("document.querySelector('.eh-character-count__announcer').textContent.trim() === 'U hebt 20 tekens te veel'", Duration::from_secs(5))?;
    no_csp_violations_or_errors(&session)
}

/// Two quick clicks submit once; a click after the window submits again.
fn double_click_guard(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open_enhanced(
        auditor,
        base,
        "/voorbeelden/button/niet-dubbel-versturen",
        "document.querySelector('.eh-button-guard[data-eh-enhanced=\"true\"]') !== null",
    )?;
    // Count submits instead of navigating.
    session.eval_json(
        "window.__submits = 0; document.querySelector('main form').addEventListener('submit', e => { e.preventDefault(); window.__submits++; }); true",
    )?;
    session.eval_json("(() => { const b = document.querySelector('.eh-button-guard button'); b.click(); b.click(); return true; })()")?;
    expect_eq(session.eval_json("window.__submits")?, serde_json::json!(1), "a double click submits once")?;
    std::thread::sleep(Duration::from_millis(1200));
    session.eval_json("document.querySelector('.eh-button-guard button').click(); true")?;
    expect_eq(session.eval_json("window.__submits")?, serde_json::json!(2), "a later click submits again")?;
    no_csp_violations_or_errors(&session)
}

/// Ticking the exclusive "Geen van deze" unticks the others; ticking another box unticks it.
fn exclusive_checkbox(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open_enhanced(auditor, base, "/voorbeelden/checkboxes/standaard", "document.querySelector('.eh-choices__group[data-eh-enhanced=\"true\"]') !== null")?;
    let ticked = "[...document.querySelectorAll('input[name=melden]:checked')].map(i => i.value)";
    expect_eq(session.eval_json(ticked)?, serde_json::json!(["duo"]), "the example starts with DUO ticked")?;
    session.click("#melden-4")?;
    expect_eq(session.eval_json(ticked)?, serde_json::json!(["geen"]), "after ticking 'Geen van deze'")?;
    session.click("#melden")?;
    expect_eq(session.eval_json(ticked)?, serde_json::json!(["belastingdienst"]), "after ticking Belastingdienst")?;
    session.click("#melden-2")?;
    expect_eq(session.eval_json(ticked)?, serde_json::json!(["belastingdienst", "duo"]), "two ordinary boxes stay ticked")?;
    no_csp_violations_or_errors(&session)
}

/// The success banner takes focus once enhanced (keyboard and screen-reader users start there).
fn success_banner_focus(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open_enhanced(auditor, base, "/voorbeelden/notification-banner/gelukt", "document.activeElement && document.activeElement.id === 'melding'")?;
    expect_eq(session.eval_json("document.activeElement.getAttribute('role')")?, serde_json::json!("alert"), "the focused element is the banner")?;
    no_csp_violations_or_errors(&session)
}

/// A deployment that lost a file: the page is still complete server HTML (the toggle stays
/// hidden, the field stays a password field), the loader still finishes, and the console names
/// the missing file, so whoever deploys sees what to fix.
fn missing_module(auditor: &mut Auditor, _base: &str) -> Result<(), Failed> {
    common::require_browser_build()?;
    let pkg = common::site_options().site_root.join("pkg");
    let broken = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/missing-module-site");
    let _ = std::fs::remove_dir_all(&broken);
    std::fs::create_dir_all(broken.join("pkg"))?;
    for file in std::fs::read_dir(&pkg)? {
        let file = file?;
        if file.file_name() != "password-toggle_bg.wasm" {
            std::fs::copy(file.path(), broken.join("pkg").join(file.file_name()))?;
        }
    }
    let base = common::start_showcase(eenheid_showcase::server::SiteOptions::new(broken));
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/voorbeelden/password-input/standaard"))?;
    session
        .wait_for(&format!("document.documentElement.hasAttribute('{}')", eenheid_showcase::READY_MARKER), Duration::from_secs(10))
        .map_err(|e| format!("the loader never finished: {e}; console: {:?}", session.console_errors()))?;
    expect_eq(session.attribute("#wachtwoord", "type")?.as_deref(), Some("password"), "still a password field")?;
    expect_eq(session.eval_json("document.querySelector('.eh-password-input__toggle').hidden")?, serde_json::json!(true), "no dead button")?;
    let errors = session.console_errors();
    if !errors.iter().any(|e| e.contains("Eenheid") && e.contains("missing") && e.contains("password-toggle_bg.wasm") && !e.contains("password-toggle.js")) {
        return Err(format!("no console error naming password-toggle_bg.wasm: {errors:?}").into());
    }
    Ok(())
}
