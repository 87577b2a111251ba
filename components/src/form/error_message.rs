//! The error message of one field: says what to do, in plain words, right above the control.
//! A visually hidden "Fout:" prefix tells screen-reader users it is an error (WCAG 3.3.1, 3.3.3).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::i18n::{ERROR_PREFIX, use_lang};
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// An error message with a fixed id (derive it with `eenheid::ids::FieldIds`).
///
/// ```
/// use eenheid::form::error_message::ErrorMessage;
/// use leptos::prelude::*;
/// let html = view! { <ErrorMessage id="postcode-error" text="Vul uw postcode in" /> }.to_html();
/// assert!(html.contains(r#"<span class="eh-visually-hidden">Fout: </span>Vul uw postcode in"#));
/// ```
#[component]
pub fn ErrorMessage(
    /// The id the control's `aria-describedby` points at.
    #[prop(into)]
    id: String,
    /// What went wrong and how to fix it: "Vul uw postcode in", not "Ongeldige invoer".
    #[prop(into)]
    text: String,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p id=id class="eh-error-message">
            <span {..fixed_class("eh-visually-hidden")}>{[ERROR_PREFIX.get(lang), " "].concat()}</span>
            {text}
        </p>
    }
}

/// [`sheet`] under its class `eh-error-message`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-error-message", sheet };

/// The error message's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: block;
        margin-top: 0;
        margin-bottom: var(--eh-space-3);
        color: var(--eh-color-error);
        font-weight: var(--eh-font-weight-bold);
        "#
    )
}
