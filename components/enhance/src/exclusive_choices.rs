//! "Geen van deze": ticking an exclusive checkbox (`data-eh-exclusive`) unticks every other
//! checkbox of the group (the boxes with the same `name`; a conditional reveal's own fields have
//! other names), and ticking any other unticks the exclusive ones.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::dom;

pub fn enhance(group: Element) {
    let _ = group.set_attribute("data-eh-enhanced", "true");
    let root = group.clone();
    dom::on(&group, "change", move |event: Event| {
        let Some(changed) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        if !changed.checked() || changed.type_() != "checkbox" {
            return;
        }
        let changed_is_exclusive = changed.has_attribute("data-eh-exclusive");
        let Ok(boxes) = root.query_selector_all("input[type=checkbox]") else { return };
        for index in 0..boxes.length() {
            let Some(input) = boxes.item(index).and_then(|n| n.dyn_into::<HtmlInputElement>().ok()) else { continue };
            if input != changed && input.name() == changed.name() && (changed_is_exclusive || input.has_attribute("data-eh-exclusive")) {
                input.set_checked(false);
            }
        }
    });
}
