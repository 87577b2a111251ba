//! Finding axe-core and running it in a page.
//!
//! Results: `violations` fail an audit. `incomplete` ("needs review": axe could not decide, e.g.
//! contrast over a background image) are reported but do not fail, because they are not proven
//! failures; a person has to look at them. `passes` (a rule found elements and none failed) and
//! `inapplicable` (a rule found no element to check) are kept as rule ids and WCAG tags only, no
//! elements: enough to say per WCAG criterion what axe looked at ([`crate::wcag`]), and cheap.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::probe::{eval_json, js_string};

/// The axe tags audited: WCAG 2.0, 2.1 and 2.2 levels A and AA.
pub const WCAG_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The axe-core this crate was built with (see `build.rs`: the version pinned in
/// package-lock.json, embedded at build time). The default of every audit, so the CLI an auditor
/// installs needs no npm and the tests audit with exactly what the CLI ships.
pub const EMBEDDED_AXE: &str = include_str!(concat!(env!("OUT_DIR"), "/axe.min.js"));

/// The version of [`EMBEDDED_AXE`], e.g. `4.14.1`.
pub const EMBEDDED_AXE_VERSION: &str = env!("EENHEID_AXE_EMBEDDED_VERSION");

/// Where the axe-core of an audit comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AxeSource {
    /// [`EMBEDDED_AXE`].
    Embedded,
    /// An `axe.min.js` given with `--axe` / [`crate::AuditOptions::axe`] or `EENHEID_AXE`.
    File(PathBuf),
}

/// The axe-core to use: the explicit path, else env `EENHEID_AXE`, else the embedded copy.
pub fn axe_source(explicit: Option<&Path>) -> AxeSource {
    match explicit.map(Path::to_path_buf).or_else(|| std::env::var_os("EENHEID_AXE").filter(|v| !v.is_empty()).map(PathBuf::from)) {
        Some(path) => AxeSource::File(path),
        None => AxeSource::Embedded,
    }
}

/// The text of `axe.min.js` (see [`axe_source`]). A file that cannot be read is
/// [`Error::AxeNotFound`].
pub fn load_axe(explicit: Option<&Path>) -> Result<String> {
    match axe_source(explicit) {
        AxeSource::Embedded => Ok(EMBEDDED_AXE.to_owned()),
        AxeSource::File(path) => std::fs::read_to_string(&path).map_err(|_| Error::AxeNotFound { path }),
    }
}

/// The version in the `/*! axe v4.14.1` header that axe-core's builds start with.
pub fn script_version(script: &str) -> Option<&str> {
    let rest = script.trim_start().strip_prefix("/*! axe v")?;
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))).unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// One element an axe rule flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AxeNode {
    /// CSS selector. Levels through shadow roots and iframes are joined with ` >>> `.
    pub target: String,
    /// The element's outer HTML (axe truncates long snippets).
    pub html: String,
    /// axe's explanation of what to fix, if any.
    pub failure_summary: Option<String>,
}

/// One axe rule result (a violation or an incomplete / needs-review result).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AxeFinding {
    /// Rule id, e.g. `color-contrast`.
    pub id: String,
    /// `minor`, `moderate`, `serious` or `critical` (axe may leave it empty for incomplete results).
    pub impact: Option<String>,
    /// What the rule checks.
    pub description: String,
    /// Short help text.
    pub help: String,
    /// Link to Deque University's explanation of the rule.
    pub help_url: String,
    /// The elements concerned.
    pub nodes: Vec<AxeNode>,
    /// axe's WCAG tags of the rule (`wcag2a`, `wcag143`, …; other tags are dropped), which
    /// [`crate::wcag::axe_tag_criterion`] turns into success criteria.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// An axe rule that passed or found nothing to check on a page: its id and WCAG tags, no elements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AxeRule {
    /// Rule id, e.g. `image-alt`.
    pub id: String,
    /// axe's WCAG tags of the rule (as in [`AxeFinding::tags`]).
    pub tags: Vec<String>,
}

/// A failing axe result.
pub type Violation = AxeFinding;

/// What one axe run found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AxeResults {
    /// Failures: these fail an audit.
    pub violations: Vec<Violation>,
    /// Needs review: reported, not failing.
    pub incomplete: Vec<AxeFinding>,
    /// Rules that checked at least one element and found no failure.
    #[serde(default)]
    pub passes: Vec<AxeRule>,
    /// Rules that found no element to check.
    #[serde(default)]
    pub inapplicable: Vec<AxeRule>,
}

/// The JavaScript that runs axe on the current document and returns plain JSON.
/// Checks every tag has rules (a misspelled tag silently runs zero rules) and races `axe.run`
/// against a timer so a page that never settles cannot hang the browser.
pub fn axe_run_script(tags: &[&str], timeout: Duration) -> String {
    let tags_js = format!("[{}]", tags.iter().map(|t| js_string(t)).collect::<Vec<_>>().join(","));
    let ms = timeout.as_millis();
    format!(
        r#"(async () => {{
  if (typeof axe === 'undefined') throw new Error('axe-core is not loaded in this page');
  const tags = {tags_js};
  for (const tag of tags) {{
    if (axe.getRules([tag]).length === 0) throw new Error('axe-core has no rules for tag ' + tag);
  }}
  let timer;
  const limit = new Promise((_, reject) => {{
    timer = setTimeout(() => reject(new Error('axe.run did not finish within {ms} ms')), {ms});
  }});
  const r = await Promise.race([
    axe.run(document, {{ runOnly: {{ type: 'tag', values: tags }}, resultTypes: ['violations', 'incomplete'] }}),
    limit,
  ]).finally(() => clearTimeout(timer));
  const level = (t) => Array.isArray(t) ? t.map(level).join(' >>> ') : String(t);
  const wcag = (tags) => tags.filter((t) => t.startsWith('wcag'));
  const rules = (list) => list.map((v) => ({{ id: v.id, tags: wcag(v.tags) }}));
  const map = (list) => list.map((v) => ({{
    id: v.id,
    impact: v.impact || null,
    description: v.description,
    help: v.help,
    help_url: v.helpUrl,
    nodes: v.nodes.map((n) => ({{
      target: level(n.target),
      html: n.html,
      failure_summary: n.failureSummary || null,
    }})),
    tags: wcag(v.tags),
  }}));
  return {{
    violations: map(r.violations),
    incomplete: map(r.incomplete),
    passes: rules(r.passes),
    inapplicable: rules(r.inapplicable),
  }};
}})()"#
    )
}

/// Runs axe (already injected into the page) with [`WCAG_TAGS`].
pub fn run_axe(tab: &headless_chrome::Tab, timeout: Duration) -> Result<AxeResults> {
    let value: Value = eval_json(tab, &axe_run_script(&WCAG_TAGS, timeout))?;
    serde_json::from_value(value)
        .map_err(|e| Error::Script(format!("unexpected axe result shape: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_axe_core_is_the_pinned_one() {
        let lock = include_str!("../../package-lock.json");
        let pinned: serde_json::Value = serde_json::from_str(lock).expect("package-lock.json is JSON");
        assert_eq!(pinned["packages"]["node_modules/axe-core"]["version"], EMBEDDED_AXE_VERSION);
        assert_eq!(script_version(EMBEDDED_AXE), Some(EMBEDDED_AXE_VERSION));
        assert!(EMBEDDED_AXE.len() > 100_000, "axe.min.js is a large script");
    }

    #[test]
    fn explicit_path_wins_and_a_missing_file_is_named() {
        assert_eq!(axe_source(Some(Path::new("/x/axe.min.js"))), AxeSource::File("/x/axe.min.js".into()));
        let err = load_axe(Some(Path::new("/nonexistent/axe.min.js"))).unwrap_err();
        assert_eq!(err, Error::AxeNotFound { path: "/nonexistent/axe.min.js".into() });
    }

    #[test]
    fn versions_are_read_from_the_header() {
        assert_eq!(script_version("/*! axe v4.14.1\n * Copyright"), Some("4.14.1"));
        assert_eq!(script_version("/*! axe v4.11.0-canary.1 */"), Some("4.11.0-canary.1"));
        assert_eq!(script_version("var x = 1;"), None);
    }
}
