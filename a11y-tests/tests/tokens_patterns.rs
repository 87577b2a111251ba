//! The tokens page (`/tokens`) and the patterns overview (`/patronen`) in a real browser: axe in
//! Dutch and English, at 1280 and 320 CSS px and with forced colours; no sideways scrolling at
//! 320 px; a visible focus indicator on every Tab stop; no CSP violation (the page's drawings are
//! classes, never style attributes); and the spacing bars measured: each is as wide as its token.
//!
//! `harness = false` (libtest-mimic), with the shared setup in `common/`.

mod common;

use std::time::Duration;

use eenheid_a11y::Auditor;
use libtest_mimic::Failed;

use common::{no_csp_violations_or_errors, run_browser_tests, test};

const PAGES: [&str; 2] = ["/tokens", "/patronen"];

fn main() {
    run_browser_tests(vec![
        test("tokens and patterns pages pass axe in Dutch and English, at 1280 and 320 px and with forced colours", axe_everywhere),
        test("tokens and patterns pages: every Tab stop shows where the focus is", focus_visible),
        test("tokens page: each spacing bar is as wide as its token", bars_are_the_tokens),
        test("pattern examples, server HTML: axe at 1280 and 320 px and forced colours, visible focus, no reflow", pattern_examples),
    ]);
}

fn axe_everywhere(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.add_init_script(&eenheid_a11y::axe::load_axe(None)?)?;
    let mut problems = Vec::new();
    let axe = |what: String, problems: &mut Vec<String>| -> Result<(), Failed> {
        let results = eenheid_a11y::axe::run_axe(session.tab(), Duration::from_secs(30))?;
        for violation in &results.violations {
            problems.push(format!("{what}: {} {:?}", violation.id, violation.nodes.iter().map(|n| &n.target).take(3).collect::<Vec<_>>()));
        }
        Ok(())
    };
    for lang in ["nl", "en"] {
        session.goto(&format!("{base}/taal/{lang}?terug=%2F"))?;
        for path in PAGES {
            session.set_viewport(1280, 800)?;
            session.goto(&format!("{base}{path}"))?;
            axe(format!("{lang} {path} 1280 px"), &mut problems)?;
            eenheid_a11y::checks::forced_colors(&session, true)?;
            let forced = axe(format!("{lang} {path} forced colours"), &mut problems);
            eenheid_a11y::checks::forced_colors(&session, false)?;
            forced?;
            session.set_viewport(320, 640)?;
            if let Some(overflow) = eenheid_a11y::checks::horizontal_overflow(&session)? {
                problems.push(format!("{lang} {path} reflow at 320 px: {overflow}"));
            }
            axe(format!("{lang} {path} 320 px"), &mut problems)?;
        }
    }
    session.set_viewport(1280, 800)?;
    if !problems.is_empty() {
        return Err(problems.join("\n").into());
    }
    no_csp_violations_or_errors(&session)
}

fn focus_visible(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    let mut problems = Vec::new();
    for path in PAGES {
        session.goto(&format!("{base}{path}"))?;
        let stops = eenheid_a11y::keyboard::walk(&session, None, 200)?;
        if stops.len() < 5 {
            problems.push(format!("{path}: only {} Tab stops", stops.len()));
        }
        for stop in stops {
            if !stop.visible_indicator {
                problems.push(format!("{path}: {} has no visible focus indicator: {}", stop.label, stop.indicator_detail()));
            }
            if !stop.on_screen {
                problems.push(format!("{path}: {} is focusable but not on screen", stop.label));
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

fn bars_are_the_tokens(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let session = auditor.open_session()?;
    session.goto(&format!("{base}/tokens"))?;
    let root_px = session
        .eval_json("parseFloat(getComputedStyle(document.documentElement).fontSize)")?
        .as_f64()
        .ok_or("no root font size")?;
    let mut checked = 0;
    for token in eenheid_tokens::tokens().iter().filter(|t| t.path.starts_with("space.")) {
        let slug = token.css_var.trim_start_matches(eenheid_tokens::CSS_PREFIX);
        let rem: f64 = token.value.trim_end_matches("rem").parse().map_err(|_| format!("{} is not in rem", token.path))?;
        let width = session
            .eval_json(&format!(
                "(() => {{ const e = document.querySelector('.tokens-bar--{slug}'); return e ? e.getBoundingClientRect().width : null; }})()"
            ))?
            .as_f64()
            .ok_or_else(|| format!("no bar for {}", token.path))?;
        if (width - rem * root_px).abs() > 0.5 {
            return Err(format!("{}: the bar is {width} px wide, the token is {} ({} px)", token.path, token.value, rem * root_px).into());
        }
        checked += 1;
    }
    if checked < 5 {
        return Err(format!("only {checked} spacing tokens found").into());
    }
    no_csp_violations_or_errors(&session)
}

/// Every example of every pattern as a visitor without JavaScript gets it (a whole page each).
/// The main showcase suite also snapshots their accessibility trees; this check does not depend
/// on the browser build.
fn pattern_examples(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    use eenheid::catalogue::registry;
use eenheid::examples::Family;
use eenheid_showcase::routes::example_path as path;
    use eenheid_a11y::checks;
    let session = auditor.open_session()?;
    let axe_source = eenheid_a11y::axe::load_axe(None)?;
    let mut problems = Vec::new();
    let axe = |what: String, problems: &mut Vec<String>| -> Result<(), Failed> {
        let results = checks::axe_now(&session, &axe_source, Duration::from_secs(30))?;
        for violation in &results.violations {
            problems.push(format!("{what}: {} {:?}", violation.id, violation.nodes.iter().map(|n| &n.target).take(3).collect::<Vec<_>>()));
        }
        Ok(())
    };
    let mut audited = 0;
    for entry in registry().iter().filter(|entry| entry.family == Family::Pattern) {
        for example in entry.examples {
            let page = path(entry.slug, example.name);
            session.set_viewport(1280, 800)?;
            checks::load_without_scripts(&session, &format!("{base}{page}"))?;
            for stop in eenheid_a11y::keyboard::walk(&session, None, 100)? {
                if !stop.visible_indicator || !stop.on_screen {
                    problems.push(format!("{page}: focus on {} is not visible: {}", stop.label, stop.indicator_detail()));
                }
            }
            axe(format!("{page} 1280 px"), &mut problems)?;
            checks::forced_colors(&session, true)?;
            let forced = axe(format!("{page} forced colours"), &mut problems);
            checks::forced_colors(&session, false)?;
            forced?;
            session.set_viewport(320, 640)?;
            if let Some(overflow) = checks::horizontal_overflow(&session)? {
                problems.push(format!("{page} reflow at 320 px: {overflow}"));
            }
            axe(format!("{page} 320 px"), &mut problems)?;
            audited += 1;
        }
    }
    session.set_viewport(1280, 800)?;
    if audited < 7 {
        problems.push(format!("only {audited} pattern examples"));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}
