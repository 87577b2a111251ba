//! The error summary: at the top of a page that came back with errors, it lists every problem as
//! a link to the field, so nobody has to hunt for what went wrong (WCAG 3.3.1, 2.4.3). Enhanced,
//! it takes focus when the page loads, so screen readers announce it at once.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::i18n::{ERROR_SUMMARY_TITLE, use_lang};
use crate::form::text_input::{InputMode, InputWidth, TextInput};
use crate::ids::is_valid_id;
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// One problem: the id of the field (its first input) and the same message as the field shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLink {
    /// The id of the input the link moves focus to.
    pub field_id: String,
    /// What to do, exactly as in the field's error message.
    pub message: String,
}

impl ErrorLink {
    /// A link to `field_id` with `message`.
    ///
    /// # Panics
    /// In debug builds, when `field_id` is not a usable id (the link would go nowhere).
    pub fn new(field_id: impl Into<String>, message: impl Into<String>) -> Self {
        let field_id = field_id.into();
        debug_assert!(is_valid_id(&field_id), "Eenheid ErrorLink: {field_id:?} is not a usable field id");
        ErrorLink { field_id, message: message.into() }
    }
}

/// The error summary; renders nothing when there are no errors.
///
/// ```
/// use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <ErrorSummary errors=vec![ErrorLink::new("postcode", "Vul uw postcode in")] />
/// });
/// assert!(html.contains("Er is een probleem"));
/// assert!(html.contains(r##"<a href="#postcode">Vul uw postcode in</a>"##));
/// ```
///
/// # Wanneer gebruiken
///
/// - Bovenaan de pagina als een formulier terugkomt met fouten, met een link naar elk veld.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor fouten die niet bij een veld horen, zoals een storing: gebruik een meldingsbanner.
///
/// # Toegankelijkheid
///
/// Het overzicht heeft de rol `alert` en een kop "Er is een probleem". Met JavaScript krijgt het de
/// focus, zodat het meteen wordt voorgelezen. Elke link springt naar het veld. Zet ook "Fout:" aan
/// het begin van de paginatitel en gebruik dezelfde tekst als bij het veld.
///
/// # When to use
///
/// - At the top of the page when a form comes back with errors, with a link to each field.
///
/// # When not to use
///
/// - Not for errors that do not belong to a field, such as an outage: use a notification banner.
///
/// # Accessibility
///
/// The summary has the role `alert` and the heading "There is a problem". With JavaScript it takes
/// focus, so it is read out at once. Each link jumps to the field. Also start the page title with
/// "Error:" and use the same text as at the field.
#[component]
pub fn ErrorSummary(
    /// The problems, in the order of the fields on the page.
    errors: Vec<ErrorLink>,
) -> impl IntoView {
    let lang = use_lang();
    if errors.is_empty() {
        // Nothing to show: the same empty marker as before (`Either` below keeps the rest of the
        // view typed, so its attribute strings are not copied into `Arc<str>`s on every render).
        return Either::Left(().into_any());
    }
    Either::Right(view! {
        // The `focus-on-load` enhancement focuses the summary once the page has loaded.
        <div tabindex="-1" aria-labelledby="eh-error-summary-title"
            data-eh-module=module(Enhancement::FocusOnLoad) {..fixed_class("eh-error-summary")}>
            <div role="alert">
                <h2 id="eh-error-summary-title" {..fixed_class("eh-error-summary__title")}>{ERROR_SUMMARY_TITLE.get(lang)}</h2>
                <ul {..fixed_class("eh-error-summary__list")}>
                    {errors
                        .into_iter()
                        .map(|error| view! { <li><a href=["#", error.field_id.as_str()].concat()>{error.message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        </div>
        <LoaderScript />
    })
}


/// [`sheet`] under its class `eh-error-summary`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-error-summary", sheet };

/// The error summary's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-7);
        padding: var(--eh-space-4);
        border: var(--eh-border-width-l) solid var(--eh-color-error);
        &:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
        }
        .eh-error-summary__title {
            margin-top: 0;
            margin-bottom: var(--eh-space-4);
            font-size: var(--eh-font-size-l);
        }
        .eh-error-summary__list {
            margin: 0;
            padding-left: 0;
            list-style: none;
        }
        .eh-error-summary__list li {
            margin-bottom: var(--eh-space-2);
        }
        .eh-error-summary__list a {
            font-weight: var(--eh-font-weight-bold);
            color: var(--eh-color-error);
        }
        .eh-error-summary__list a:focus-visible {
            color: var(--eh-color-focus-text);
        }
        "#
    )
}

/// The error summary's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Twee problemen",
    description: "Bovenaan de pagina: elke fout is een link naar het veld. Met JavaScript krijgt de samenvatting direct de focus.",
    view: view! {
        <ErrorSummary errors=vec![
            ErrorLink::new("postcode", "Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB"),
            ErrorLink::new("verhuisdatum-maand", "Vul ook de maand in"),
        ] />
        <TextInput id="postcode" label="Postcode" value="12345" width=InputWidth::Chars7
            error="Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB" />
        <TextInput id="verhuisdatum-maand" label="Maand van verhuizing" width=InputWidth::Chars2
            inputmode=InputMode::Numeric error="Vul ook de maand in" />
    }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "error-summary",
    title: "Foutenoverzicht",
    title_en: "Error summary",
    family: crate::examples::Family::Form,
    summary: "Alle fouten bovenaan de pagina, elk als link naar het veld.",
    summary_en: "All errors at the top of the page, each as a link to the field.",
    components: &["ErrorSummary"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
