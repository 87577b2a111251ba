//! `--one-look` on Eenheid's own pages: every showcase page and registry example must use only
//! token colours, the token font stacks and the token focus ring (zero findings). (The audit's
//! speed is a benchmark, not a test: `cargo xtask bench`.)

mod common;

use eenheid_a11y::site::{self, Check, SiteAuditor, SiteOptions};
use eenheid_a11y::Auditor;
use libtest_mimic::Failed;

fn main() {
    common::run_browser_tests(vec![
        common::test("one look: the showcase's pages and examples use only tokens", showcase_looks_like_eenheid),
    ]);
}

/// Every component page (each shows all its examples inline), the full-page examples (patterns,
/// page template: not inline), and the site's own pages.
fn paths() -> Vec<String> {
    let mut paths = vec!["/".to_owned(), eenheid_showcase::form_demo::PATH.to_owned(), "/tokens".to_owned(), "/patronen".to_owned()];
    for entry in eenheid::catalogue::registry() {
        paths.push(format!("/componenten/{}", entry.slug));
        for example in entry.examples.iter().filter(|e| e.layout == eenheid::examples::ExampleLayout::FullPage) {
            paths.push(eenheid_showcase::routes::example_path(entry.slug, example.name));
        }
    }
    paths
}

fn showcase_looks_like_eenheid(_auditor: &mut Auditor, base: &str) -> Result<(), Failed> {
    // The CLI's own runner, one-look alone (axe, keyboard and reflow of these pages are the
    // showcase suite's), 4 tabs.
    let options = SiteOptions { checks: vec![Check::OneLook], jobs: 4, ..SiteOptions::default() };
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

