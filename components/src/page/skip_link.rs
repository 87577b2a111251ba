//! The skip link: the first focusable element of every page, so keyboard users jump straight to
//! the content (WCAG 2.4.1 Bypass Blocks).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::i18n::{SKIP_TO_CONTENT, use_lang};
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// A link to the main content, visible only when it has keyboard focus.
///
/// ```
/// use eenheid::page::skip_link::SkipLink;
/// use leptos::prelude::*;
/// let html = view! { <SkipLink target="inhoud" /> }.to_html();
/// assert!(html.contains(r##"href="#inhoud""##));
/// assert!(html.contains("Naar de inhoud"));
/// ```
#[component]
pub fn SkipLink(
    /// The id of the element to jump to (the page template's `<main>`).
    #[prop(into)]
    target: String,
) -> impl IntoView {
    let lang = use_lang();
    view! { <a href=["#", target.as_str()].concat() {..fixed_class("eh-skip-link")}>{SKIP_TO_CONTENT.get(lang)}</a> }
}

/// [`sheet`] under its class `eh-skip-link`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-skip-link", sheet };

/// The skip link's sheet: off screen until focused, then a full-width yellow bar.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        position: absolute;
        left: -9999em;
        top: auto;
        &:focus, &:focus-visible {
            position: static;
            display: block;
            padding: var(--eh-space-3) var(--eh-space-4);
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            outline: var(--eh-focus-width) solid var(--eh-color-focus-text);
            outline-offset: calc(-1 * var(--eh-focus-width));
            box-shadow: none;
            text-decoration: underline;
        }
        "#
    )
}
