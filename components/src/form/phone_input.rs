//! The phone input. A thin composition of the text input; check the answer with
//! [`crate::validation::phone`].

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::text_input::{InputType, InputWidth, TextInput};
use crate::i18n::{PHONE_LABEL, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// A text input for a phone number: `type="tel"` (phone keypad on phones) and
/// `autocomplete="tel"` (WCAG 1.3.5), so the browser can fill in the user's own number.
///
/// ```
/// use eenheid::form::phone_input::PhoneInput;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! { <PhoneInput id="telefoon" /> });
/// assert!(html.contains(r#"type="tel""#) && html.contains(r#"autocomplete="tel""#));
/// assert!(html.contains("Telefoonnummer"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als u iemand wilt kunnen bellen, bijvoorbeeld om terug te bellen.
/// - Zeg waarom u het nummer vraagt.
///
/// # Wanneer niet gebruiken
///
/// - Maak het niet verplicht als e-mail of post ook kan.
///
/// # Toegankelijkheid
///
/// Het veld is `type="tel"` met `autocomplete="tel"`, zodat een telefoon het cijfertoetsenbord
/// toont en de browser het nummer kan invullen. Accepteer spaties, streepjes en +31.
///
/// # When to use
///
/// - When you want to be able to call someone, for example to call them back.
/// - Say why you ask for the number.
///
/// # When not to use
///
/// - Do not make it required when email or post also works.
///
/// # Accessibility
///
/// The field is `type="tel"` with `autocomplete="tel"`, so a phone shows the number keypad and the
/// browser can fill in the number. Accept spaces, dashes and +31.
#[component]
pub fn PhoneInput(
    /// The input's id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question (default "Telefoonnummer").
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help ("We bellen u alleen als we een vraag hebben").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it (use [`crate::validation::Problem::message`]).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// What the user typed before, or the number the government already knows.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// The number is someone else's (a contact person): turns off `autocomplete="tel"`, so the
    /// browser does not fill in the user's own number.
    #[prop(optional)]
    not_own_number: bool,
) -> impl IntoView {
    let lang = use_lang();
    let label = label.get_untracked().unwrap_or_else(|| PHONE_LABEL.get(lang).to_owned());
    let autocomplete = if not_own_number { "off" } else { "tel" };
    view! {
        <TextInput id=id name=name label=label label_is_page_heading=label_is_page_heading hint=hint
            error=error value=value width=InputWidth::Chars20 input_type=InputType::Tel
            autocomplete=autocomplete spellcheck=false />
    }
}

/// The phone input's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Een telefoonnummer: op een telefoon verschijnt het cijfertoetsenbord.",
        view: view! { <PhoneInput id="telefoon" hint="We bellen u alleen als we een vraag hebben over uw aanvraag." /> }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "Te weinig cijfers. Wat de gebruiker typte, blijft staan.",
        view: view! {
            <PhoneInput id="telefoon" value="06 1234"
                error="Vul een telefoonnummer in, bijvoorbeeld 06 12345678 of 030 1234567" />
        }
    },
    crate::example! {
        name: "vooraf-ingevuld",
        title: "Vooraf ingevuld",
        description: "Het nummer dat de organisatie al kent, mag worden aangepast.",
        view: view! { <PhoneInput id="telefoon" value="06 12345678" /> }
    },
];

/// The sheets this entry needs in the stylesheet: those of the parts it is built from.
pub const SHEETS: &[ComponentSheet] = &[crate::form::text_input::SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "phone-input",
    title: "Telefoonnummer",
    title_en: "Phone number",
    family: crate::examples::Family::Form,
    summary: "Een telefoonnummer, met het cijfertoetsenbord op een telefoon.",
    summary_en: "A phone number, with the number keypad on a phone.",
    components: &["PhoneInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
