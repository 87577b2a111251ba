//! On a phone the step list collapses to the current step (CSS on `data-eh-enhanced` and
//! `data-eh-expanded`), and the `hidden` button opens and closes it. Its texts come from
//! `data-eh-show` and `data-eh-hide`.

use web_sys::Element;

use crate::dom;

pub fn enhance(steps: Element) {
    let Some(button) = dom::find(&steps, ".eh-step-indicator__toggle") else { return };
    let (show, hide) = (dom::data(&steps, "show").unwrap_or_default(), dom::data(&steps, "hide").unwrap_or_default());
    let _ = steps.set_attribute("data-eh-enhanced", "true");
    dom::set_hidden(&button, false);
    let target = button.clone();
    dom::on(&button, "click", move |_: web_sys::Event| {
        let expanded = steps.get_attribute("data-eh-expanded").as_deref() != Some("true");
        let value = if expanded { "true" } else { "false" };
        let _ = steps.set_attribute("data-eh-expanded", value);
        let _ = target.set_attribute("aria-expanded", value);
        target.set_text_content(Some(if expanded { &hide } else { &show }));
    });
}
