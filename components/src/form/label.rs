//! The label of a form control. Every control has one (WCAG 1.3.1, 2.5.3, 3.3.2); when a page asks
//! a single question the label *is* the page heading, so screen-reader users hear it once.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// A `<label for>`; with `is_page_heading` it is wrapped in the page's `<h1>`.
///
/// ```
/// use eenheid::form::label::Label;
/// use leptos::prelude::*;
/// let html = view! { <Label for_id="postcode" text="Postcode" is_page_heading=true /> }.to_html();
/// assert!(html.contains(r#"<h1 class="eh-label-heading"><label for="postcode" class="eh-label eh-label--heading">Postcode</label></h1>"#));
/// ```
#[component]
pub fn Label(
    /// The id of the control this label names.
    #[prop(into)]
    for_id: String,
    /// The label text: the question, in plain words.
    #[prop(into)]
    text: String,
    /// Render the label as the page's `<h1>` (one question per page).
    #[prop(optional)]
    is_page_heading: bool,
) -> impl IntoView {
    // `Either`, not `into_any()`: an erased view copies its attribute strings on every render.
    if is_page_heading {
        Either::Left(view! {
            <h1 {..fixed_class("eh-label-heading")}>
                <label class="eh-label eh-label--heading" for=for_id>{text}</label>
            </h1>
        })
    } else {
        Either::Right(view! { <label class="eh-label" for=for_id>{text}</label> })
    }
}

/// [`sheet`] under its class `eh-label`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-label", sheet };

/// The label's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: block;
        margin-bottom: var(--eh-space-2);
        font-weight: var(--eh-font-weight-bold);
        &.eh-label--heading {
            font-size: var(--eh-font-size-xl);
            line-height: var(--eh-line-height-heading);
        }
        "#
    )
}
