//! The BSN input: the burgerservicenummer, 9 digits, with a hint that says where to find it.
//! A thin composition of the text input; check the answer with [`crate::validation::bsn`]
//! (length and elfproef).

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::text_input::{InputMode, InputWidth, TextInput};
use crate::i18n::{BSN_HINT, BSN_LABEL, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// A text input for a BSN: `inputmode="numeric"` (digit keyboard on phones, but not
/// `type="number"`, which drops a leading 0), spell check off, a width for 9 digits, and the hint
/// "Dit staat op uw paspoort of rijbewijs". Ask for a BSN only when the government does not know
/// it already (after DigiD it does).
///
/// ```
/// use eenheid::form::bsn_input::BsnInput;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! { <BsnInput id="bsn" value="111222333" /> });
/// assert!(html.contains("Burgerservicenummer (BSN)"));
/// assert!(html.contains("Dit staat op uw paspoort of rijbewijs"));
/// assert!(html.contains(r#"inputmode="numeric""#) && html.contains(r#"value="111222333""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Alleen als u het burgerservicenummer echt nodig hebt en het niet al weet via DigiD.
///
/// # Wanneer niet gebruiken
///
/// - Niet als mensen ingelogd zijn: dan weet u het nummer al.
///
/// # Toegankelijkheid
///
/// Het veld heeft het cijfertoetsenbord en de hint zegt waar het nummer staat, zoals op het
/// paspoort. Accepteer spaties en punten tussen de cijfers. De controle (elfproef) geeft een
/// foutmelding die zegt wat er mis is, niet alleen "ongeldig".
///
/// # When to use
///
/// - Only when you really need the citizen service number and do not already know it through DigiD.
///
/// # When not to use
///
/// - Not when people are signed in: you already know the number.
///
/// # Accessibility
///
/// The field gets the number keypad and the hint says where to find the number, such as on a
/// passport. Accept spaces and dots between the digits. The check (elfproef) gives an error message
/// that says what is wrong, not just "invalid".
#[component]
pub fn BsnInput(
    /// The input's id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question (default "Burgerservicenummer (BSN)").
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help (default "Dit staat op uw paspoort of rijbewijs").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it (use [`crate::validation::Problem::message`]).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// What the user typed before.
    #[prop(optional, into)]
    value: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let label = label.get_untracked().unwrap_or_else(|| BSN_LABEL.get(lang).to_owned());
    let hint = hint.get_untracked().unwrap_or_else(|| BSN_HINT.get(lang).to_owned());
    view! {
        <TextInput id=id name=name label=label label_is_page_heading=label_is_page_heading hint=hint
            error=error value=value width=InputWidth::Chars10 inputmode=InputMode::Numeric spellcheck=false />
    }
}

/// The BSN input's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Negen cijfers; de hint zegt waar het nummer staat.",
        view: view! { <BsnInput id="bsn" /> }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "Het nummer klopt niet (de elfproef faalt): waarschijnlijk een tikfout. Wat de gebruiker typte, blijft staan.",
        view: view! {
            <BsnInput id="bsn" value="111222334"
                error="Dit burgerservicenummer bestaat niet. Kijk of u geen tikfout hebt gemaakt" />
        }
    },
    crate::example! {
        name: "vooraf-ingevuld",
        title: "Vooraf ingevuld",
        description: "Het nummer van iemand anders, eerder ingevuld in dit formulier.",
        view: view! { <BsnInput id="bsn-partner" label="Burgerservicenummer van uw partner" value="123456782" /> }
    },
];

/// The sheets this entry needs in the stylesheet: those of the parts it is built from.
pub const SHEETS: &[ComponentSheet] = &[crate::form::text_input::SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "bsn-input",
    title: "Burgerservicenummer (BSN)",
    title_en: "Citizen service number (BSN)",
    family: crate::examples::Family::Form,
    summary: "Negen cijfers, met een hint waar het nummer staat.",
    summary_en: "Nine digits, with a hint where to find the number.",
    components: &["BsnInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
