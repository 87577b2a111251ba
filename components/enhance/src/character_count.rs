//! The character count: the limit hint becomes visually hidden (it stays the field's description),
//! the `hidden` status under the field shows and counts down as people type, and a polite live
//! region repeats it once typing pauses. The server gives the limit (`data-eh-max`), whether words
//! are counted (`data-eh-words`) and the four texts with `{n}`: `data-eh-left-one`,
//! `-left-other`, `-over-one`, `-over-other`.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlTextAreaElement};

use crate::dom;

/// How long typing must pause before screen readers hear the new count (the same as the
/// component's `ANNOUNCE_DELAY`).
const ANNOUNCE_DELAY_MS: u32 = 500;

pub fn enhance(field: Element) {
    let (Some(textarea), Some(info), Some(status), Some(region)) = (
        dom::find(&field, "textarea"),
        dom::find(&field, ".eh-character-count__info"),
        dom::find(&field, ".eh-character-count__status"),
        dom::find(&field, ".eh-character-count__announcer"),
    ) else {
        return;
    };
    let Ok(textarea) = textarea.dyn_into::<HtmlTextAreaElement>() else { return };
    let max = dom::data_number(&field, "max");
    let words = field.has_attribute("data-eh-words");
    let texts = Rc::new([
        dom::data(&field, "left-one").unwrap_or_default(),
        dom::data(&field, "left-other").unwrap_or_default(),
        dom::data(&field, "over-one").unwrap_or_default(),
        dom::data(&field, "over-other").unwrap_or_default(),
    ]);
    let message = move |used: u32| {
        let (n, base) = if used <= max { (max - used, 0) } else { (used - max, 2) };
        dom::fill(&texts[base + usize::from(n != 1)], n)
    };
    let _ = info.class_list().add_1("eh-visually-hidden");
    dom::set_hidden(&status, false);
    // Each keystroke's announcement runs when its delay is over and speaks only if no later
    // keystroke came (a cancelled callback would never be freed).
    let latest = Rc::new(Cell::new(0u32));
    let message = Rc::new(message);
    dom::on(&field, "input", move |_: Event| {
        let used = count(&textarea.value(), words);
        let text = message(used);
        status.set_text_content(Some(&text));
        let _ = status.class_list().toggle_with_force("eh-character-count__status--over", used > max);
        let this = latest.get().wrapping_add(1);
        latest.set(this);
        let (region, latest) = (region.clone(), latest.clone());
        dom::after(ANNOUNCE_DELAY_MS, move || {
            if latest.get() == this {
                dom::announce(&region, &text);
            }
        });
    });
}

/// Characters (Unicode scalar values, as the server counts them) or words (runs of non-space).
fn count(text: &str, words: bool) -> u32 {
    let n = if words { text.split_whitespace().count() } else { text.chars().count() };
    u32::try_from(n).unwrap_or(u32::MAX)
}
