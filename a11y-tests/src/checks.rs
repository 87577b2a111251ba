//! Checks beyond axe, on a [`Session`]'s current page: the accessibility tree as a stable outline
//! (what a screen reader meets), reflow at narrow widths, text spacing, and forced-colours
//! emulation. The keyboard walk is [`crate::keyboard`].
//!
//! Each check takes an optional CSS `scope`: the showcase audits only the example's container, so
//! a change in the showcase's own header does not churn every snapshot.

use std::collections::HashMap;
use std::time::Duration;

use headless_chrome::protocol::cdp::types::Method;
use headless_chrome::protocol::cdp::{DOM, Emulation};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::one_look::SELECTOR_JS;
use crate::probe::{Session, js_string};

/// `Accessibility.getFullAXTree` with lenient types: headless_chrome's generated ones are older
/// than current Chromium and fail on new enum values (e.g. `uninteresting`).
#[derive(Debug, Serialize)]
struct FullAxTree {}

#[derive(Debug, Deserialize)]
struct FullAxTreeReply {
    nodes: Vec<AxNode>,
}

impl Method for FullAxTree {
    const NAME: &'static str = "Accessibility.getFullAXTree";
    type ReturnObject = FullAxTreeReply;
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AxNode {
    node_id: String,
    #[serde(default)]
    ignored: bool,
    role: Option<AxValue>,
    name: Option<AxValue>,
    description: Option<AxValue>,
    #[serde(default)]
    properties: Vec<AxProperty>,
    #[serde(default)]
    child_ids: Vec<String>,
    #[serde(rename = "backendDOMNodeId")]
    backend_dom_node_id: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct AxValue {
    value: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct AxProperty {
    name: String,
    value: AxValue,
}

fn text(value: &Option<AxValue>) -> String {
    match value.as_ref().and_then(|v| v.value.as_ref()) {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The properties a screen reader announces, in a fixed order.
const ANNOUNCED: &[&str] = &[
    "level", "checked", "pressed", "expanded", "selected", "disabled", "invalid", "required", "readonly", "multiselectable",
    "valuetext", "current", "live", "modal",
];

/// The accessibility tree below `scope` (or the whole document) as an indented outline of
/// `role "name" [states] — description`: no node ids, no backend numbers, only what is heard.
/// Nameless generic containers are skipped (their children move up); text runs are kept.
pub fn ax_outline(session: &Session, scope: Option<&str>) -> Result<String> {
    let tab = session.tab();
    let reply = tab.call_method(FullAxTree {}).map_err(Error::from_cdp)?;
    let by_id: HashMap<&str, &AxNode> = reply.nodes.iter().map(|n| (n.node_id.as_str(), n)).collect();
    let root = match scope {
        Some(selector) => {
            let document = tab.call_method(DOM::GetDocument { depth: Some(0), pierce: None }).map_err(Error::from_cdp)?;
            let found = tab
                .call_method(DOM::QuerySelector { node_id: document.root.node_id, selector: selector.to_owned() })
                .map_err(Error::from_cdp)?;
            if found.node_id == 0 {
                return Err(Error::NoElement(selector.to_owned()));
            }
            let described = tab
                .call_method(DOM::DescribeNode { node_id: Some(found.node_id), backend_node_id: None, object_id: None, depth: None, pierce: None })
                .map_err(Error::from_cdp)?;
            let backend = described.node.backend_node_id as i64;
            reply.nodes.iter().find(|n| n.backend_dom_node_id == Some(backend)).ok_or_else(|| Error::NoElement(format!("{selector} (not in the accessibility tree)")))?
        }
        None => reply.nodes.first().ok_or_else(|| Error::Script("empty accessibility tree".into()))?,
    };
    let mut out = String::new();
    write_node(root, &by_id, 0, &mut out);
    Ok(out)
}

fn write_node(node: &AxNode, by_id: &HashMap<&str, &AxNode>, depth: usize, out: &mut String) {
    let role = text(&node.role);
    let name = text(&node.name);
    let skip = node.ignored
        || role == "InlineTextBox"
        || (matches!(role.as_str(), "generic" | "none" | "LineBreak" | "") && name.is_empty());
    let child_depth = if skip { depth } else { depth + 1 };
    if !skip {
        let mut line = format!("{}{role}", "  ".repeat(depth));
        if !name.is_empty() && role != "StaticText" {
            line.push_str(&format!(" {name:?}"));
        } else if role == "StaticText" {
            line = format!("{}{name:?}", "  ".repeat(depth));
        }
        let states: Vec<String> = ANNOUNCED
            .iter()
            .filter_map(|wanted| {
                node.properties.iter().find(|p| p.name == *wanted).and_then(|p| match p.value.value.as_ref() {
                    Some(Value::Bool(false)) | None => None,
                    Some(Value::String(s)) if s == "false" => None,
                    Some(Value::Bool(true)) => Some((*wanted).to_owned()),
                    Some(Value::String(s)) => Some(format!("{wanted}={s}")),
                    Some(other) => Some(format!("{wanted}={other}")),
                })
            })
            .collect();
        if !states.is_empty() {
            line.push_str(&format!(" [{}]", states.join(", ")));
        }
        let description = text(&node.description);
        if !description.is_empty() {
            line.push_str(&format!(" — {description:?}"));
        }
        out.push_str(&line);
        out.push('\n');
    }
    for child in &node.child_ids {
        if let Some(child) = by_id.get(child.as_str()) {
            write_node(child, by_id, child_depth, out);
        }
    }
}

/// Whether the page scrolls sideways: `Some(description)` when `scrollWidth > innerWidth`
/// (WCAG 1.4.10 Reflow at 320 CSS px), naming the widest elements.
pub fn horizontal_overflow(session: &Session) -> Result<Option<String>> {
    let value = session.eval_json(
        r#"(() => {
            const width = window.innerWidth;
            const scroll = document.documentElement.scrollWidth;
            if (scroll <= width) return null;
            const culprits = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
            return `page is ${scroll}px wide in a ${width}px viewport; too wide: ${culprits.join(', ')}`;
        })()"#,
    )?;
    Ok(value.as_str().map(str::to_owned))
}

/// Emulates `forced-colors: active` (Windows high contrast) for the tab, or turns it off (back to
/// light).
pub fn forced_colors(session: &Session, active: bool) -> Result<()> {
    emulate_colours(session, if active { ColourMode::Forced } else { ColourMode::Light })
}

/// The colour modes a page is audited in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColourMode {
    /// The device prefers light (the default).
    Light,
    /// The device prefers dark (`prefers-color-scheme: dark`).
    Dark,
    /// Forced colours (Windows high contrast), on a light device.
    Forced,
}

impl ColourMode {
    /// Every mode, light first.
    pub const ALL: [ColourMode; 3] = [ColourMode::Light, ColourMode::Dark, ColourMode::Forced];

    /// `light`, `dark`, `forced`: for names of screenshots and findings.
    pub fn name(self) -> &'static str {
        match self {
            ColourMode::Light => "light",
            ColourMode::Dark => "dark",
            ColourMode::Forced => "forced",
        }
    }
}

/// Emulates the device's colour preference for the tab; media queries apply at once, no reload.
pub fn emulate_colours(session: &Session, mode: ColourMode) -> Result<()> {
    let feature = |name: &str, value: &str| Emulation::MediaFeature { name: name.into(), value: value.into() };
    let features = vec![
        feature("prefers-color-scheme", if mode == ColourMode::Dark { "dark" } else { "light" }),
        feature("forced-colors", if mode == ColourMode::Forced { "active" } else { "none" }),
    ];
    session
        .tab()
        .call_method(Emulation::SetEmulatedMedia { media: None, features: Some(features) })
        .map_err(Error::from_cdp)?;
    Ok(())
}

/// Loads `url` the way a visitor without JavaScript gets it: page scripts are off while it loads
/// (no island hydrates), then turned back on so the checks can read the page.
pub fn load_without_scripts(session: &Session, url: &str) -> Result<()> {
    let disable = |value: bool| {
        session.tab().call_method(Emulation::SetScriptExecutionDisabled { value }).map(|_| ()).map_err(Error::from_cdp)
    };
    disable(true)?;
    let loaded = session.goto(url);
    disable(false)?;
    loaded
}

/// Runs axe on the current page, injecting `axe_source` first when the page does not have it.
pub fn axe_now(session: &Session, axe_source: &str, timeout: Duration) -> Result<crate::axe::AxeResults> {
    if session.eval_json("typeof window.axe === 'undefined'")? == Value::Bool(true) {
        session.eval_json(&format!("{axe_source}\n;true"))?;
    }
    crate::axe::run_axe(session.tab(), timeout)
}

/// An element whose text the WCAG 1.4.12 text spacing cuts off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClippedText {
    /// CSS selector of the element (as the one-look and keyboard reports give them).
    pub selector: String,
    /// Its content size with the spacing, `scrollWidth × scrollHeight` in CSS px.
    pub content: (u32, u32),
    /// The box that hides what does not fit, `clientWidth × clientHeight` in CSS px.
    pub visible: (u32, u32),
}

impl std::fmt::Display for ClippedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ClippedText { selector, content: (cw, ch), visible: (vw, vh) } = self;
        write!(f, "{selector}: text cut off ({cw}×{ch} in {vw}×{vh})")
    }
}

/// WCAG 1.4.12 Text Spacing: applies the success criterion's values (line height 1.5, paragraph
/// spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em) to everything in `scope`, then lists
/// elements whose text is cut off: content larger than a box that hides its overflow (at most 10).
/// Form fields themselves are skipped (their text scrolls inside them), as are visually hidden
/// texts. Afterwards every element gets its own inline style back. Set through the CSSOM, which a
/// strict CSP allows. Measures at the current viewport: run it at 320 CSS px too, where text wraps
/// more and fixed heights cut it off sooner.
pub fn text_spacing_clipped(session: &Session, scope: Option<&str>) -> Result<Vec<ClippedText>> {
    let scope_js = scope.map(js_string).unwrap_or_else(|| "null".to_owned());
    let value = session.eval_json(&format!(
        r#"(() => {{ {SELECTOR_JS}
            const scope = {scope_js} ? document.querySelector({scope_js}) : document.body;
            if (!scope) return null;
            const all = [scope, ...scope.querySelectorAll('*')];
            const spacing = [['line-height', '1.5'], ['letter-spacing', '0.12em'], ['word-spacing', '0.16em']];
            const names = ['line-height', 'letter-spacing', 'word-spacing', 'margin-bottom'];
            const saved = all.map((el) => names.map((name) => [name, el.style.getPropertyValue(name), el.style.getPropertyPriority(name)]));
            for (const el of all) {{
                for (const [name, value] of spacing) el.style.setProperty(name, value, 'important');
                if (el.tagName === 'P') el.style.setProperty('margin-bottom', '2em', 'important');
            }}
            const problems = [];
            for (const el of all) {{
                if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(el.tagName)) continue;
                if (!el.textContent.trim()) continue;
                const s = getComputedStyle(el);
                if (s.display === 'none' || s.visibility === 'hidden') continue;
                // Visually hidden text (for screen readers) is clipped on purpose.
                if (el.clientWidth <= 2 || el.clientHeight <= 2 || s.clipPath.includes('inset(50%') || s.clip.startsWith('rect(0')) continue;
                const hides = (o) => o === 'hidden' || o === 'clip';
                const clippedX = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
                const clippedY = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
                const ellipsis = s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
                if (clippedX || clippedY || ellipsis) {{
                    problems.push({{ selector: __ehSelector(el), content: [el.scrollWidth, el.scrollHeight], visible: [el.clientWidth, el.clientHeight] }});
                }}
            }}
            all.forEach((el, i) => {{
                for (const [name, value, priority] of saved[i]) {{
                    if (value) el.style.setProperty(name, value, priority); else el.style.removeProperty(name);
                }}
            }});
            return problems.slice(0, 10);
        }})()"#
    ))?;
    if value.is_null() {
        return Err(Error::NoElement(scope.unwrap_or("body").to_owned()));
    }
    serde_json::from_value(value).map_err(|e| Error::Script(format!("text spacing check: {e}")))
}

/// Every URL the current document loaded (Resource Timing) that is not on the page's own origin:
/// a government page must not send its visitors' requests to third parties.
pub fn foreign_requests(session: &Session) -> Result<Vec<String>> {
    let value = session.eval_json(
        r#"performance.getEntriesByType('resource').map(e => e.name)
            .filter(u => { try { return new URL(u).origin !== location.origin; } catch (_) { return true; } })"#,
    )?;
    Ok(value.as_array().map(|items| items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default())
}

/// Waits until the islands build has hydrated the page and run its enhancements (the `<html>`
/// element gets `attribute`, e.g. the showcase's `data-eh-hydrated`).
pub fn wait_hydrated(session: &Session, attribute: &str, timeout: Duration) -> Result<()> {
    session.wait_for(&format!("document.documentElement.hasAttribute({})", js_string(attribute)), timeout)
}
