//! The IBAN input: a bank account number. A thin composition of the text input; check the answer
//! with [`crate::validation::iban`] (length and mod-97 check digits).

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::text_input::{InputWidth, TextInput};
use crate::i18n::{IBAN_HINT, IBAN_LABEL, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// A text input for an IBAN: spell check off, wide enough for a Dutch IBAN in groups of four, and
/// an example in the hint. (There is no `autocomplete` token for a bank account.)
///
/// ```
/// use eenheid::form::iban_input::IbanInput;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! { <IbanInput id="iban" value="NL91 ABNA 0417 1643 00" /> });
/// assert!(html.contains("Rekeningnummer (IBAN)"));
/// assert!(html.contains(r#"spellcheck="false""#) && html.contains(r#"value="NL91 ABNA 0417 1643 00""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als u geld naar iemand moet overmaken en het rekeningnummer nog niet weet.
///
/// # Wanneer niet gebruiken
///
/// - Niet als u het rekeningnummer al hebt: toon het en laat mensen het wijzigen.
///
/// # Toegankelijkheid
///
/// Het veld heeft een label, een hint met een voorbeeld en spellingcontrole uit. Accepteer spaties
/// en kleine letters. Lees het nummer na het versturen terug op de pagina "Controleer uw
/// antwoorden".
///
/// # When to use
///
/// - When you need to pay someone and do not yet know their account number.
///
/// # When not to use
///
/// - Not when you already have the account number: show it and let people change it.
///
/// # Accessibility
///
/// The field has a label, a hint with an example and spell check off. Accept spaces and lower case.
/// Show the number again on the "Check your answers" page.
#[component]
pub fn IbanInput(
    /// The input's id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question (default "Rekeningnummer (IBAN)").
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help (default "Bijvoorbeeld NL91 ABNA 0417 1643 00").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it (use [`crate::validation::Problem::message`]).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// What the user typed before, or the account number the government already knows.
    #[prop(optional, into)]
    value: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let label = label.get_untracked().unwrap_or_else(|| IBAN_LABEL.get(lang).to_owned());
    let hint = hint.get_untracked().unwrap_or_else(|| IBAN_HINT.get(lang).to_owned());
    view! {
        <TextInput id=id name=name label=label label_is_page_heading=label_is_page_heading hint=hint
            error=error value=value width=InputWidth::Chars20 spellcheck=false />
    }
}

/// The IBAN input's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Een rekeningnummer, met een voorbeeld in de hint.",
        view: view! { <IbanInput id="iban" /> }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "De controlecijfers kloppen niet. Wat de gebruiker typte, blijft staan.",
        view: view! {
            <IbanInput id="iban" value="NL91 ABNA 0417 1643 01"
                error="Vul een geldig rekeningnummer (IBAN) in, bijvoorbeeld NL91 ABNA 0417 1643 00" />
        }
    },
    crate::example! {
        name: "vooraf-ingevuld",
        title: "Vooraf ingevuld",
        description: "Het rekeningnummer dat de organisatie al kent.",
        view: view! { <IbanInput id="iban" label="Op welk rekeningnummer wilt u het geld krijgen?" value="NL91 ABNA 0417 1643 00" /> }
    },
];

/// The sheets this entry needs in the stylesheet: those of the parts it is built from.
pub const SHEETS: &[ComponentSheet] = &[crate::form::text_input::SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "iban-input",
    title: "Rekeningnummer (IBAN)",
    title_en: "Bank account number (IBAN)",
    family: crate::examples::Family::Form,
    summary: "Een bankrekeningnummer, met een voorbeeld in de hint.",
    summary_en: "A bank account number, with an example in the hint.",
    components: &["IbanInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
