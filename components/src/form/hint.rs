//! The hint: extra help under a label ("Bijvoorbeeld 1234 AB"), linked to the control with
//! `aria-describedby` so screen readers read it with the label.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::style::component_sheet::ComponentSheet;

/// A hint paragraph with a fixed id (derive it with `eenheid::ids::FieldIds`).
///
/// ```
/// use eenheid::form::hint::Hint;
/// use leptos::prelude::*;
/// let html = view! { <Hint id="postcode-hint" text="Bijvoorbeeld 1234 AB" /> }.to_html();
/// assert!(html.contains(r#"<div id="postcode-hint" class="eh-hint">Bijvoorbeeld 1234 AB</div>"#));
/// ```
#[component]
pub fn Hint(
    /// The id the control's `aria-describedby` points at.
    #[prop(into)]
    id: String,
    /// The hint text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! { <div id=id class="eh-hint">{text}</div> }
}

/// [`sheet`] under its class `eh-hint`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-hint", sheet };

/// The hint's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-3);
        color: var(--eh-color-text-secondary);
        max-width: var(--eh-size-text-max);
        "#
    )
}
