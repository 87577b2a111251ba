//! Tabs: the server renders a table of contents (a list of links to the panels) and every panel.
//! Enhanced, the list becomes an ARIA tab list (WAI-ARIA Authoring Practices: arrow keys, Home,
//! End; one tab stop), the panels tab panels, and only the selected one shows. The root is the
//! element marked `data-eh-module="tabs"`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use crate::dom;

pub fn enhance(root: Element) {
    let Ok(links) = root.query_selector_all(":scope > .eh-tabs__nav .eh-tabs__tab") else { return };
    let tabs: Vec<Element> = (0..links.length()).filter_map(|i| links.item(i)).filter_map(|n| n.dyn_into().ok()).collect();
    if tabs.is_empty() {
        return;
    }
    let panel_ids: Vec<String> =
        tabs.iter().map(|tab| tab.get_attribute("href").unwrap_or_default().trim_start_matches('#').to_owned()).collect();
    let _ = root.set_attribute("data-eh-enhanced", "true");
    if let Some(title) = dom::find(&root, ":scope > .eh-tabs__nav .eh-tabs__title") {
        dom::set_hidden(&title, true);
    }
    if let Some(list) = dom::find(&root, ":scope > .eh-tabs__nav .eh-tabs__list") {
        let _ = list.set_attribute("role", "tablist");
    }
    for (tab, panel_id) in tabs.iter().zip(&panel_ids) {
        if let Some(item) = tab.parent_element() {
            let _ = item.set_attribute("role", "presentation");
        }
        let _ = tab.set_attribute("role", "tab");
        let _ = tab.set_attribute("aria-controls", panel_id);
        if let Some(panel) = dom::by_id(panel_id) {
            let _ = panel.set_attribute("role", "tabpanel");
            let _ = panel.set_attribute("aria-labelledby", &tab.id());
            let _ = panel.set_attribute("tabindex", "0");
        }
    }
    let state = Rc::new((tabs, panel_ids));
    select(&state, 0);
    let count = state.0.len();
    for index in 0..count {
        let tab = state.0[index].clone();
        let on_key = state.clone();
        dom::on(&tab, "keydown", move |event: KeyboardEvent| {
            let target = match event.key().as_str() {
                "ArrowRight" => (index + 1) % count,
                "ArrowLeft" => (index + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            select(&on_key, target);
            dom::focus(&on_key.0[target]);
        });
        let on_click = state.clone();
        dom::on(&tab, "click", move |event: Event| {
            event.prevent_default();
            select(&on_click, index);
        });
    }
}

/// Makes tab `selected` the current one: its panel shows, the others hide; one tab stop.
fn select(state: &(Vec<Element>, Vec<String>), selected: usize) {
    for (index, (tab, panel_id)) in state.0.iter().zip(&state.1).enumerate() {
        let current = index == selected;
        let _ = tab.set_attribute("aria-selected", if current { "true" } else { "false" });
        let _ = tab.set_attribute("tabindex", if current { "0" } else { "-1" });
        if let Some(panel) = dom::by_id(panel_id) {
            dom::set_hidden(&panel, !current);
        }
    }
}
