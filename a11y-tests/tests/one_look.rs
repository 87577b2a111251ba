//! `--one-look` on Eenheid's own pages: every showcase page and registry example must use only
//! token colours, the token font stacks and the token focus ring (zero findings). Plus a timing of
//! the site audit with 1, 2 and 3 tabs (`EENHEID_SPEED=1 cargo test -p eenheid-a11y --test one_look`).

mod common;

use std::time::{Duration, Instant};

use eenheid_a11y::one_look::{self, Palette};
use eenheid_a11y::site::{self, SiteAuditor, SiteOptions};
use eenheid_a11y::{AuditOptions, Auditor};
use libtest_mimic::Failed;

fn main() {
    common::run_browser_tests(vec![
        common::test("one look: the showcase's pages and examples use only tokens", showcase_looks_like_eenheid),
        common::test("speed: site audit with 1, 2 and 3 tabs (EENHEID_SPEED=1)", speed),
    ]);
}

fn paths() -> Vec<String> {
    let mut paths = vec!["/".to_owned(), eenheid_showcase::form_demo::PATH.to_owned()];
    for entry in eenheid::examples::registry() {
        paths.push(format!("/componenten/{}", entry.slug));
        for example in entry.examples {
            paths.push(eenheid::examples::path(entry.slug, example.name));
        }
    }
    paths
}

fn showcase_looks_like_eenheid(auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    let palette = Palette::eenheid();
    let session = auditor.open_session()?;
    // (rule, property, value) → (count, first page, first selector, nearest token)
    let mut problems: Vec<((String, String, String), usize, String, String, String)> = Vec::new();
    let mut total = 0;
    for path in paths() {
        session.goto(&format!("{base}{path}"))?;
        let declarations = one_look::collect(&session)?;
        // Focus rings: the overview pages show the same examples again, so they are walked on the
        // example pages only (the walk costs a key press per stop).
        let stops = if path.starts_with("/componenten/") { Vec::new() } else { site::walk(&session, 200)? };
        let rings: Vec<_> = stops.into_iter().filter(|s| s.visible_indicator).map(|s| s.ring).collect();
        let mut findings = one_look::judge_declarations(&palette, &declarations);
        findings.extend(one_look::judge_focus(&palette, &rings));
        for f in findings {
            total += 1;
            let key = (f.rule.id().to_owned(), f.property.clone(), f.value.clone());
            match problems.iter_mut().find(|p| p.0 == key) {
                Some(p) => p.1 += 1,
                None => problems.push((key, 1, path.clone(), f.selector.clone(), f.nearest.clone())),
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    // The same problem repeats on many pages: each distinct (rule, property, value) once.
    let lines: Vec<String> = problems
        .iter()
        .map(|((rule, property, value), n, path, selector, nearest)| format!("{n}× {rule} {property}: {value} (nearest token {nearest}); first at {path} {selector}"))
        .collect();
    Err(format!("{total} one-look finding(s), {} distinct:\n{}", problems.len(), lines.join("\n")).into())
}

fn speed(_auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    if std::env::var_os("EENHEID_SPEED").is_none() {
        return Ok(());
    }
    let urls: Vec<String> = paths().into_iter().take(40).map(|p| format!("{base}{p}")).collect();
    for jobs in [1, 2, 3] {
        let options = SiteOptions { audit: AuditOptions::default().page_timeout(Duration::from_secs(30)), jobs, ..SiteOptions::default() };
        let auditor = SiteAuditor::launch(options)?;
        // Warm up (first page pays for process start-up and caches).
        auditor.audit_all(&urls[..2], &|_, _| {});
        let start = Instant::now();
        let results = auditor.audit_all(&urls, &|_, _| {});
        let secs = start.elapsed().as_secs_f64();
        let errors = results.iter().filter(|r| r.error.is_some()).count();
        eprintln!("speed: {jobs} tab(s): {} pages in {secs:.1} s = {:.2} pages/s ({errors} errors)", urls.len(), urls.len() as f64 / secs);
    }
    Ok(())
}
