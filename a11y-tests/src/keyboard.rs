//! The keyboard walk: Tab through a page (or one part of it) the way a keyboard user does and
//! judge every stop. One walk for the CLI ([`crate::site`]) and the browser tests.
//!
//! Per stop: `role "name"`, whether the focused state looks different from the unfocused one
//! (outline, shadow, colours, border, underline: WCAG 2.4.7), whether it is on screen with a size
//! while focused, and its selector and focus-ring properties for the one-look judge.
//!
//! Why it is quick: the page records every stop itself, in a `focusin` listener, at the moment
//! focus arrives (CSS transitions on the focus style are finished first, so a fading ring is seen
//! at its end state). Tab presses go out in batches of [`BATCH`] with no sleep and no round trip
//! per stop; one call per batch asks whether the walk is over, one call at the end reads the
//! stops and their unfocused looks. The walk ends when focus leaves the scope, comes back to an
//! element already visited (the page wrapped around, or a focus loop), a whole batch of presses
//! reaches no new element, or the limit is passed. A walk that stops at its limit says so
//! ([`Walk::limit_reached`]; [`walk`] makes it an error): a page is never judged on part of its
//! stops without anyone knowing.
//!
//! Only focus that a Tab press moves counts: a page script that moves focus by itself (an error
//! summary taking focus once its module has loaded) is not a Tab stop. And when Eenheid's loader
//! runs on the page, the walk first waits (up to [`SETTLE`]) until it has started every module, so
//! such a move cannot happen halfway and restart the Tab order somewhere else.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::one_look::{FocusLook, FocusRing, SELECTOR_JS};
use crate::probe::{Session, js_string};

/// Tab presses sent before asking the page whether the walk is over.
pub const BATCH: usize = 8;

/// The longest wait for Eenheid's loader to finish before the walk.
pub const SETTLE: std::time::Duration = std::time::Duration::from_secs(5);

/// True while Eenheid's loader (`eenheid_enhance::LOADER_FILE`) runs on this document: it has set
/// `eenheid_enhance::LOADING_MARKER` on `<html>` but not yet `eenheid_enhance::READY_MARKER`. A
/// page loaded with scripts off may fetch the loader but never runs it, so nothing is waited for
/// there (the loader is a module script: it runs before the load event the walk starts after).
const LOADER_BUSY_JS: &str = "document.documentElement.hasAttribute('data-eh-loading') \
    && !document.documentElement.hasAttribute('data-eh-ready')";

/// One stop of the walk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FocusStop {
    /// `role "name"` of the focused element.
    pub label: String,
    /// The focused state looks different from the unfocused one.
    pub visible_indicator: bool,
    /// On screen with a size while focused.
    pub on_screen: bool,
    /// Selector and focused/unfocused look, for the one-look focus-ring judge.
    pub ring: FocusRing,
}

/// What a walk found, up to its limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Walk {
    /// The stops, in Tab order, at most the limit.
    pub stops: Vec<FocusStop>,
    /// The page has more Tab stops than the limit: the walk ended there, not at the end of the
    /// page (or scope), and the stops after it were not judged.
    pub limit_reached: bool,
}

/// Presses Tab from just before `scope` (a CSS selector; `None`: the top of the page) and returns
/// every stop inside it. More than `max_stops` stops is an error ([`Error::TabStopLimit`]), so a
/// test never passes on part of a page. Focus is left on nothing afterwards.
pub fn walk(session: &Session, scope: Option<&str>, max_stops: usize) -> Result<Vec<FocusStop>> {
    let walk = walk_up_to(session, scope, max_stops)?;
    if walk.limit_reached {
        return Err(Error::TabStopLimit { max: max_stops });
    }
    Ok(walk.stops)
}

/// Like [`walk`], but a page with more than `max_stops` stops gives its first `max_stops` with
/// [`Walk::limit_reached`] set, for a report that judges those and says where it stopped.
pub fn walk_up_to(session: &Session, scope: Option<&str>, max_stops: usize) -> Result<Walk> {
    if session.eval_json(LOADER_BUSY_JS)? == Value::Bool(true) {
        // A module that never starts leaves the page as it is: walk it anyway.
        let _ = session.wait_for(&format!("!({LOADER_BUSY_JS})"), SETTLE);
    }
    let scope_js = scope.map(js_string).unwrap_or_else(|| "null".to_owned());
    let installed = session.eval_json(&format!("(() => {{ {SELECTOR_JS}\n return ({RECORDER_JS})({scope_js}); }})()"))?;
    if installed != Value::Bool(true) {
        return Err(Error::Script(format!("keyboard walk: no element matches {scope_js}")));
    }
    // One stop past the limit tells a page with exactly `max_stops` stops from a longer one.
    let wanted = max_stops + 1;
    let mut pressed = 0;
    let mut recorded = 0;
    while recorded < wanted && pressed <= wanted + BATCH {
        for _ in 0..BATCH {
            session.tab().press_key("Tab").map_err(Error::from_cdp)?;
        }
        pressed += BATCH;
        let status = session.eval_json("({ done: window.__ehWalk.done, count: window.__ehWalk.stops.length })")?;
        let count = status["count"].as_u64().unwrap_or(0) as usize;
        let stalled = count == recorded;
        recorded = count;
        if status["done"] == Value::Bool(true) || stalled {
            break;
        }
    }
    let stops = session.eval_json(FINISH_JS)?;
    let stops = stops.as_array().ok_or_else(|| Error::Script("keyboard walk: no stops recorded".into()))?;
    let limit_reached = stops.len() > max_stops;
    let stops = stops.iter().take(max_stops).map(parse_stop).collect::<Result<Vec<_>>>()?;
    Ok(Walk { stops, limit_reached })
}

fn parse_stop(value: &Value) -> Result<FocusStop> {
    let look = |v: &Value| FocusLook {
        outline_style: v["outlineStyle"].as_str().unwrap_or_default().into(),
        outline_width: v["outlineWidth"].as_str().unwrap_or_default().into(),
        outline_color: v["outlineColor"].as_str().unwrap_or_default().into(),
        box_shadow: v["boxShadow"].as_str().unwrap_or_default().into(),
        background_color: v["backgroundColor"].as_str().unwrap_or_default().into(),
    };
    Ok(FocusStop {
        label: value["label"].as_str().ok_or_else(|| Error::Script("keyboard walk: a stop without a label".into()))?.into(),
        visible_indicator: value["visible"].as_bool().unwrap_or(false),
        on_screen: value["onScreen"].as_bool().unwrap_or(false),
        ring: FocusRing {
            selector: value["selector"].as_str().unwrap_or_default().into(),
            focused: look(&value["focused"]),
            unfocused: look(&value["unfocused"]),
        },
    })
}

/// Installs `window.__ehWalk` (the recorder) and focuses a start point just before the scope.
/// Needs `__ehSelector` ([`SELECTOR_JS`]) in the same script. Returns false when the scope is
/// missing.
const RECORDER_JS: &str = r#"(scopeSelector) => {
    const scope = scopeSelector ? document.querySelector(scopeSelector) : document.body;
    if (!scope) return false;
    window.__ehWalk?.stop?.();
    const look = (e) => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
        s.backgroundColor, s.color, s.borderTopColor, s.borderBottomColor, s.textDecorationLine, s.textDecorationThickness].join('|'); };
    const ring = (e) => { const s = getComputedStyle(e); return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
        outlineColor: s.outlineColor, boxShadow: s.boxShadow, backgroundColor: s.backgroundColor }; };
    // A transition on the focus style would be caught at its first frame: jump to its end.
    const settle = (e) => { getComputedStyle(e).outlineStyle; for (const a of e.getAnimations?.() ?? []) { try { a.finish(); } catch (_) {} } };
    const state = { stops: [], elements: [], done: false, tabbing: false, look, ring, settle };
    // Focus moved while a Tab key is down is a Tab stop; focus moved by a page script is not.
    const onKey = (event) => { if (event.key === 'Tab') state.tabbing = event.type === 'keydown'; };
    const onFocus = (event) => {
        if (state.done || !state.tabbing) return;
        const host = event.target;
        const el = event.composedPath()[0];
        if (!(el instanceof Element) || el.id === '__eh-walk-start') return;
        if (!scope.contains(host) || state.elements.includes(el)) { state.done = true; return; }
        settle(el);
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const onScreen = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0
            && rect.right > 0 && rect.bottom > 0 && rect.left < window.innerWidth + 1;
        const tag = el.tagName.toLowerCase();
        const type = (el.getAttribute('type') || '').toLowerCase();
        const role = el.getAttribute('role') || ({ a: 'link', button: 'button', select: 'combobox', textarea: 'textbox', summary: 'summary' }[tag])
            || (tag === 'input' ? ({ radio: 'radio', checkbox: 'checkbox', submit: 'button', file: 'file' }[type] || 'textbox') : tag);
        const labelled = el.getAttribute('aria-labelledby');
        const name = (el.getAttribute('aria-label') || (labelled && labelled.split(' ').map(id => document.getElementById(id)?.textContent || '').join(' '))
            || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || el.getAttribute('title') || '')
            .replace(/\s+/g, ' ').trim().slice(0, 80);
        // One Tab press, one stop: a script's focus() before the key is up is not another.
        state.tabbing = false;
        state.elements.push(el);
        state.stops.push({ label: `${role} "${name}"`, onScreen, selector: __ehSelector(el), focusedLook: look(el), focused: ring(el) });
    };
    document.addEventListener('focusin', onFocus, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    state.stop = () => {
        document.removeEventListener('focusin', onFocus, true);
        window.removeEventListener('keydown', onKey, true);
        window.removeEventListener('keyup', onKey, true);
    };
    window.__ehWalk = state;
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = '__eh-walk-start';
    (scope === document.body ? document.body.prepend(start) : scope.before(start));
    start.focus();
    return true;
}"#;

/// Ends the walk: removes the recorder and the start point, takes focus away, and adds each
/// stop's unfocused look.
const FINISH_JS: &str = r#"(() => {
    const state = window.__ehWalk;
    state.stop();
    delete window.__ehWalk;
    document.getElementById('__eh-walk-start')?.remove();
    document.activeElement?.blur?.();
    return state.stops.map((stop, i) => {
        const el = state.elements[i];
        state.settle(el);
        const { focusedLook, ...rest } = stop;
        return { ...rest, visible: focusedLook !== state.look(el), unfocused: state.ring(el) };
    });
})()"#;
