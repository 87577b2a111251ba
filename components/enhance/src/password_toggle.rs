//! The password field's "Toon"/"Verberg" button. Server HTML: a wrapper with the texts in
//! `data-eh-show`, `-hide`, `-show-full`, `-hide-full`, `-shown`, `-hidden`, holding the input and a
//! `hidden` button; the polite live region follows the wrapper.

use web_sys::{Element, HtmlInputElement};
use wasm_bindgen::JsCast;

use crate::dom;

pub fn enhance(wrapper: Element) {
    let (Some(input), Some(button)) = (dom::find(&wrapper, "input"), dom::find(&wrapper, "button")) else { return };
    let Ok(input) = input.dyn_into::<HtmlInputElement>() else { return };
    let region = wrapper.next_element_sibling().filter(|e| e.class_list().contains("eh-password-input__announcer"));
    dom::set_hidden(&button, false);
    let texts = |key: &str| dom::data(&wrapper, key).unwrap_or_default();
    let (show, hide, show_full, hide_full, shown, hidden) =
        (texts("show"), texts("hide"), texts("show-full"), texts("hide-full"), texts("shown"), texts("hidden"));
    let target = button.clone();
    dom::on(&button, "click", move |_: web_sys::Event| {
        let now_shown = input.type_() == "password";
        input.set_type(if now_shown { "text" } else { "password" });
        target.set_text_content(Some(if now_shown { &hide } else { &show }));
        let _ = target.set_attribute("aria-label", if now_shown { &hide_full } else { &show_full });
        if let Some(region) = &region {
            dom::announce(region, if now_shown { &shown } else { &hidden });
        }
    });
}
