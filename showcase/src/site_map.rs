//! Every GET page of the showcase, for the browser audit (axe and CSP violations on each). The
//! example journey is left out: it needs a session and is audited by its own tests.

use eenheid::catalogue::registry;
use crate::routes::example_path as path;

/// An address the site does not have: the site map's way to reach the 404 page.
pub const NOT_FOUND_PROBE: &str = "/deze-pagina-bestaat-niet";

/// Every GET page of the site except the journey: home, home with a search (with and without
/// results), every component page, every example page, the form demo and a 404 page.
pub fn site_paths() -> Vec<String> {
    let mut paths = vec![
        "/".to_owned(),
        "/?zoek=datum".to_owned(),
        // A search that finds nothing: the empty state.
        "/?zoek=bestaat-niet".to_owned(),
        crate::form_demo::PATH.to_owned(),
        NOT_FOUND_PROBE.to_owned(),
    ];
    for entry in registry() {
        paths.push(crate::pages::component_path(entry.slug));
        paths.extend(entry.examples.iter().map(|example| path(entry.slug, example.name)));
    }
    // The tokens page and the patterns overview (each pattern's own pages come from the registry).
    paths.push(crate::tokens_page::PATH.to_owned());
    paths.push(crate::patterns_page::PATH.to_owned());
    paths.push(crate::scheme::PATH.to_owned());
    // The life event and its choice guide keep no state: every page is a plain GET.
    paths.push(crate::life_event::PATH.to_owned());
    paths.push(format!("{}/waar", crate::life_event::GUIDE));
    paths.push(format!("{}/uitkomst?waar=voorbeeldstad&huur=ja&kinderen=ja", crate::life_event::GUIDE));
    paths
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_are_local_and_unique() {
        let paths = super::site_paths();
        let unique: std::collections::HashSet<_> = paths.iter().collect();
        assert_eq!(unique.len(), paths.len(), "no path twice");
        assert!(paths.iter().all(|p| crate::lang::is_local_path(p)));
        assert!(paths.iter().all(|p| !p.starts_with("/verhuizing")), "the journey is audited on its own");
    }
}
