//! The form group: the box around one question (label, hint, error, control) that spaces questions
//! evenly and marks a question with an error by a red bar on its left.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// Wraps one question. With `error`, a thick red bar shows which question needs attention (the
/// error text says what; colour is never the only signal).
///
/// ```
/// use eenheid::form::form_group::FormGroup;
/// use leptos::prelude::*;
/// let html = view! { <FormGroup error=true>"…"</FormGroup> }.to_html();
/// assert!(html.contains("eh-form-group--error"));
/// ```
#[component]
pub fn FormGroup<C: IntoView + 'static>(
    /// Whether the question inside has an error.
    #[prop(optional)]
    error: bool,
    /// The label, hint, error message and control.
    // Typed, not `Children`: every form control renders inside a form group, and erasing its
    // contents to an `AnyView` copies each of their attribute strings into a fresh `Arc<str>`.
    children: TypedChildren<C>,
) -> impl IntoView {
    let class = if error { "eh-form-group eh-form-group--error" } else { "eh-form-group" };
    view! { <div {..fixed_class(class)}>{children.into_inner()()}</div> }
}

/// [`sheet`] under its class `eh-form-group`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-form-group", sheet };

/// The form group's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        &.eh-form-group--error {
            padding-left: var(--eh-space-4);
            border-left: var(--eh-border-width-l) solid var(--eh-color-error);
        }
        "#
    )
}
