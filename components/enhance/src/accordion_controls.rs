//! The accordion's "Alle secties openen" button: shown once enhanced, it opens or closes every
//! section (`<details class="eh-accordion__section">`) and follows sections opened one by one.
//! Texts from `data-eh-open-all` and `data-eh-close-all`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::dom;

pub fn enhance(root: Element) {
    let (Some(controls), Some(button)) = (dom::find(&root, ".eh-accordion__controls"), dom::find(&root, ".eh-accordion__toggle-all")) else {
        return;
    };
    let (open_label, close_label) = (dom::data(&root, "open-all").unwrap_or_default(), dom::data(&root, "close-all").unwrap_or_default());
    let sections = {
        let root = root.clone();
        move || {
            let Ok(found) = root.query_selector_all(".eh-accordion__section") else { return Vec::new() };
            (0..found.length()).filter_map(|index| found.item(index)).filter_map(|node| node.dyn_into::<Element>().ok()).collect::<Vec<Element>>()
        }
    };
    let show = {
        let button = button.clone();
        move |all_open: bool| {
            let _ = button.set_attribute("aria-expanded", if all_open { "true" } else { "false" });
            button.set_text_content(Some(if all_open { &close_label } else { &open_label }));
        }
    };
    let sync = Rc::new({
        let (sections, show) = (sections.clone(), show.clone());
        move || show(sections().iter().all(|section| section.has_attribute("open")))
    });
    dom::set_hidden(&controls, false);
    sync();
    {
        let sync = sync.clone();
        dom::on_capture(&root, "toggle", move |_: web_sys::Event| sync());
    }
    let all_open = move |button: &Element| button.get_attribute("aria-expanded").as_deref() == Some("true");
    let toggle = button.clone();
    dom::on(&button, "click", move |_: web_sys::Event| {
        let open = !all_open(&toggle);
        for section in sections() {
            let _ = if open { section.set_attribute("open", "") } else { section.remove_attribute("open") };
        }
        show(open);
    });
}
