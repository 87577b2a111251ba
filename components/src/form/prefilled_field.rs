//! The pre-filled field: shows an answer the government already knows, says where it comes from,
//! and lets people change it. Ask nothing the government already knows — but never hide it.
//!
//! "Wijzigen" is a native `<details>`/`<summary>`: it opens the editable input without
//! JavaScript, with the keyboard, and screen readers announce it as expanded or collapsed.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::form_group::FormGroup;
use crate::form::text_input::{InputType, InputWidth, TextInput};
use crate::i18n::{CHANGE, use_lang};
use crate::ids::FieldIds;
use crate::style::component_sheet::ComponentSheet;

/// A known value with its source and a "Wijzigen" control that reveals a text input, pre-filled
/// with the known value.
///
/// The input is always in the form (inside the closed `<details>` too), so the form sends the
/// known value unless the user changed it. With an `error`, the input is shown open.
///
/// ```
/// use eenheid::form::prefilled_field::PrefilledField;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <PrefilledField id="achternaam" label="Achternaam" known_value="Jansen"
///         source="Uit de Basisregistratie Personen (BRP)" />
/// });
/// assert!(html.contains("Uit de Basisregistratie Personen (BRP)"));
/// assert!(html.contains("<summary"));
/// assert!(html.contains(r#"id="achternaam" name="achternaam" type="text" value="Jansen""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor gegevens die de overheid al heeft, zoals een adres uit de BRP: toon ze en zeg waar ze
///   vandaan komen.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor gegevens die mensen zelf moeten invullen.
/// - Verberg de bron niet.
///
/// # Toegankelijkheid
///
/// De waarde en de bron staan als tekst. "Wijzigen" is een `details` van de browser: het opent het
/// veld zonder JavaScript, en verborgen tekst zegt welk gegeven wijzigt. Zeg wat er gebeurt als
/// iets niet klopt en waar mensen dat melden.
///
/// # When to use
///
/// - For details the government already has, such as an address from the BRP: show them and say
///   where they come from.
///
/// # When not to use
///
/// - Not for details people must fill in themselves.
/// - Do not hide the source.
///
/// # Accessibility
///
/// The value and its source are plain text. "Change" is the browser's own `details`: it opens the
/// field without JavaScript, and hidden text says which detail changes. Say what happens if
/// something is wrong and where people report it.
#[component]
pub fn PrefilledField(
    /// The input's id (and default name); the value's id is `id-bekend`.
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// What the value is ("Achternaam"); also the label of the editable input.
    #[prop(into)]
    label: String,
    /// The value the government already knows ("Jansen").
    #[prop(into)]
    known_value: String,
    /// Where the value comes from, as a full sentence: "Uit de Basisregistratie Personen (BRP)".
    /// Spell out abbreviations.
    #[prop(into)]
    source: String,
    /// Help shown with the editable input ("Gebruik de naam zoals in uw paspoort").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong with the changed value and how to fix it; opens the editable input.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// What the user typed instead of the known value (when the page comes back with an error).
    /// Defaults to the known value.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// Open the editable input from the start (e.g. when the user changed the value before).
    #[prop(optional)]
    open: bool,
    /// How wide the editable input is.
    #[prop(optional)]
    width: InputWidth,
    /// The type of the editable input (e.g. `InputType::Tel` for a phone number).
    #[prop(optional)]
    input_type: InputType,
    /// The `autocomplete` token of the editable input (`family-name`, `email`, …).
    #[prop(optional, into)]
    autocomplete: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let ids = FieldIds::new(&id);
    let error = error.get_untracked();
    let open = open || error.is_some();
    let value = value.get_untracked().unwrap_or_else(|| known_value.clone());
    let known_id = format!("{}-bekend", ids.control);
    let label_text = label.clone();
    view! {
        <FormGroup error=error.is_some()>
            <div class="eh-prefilled-field">
                <div class="eh-prefilled-field__known" id=known_id>
                    <p class="eh-prefilled-field__label">{label_text.clone()}</p>
                    <p class="eh-prefilled-field__value">{known_value}</p>
                    <p class="eh-prefilled-field__source">{source}</p>
                </div>
                <details class="eh-prefilled-field__details" open=open>
                    <summary class="eh-prefilled-field__summary">
                        {CHANGE.get(lang)}
                        <span class="eh-visually-hidden">{format!(" ({})", label_text)}</span>
                    </summary>
                    <div class="eh-prefilled-field__edit">
                        <TextInput id=id name=name label=label hint=hint error=error value=value width=width
                            input_type=input_type autocomplete=autocomplete />
                    </div>
                </details>
            </div>
        </FormGroup>
    }
}

/// [`sheet`] under its class `eh-prefilled-field`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-prefilled-field", sheet };

/// The pre-filled field's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-prefilled-field__known {
            margin-bottom: var(--eh-space-2);
        }
        .eh-prefilled-field__label {
            margin: 0 0 var(--eh-space-1) 0;
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-prefilled-field__value {
            margin: 0 0 var(--eh-space-1) 0;
            font-size: var(--eh-font-size-l);
        }
        .eh-prefilled-field__source {
            margin: 0;
            color: var(--eh-color-text-secondary);
        }
        .eh-prefilled-field__summary {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
            color: var(--eh-color-link);
            text-decoration: underline;
            cursor: pointer;
        }
        .eh-prefilled-field__summary:focus-visible {
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            text-decoration: none;
        }
        .eh-prefilled-field__edit {
            margin-top: var(--eh-space-3);
            padding-left: var(--eh-space-4);
            border-left: var(--eh-border-width-l) solid var(--eh-color-border);
        }
        .eh-prefilled-field__edit .eh-form-group {
            margin-bottom: 0;
        }
        .eh-prefilled-field__edit .eh-form-group--error {
            padding-left: 0;
            border-left: 0;
        }
        "#
    )
}

/// The pre-filled field's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "De overheid kent de achternaam al en zegt waar die vandaan komt. Met \u{2018}Wijzigen\u{2019} verschijnt het veld, ook zonder JavaScript.",
        view: view! {
            <PrefilledField id="achternaam" label="Achternaam" known_value="Jansen"
                source="Uit de Basisregistratie Personen (BRP)" autocomplete="family-name" />
        }
    },
    crate::example! {
        name: "open",
        title: "Geopend",
        description: "Het veld is open en al ingevuld met wat de overheid weet.",
        view: view! {
            <PrefilledField id="email" label="E-mailadres" known_value="j.jansen@example.nl"
                source="Uit uw instellingen in MijnOverheid" input_type=InputType::Email autocomplete="email" open=true
                hint="We sturen de bevestiging naar dit adres." />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "De gewijzigde waarde klopt niet: het veld staat open, met wat de gebruiker typte en de foutmelding.",
        view: view! {
            <PrefilledField id="telefoon" label="Telefoonnummer" known_value="06 12345678"
                source="Uit uw vorige aanvraag" value="06 1234" width=InputWidth::Chars20 input_type=InputType::Tel autocomplete="tel"
                error="Vul een telefoonnummer in, bijvoorbeeld 06 12345678 of 030 1234567" />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "prefilled-field",
    title: "Vooraf ingevuld veld",
    title_en: "Pre-filled field",
    family: crate::examples::Family::Form,
    summary: "Wat de overheid al weet, met de bron en een knop \u{2018}Wijzigen\u{2019}.",
    summary_en: "What the government already knows, with the source and a ‘Change’ button.",
    components: &["PrefilledField"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
