//! The fieldset: groups related controls (radios, checkboxes, the parts of a date) under one
//! question, the legend (WCAG 1.3.1). When the page asks one question, the legend is the heading.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// A `<fieldset>` with its legend; `described_by` links the group's hint and error.
///
/// ```
/// use eenheid::form::fieldset::Fieldset;
/// use leptos::prelude::*;
/// let html = view! { <Fieldset legend="Wie verhuist er?" legend_is_page_heading=true>"…"</Fieldset> }.to_html();
/// assert!(html.contains("<legend class=\"eh-fieldset__legend eh-fieldset__legend--heading\"><h1 class=\"eh-fieldset__heading\">Wie verhuist er?</h1></legend>"));
/// ```
#[component]
pub fn Fieldset<C: IntoView + 'static>(
    /// The question the group answers.
    #[prop(into)]
    legend: String,
    /// Put the legend in the page's `<h1>` (one question per page).
    #[prop(optional)]
    legend_is_page_heading: bool,
    /// Ids of the hint and error, for `aria-describedby`.
    #[prop(optional, into)]
    described_by: MaybeProp<String>,
    /// The hint, error and controls.
    // Typed children and `Either` rather than `AnyView`: erasing a view copies every attribute
    // string of it into a fresh `Arc<str>`, on every render (see `FormGroup`).
    children: TypedChildren<C>,
) -> impl IntoView {
    let legend = if legend_is_page_heading {
        Either::Left(view! {
            <legend {..fixed_class("eh-fieldset__legend eh-fieldset__legend--heading")}>
                <h1 {..fixed_class("eh-fieldset__heading")}>{legend}</h1>
            </legend>
        })
    } else {
        Either::Right(view! { <legend {..fixed_class("eh-fieldset__legend")}>{legend}</legend> })
    };
    view! {
        <fieldset aria-describedby=described_by.get_untracked() {..fixed_class("eh-fieldset")}>
            {legend}
            {children.into_inner()()}
        </fieldset>
    }
}

/// [`sheet`] under its class `eh-fieldset`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-fieldset", sheet };

/// The fieldset's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        min-width: 0;
        margin: 0;
        padding: 0;
        border: 0;
        .eh-fieldset__legend {
            display: table;
            max-width: 100%;
            margin-bottom: var(--eh-space-2);
            padding: 0;
            white-space: normal;
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-fieldset__legend--heading {
            margin-bottom: var(--eh-space-4);
        }
        .eh-fieldset__heading {
            margin: 0;
            font-size: var(--eh-font-size-xl);
        }
        "#
    )
}
