//! Ignores a second click on a submit button within `data-eh-window-ms` (a double click would send
//! the form twice). The button's click bubbles up to the wrapper; `preventDefault` there still stops
//! the submit.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::{Element, Event};

use crate::dom;

pub fn enhance(wrapper: Element) {
    let window_ms = dom::data_number(&wrapper, "window-ms").max(1);
    let busy = Rc::new(Cell::new(false));
    let _ = wrapper.set_attribute("data-eh-enhanced", "true");
    dom::on(&wrapper, "click", move |event: Event| {
        if busy.get() {
            event.prevent_default();
        } else {
            busy.set(true);
            let busy = busy.clone();
            dom::after(window_ms, move || busy.set(false));
        }
    });
}
