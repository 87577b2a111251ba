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

const AXE_RELATIVE: &str = "node_modules/axe-core/axe.min.js";

/// Finds `axe.min.js`: the explicit path, else env `EENHEID_AXE`, else the first
/// `node_modules/axe-core/axe.min.js` walking up from `CARGO_MANIFEST_DIR` (run time, then the
/// one this crate was built in) and from the current directory.
pub fn find_axe(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os("EENHEID_AXE").filter(|v| !v.is_empty()).map(PathBuf::from)
    }) {
        return if path.is_file() { Ok(path) } else { Err(Error::AxeNotFound) };
    }
    let mut starts: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
        starts.push(dir.into());
    }
    starts.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    if let Ok(dir) = std::env::current_dir() {
        starts.push(dir);
    }
    // Also walk up the resolved path: the crate may be reached through a symlink.
    let resolved: Vec<PathBuf> = starts.iter().filter_map(|s| s.canonicalize().ok()).collect();
    starts.extend(resolved);
    starts
        .iter()
        .flat_map(|start| start.ancestors())
        .map(|dir| dir.join(AXE_RELATIVE))
        .find(|candidate| candidate.is_file())
        .ok_or(Error::AxeNotFound)
}

/// Reads `axe.min.js` (see [`find_axe`]).
pub fn load_axe(explicit: Option<&Path>) -> Result<String> {
    let path = find_axe(explicit)?;
    std::fs::read_to_string(&path).map_err(|_| Error::AxeNotFound)
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

/// The axe-core version in the first line of `axe.min.js` (`/*! axe v4.14.1`), if there.
pub fn axe_version(source: &str) -> Option<String> {
    let first = source.lines().next()?;
    let version = first.split("axe v").nth(1)?.split_whitespace().next()?;
    Some(version.to_owned())
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
