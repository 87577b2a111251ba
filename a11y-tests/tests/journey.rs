//! The example journey "Verhuizing doorgeven" in Chromium, the way people use it: with
//! JavaScript off and on, one wrong answer (every typed value must come back), the whole way to the
//! status page, and one change from the check page (every other answer must stay). With
//! JavaScript on, axe runs on every page and no page may report a CSP violation.

mod common;

use std::time::Duration;

use eenheid_a11y::{Auditor, Session};
use libtest_mimic::Failed;
use serde_json::json;

use common::{axe_clean_now, expect_eq};

fn main() {
    common::run_browser_tests(vec![
        common::test("journey, JavaScript off: error, change loop, every value kept", |a, b| walk(a, b, false)),
        common::test("journey, JavaScript on: error, change loop, axe and CSP on every page", |a, b| walk(a, b, true)),
        common::test("session time-out: warning in time, keep longer without leaving the page", keep_longer),
        common::test("keep longer, JavaScript off: the page's own form goes along, nothing typed is lost", |a, b| keep_longer_without_javascript(a, b)),
        common::test("life event and choice guide, JavaScript off: error, Back, change, bookmark", |a, b| life_event_and_guide(a, b, false)),
        common::test("life event and choice guide, JavaScript on: the same, axe and CSP on every page", |a, b| life_event_and_guide(a, b, true)),
        common::test("save and continue later, JavaScript off: a code, a new cookie jar, every value back", |a, b| save_and_continue(a, b, false)),
        common::test("save and continue later, JavaScript on: the same, axe and CSP on every page", |a, b| save_and_continue(a, b, true)),
        common::test("call me back, JavaScript off: from the help block, errors, every value kept, confirmed", |a, b| call_back(a, b, false)),
        common::test("call me back, JavaScript on: the same, axe and CSP on every page", |a, b| call_back(a, b, true)),
    ]);
}

/// One tab; with `javascript` false, every page loads with scripts disabled, and the test reads
/// and fills the DOM through DevTools only between loads (as in showcase.rs's form test).
struct Visit<'a> {
    session: &'a Session,
    base: &'a str,
    javascript: bool,
}

impl Visit<'_> {
    fn scripts(&self, enabled: bool) -> Result<(), Failed> {
        if !self.javascript {
            use headless_chrome::protocol::cdp::Emulation;
            self.session.tab().call_method(Emulation::SetScriptExecutionDisabled { value: !enabled })?;
        }
        Ok(())
    }

    fn load(&self, path: &str) -> Result<(), Failed> {
        self.scripts(false)?;
        self.session.goto(&format!("{}{path}", self.base))?;
        self.scripts(true)?;
        self.checks(path)
    }

    /// A real mouse click on `selector` (a link or submit button), then waits for `marker`, an
    /// element only the next page has, using only the DOM domain (runs nothing in the page).
    fn click(&self, selector: &str, marker: &str) -> Result<(), Failed> {
        use headless_chrome::browser::tab::point::Point;
        use headless_chrome::protocol::cdp::DOM;
        let centre = self.session.eval_json(&format!(
            "(() => {{ const b = document.querySelector({selector:?}); if (!b) return null; b.scrollIntoView({{block: 'center', behavior: 'instant'}}); \
             const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ))?;
        let hit = self.session.eval_json(&format!("(document.elementFromPoint({}, {})?.outerHTML ?? 'nothing').slice(0, 200)", centre[0], centre[1]))?;
        let (Some(x), Some(y)) = (centre[0].as_f64(), centre[1].as_f64()) else {
            return Err(format!("nothing to click at {selector}").into());
        };
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
                self.scripts(true)?;
                let url = self.session.eval_json("location.href").unwrap_or_default();
                return Err(format!("after clicking {selector} (at {centre}: {hit}), the next page never showed {marker}; now at {url}").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.scripts(true)?;
        let path = self.session.eval_json("location.pathname + location.search")?;
        self.checks(path.as_str().unwrap_or_default())
    }

    /// Submits the page's main form (not the "keep longer" form).
    fn submit(&self, marker: &str) -> Result<(), Failed> {
        self.click("main form:not([action$='langer-bewaren']) button[type=submit]", marker)
    }

    /// With JavaScript on: axe clean and no CSP violation or console error on this page. With it
    /// off: no enhancement ran (nothing took focus).
    fn checks(&self, what: &str) -> Result<(), Failed> {
        if self.javascript {
            // Let the enhancements run first, so axe sees the enhanced page.
            if self.session.eval_json("document.querySelector('[data-eh-module]') !== null")? == json!(true) {
                self.session
                    .wait_for(&format!("document.documentElement.hasAttribute('{}')", eenheid_showcase::READY_MARKER), Duration::from_secs(10))
                    .map_err(|e| format!("the enhancements on {what} never ran: {e}"))?;
            }
            axe_clean_now(self.session, what)?;
            let csp = self.session.csp_violations()?;
            if !csp.is_empty() {
                return Err(format!("CSP violations on {what}: {csp:?}").into());
            }
            let errors = self.session.console_errors();
            if !errors.is_empty() {
                return Err(format!("console errors on {what}: {errors:?}").into());
            }
        }
        Ok(())
    }

    fn eval(&self, js: &str) -> Result<serde_json::Value, Failed> {
        Ok(self.session.eval_json(js)?)
    }
}

const WHO_STATE: &str = r#"({
    title: document.title.split(' – ')[0],
    summary: [...document.querySelectorAll('.eh-error-summary a')].map(a => a.getAttribute('href')),
    others: document.querySelector('input[name=wie][value=met-anderen]').checked,
    aantal: document.getElementById('aantal').value,
    namen: document.getElementById('namen').value,
    injected: document.querySelectorAll('main b').length,
})"#;

fn walk(auditor: &mut Auditor, base: &str, javascript: bool) -> Result<(), Failed> {
    let session = fresh_session(auditor, javascript)?;
    let visit = Visit { session: &session, base, javascript };

    visit.load("/verhuizing-doorgeven")?;
    expect_eq(visit.eval("document.querySelector('header').textContent.includes('Gemeente Voorbeeldstad')")?, json!(true), "agency in the header")?;
    visit.click("main a[href='/verhuizing-doorgeven/wie-verhuist']", "input[name=wie]")?;

    // 1. Who: a wrong answer (no number), then right.
    visit.eval(
        r#"(() => {
            document.querySelector('input[name=wie][value=met-anderen]').checked = true;
            document.getElementById('aantal').value = 'twee';
            document.getElementById('namen').value = 'Ada <b>Lovelace</b> & "zoon"\nBo';
            return true;
        })()"#,
    )?;
    visit.submit(".eh-error-summary")?;
    expect_eq(
        visit.eval(WHO_STATE)?,
        json!({
            "title": "Fout: Wie verhuizen er?",
            "summary": ["#aantal"],
            "others": true,
            "aantal": "twee",
            "namen": "Ada <b>Lovelace</b> & \"zoon\"\nBo",
            "injected": 0,
        }),
        "the page after the error",
    )?;
    if !javascript {
        expect_eq(visit.eval("document.activeElement === document.body")?, json!(true), "no enhancement ran with JavaScript off")?;
    }
    visit.eval("document.getElementById('aantal').value = '2'; true")?;
    visit.submit("#adres-postcode")?;

    // 2. Address, 3. date, 4. whom to inform.
    visit.eval("document.getElementById('adres-postcode').value = '1234ab'; document.getElementById('adres-huisnummer').value = '12'; document.getElementById('adres-toevoeging').value = 'A'; true")?;
    visit.submit("#datum-dag")?;
    // A date that can be reported today: the server checks 5 days ago up to 4 weeks ahead.
    let (year, month, day) = eenheid_showcase::journey::clock::add_days(eenheid_showcase::journey::clock::today(), 10);
    let long_date = eenheid_showcase::journey::pages::long_date(eenheid::i18n::Lang::Nl, &day.to_string(), &month.to_string(), &year.to_string());
    visit.eval(&format!("document.getElementById('datum-dag').value = '{day}'; document.getElementById('datum-maand').value = '{month}'; document.getElementById('datum-jaar').value = '{year}'; true"))?;
    visit.submit("#doorgeven")?;
    visit.eval("document.querySelector('input[name=doorgeven][value=duo]').checked = true; document.querySelector('input[name=doorgeven][value=svb]').checked = true; true")?;
    visit.submit("#antwoorden")?;

    let answers = "[...document.querySelectorAll('#antwoorden dd.eh-summary-list__value')].map(d => d.innerText.trim())";
    let expected = json!([
        "Ik en 2 anderen\nAda <b>Lovelace</b> & \"zoon\"\nBo",
        "Postcode: 1234 AB\nHuisnummer: 12 A",
        long_date,
        "Dienst Uitvoering Onderwijs (DUO)\nSociale Verzekeringsbank (SVB)",
    ]);
    expect_eq(visit.eval(answers)?, expected.clone(), "the check page")?;

    // The change loop: change the address, come back to the check page, nothing else lost.
    visit.click("a[href='/verhuizing-doorgeven/nieuw-adres?terug=controleren']", "#adres-postcode")?;
    expect_eq(
        visit.eval("[document.getElementById('adres-postcode').value, document.getElementById('adres-huisnummer').value, document.getElementById('adres-toevoeging').value]")?,
        json!(["1234 AB", "12", "A"]),
        "the saved address is filled in",
    )?;
    visit.eval("document.getElementById('adres-postcode').value = '5678 cd'; true")?;
    visit.submit("#antwoorden")?;
    let mut changed = expected;
    changed[1] = json!("Postcode: 5678 CD\nHuisnummer: 12 A");
    expect_eq(visit.eval(answers)?, changed, "the check page after the change")?;

    // Send: confirmation with a reference, then the status page.
    visit.submit(".eh-panel")?;
    let reference = visit.eval("document.querySelector('.eh-panel__reference').textContent")?;
    if !reference.as_str().is_some_and(|r| r.starts_with("VH-")) {
        return Err(format!("no reference number: {reference}").into());
    }
    visit.click("main a[href='/verhuizing-doorgeven/status']", ".eh-status-timeline")?;
    expect_eq(visit.eval("document.querySelector('main').innerText.includes(document.querySelector('main p').innerText) && document.querySelector('main').innerText.includes('Gemeente Voorbeeldstad')")?, json!(true), "status names the organisation")?;
    Ok(())
}

/// The session time-out enhancement: the example with 4 minutes left shows the warning at once (axe
/// clean, no CSP violation); in the journey, "Langer bewaren" keeps the answers in the background:
/// the page stays, with what was typed (but not yet sent) still in it.
fn keep_longer(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let message = "document.querySelector('.eh-session-timeout__message').textContent";
    let session = common::open_enhanced(
        auditor,
        base,
        "/voorbeelden/session-timeout/bijna-verlopen",
        &format!("{message}.includes('over 4 minuten')"),
        true,
    )?;
    axe_clean_now(&session, "the warning")?;
    common::no_csp_violations_or_errors(&session)?;
    forget_cookies(&session)?;

    session.goto(&format!("{base}/verhuizing-doorgeven/wie-verhuist"))?;
    session
        .wait_for(&format!("document.documentElement.hasAttribute('{}')", eenheid_showcase::READY_MARKER), Duration::from_secs(10))
        .map_err(|e| format!("the journey page's enhancements never ran: {e}"))?;
    expect_eq(session.eval_json(&format!("{message}.trim() === ''"))?, json!(true), "no warning with 30 minutes left")?;
    session.eval_json("document.querySelector('input[name=wie][value=alleen]').checked = true; true")?;
    session.click("#bewaren button[type=submit]")?;
    session
        .wait_for(&format!("{message}.startsWith('Gelukt')"), Duration::from_secs(10))
        .map_err(|e| format!("no confirmation after 'Langer bewaren': {e}; console: {:?}", session.console_errors()))?;
    expect_eq(
        session.eval_json(&format!("[location.pathname, document.querySelector('input[name=wie][value=alleen]').checked, {message}.trim()]"))?,
        json!(["/verhuizing-doorgeven/wie-verhuist", true, "Gelukt. Wij bewaren uw antwoorden nu nog 30 minuten."]),
        "same page, typed answer kept, confirmation read out",
    )?;
    common::no_csp_violations_or_errors(&session)?;
    Ok(())
}

/// Without JavaScript, "Langer bewaren" submits the question's own form (its `form` attribute):
/// the page comes back with what was typed and says until when the answers are kept.
fn keep_longer_without_javascript(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = fresh_session(auditor, false)?;
    let visit = Visit { session: &session, base, javascript: false };
    visit.load("/verhuizing-doorgeven/wie-verhuist")?;
    visit.eval("document.querySelector('input[name=wie][value=met-anderen]').checked = true; document.getElementById('aantal').value = 'twee'; document.getElementById('namen').value = 'Ada\\nBo'; true")?;
    visit.click("#bewaren button[type=submit]", "#bewaard")?;
    expect_eq(
        visit.eval("[location.pathname, document.querySelector('input[name=wie][value=met-anderen]').checked, document.getElementById('aantal').value, document.getElementById('namen').value, document.querySelector('#bewaard').innerText.includes('Wij bewaren uw antwoorden nu tot'), document.querySelectorAll('.eh-error-summary__list li').length]")?,
        json!(["/verhuizing-doorgeven/wie-verhuist", true, "twee", "Ada\nBo", true, 0]),
        "the same page, every typed value back, no errors yet",
    )?;
    // Continuing from there checks the answer as usual.
    visit.submit(".eh-error-summary")?;
    expect_eq(visit.eval("[...document.querySelectorAll('.eh-error-summary a')].map(a => a.getAttribute('href'))")?, json!(["#aantal"]), "now checked")?;
    Ok(())
}

/// The life event links to the journey and the guide; the guide with a missing answer, the back
/// link, the result, a change from the result, and a bookmarked middle question.
fn life_event_and_guide(auditor: &mut Auditor, base: &str, javascript: bool) -> Result<(), Failed> {
    let session = fresh_session(auditor, javascript)?;
    let visit = Visit { session: &session, base, javascript };
    let checked = |name: &str| format!("document.querySelector('input[name={name}]:checked')?.value ?? null");

    visit.load("/verhuizen")?;
    expect_eq(
        visit.eval("[document.querySelector('h1').textContent, !!document.querySelector('main a[href=\"/verhuizing-doorgeven\"]'), document.querySelectorAll('.eh-task-list__tag--passed-on').length]")?,
        json!(["Verhuizen", true, 3]),
        "the life event: heading, the journey, what is done for you",
    )?;
    visit.click("main a[href='/verhuizen/wat-regelen/waar']", "input[name=waar]")?;

    // Nothing chosen: the error, then an answer.
    visit.submit(".eh-error-summary")?;
    expect_eq(visit.eval("document.title.split(' – ')[0]")?, json!("Fout: Waar gaat u wonen?"), "the error page")?;
    visit.eval("document.querySelector('input[name=waar][value=voorbeeldstad]').checked = true; true")?;
    visit.submit("input[name=huur]")?;
    visit.eval("document.querySelector('input[name=huur][value=ja]').checked = true; true")?;
    visit.submit("input[name=kinderen]")?;
    // Back twice by the back link: every answer is still chosen.
    visit.click(".eh-back-link", "input[name=huur]")?;
    expect_eq(visit.eval(&checked("huur"))?, json!("ja"), "Back keeps the second answer")?;
    visit.click(".eh-back-link", "input[name=waar]")?;
    expect_eq(visit.eval(&checked("waar"))?, json!("voorbeeldstad"), "Back keeps the first answer")?;
    visit.submit("input[name=huur]")?;
    expect_eq(visit.eval(&checked("huur"))?, json!("ja"), "forward again, the answer is still there")?;
    visit.submit("input[name=kinderen]")?;
    visit.eval("document.querySelector('input[name=kinderen][value=nee]').checked = true; true")?;
    visit.submit("#antwoorden")?;

    let services = "[...document.querySelectorAll('main h3')].map(h => h.innerText.trim())";
    expect_eq(visit.eval(services)?, json!(["Uw verhuizing doorgeven", "Huurtoeslag aanvragen of aanpassen"]), "the result")?;
    expect_eq(visit.eval("document.querySelector('main h3 a').getAttribute('href')")?, json!("/verhuizing-doorgeven"), "the result leads to the journey")?;
    // Change one answer: back to the result, which follows it.
    visit.click("#antwoorden .eh-summary-list__row:nth-child(2) a", "input[name=huur]")?;
    visit.eval("document.querySelector('input[name=huur][value=nee]').checked = true; true")?;
    visit.submit("#antwoorden")?;
    expect_eq(visit.eval(services)?, json!(["Uw verhuizing doorgeven"]), "the result after the change")?;

    // A bookmarked middle question without the earlier answers: the first question.
    visit.load("/verhuizen/wat-regelen/kinderen")?;
    expect_eq(visit.eval("[location.pathname, !!document.querySelector('input[name=waar]')]")?, json!(["/verhuizen/wat-regelen/waar", true]), "to the first question")?;
    Ok(())
}

/// "Opslaan en later verder" on the first question with what was typed, the code, then a new
/// cookie jar (another browser): the code typed in lower case with a space leads back with every
/// value, and the help block shows the code.
fn save_and_continue(auditor: &mut Auditor, base: &str, javascript: bool) -> Result<(), Failed> {
    let session = fresh_session(auditor, javascript)?;
    let visit = Visit { session: &session, base, javascript };
    visit.load("/verhuizing-doorgeven/wie-verhuist")?;
    visit.eval("document.querySelector('input[name=wie][value=met-anderen]').checked = true; document.getElementById('aantal').value = '1'; document.getElementById('namen').value = 'Ada\\nBo'; true")?;
    visit.click("button[name=actie][value=opslaan-later]", "#opgeslagen")?;
    let code = visit.eval("document.querySelector('.eh-saved-code__code span[aria-hidden]').textContent.trim()")?;
    let code = code.as_str().unwrap_or_default().to_owned();
    expect_eq(json!(code.len()), json!(9), "a grouped code of 8 characters")?;
    expect_eq(visit.eval("document.querySelector('.eh-help-block__code strong').textContent")?, json!(code), "the help block shows it")?;

    forget_cookies(&session)?;
    visit.load("/verhuizing-doorgeven/verder-met-code")?;
    let typed = code.to_lowercase().replace('-', " ");
    visit.eval(&format!("document.getElementById('code').value = {typed:?}; true"))?;
    visit.click("main form[action$='verder-met-code'] button[type=submit]", "input[name='adres-postcode']")?;
    expect_eq(visit.eval("document.querySelector('.eh-help-block__code strong').textContent")?, json!(code), "the help block shows the code here too")?;
    visit.load("/verhuizing-doorgeven/wie-verhuist")?;
    expect_eq(
        visit.eval("[document.querySelector('input[name=wie][value=met-anderen]').checked, document.getElementById('aantal').value, document.getElementById('namen').value]")?,
        json!([true, "1", "Ada\nBo"]),
        "every value back in the new browser",
    )?;
    Ok(())
}

/// "Bel mij terug" as a visitor meets it: the help block's link on a question page, the form
/// sent with a wrong phone number (errors linked, what was typed kept), then right.
fn call_back(auditor: &mut Auditor, base: &str, javascript: bool) -> Result<(), Failed> {
    let session = fresh_session(auditor, javascript)?;
    let visit = Visit { session: &session, base, javascript };
    visit.load("/verhuizing-doorgeven/wie-verhuist")?;
    visit.click(".eh-help-block a[href$='/terugbellen']", "input[name=telefoonnummer]")?;
    visit.eval("document.getElementById('naam').value = 'Ada <b>de Vries'; document.getElementById('telefoonnummer').value = '06-12'; \
        document.querySelector('input[name=belmoment][value=middag]').checked = true; document.getElementById('vraag').value = 'Welke datum?'; true")?;
    visit.submit(".eh-error-summary")?;
    expect_eq(
        visit.eval("[[...document.querySelectorAll('.eh-error-summary a')].map(a => a.getAttribute('href')), document.getElementById('naam').value, \
            document.getElementById('telefoonnummer').value, document.querySelector('input[name=belmoment][value=middag]').checked, \
            document.getElementById('vraag').value, document.querySelectorAll('main b').length]")?,
        json!([["#telefoonnummer"], "Ada <b>de Vries", "06-12", true, "Welke datum?", 0]),
        "one error, linked; every value kept, as text",
    )?;
    visit.eval("document.getElementById('telefoonnummer').value = '06 1234 5678'; true")?;
    visit.submit(".eh-panel")?;
    expect_eq(
        visit.eval("[document.querySelector('.eh-panel__title').textContent.trim(), [...document.querySelectorAll('.eh-summary-list__value')].map(d => d.textContent.trim())]")?,
        json!(["Wij bellen u terug", ["Ada <b>de Vries", "0612345678", "In de middag", "Welke datum?"]]),
        "the confirmation shows what was asked",
    )?;
    Ok(())
}

/// A tab for one journey test: the browser build is there, no cookie of an earlier test (they
/// share one Chromium), and with `javascript`, axe loaded in every page for [`Visit::checks`].
fn fresh_session(auditor: &mut Auditor, javascript: bool) -> Result<Session, Failed> {
    common::require_browser_build()?;
    let session = auditor.open_session()?;
    forget_cookies(&session)?;
    if javascript {
        session.add_init_script(&eenheid_a11y::axe::load_axe(None)?)?;
    }
    Ok(session)
}

/// The tests share one Chromium: start each journey without the last one's session cookie.
fn forget_cookies(session: &Session) -> Result<(), Failed> {
    use headless_chrome::protocol::cdp::Network;
    session.tab().call_method(Network::ClearBrowserCookies(None))?;
    Ok(())
}
