//! `--one-look` on Eenheid's own pages: every showcase page and registry example must use only
//! token colours, the token font stacks and the token focus ring (zero findings). Plus a timing of
//! the site audit with 1 to 4 tabs (`EENHEID_SPEED=1 cargo test -p eenheid-a11y --test one_look`).

mod common;

use std::time::{Duration, Instant};

use eenheid_a11y::site::{self, SiteAuditor, SiteOptions};
use eenheid_a11y::{AuditOptions, Auditor};
use libtest_mimic::Failed;

fn main() {
    common::run_browser_tests(vec![
        common::test("one look: the showcase's pages and examples use only tokens", showcase_looks_like_eenheid),
        common::test("speed: site audit with 1 to 4 tabs (EENHEID_SPEED=1)", speed),
    ]);
}

/// Every component page (each shows all its examples inline), the full-page examples (patterns,
/// page template: not inline), and the site's own pages.
fn paths() -> Vec<String> {
    let mut paths = vec!["/".to_owned(), eenheid_showcase::form_demo::PATH.to_owned(), "/tokens".to_owned(), "/patronen".to_owned()];
    for entry in eenheid::examples::registry() {
        paths.push(format!("/componenten/{}", entry.slug));
        for example in entry.examples.iter().filter(|e| e.layout == eenheid::examples::ExampleLayout::FullPage) {
            paths.push(eenheid::examples::path(entry.slug, example.name));
        }
    }
    paths
}

fn showcase_looks_like_eenheid(_auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    // The CLI's own runner, 4 tabs: the keyboard walk (for the focus rings) waits on Chromium's
    // input pipeline, so parallel tabs overlap that waiting.
    let options = SiteOptions { one_look: true, jobs: 4, ..SiteOptions::default() };
    let auditor = SiteAuditor::launch(options)?;
    let urls: Vec<String> = paths().into_iter().map(|p| format!("{base}{p}")).collect();
    let results = auditor.audit_all(&urls, &|_, _| {});
    drop(auditor);
    // (rule, message) → (count, first page, first selector)
    let mut problems: Vec<((String, String), usize, String, String)> = Vec::new();
    let mut total = 0;
    for page in &results {
        if let Some(error) = &page.error {
            return Err(format!("{}: {error}", page.url).into());
        }
        for f in page.findings.iter().filter(|f| f.check == site::Check::OneLook) {
            total += 1;
            let key = (f.rule.clone(), f.message.clone());
            match problems.iter_mut().find(|p| p.0 == key) {
                Some(p) => p.1 += 1,
                None => problems.push((key, 1, page.url.trim_start_matches(base).to_owned(), f.target.clone())),
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    // The same problem repeats on many pages: each distinct one once.
    let lines: Vec<String> = problems
        .iter()
        .map(|((rule, message), n, path, selector)| format!("{n}× {rule} {message}; first at {path} {selector}"))
        .collect();
    Err(format!("{total} one-look finding(s), {} distinct:\n{}", problems.len(), lines.join("\n")).into())
}

fn speed(_auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    if std::env::var_os("EENHEID_SPEED").is_none() {
        return Ok(());
    }
    let urls: Vec<String> = paths().into_iter().take(40).map(|p| format!("{base}{p}")).collect();
    for jobs in [1, 2, 3, 4] {
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
