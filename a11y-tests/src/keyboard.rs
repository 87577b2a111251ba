//! The keyboard walk: Tab through a page (or one part of it) the way a keyboard user does and
//! judge every stop. One walk for the CLI ([`crate::site`]) and the browser tests.
//!
//! Per stop: `role "name"`, whether a person can see that it has focus (a focus indicator of at
//! least 3:1 contrast over the area of a 2 CSS px perimeter, measured on pixels: see
//! [`crate::focus_indicator`]; WCAG 2.4.7 and 2.4.11), whether it is on screen while focused,
//! and its selector and focus-ring properties for the one-look judge.
//!
//! **What is measured.** After each Tab press the page says which element got focus, and the
//! walk captures the area around what a person sees of it (one small screenshot, while it has
//! focus). After the walk nothing has focus, and the same areas are captured again, at the same
//! scroll positions: one screenshot for all stops that were focused at the same scroll position
//! (on a page that does not scroll, one for the whole walk), or one per stop when their areas lie
//! far apart. So at most two captures per stop; the pixels are decoded and compared in Rust.
//! CSS transitions of the focus style (on the element, its label or anything else) are finished
//! before each capture, so a fading ring is seen at its end state.
//!
//! **What a person sees of a control** (its *stand-in*, for "on screen" and for the area). The
//! element itself when it paints: at least 2 × 2 CSS px, (partly) inside the viewport, `visibility:
//! visible`, not clipped away (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`), and an opacity of
//! at least 0.1 (its own times its ancestors'). Otherwise, in this order, the first of these that
//! paints: its `<label>`s, its next and previous sibling element, its parent, its grandparent
//! (never `<body>` or `<html>`). That is the drawn radio or checkbox whose native input is
//! `opacity: 0` or moved off screen: its label or the box drawn next to it stands for it. A stop
//! with no stand-in is not on screen.
//!
//! **The areas.** Captured: the stand-in's box, together with the element's own box when that has a
//! size inside the viewport (a transparent input on top of a drawn circle), grown on every side by
//! [`margin_px`] (the focus width token + 5 px) plus how far an outline (width + offset) or a box
//! shadow of the element or its stand-in reaches, cut to the viewport. Required: the area of a
//! 2 CSS px perimeter of the control's box, which is, in this order:
//! 1. when the element paints: its own boxes (`getClientRects`, so an inline link over two lines
//!    has two) if, unfocused, it shows a box (a background, a border, a box shadow, or the look of
//!    a native form control); else the lines of its visible content (text, images, icons; text in
//!    a clipped "visually hidden" span does not count) when those are at most three lines and
//!    their perimeter is smaller than the box's, because what is perceived as a link without a
//!    box is its text (WCAG 2.4.13, note 1), not the padding that makes it a larger target; a
//!    larger block without a box (a scroll region) counts with its box
//!    ([`focus_indicator::control_boxes`]). Each cut to the viewport;
//! 2. else its own box when that has a size inside the viewport: a transparent input laid over
//!    the circle or box drawn for it, which marks where that drawing is;
//! 3. else the box the stand-in draws with `::before` or `::after` (content, at least 4 × 4 px):
//!    the circle of a radio drawn on its label, whose input is moved off screen or clipped;
//! 4. else the stand-in's boxes or its content, as in 1.
//!
//! The browser's own ring (`outline-style: auto` on an element that paints itself) needs half
//! that area: see [`crate::focus_indicator`]. Tab scrolls only the element's box into view, so a
//! ring below the last line of the viewport would be cut off: when the captured area fits in the
//! viewport, the walk scrolls a little further first.
//!
//! **When no pixels can be compared** (a page script moved focus on before the capture, or the
//! page could not be scrolled back to where the stop was seen), the stop is judged as before this
//! measure: whether a computed style of its focused look differs from its unfocused one
//! (outline, shadow, colours, border, underline); [`FocusStop::indicator`] is then `None`.
//!
//! **Order of the walk.** The page records every stop itself, in a `focusin` listener. The walk
//! ends when focus leaves the scope, comes back to an element already visited (the page wrapped
//! around, or a focus loop), [`BATCH`] Tab presses in a row reach no new element, or `max_stops`
//! is passed. A walk that stops at its limit says so
//! ([`Walk::limit_reached`]; [`walk`] makes it an error): a page is never judged on part of its
//! stops without anyone knowing.
//!
//! Only focus that a Tab press moves counts: a page script that moves focus by itself (an error
//! summary taking focus once its module has loaded) is not a Tab stop. And when Eenheid's loader
//! runs on the page, the walk first waits (up to [`SETTLE`]) until it has started every module, so
//! such a move cannot happen halfway and restart the Tab order somewhere else.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::focus_indicator::{self, ControlBox, FocusMeasure, Region};
use crate::one_look::{FocusLook, FocusRing, SELECTOR_JS};
use crate::probe::{Session, js_string};
use crate::screenshot::{self, Image};

/// Tab presses in a row that reach no new element before the walk gives up.
pub const BATCH: usize = 8;

/// A control without a box of its own is perceived as its content when that has at most this
/// many lines (a link, a bare button); a larger block as its box.
const MAX_CONTENT_LINES: usize = 3;

/// Decoding this many pixels costs about as much as one more capture: see `capture_unfocused`.
const PIXELS_PER_CAPTURE: u64 = 500_000;

/// The longest wait for Eenheid's loader to finish before the walk.
pub const SETTLE: std::time::Duration = std::time::Duration::from_secs(5);

/// True while Eenheid's loader (`eenheid_enhance::LOADER_FILE`) runs on this document: it has set
/// `eenheid_enhance::LOADING_MARKER` on `<html>` but not yet `eenheid_enhance::READY_MARKER`. A
/// page loaded with scripts off may fetch the loader but never runs it, so nothing is waited for
/// there (the loader is a module script: it runs before the load event the walk starts after).
const LOADER_BUSY_JS: &str = "document.documentElement.hasAttribute('data-eh-loading') \
    && !document.documentElement.hasAttribute('data-eh-ready')";

/// How far (CSS px) the captured area reaches around a control, at least: the focus width token
/// (`focus.width`, 3 px) and 5 px more, so a ring drawn with an offset outside the box is seen.
pub fn margin_px() -> u32 {
    let width = eenheid_tokens::tokens()
        .get("focus.width")
        .and_then(|t| t.value.strip_suffix("px").and_then(|v| v.trim().parse::<f64>().ok()))
        .unwrap_or(3.0);
    width.ceil() as u32 + 5
}

/// One stop of the walk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FocusStop {
    /// `role "name"` of the focused element.
    pub label: String,
    /// A person can see that it has focus: the focus indicator passes [`FocusMeasure::passes`]
    /// (or, when `indicator` is `None` and it is on screen, its computed focus style changes).
    pub visible_indicator: bool,
    /// On screen while focused: it, or what stands in for it (its label, the box drawn for it),
    /// paints inside the viewport.
    pub on_screen: bool,
    /// Selector and focused/unfocused look, for the one-look focus-ring judge.
    pub ring: FocusRing,
    /// The pixel measure of the focus indicator; `None` when nothing could be compared (see the
    /// module documentation).
    #[serde(default)]
    pub indicator: Option<FocusMeasure>,
}

impl FocusStop {
    /// Why the indicator counts as visible or not, for messages: the measure, or why none was
    /// taken.
    pub fn indicator_detail(&self) -> String {
        match &self.indicator {
            Some(measure) => measure.describe(),
            None if !self.on_screen => "nothing of it is on screen".to_owned(),
            None => "no pixels compared (focus moved on at once); judged by its computed focus style".to_owned(),
        }
    }
}

/// What the page reports after one Tab press.
#[derive(Debug, Deserialize)]
struct Poll {
    done: bool,
    count: usize,
    /// The area to capture around the new stop, while it has focus.
    clip: Option<Region>,
}

/// Where the page was scrolled when a stop had focus: the window and the scrolling boxes around
/// the stop (`[index, left, top]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Scroll {
    x: i64,
    y: i64,
    inner: Vec<(usize, i64, i64)>,
}

/// A stop as the page recorded it, after the walk.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Recorded {
    label: String,
    #[serde(default)]
    on_screen: bool,
    selector: String,
    focused: Value,
    unfocused: Value,
    style_changed: bool,
    #[serde(default)]
    clip: Option<Region>,
    /// Width and height (CSS px) of the control's boxes, cut to the viewport.
    #[serde(default)]
    boxes: Vec<ControlBox>,
    /// The lines of its visible content, for a control that shows no box of its own.
    #[serde(default)]
    content_boxes: Vec<ControlBox>,
    /// The focused element is what a person sees (not a transparent input with a stand-in).
    #[serde(default)]
    paints_itself: bool,
    /// Unfocused, the control shows a box of its own (background, border, shadow, native look).
    #[serde(default = "yes")]
    shows_box: bool,
    #[serde(default)]
    scroll: Option<Scroll>,
    /// A page script moved focus away from it (or dropped focus) before the next Tab press,
    /// perhaps before its focused look was captured: its pixels are not compared.
    #[serde(default)]
    script_moved: bool,
}

/// What a walk found, up to its limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Walk {
    /// The stops, in Tab order, at most the limit.
    pub stops: Vec<FocusStop>,
    /// The page has more Tab stops than the limit: the walk ended there, not at the end of the
    /// page (or scope), and the stops after it were not judged.
    pub limit_reached: bool,
}

/// Presses Tab from just before `scope` (a CSS selector; `None`: the top of the page) and returns
/// every stop inside it. More than `max_stops` stops is an error ([`Error::TabStopLimit`]), so a
/// test never passes on part of a page. Focus is left on nothing afterwards, and the page is
/// scrolled back to where it was.
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
    let installed = session.eval_json(&format!("(() => {{ {SELECTOR_JS}\n return ({RECORDER_JS})({scope_js}, {}); }})()", margin_px()))?;
    if installed != Value::Bool(true) {
        return Err(Error::Script(format!("keyboard walk: no element matches {scope_js}")));
    }
    // One stop past the limit tells a page with exactly `max_stops` stops from a longer one.
    let stops = walk_installed(session, max_stops + 1);
    // Whatever happened: no recorder left behind, the page scrolled back.
    let cleaned = session.eval_json(CLEANUP_JS);
    let stops = stops?;
    cleaned?;
    Ok(stops)
}

fn walk_installed(session: &Session, wanted: usize) -> Result<Walk> {
    // The focused look of each stop, captured while it has focus (`None`: nothing to capture).
    let mut focused: Vec<Option<Image>> = Vec::new();
    let mut pressed = 0;
    let mut idle = 0;
    while focused.len() < wanted && pressed <= wanted + BATCH {
        let poll = press_tab(session)?;
        pressed += 1;
        if poll.count > focused.len() {
            idle = 0;
            // One Tab press records one stop; should the page report more, they have no capture.
            focused.resize_with(poll.count - 1, || None);
            focused.push(match poll.clip {
                Some(clip) => Some(screenshot::capture_region(session, clip)?),
                None => None,
            });
        } else {
            idle += 1;
        }
        if poll.done || idle >= BATCH {
            break;
        }
    }
    let recorded: Vec<Recorded> = serde_json::from_value(session.eval_json(FINISH_JS)?)
        .map_err(|e| Error::Script(format!("keyboard walk: {e}")))?;
    let max_stops = wanted - 1;
    let limit_reached = recorded.len() > max_stops;
    let recorded: Vec<Recorded> = recorded.into_iter().take(max_stops).collect();
    let unfocused = capture_unfocused(session, &recorded, &focused)?;
    let stops = recorded
        .into_iter()
        .enumerate()
        .map(|(i, stop)| {
            let captured = focused.get(i).and_then(Option::as_ref).filter(|_| !stop.script_moved);
            let indicator = match (stop.clip, captured, unfocused.get(&i)) {
                (Some(clip), Some(image), Some((area, around))) => {
                    let scale = f64::from(around.width) / f64::from(area.width.max(1));
                    let offset = (((clip.x - area.x) as f64 * scale) as u32, ((clip.y - area.y) as f64 * scale) as u32);
                    // The browser's ring on a transparent input shows nothing: no exception there.
                    let browser_ring = stop.paints_itself && stop.focused["outlineStyle"] == "auto";
                    // Content lines stand for a control of a few lines (a link, a bare button);
                    // a larger block (a scroll region) is perceived as its box.
                    let text_like = stop.content_boxes.len() <= MAX_CONTENT_LINES;
                    let content = if text_like { stop.content_boxes.as_slice() } else { &[] };
                    let boxes = focus_indicator::control_boxes(stop.shows_box, &stop.boxes, content);
                    let required = focus_indicator::required_area(boxes, browser_ring);
                    focus_indicator::measure(image, around, offset, required, browser_ring, scale)
                }
                _ => None,
            };
            let visible_indicator = match &indicator {
                Some(measure) => measure.passes(),
                None => stop.on_screen && stop.style_changed,
            };
            FocusStop {
                label: stop.label,
                visible_indicator,
                on_screen: stop.on_screen,
                ring: FocusRing { selector: stop.selector, focused: look(&stop.focused), unfocused: look(&stop.unfocused) },
                indicator,
            }
        })
        .collect();
    Ok(Walk { stops, limit_reached })
}

/// One Tab press, as `Input.dispatchKeyEvent` key down and key up (what headless_chrome's
/// `press_key("Tab")` sends), and the page's report on it. Focus moves on key down, so the
/// report is asked for while the key up is on its way: one DevTools round trip less per stop.
fn press_tab(session: &Session) -> Result<Poll> {
    use headless_chrome::protocol::cdp::Input::{DispatchKeyEvent, DispatchKeyEventTypeOption};
    let key = |kind| DispatchKeyEvent {
        Type: kind,
        key: Some("Tab".into()),
        text: None,
        code: Some("Tab".into()),
        windows_virtual_key_code: Some(9),
        native_virtual_key_code: Some(9),
        modifiers: None,
        timestamp: None,
        unmodified_text: None,
        key_identifier: None,
        auto_repeat: None,
        is_keypad: None,
        is_system_key: None,
        location: None,
        commands: None,
    };
    let tab = session.tab();
    tab.call_method(key(DispatchKeyEventTypeOption::RawKeyDown)).map_err(Error::from_cdp)?;
    let (up, poll) = std::thread::scope(|scope| {
        let up = scope.spawn(|| tab.call_method(key(DispatchKeyEventTypeOption::KeyUp)).map(|_| ()));
        let poll = session.eval_json("window.__ehWalk.poll()");
        (up.join(), poll)
    });
    up.map_err(|_| Error::Script("keyboard walk: the key-up thread panicked".into()))?.map_err(Error::from_cdp)?;
    serde_json::from_value(poll?).map_err(|e| Error::Script(format!("keyboard walk: {e}")))
}

/// Captures the unfocused look of every stop that has a focused capture: per scroll position,
/// one screenshot of all their areas together, or one per stop when those lie far apart (a
/// large capture costs more to encode and decode than several small ones). Returns, per stop
/// index, the captured area and its pixels (shared by the stops of one screenshot).
fn capture_unfocused(session: &Session, stops: &[Recorded], focused: &[Option<Image>]) -> Result<BTreeMap<usize, (Region, std::rc::Rc<Image>)>> {
    let mut groups: Vec<(&Scroll, Vec<(usize, Region)>)> = Vec::new();
    for (i, stop) in stops.iter().enumerate() {
        let (Some(clip), Some(scroll), Some(Some(_))) = (stop.clip, stop.scroll.as_ref(), focused.get(i)) else { continue };
        match groups.iter_mut().find(|(s, _)| *s == scroll) {
            Some((_, members)) => members.push((i, clip)),
            None => groups.push((scroll, vec![(i, clip)])),
        }
    }
    let mut out = BTreeMap::new();
    for (scroll, members) in groups {
        let request = serde_json::to_string(scroll).map_err(|e| Error::Script(e.to_string()))?;
        let reached = session.eval_json(&format!("window.__ehWalk.scrollTo({request})"))?;
        if reached != serde_json::json!([scroll.x, scroll.y]) {
            // The page cannot be scrolled back there (it got shorter): these stops are not compared.
            continue;
        }
        let union = members.iter().map(|(_, r)| *r).reduce(Region::union).unwrap_or(members[0].1);
        let parts: u64 = members.iter().map(|(_, r)| r.area()).sum();
        // A capture waits for a frame (tens of ms); decoding costs about as much per half a
        // million pixels. So one capture, unless the pixels between the areas cost more.
        if union.area() <= parts + PIXELS_PER_CAPTURE * (members.len() as u64 - 1) {
            let image = std::rc::Rc::new(screenshot::capture_region(session, union)?);
            for (i, _) in members {
                out.insert(i, (union, std::rc::Rc::clone(&image)));
            }
        } else {
            for (i, region) in members {
                out.insert(i, (region, std::rc::Rc::new(screenshot::capture_region(session, region)?)));
            }
        }
    }
    Ok(out)
}

fn yes() -> bool {
    true
}

fn look(v: &Value) -> FocusLook {
    FocusLook {
        outline_style: v["outlineStyle"].as_str().unwrap_or_default().into(),
        outline_width: v["outlineWidth"].as_str().unwrap_or_default().into(),
        outline_color: v["outlineColor"].as_str().unwrap_or_default().into(),
        box_shadow: v["boxShadow"].as_str().unwrap_or_default().into(),
        background_color: v["backgroundColor"].as_str().unwrap_or_default().into(),
    }
}

/// Installs `window.__ehWalk` (the recorder) and focuses a start point just before the scope.
/// Needs `__ehSelector` ([`SELECTOR_JS`]) in the same script. Arguments: the scope's selector and
/// [`margin_px`]. Returns false when the scope is missing.
///
/// `poll()`, called after each Tab press, measures the newest stop where it now is (focus has
/// scrolled it into view by then; at `focusin` it has not) and returns the area to capture.
const RECORDER_JS: &str = r#"(scopeSelector, margin) => {
    const scope = scopeSelector ? document.querySelector(scopeSelector) : document.body;
    if (!scope) return false;
    window.__ehWalk?.stop?.();
    const look = (e) => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
        s.backgroundColor, s.color, s.borderTopColor, s.borderBottomColor, s.textDecorationLine, s.textDecorationThickness].join('|'); };
    const ring = (e) => { const s = getComputedStyle(e); return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
        outlineColor: s.outlineColor, boxShadow: s.boxShadow, backgroundColor: s.backgroundColor }; };
    // A transition on the focus style would be caught at its first frame: jump to its end. Every
    // running transition (a ring may be drawn on a label or a parent), and every animation of
    // the stops themselves. document.getAnimations() brings the styles up to date first.
    const settle = (targets) => { for (const a of document.getAnimations()) {
        if (a instanceof CSSTransition || targets.includes(a.effect?.target)) { try { a.finish(); } catch (_) {} } } };
    const deepActive = () => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a; };
    const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
    const inView = (r, v) => r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < v.width && r.top < v.height;
    const opacity = (e) => { let o = 1; for (let a = e; a instanceof Element && o >= 0.1; a = a.parentElement || a.getRootNode().host) o *= Number(getComputedStyle(a).opacity); return o; };
    const clippedAway = (s) => s.clipPath === 'inset(50%)' || /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(s.clip);
    const paints = (e, v) => {
        if (!(e instanceof Element)) return false;
        const r = e.getBoundingClientRect();
        if (r.width < 2 || r.height < 2 || !inView(r, v)) return false;
        const s = getComputedStyle(e);
        return s.visibility === 'visible' && !clippedAway(s) && opacity(e) >= 0.1;
    };
    // What a person sees of the focused element (see the Rust module documentation).
    const standIn = (el, v) => {
        if (paints(el, v)) return el;
        const near = [...(el.labels || []), el.nextElementSibling, el.previousElementSibling, el.parentElement, el.parentElement?.parentElement];
        return near.find((e) => e && e !== document.body && e !== document.documentElement && paints(e, v)) || null;
    };
    // The size of a box drawn with ::before or ::after (the circle of a radio drawn on its label).
    // A cut box as the walk reports it: [width, height, [top, right, bottom, left] in view].
    const sized = (r) => [r.right - r.left, r.bottom - r.top, r.edges];
    const drawnBox = (e) => {
        for (const which of ['::before', '::after']) {
            const s = getComputedStyle(e, which);
            if (s.content === 'none' || s.content === 'normal' || s.display === 'none') continue;
            const px = (...names) => names.reduce((sum, n) => sum + (parseFloat(s[n]) || 0), 0);
            const extra = s.boxSizing === 'border-box' ? [0, 0]
                : [px('paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'), px('paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth')];
            const w = parseFloat(s.width) + extra[0], h = parseFloat(s.height) + extra[1];
            if (w >= 4 && h >= 4) return [w, h, [true, true, true, true]];
        }
        return null;
    };
    // The lines of an element's visible content (text, images, icons), one box per line: what
    // is perceived as a control that shows no box of its own (a link). Null when too large to
    // walk.
    const contentBoxes = (e, v, cut) => {
        const rects = [];
        const painting = new Map();
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (++seen > 400) return [];
            if (node.nodeType === Node.ELEMENT_NODE) {
                if (['svg', 'img', 'picture', 'canvas', 'video'].includes(node.localName) && paints(node, v)) rects.push(node.getBoundingClientRect());
                continue;
            }
            if (!node.textContent.trim()) continue;
            const parent = node.parentElement;
            if (!painting.has(parent)) painting.set(parent, paints(parent, v));
            if (!painting.get(parent)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            rects.push(...range.getClientRects());
        }
        const lines = [];
        for (const r of rects.filter((r) => r.width >= 1 && r.height >= 1)) {
            const line = lines.find((l) => Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top) >= Math.min(l.bottom - l.top, r.height) / 2);
            if (line) Object.assign(line, { left: Math.min(line.left, r.left), right: Math.max(line.right, r.right), top: Math.min(line.top, r.top), bottom: Math.max(line.bottom, r.bottom) });
            else lines.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        }
        return lines.map(cut).filter(Boolean).map(sized);
    };
    // Whether an element shows a box of its own: a background, a border, a box shadow, or the
    // look of a native form control.
    const showsBox = (e) => {
        const s = getComputedStyle(e);
        const seen = (c) => !/^(transparent|rgba\(.*,\s*0\)|rgb\(.*\/\s*0\))$/.test(c);
        if (s.backgroundImage !== 'none' || seen(s.backgroundColor) || s.boxShadow !== 'none') return true;
        for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
            if ((parseFloat(s[`border${side}Width`]) || 0) > 0 && !['none', 'hidden'].includes(s[`border${side}Style`]) && seen(s[`border${side}Color`])) return true;
        }
        return ['input', 'select', 'textarea', 'button'].includes(e.localName) && s.appearance !== 'none';
    };
    // How far an outline or an outer box shadow reaches beyond the box.
    const reach = (e) => {
        const s = getComputedStyle(e);
        let r = s.outlineStyle === 'none' ? 0 : (parseFloat(s.outlineWidth) || 0) + Math.max(0, parseFloat(s.outlineOffset) || 0);
        if (s.boxShadow !== 'none') for (const shadow of s.boxShadow.split(/,(?![^(]*\))/)) {
            if (/\binset\b/.test(shadow)) continue;
            const n = (shadow.match(/-?[\d.]+px/g) || []).map(parseFloat);
            r = Math.max(r, Math.max(Math.abs(n[0] || 0), Math.abs(n[1] || 0)) + Math.max(0, n[2] || 0) + Math.max(0, n[3] || 0));
        }
        return Math.min(r, 64);
    };
    const state = { stops: [], elements: [], subjects: [], scrollers: [], done: false, tabbing: false, look, ring, settle, showsBox,
        start: { x: window.scrollX, y: window.scrollY } };
    // The scrolling boxes around an element and how far each is scrolled.
    const scrollersOf = (el) => {
        const out = [];
        for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
            if (a.scrollWidth > a.clientWidth || a.scrollHeight > a.clientHeight) {
                let i = state.scrollers.indexOf(a);
                if (i < 0) i = state.scrollers.push(a) - 1;
                out.push([i, Math.round(a.scrollLeft), Math.round(a.scrollTop)]);
            }
        }
        return out;
    };
    const measure = (stop, el, scrolled) => {
        const v = viewport();
        const drawn = standIn(el, v);
        stop.onScreen = drawn !== null;
        if (!drawn) return;
        // A box cut to the viewport, with which of its edges (top, right, bottom, left) stay in it
        // together with the room an indicator drawn outside takes (an outline, a shadow; at least
        // the 2 px of the perimeter): an edge whose ring would fall outside the viewport is cut.
        const room = Math.max(2, Math.ceil(Math.max(reach(el), drawn === el ? 0 : reach(drawn))));
        const cut = (r) => { const left = Math.max(0, r.left), top = Math.max(0, r.top), right = Math.min(v.width, r.right), bottom = Math.min(v.height, r.bottom);
            return right > left && bottom > top
                ? { left, top, right, bottom, edges: [r.top - room >= 0, r.right + room <= v.width, r.bottom + room <= v.height, r.left - room >= 0] } : null; };
        const boxesOf = (e) => [...e.getClientRects()].map(cut).filter(Boolean).map(sized);
        const around = [drawn.getBoundingClientRect()];
        const own = el.getBoundingClientRect();
        const ownShows = drawn !== el && own.width >= 2 && own.height >= 2 && inView(own, v);
        if (ownShows) around.push(own);
        // The control's box, for the area the indicator must cover (see the module documentation).
        // `subject`: the element whose unfocused look decides between its boxes and its content.
        const pseudo = drawn === el || ownShows ? null : drawnBox(drawn);
        const subject = drawn === el ? el : ownShows || pseudo ? null : drawn;
        stop.paintsItself = drawn === el;
        stop.boxes = subject ? boxesOf(subject) : ownShows ? [cut(own)].filter(Boolean).map(sized) : [pseudo];
        stop.contentBoxes = subject ? contentBoxes(subject, v, cut) : [];
        state.subjects[state.stops.indexOf(stop)] = subject;
        const grow = margin + Math.ceil(Math.max(reach(el), drawn === el ? 0 : reach(drawn)));
        const whole = { left: Math.min(...around.map((r) => r.left)) - grow, top: Math.min(...around.map((r) => r.top)) - grow,
            right: Math.max(...around.map((r) => r.right)) + grow, bottom: Math.max(...around.map((r) => r.bottom)) + grow };
        // Tab scrolls just the element's box into view, so a ring below or beside it can lie
        // outside the viewport: scroll a little further when the whole area fits (once).
        if (!scrolled) {
            const dx = whole.right - whole.left > v.width ? 0 : whole.right > v.width ? whole.right - v.width : Math.min(0, whole.left);
            const dy = whole.bottom - whole.top > v.height ? 0 : whole.bottom > v.height ? whole.bottom - v.height : Math.min(0, whole.top);
            if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) {
                const before = [window.scrollX, window.scrollY];
                window.scrollBy({ left: Math.ceil(Math.abs(dx)) * Math.sign(dx), top: Math.ceil(Math.abs(dy)) * Math.sign(dy), behavior: 'instant' });
                if (window.scrollX !== before[0] || window.scrollY !== before[1]) return measure(stop, el, true);
            }
        }
        const area = cut(whole);
        if (!area) return;
        const sx = Math.round(window.scrollX), sy = Math.round(window.scrollY);
        const x = Math.floor(area.left), y = Math.floor(area.top);
        stop.clip = { x: x + sx, y: y + sy, width: Math.ceil(area.right) - x, height: Math.ceil(area.bottom) - y };
        stop.scroll = { x: sx, y: sy, inner: scrollersOf(el) };
    };
    // Focus moved while a Tab key is down is a Tab stop; focus moved by a page script is not.
    const onKey = (event) => { if (event.key === 'Tab') state.tabbing = event.type === 'keydown'; };
    // Focus moved (or dropped) by a page script, not by Tab: the last stop's focused capture may
    // have been taken after that already, so it is not compared (see `scriptMoved`).
    const onScriptMove = () => { if (!state.done && !state.tabbing && state.stops.length) state.stops[state.stops.length - 1].scriptMoved = true; };
    const onFocus = (event) => {
        onScriptMove();
        if (state.done || !state.tabbing) return;
        const host = event.target;
        const el = event.composedPath()[0];
        if (!(el instanceof Element) || el.id === '__eh-walk-start') return;
        if (!scope.contains(host) || state.elements.includes(el)) { state.done = true; return; }
        settle([el]);
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
        state.stops.push({ label: `${role} "${name}"`, onScreen: false, selector: __ehSelector(el), focusedLook: look(el), focused: ring(el),
            clip: null, boxes: [], contentBoxes: [], paintsItself: false, scroll: null, measured: false, scriptMoved: false });
    };
    state.poll = () => {
        const n = state.stops.length;
        const stop = state.stops[n - 1];
        let clip = null;
        if (stop && !stop.measured) {
            stop.measured = true;
            const el = state.elements[n - 1];
            settle([el]);
            measure(stop, el, false);
            // Focus already moved on (a page script): its focused look is gone, nothing to capture.
            if (deepActive() !== el) stop.clip = null;
            clip = stop.clip;
        }
        return { done: state.done, count: n, clip };
    };
    state.scrollTo = (scroll) => {
        window.scrollTo({ left: scroll.x, top: scroll.y, behavior: 'instant' });
        for (const [i, left, top] of scroll.inner) state.scrollers[i].scrollTo({ left, top, behavior: 'instant' });
        settle([]);
        return [Math.round(window.scrollX), Math.round(window.scrollY)];
    };
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('focusout', onScriptMove, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    state.stop = () => {
        document.removeEventListener('focusin', onFocus, true);
        document.removeEventListener('focusout', onScriptMove, true);
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

/// Ends the walk: removes the listeners and the start point, takes focus away (finishing the
/// transitions that starts), and returns every stop with its unfocused look.
const FINISH_JS: &str = r#"(() => {
    const state = window.__ehWalk;
    state.stop();
    document.getElementById('__eh-walk-start')?.remove();
    document.activeElement?.blur?.();
    state.settle(state.elements);
    return state.stops.map((stop, i) => {
        const el = state.elements[i];
        const { focusedLook, measured, ...rest } = stop;
        const subject = state.subjects[i];
        return { ...rest, styleChanged: focusedLook !== state.look(el), unfocused: state.ring(el), showsBox: !subject || state.showsBox(subject) };
    });
})()"#;

/// Removes the recorder (if still there) and scrolls the page back to where the walk started.
const CLEANUP_JS: &str = r#"(() => {
    const state = window.__ehWalk;
    if (!state) return true;
    state.stop();
    document.getElementById('__eh-walk-start')?.remove();
    window.scrollTo({ left: state.start.x, top: state.start.y, behavior: 'instant' });
    delete window.__ehWalk;
    return true;
})()"#;
