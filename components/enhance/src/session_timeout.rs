//! The session time-out: warns `data-eh-warn-before` seconds before the answers are gone
//! (`data-eh-seconds-left` when the page was made), and on a click of "Langer bewaren" sends the
//! block's own form in the background (`Accept: application/json`; the service answers `{"seconds_left": n}`) so the page,
//! and what is typed on it, stays. Texts with `{n}` minutes: `data-eh-warning`, `data-eh-extended`
//! (and `-one` of each for one minute); `data-eh-failed` when sending did not work. The message goes into the `role="alert"` paragraph.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, FormData, HtmlFormElement, RequestInit, Response, UrlSearchParams};

use crate::dom;

struct Timeout {
    message: Element,
    warn_before: u32,
    warning_one: String,
    warning: String,
    extended_one: String,
    extended: String,
    failed: String,
    /// Which warning is current: a rescheduled one makes the earlier callback a no-op (a cancelled
    /// callback would never be freed).
    schedule: Cell<u32>,
}

impl Timeout {
    fn say(&self, text: &str) {
        self.message.set_text_content(Some(text));
        let _ = self.message.class_list().toggle_with_force("eh-session-timeout__message--shown", !text.is_empty());
    }

    /// Warns `warn_before` seconds before the end of `seconds_left`.
    fn schedule(self: &Rc<Self>, seconds_left: u32) {
        let this = self.schedule.get().wrapping_add(1);
        self.schedule.set(this);
        let delay_ms = seconds_left.saturating_sub(self.warn_before).saturating_mul(1000);
        let minutes = self.warn_before.min(seconds_left).div_ceil(60).max(1);
        let timeout = self.clone();
        dom::after(delay_ms, move || {
            if timeout.schedule.get() == this {
                timeout.say(&dom::fill(if minutes == 1 { &timeout.warning_one } else { &timeout.warning }, minutes));
            }
        });
    }
}

pub fn enhance(root: Element) {
    let (Some(form), Some(button), Some(message)) =
        (dom::find(&root, "form"), dom::find(&root, "button"), dom::find(&root, ".eh-session-timeout__message"))
    else {
        return;
    };
    let Ok(form) = form.dyn_into::<HtmlFormElement>() else { return };
    let timeout = Rc::new(Timeout {
        message,
        warn_before: dom::data_number(&root, "warn-before"),
        warning_one: dom::data(&root, "warning-one").unwrap_or_default(),
        warning: dom::data(&root, "warning").unwrap_or_default(),
        extended_one: dom::data(&root, "extended-one").unwrap_or_default(),
        extended: dom::data(&root, "extended").unwrap_or_default(),
        failed: dom::data(&root, "failed").unwrap_or_default(),
        schedule: Cell::new(0),
    });
    timeout.schedule(dom::data_number(&root, "seconds-left"));
    // The button's click, not the form's submit: on a question page the button belongs to the
    // page's own form (its `form` attribute, for use without JavaScript); here it only sends this
    // block's own fields in the background and the page, with what is typed on it, stays.
    dom::on(&button, "click", move |event: Event| {
        event.prevent_default();
        let timeout = timeout.clone();
        post_in_background(&form, move |answer| match answer {
            Some(seconds) => {
                let minutes = seconds / 60;
                timeout.say(&dom::fill(if minutes == 1 { &timeout.extended_one } else { &timeout.extended }, minutes));
                timeout.schedule(seconds);
            }
            None => timeout.say(&timeout.failed),
        });
    });
}

#[wasm_bindgen]
extern "C" {
    /// A promise, with the two-handler `then` (no futures executor: it would double this module).
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, fulfilled: &JsValue, rejected: &JsValue) -> Thenable;
}

/// Posts the form's own fields with `fetch` and calls `done` once with the seconds the service now
/// keeps the answers (from `{"seconds_left": n}`), or `None` when that did not work.
fn post_in_background(form: &HtmlFormElement, done: impl FnOnce(Option<u32>) + 'static) {
    let done: Rc<Cell<Option<Box<dyn FnOnce(Option<u32>)>>>> = Rc::new(Cell::new(Some(Box::new(done))));
    let finish = move |done: &Rc<Cell<Option<Box<dyn FnOnce(Option<u32>)>>>>, answer: Option<u32>| {
        if let Some(done) = done.take() {
            done(answer);
        }
    };
    let Some(request) = request(form) else { return finish(&done, None) };
    let (on_response, on_text, on_failure) = (done.clone(), done.clone(), done);
    let response = Closure::once_into_js(move |response: JsValue| -> JsValue {
        match response.dyn_into::<Response>().ok().filter(Response::ok).and_then(|r| r.text().ok()) {
            Some(text) => text.into(),
            None => {
                finish(&on_response, None);
                JsValue::UNDEFINED
            }
        }
    });
    let text = Closure::once_into_js(move |text: JsValue| finish(&on_text, text.as_string().as_deref().and_then(seconds_left)));
    let failure = Closure::once_into_js(move |_: JsValue| finish(&on_failure, None));
    // `failure` runs at most once: after a rejected fetch the chain goes on fulfilled (with
    // `undefined`), which `text` ignores.
    request.unchecked_into::<Thenable>().then(&response, &failure).then(&text, &failure);
}

/// The `fetch` promise for the form, or `None` when the request cannot be made.
fn request(form: &HtmlFormElement) -> Option<js_sys::Promise> {
    let fields = FormData::new_with_form(form).ok()?;
    let body = UrlSearchParams::new_with_str_sequence_sequence(&fields).ok()?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from(body.to_string()));
    let headers = web_sys::Headers::new().ok()?;
    headers.set("Content-Type", "application/x-www-form-urlencoded").ok()?;
    headers.set("Accept", "application/json").ok()?;
    init.set_headers(&headers);
    Some(dom::window().fetch_with_str_and_init(&form.action(), &init))
}

/// `n` from `{"seconds_left": n}`.
fn seconds_left(text: &str) -> Option<u32> {
    let after = text.split("\"seconds_left\":").nth(1)?;
    let digits: String = after.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
