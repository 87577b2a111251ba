//! The few DOM helpers every module shares: find the marked elements, read `data-eh-*`, listen,
//! and fill a number into a text from the server. No `format!`: it would pull Rust's formatting
//! machinery into every module.

// Each module uses a few of these helpers.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, Window};

use crate::Enhancement;

pub fn window() -> Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> Document {
    window().document().expect("a document")
}

/// Calls `enhance` for each element whose `data-eh-module` names `enhancement`.
pub fn each(enhancement: Enhancement, enhance: fn(Element)) {
    let mut selector = String::from("[data-eh-module~=\"");
    selector.push_str(enhancement.name());
    selector.push_str("\"]");
    let Ok(found) = document().query_selector_all(&selector) else { return };
    for index in 0..found.length() {
        if let Some(element) = found.item(index).and_then(|node| node.dyn_into::<Element>().ok()) {
            enhance(element);
        }
    }
}

/// The value of `data-eh-<key>` on `element`.
pub fn data(element: &Element, key: &str) -> Option<String> {
    let mut name = String::from("data-eh-");
    name.push_str(key);
    element.get_attribute(&name)
}

/// `data-eh-<key>` as a number (0 when missing or not a number).
pub fn data_number(element: &Element, key: &str) -> u32 {
    data(element, key).and_then(|text| text.parse().ok()).unwrap_or(0)
}

/// The first element under `root` that matches `selector`.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The element with this id.
pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Runs `handler` for every `event` on `target` (for the page's lifetime).
pub fn on<E: JsCast + 'static>(target: &EventTarget, event: &str, handler: impl FnMut(E) + 'static) {
    listen(target, event, false, handler);
}

/// As [`on`], in the capture phase (for events that do not bubble, such as `toggle`).
pub fn on_capture<E: JsCast + 'static>(target: &EventTarget, event: &str, handler: impl FnMut(E) + 'static) {
    listen(target, event, true, handler);
}

fn listen<E: JsCast + 'static>(target: &EventTarget, event: &str, capture: bool, mut handler: impl FnMut(E) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| handler(event.unchecked_into()));
    let _ = target.add_event_listener_with_callback_and_bool(event, closure.as_ref().unchecked_ref(), capture);
    closure.forget();
}

/// Runs `callback` once after `millis`; the handle clears it.
pub fn after(millis: u32, callback: impl FnOnce() + 'static) -> i32 {
    let closure = Closure::once_into_js(callback);
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.unchecked_ref(), millis.min(i32::MAX as u32) as i32)
        .unwrap_or(0)
}

/// Cancels a callback of [`after`].
pub fn cancel(handle: i32) {
    window().clear_timeout_with_handle(handle);
}

/// Focuses `element` (when it can take focus).
pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Shows or hides `element` with the `hidden` attribute.
pub fn set_hidden(element: &Element, hidden: bool) {
    let _ = if hidden { element.set_attribute("hidden", "") } else { element.remove_attribute("hidden") };
}

/// A server text with `{n}` replaced by `n`, e.g. "U hebt nog {n} tekens over".
pub fn fill(template: &str, n: u32) -> String {
    template.replace("{n}", &decimal(n))
}

/// `n` in decimal digits.
pub fn decimal(mut n: u32) -> String {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[at..].iter().map(|&d| d as char).collect()
}

/// Replaces what a live region says with `text` in a new `<span>` (a new node is announced even
/// when the text is the same as before).
pub fn announce(region: &Element, text: &str) {
    let document = document();
    let Ok(span) = document.create_element("span") else { return };
    span.set_text_content(Some(text));
    region.set_text_content(None);
    let _ = region.append_child(&span);
}
