//! Keyboard behaviour in Chromium, with real key presses: the tabs and accordion enhancements
//! (as the WAI-ARIA Authoring Practices describe), the tabs without JavaScript, and the
//! skip link of the page template.
//!
//! `harness = false` (libtest-mimic), with the shared setup in `common/`. Needs `cargo xtask build-wasm` first.

mod common;

use std::time::Duration;

use eenheid_a11y::{Auditor, Session};
use libtest_mimic::Failed;
use serde_json::json;

use common::{axe_clean_now, expect_eq, run_browser_tests, test};

fn main() {
    run_browser_tests(vec![
        test("tabs: Tab focuses the selected tab, then the panel", tabs_tab_order),
        test("tabs: arrow keys, Home and End move focus and selection", tabs_arrow_keys),
        test("tabs: without JavaScript every section shows, with plain links", tabs_without_javascript),
        test("accordion: Enter and Space open sections, the button opens and closes all", accordion_keys),
        test("skip link: first Tab focuses it, Enter moves focus to main", skip_link),
        test("content: every example reflows at 320 px; a wide table scrolls in its own region", content_reflows),
    ]);
}

/// Opens `path` with axe in every document and waits until the enhancement marked by `enhanced` has run.
fn open_enhanced(auditor: &mut Auditor, base: &str, path: &str, enhanced: &str) -> Result<Session, Failed> {
    common::open_enhanced(auditor, base, path, enhanced, true)
}

/// The id of the focused element (descending into shadow roots), or its tag name when it has none.
fn focused(session: &Session) -> Result<serde_json::Value, Failed> {
    Ok(session.eval_json(
        "(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; \
         return a ? (a.id || a.tagName.toLowerCase()) : null; })()",
    )?)
}

fn press(session: &Session, key: &str) -> Result<(), Failed> {
    session.tab().press_key(key)?;
    Ok(())
}

/// Presses Tab until `condition` (JS) holds, at most `max` times.
fn tab_until(session: &Session, condition: &str, max: usize, what: &str) -> Result<(), Failed> {
    for _ in 0..max {
        press(session, "Tab")?;
        if session.eval_json(condition)? == json!(true) {
            return Ok(());
        }
    }
    Err(format!("{what}: not reached after {max} Tab presses (focus on {:?})", focused(session)?).into())
}

const TABS: &str = "/voorbeelden/tabs/standaard";
const TABS_ENHANCED: &str = "document.querySelector('#paspoort[data-eh-enhanced=\"true\"] [role=tablist]') !== null";
const PANELS: [&str; 3] = ["paspoort-kosten", "paspoort-meenemen", "paspoort-duur"];

/// Which tab is selected, which has tabindex 0, and which panels are visible.
fn tabs_state(session: &Session) -> Result<serde_json::Value, Failed> {
    Ok(session.eval_json(
        "({ selected: [...document.querySelectorAll('#paspoort [role=tab][aria-selected=true]')].map(t => t.id), \
            inTabOrder: [...document.querySelectorAll('#paspoort [role=tab]')].filter(t => t.tabIndex === 0).map(t => t.id), \
            visible: [...document.querySelectorAll('#paspoort [role=tabpanel]')].filter(p => !p.hidden && getComputedStyle(p).display !== 'none').map(p => p.id) })",
    )?)
}

fn expect_tab(session: &Session, n: usize, what: &str) -> Result<(), Failed> {
    let tab = format!("paspoort-tab-{n}");
    expect_eq(focused(session)?, json!(tab), &format!("{what}: focus"))?;
    expect_eq(
        tabs_state(session)?,
        json!({ "selected": [tab], "inTabOrder": [tab], "visible": [PANELS[n - 1]] }),
        &format!("{what}: selection"),
    )
}

/// Tab from the top of the page lands on the selected tab (the only tab in the Tab order), and
/// the next Tab on its panel.
fn tabs_tab_order(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open_enhanced(auditor, base, TABS, TABS_ENHANCED)?;
    expect_eq(session.attribute("#paspoort-tab-1", "aria-controls")?.as_deref(), Some("paspoort-kosten"), "tab 1 controls its panel")?;
    expect_eq(session.attribute("#paspoort-kosten", "aria-labelledby")?.as_deref(), Some("paspoort-tab-1"), "the panel is named by its tab")?;
    tab_until(&session, "document.activeElement.closest('[role=tablist]') !== null", 40, "the tab list")?;
    expect_tab(&session, 1, "Tab into the tab list")?;
    press(&session, "Tab")?;
    expect_eq(focused(&session)?, json!("paspoort-kosten"), "the next Tab goes to the panel, past the other tabs")?;
    Ok(())
}

/// ArrowRight/ArrowLeft move to and select the next/previous tab (wrapping); Home and End the
/// first and last.
fn tabs_arrow_keys(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = open_enhanced(auditor, base, TABS, TABS_ENHANCED)?;
    tab_until(&session, "document.activeElement.id === 'paspoort-tab-1'", 40, "the first tab")?;
    press(&session, "ArrowRight")?;
    expect_tab(&session, 2, "ArrowRight")?;
    press(&session, "ArrowRight")?;
    expect_tab(&session, 3, "ArrowRight again")?;
    press(&session, "ArrowRight")?;
    expect_tab(&session, 1, "ArrowRight on the last tab wraps to the first")?;
    press(&session, "ArrowLeft")?;
    expect_tab(&session, 3, "ArrowLeft on the first tab wraps to the last")?;
    press(&session, "Home")?;
    expect_tab(&session, 1, "Home")?;
    press(&session, "End")?;
    expect_tab(&session, 3, "End")?;
    press(&session, "ArrowLeft")?;
    expect_tab(&session, 2, "ArrowLeft")?;
    axe_clean_now(&session, "enhanced tabs")?;
    let errors = session.console_errors();
    if !errors.is_empty() {
        return Err(format!("console errors: {errors:?}").into());
    }
    Ok(())
}

/// With scripts off: no ARIA tab roles, a list of links, every section visible; the links work.
fn tabs_without_javascript(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    use headless_chrome::protocol::cdp::Emulation;
    let session = auditor.open_session()?;
    session.tab().call_method(Emulation::SetScriptExecutionDisabled { value: true })?;
    session.goto(&format!("{base}{TABS}"))?;
    session.tab().call_method(Emulation::SetScriptExecutionDisabled { value: false })?;
    let state = session.eval_json(
        "({ roles: document.querySelectorAll('#paspoort [role]').length, \
            links: [...document.querySelectorAll('#paspoort .eh-tabs__list a')].map(a => a.getAttribute('href')), \
            visible: [...document.querySelectorAll('#paspoort .eh-tabs__panel')].filter(p => getComputedStyle(p).display !== 'none').map(p => p.id) })",
    )?;
    expect_eq(
        state,
        json!({ "roles": 0, "links": ["#paspoort-kosten", "#paspoort-meenemen", "#paspoort-duur"], "visible": PANELS }),
        "tabs without JavaScript",
    )
}

/// Enter and Space on a section's summary open it; the "open all" button opens every section,
/// then closes them all, and says what it will do.
fn accordion_keys(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let button = "#verhuizen .eh-accordion__toggle-all";
    let session = open_enhanced(auditor, base, "/voorbeelden/accordion/standaard", &format!("!document.querySelector('{button}').closest('[hidden]')"))?;
    let open = "[...document.querySelectorAll('#verhuizen details')].map(d => d.open)";
    expect_eq(session.eval_json(open)?, json!([false, false, false]), "all closed at first")?;
    tab_until(&session, "document.activeElement.parentElement?.id === 'verhuizen-1'", 40, "the first section")?;
    press(&session, "Enter")?;
    session.wait_for("document.getElementById('verhuizen-1').open", Duration::from_secs(3)).map_err(|e| format!("Enter did not open section 1: {e}"))?;
    tab_until(&session, "document.activeElement.parentElement?.id === 'verhuizen-2'", 3, "the second section")?;
    press(&session, " ")?;
    session.wait_for("document.getElementById('verhuizen-2').open", Duration::from_secs(3)).map_err(|e| format!("Space did not open section 2: {e}"))?;
    expect_eq(session.eval_json(open)?, json!([true, true, false]), "two sections open")?;
    press(&session, "Enter")?;
    session.wait_for("!document.getElementById('verhuizen-2').open", Duration::from_secs(3)).map_err(|e| format!("Enter did not close section 2: {e}"))?;

    // The enhancement: one button for all sections.
    session.eval_json(&format!("document.querySelector('{button}').focus(); true"))?;
    expect_eq(session.eval_json(&format!("document.querySelector('{button}').textContent.trim()"))?, json!("Alle secties openen"), "the button's text")?;
    press(&session, "Enter")?;
    session.wait_for(&format!("{open}.every(o => o)"), Duration::from_secs(3)).map_err(|e| format!("the button did not open all sections: {e}"))?;
    session.wait_for(&format!("document.querySelector('{button}').textContent.trim() === 'Alle secties sluiten'"), Duration::from_secs(3))?;
    expect_eq(session.attribute(button, "aria-expanded")?.as_deref(), Some("true"), "the button is expanded")?;
    axe_clean_now(&session, "enhanced accordion, all open")?;
    press(&session, " ")?;
    session.wait_for(&format!("{open}.every(o => !o)"), Duration::from_secs(3)).map_err(|e| format!("the button did not close all sections: {e}"))?;
    expect_eq(session.attribute(button, "aria-expanded")?.as_deref(), Some("false"), "the button is collapsed")?;
    // Opening every section by hand also turns the button into "close all".
    for n in 1..=3 {
        session.eval_json(&format!("document.querySelector('#verhuizen-{n} summary').click(); true"))?;
    }
    session.wait_for(&format!("document.querySelector('{button}').textContent.trim() === 'Alle secties sluiten'"), Duration::from_secs(3))
        .map_err(|e| format!("the button did not follow sections opened one by one: {e}"))?;
    Ok(())
}

/// On a full page: the first Tab focuses the skip link, and Enter moves focus to `<main>`.
fn skip_link(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/voorbeelden/page-template/standaard"))?;
    press(&session, "Tab")?;
    expect_eq(
        session.eval_json("document.activeElement.classList.contains('eh-skip-link') && document.activeElement.getAttribute('href')")?,
        json!("#inhoud"),
        "the first Tab stop is the skip link",
    )?;
    expect_eq(
        session.eval_json("(() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top >= 0; })()")?,
        json!(true),
        "the focused skip link is visible",
    )?;
    press(&session, "Enter")?;
    session.wait_for("document.activeElement === document.getElementById('inhoud')", Duration::from_secs(3))
        .map_err(|e| format!("Enter on the skip link did not move focus to <main id=inhoud>: {e}; focus on {:?}", focused(&session).ok()))?;
    expect_eq(session.eval_json("document.activeElement.tagName")?, json!("MAIN"), "focus is on main")?;
    Ok(())
}

/// At 320 CSS px (400% zoom of 1280) no content example makes the page scroll sideways (WCAG
/// 1.4.10). The wide table scrolls inside its own region instead, which keyboard users can focus
/// and scroll with the arrow keys.
fn content_reflows(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.set_viewport(320, 640)?;
    let mut overflowing = Vec::new();
    for entry in eenheid::catalogue::registry().iter().filter(|e| e.family == eenheid::examples::Family::Content) {
        for example in entry.examples {
            let path = eenheid_showcase::routes::example_path(entry.slug, example.name);
            session.goto(&format!("{base}{path}"))?;
            // Only the example itself (inside <main>); a table's cells, or a code block's lines, may
            // extend inside their own scroll region, which is the point of the region.
            let wide = session.eval_json(
                "(() => { const scrolls = (el) => { for (let a = el.parentElement; a; a = a.parentElement) { \
                   if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true; } return false; }; \
                 return [...document.querySelectorAll('main *')].filter(el => !scrolls(el) \
                   && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5) \
                   .map(el => el.tagName.toLowerCase() + '.' + [...el.classList].join('.')); })()",
            )?;
            if wide != json!([]) {
                overflowing.push(format!("{path}: {wide}"));
            }
        }
    }
    if !overflowing.is_empty() {
        return Err(format!("horizontal page scroll at 320 px: {overflowing:?}").into());
    }
    session.goto(&format!("{base}/voorbeelden/table/rijkoppen"))?;
    let region = "document.querySelector('.eh-table[role=region]')";
    expect_eq(session.eval_json(&format!("{region}.scrollWidth > {region}.clientWidth"))?, json!(true), "the wide table scrolls in its region")?;
    tab_until(&session, "document.activeElement.matches('.eh-table[role=region]')", 40, "the table's scroll region")?;
    expect_eq(session.eval_json("document.activeElement.getAttribute('aria-labelledby')")?, json!("uitkering-caption"), "the region is named by the caption")?;
    press(&session, "ArrowRight")?;
    session.wait_for(&format!("{region}.scrollLeft > 0"), Duration::from_secs(3)).map_err(|e| format!("ArrowRight did not scroll the table: {e}"))?;
    Ok(())
}
