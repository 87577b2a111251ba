//! The Dutch address input: postcode, house number and addition in one fieldset. With a postcode
//! and a house number, a service can look up the street and town (in the BAG), so people type
//! three short answers instead of a whole address.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::field::Field;
use crate::i18n::{ADDRESS_ADDITION, ADDRESS_HOUSE_NUMBER, ADDRESS_POSTCODE, ADDRESS_POSTCODE_HINT, Lang, use_lang};
use crate::style::component_sheet::ComponentSheet;
use crate::validation::Problem;

/// A part of the address input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressPart {
    /// The postcode ("1234 AB").
    Postcode,
    /// The house number (digits only).
    HouseNumber,
    /// The addition to the house number ("A", "2-hoog"); optional.
    Addition,
}

impl AddressPart {
    /// The id and name suffix of the part's input (`adres-postcode`).
    pub fn suffix(self) -> &'static str {
        match self {
            AddressPart::Postcode => "postcode",
            AddressPart::HouseNumber => "huisnummer",
            AddressPart::Addition => "toevoeging",
        }
    }

    /// The part's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            AddressPart::Postcode => ADDRESS_POSTCODE.get(lang),
            AddressPart::HouseNumber => ADDRESS_HOUSE_NUMBER.get(lang),
            AddressPart::Addition => ADDRESS_ADDITION.get(lang),
        }
    }
}

/// What the user typed in the three boxes, kept as text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddressValue {
    /// The postcode box.
    pub postcode: String,
    /// The house-number box.
    pub house_number: String,
    /// The addition box.
    pub addition: String,
}

impl AddressValue {
    /// A value from its three parts.
    pub fn new(postcode: impl Into<String>, house_number: impl Into<String>, addition: impl Into<String>) -> Self {
        AddressValue { postcode: postcode.into(), house_number: house_number.into(), addition: addition.into() }
    }

    /// Checks the answers with [`crate::validation::postcode`] and
    /// [`crate::validation::house_number`]. Returns the cleaned postcode ("1234 AB"), the house
    /// number and the trimmed addition, or the first problem and the parts to mark (link the error
    /// summary to the first of them with [`part_id`]).
    ///
    /// ```
    /// use eenheid::form::address_input::{AddressPart, AddressValue};
    /// use eenheid::validation::Problem;
    /// assert_eq!(AddressValue::new("1234ab", "12", " A ").validate(), Ok(("1234 AB".into(), 12, "A".into())));
    /// assert_eq!(AddressValue::new("1234 AB", "12a", "").validate(), Err((Problem::HouseNumber, vec![AddressPart::HouseNumber])));
    /// ```
    pub fn validate(&self) -> Result<(String, u32, String), (Problem, Vec<AddressPart>)> {
        if self.postcode.trim().is_empty() && self.house_number.trim().is_empty() {
            return Err((
                Problem::required("uw postcode en huisnummer", "your postcode and house number"),
                vec![AddressPart::Postcode, AddressPart::HouseNumber],
            ));
        }
        let postcode = crate::validation::postcode(&self.postcode).map_err(|p| (p, vec![AddressPart::Postcode]))?;
        let number = crate::validation::house_number(&self.house_number).map_err(|p| (p, vec![AddressPart::HouseNumber]))?;
        Ok((postcode, number, self.addition.trim().to_owned()))
    }
}

/// The id of one part's input: `adres-postcode`.
pub fn part_id(id: &str, part: AddressPart) -> String {
    format!("{id}-{}", part.suffix())
}

/// Postcode, house number and addition in a fieldset. Each part has its own label, width and
/// keyboard: the postcode gets `autocomplete="postal-code"`; the house number gets
/// `inputmode="numeric"` (there is no autocomplete token for a house number, so none is set). With
/// an error, `error_parts` says which boxes to mark (all boxes when empty).
///
/// ```
/// use eenheid::form::address_input::{AddressInput, AddressPart, AddressValue};
/// use leptos::prelude::*;
/// let html = view! {
///     <AddressInput id="adres" legend="Wat is uw nieuwe adres?" value=AddressValue::new("1234 AB", "1a", "")
///         error="Vul een huisnummer in met alleen cijfers, bijvoorbeeld 12" error_parts=vec![AddressPart::HouseNumber] />
/// }.to_html();
/// assert!(html.contains(r#"id="adres-postcode" name="adres-postcode" type="text" value="1234 AB" autocomplete="postal-code""#));
/// assert!(html.contains(r#"id="adres-huisnummer" name="adres-huisnummer" type="text" inputmode="numeric" value="1a" spellcheck="false" aria-invalid="true""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een adres in Nederland: postcode en huisnummer zijn genoeg om het adres te vinden.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor een adres in het buitenland.
/// - Vraag niet naar een adres dat de overheid al weet: toon het als vooraf ingevuld veld.
///
/// # Toegankelijkheid
///
/// De velden staan in een `fieldset` met een `legend` en elk veld heeft een label en
/// `autocomplete`. De postcode is breed genoeg voor "1234 AB". Accepteer postcodes met en zonder
/// spatie en met kleine letters.
///
/// # When to use
///
/// - For an address in the Netherlands: postcode and house number are enough to find it.
///
/// # When not to use
///
/// - Not for an address abroad.
/// - Do not ask for an address the government already knows: show it as a pre-filled field.
///
/// # Accessibility
///
/// The fields sit in a `fieldset` with a `legend`, and each field has a label and `autocomplete`.
/// The postcode field fits "1234 AB". Accept postcodes with and without a space and in lower case.
#[component]
pub fn AddressInput(
    /// The base id: the parts are `id-postcode`, `id-huisnummer`, `id-toevoeging` (their names
    /// are built the same way from `name`).
    #[prop(into)]
    id: String,
    /// The base field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question ("Wat is uw nieuwe adres?").
    #[prop(into)]
    legend: String,
    /// Show the legend as the page heading.
    #[prop(optional)]
    legend_is_page_heading: bool,
    /// Extra help for the whole question.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it (use the messages of [`crate::validation::Problem`]).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Which parts the error is about (empty: all of them).
    #[prop(optional)]
    error_parts: Vec<AddressPart>,
    /// What the user typed, or the address the government already knows.
    #[prop(optional)]
    value: AddressValue,
    /// Leave out the addition box (for services that do not need it).
    #[prop(optional)]
    without_addition: bool,
) -> impl IntoView {
    let lang = use_lang();
    let field = Field::new(&id, legend).page_heading(legend_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let mut parts = vec![
        (AddressPart::Postcode, value.postcode, "eh-text-input__input--width-7", None, Some("postal-code")),
        (AddressPart::HouseNumber, value.house_number, "eh-text-input__input--width-4", Some("numeric"), None),
    ];
    if !without_addition {
        parts.push((AddressPart::Addition, value.addition, "eh-text-input__input--width-4", None, None));
    }
    let postcode_hint_id = format!("{}-hint", part_id(&id, AddressPart::Postcode));
    let boxes = parts
        .into_iter()
        .map(|(part, text, width, inputmode, autocomplete)| {
            let invalid = field.has_error() && (error_parts.is_empty() || error_parts.contains(&part));
            let part_id = part_id(&id, part);
            let class = if invalid {
                format!("eh-text-input__input {width} eh-text-input__input--error")
            } else {
                format!("eh-text-input__input {width}")
            };
            let part_hint = (part == AddressPart::Postcode).then(|| {
                view! { <div class="eh-address-input__part-hint" id=postcode_hint_id.clone()>{ADDRESS_POSTCODE_HINT.get(lang)}</div> }
            });
            view! {
                <div class="eh-text-input eh-address-input__item">
                    <label class="eh-address-input__label" for=part_id.clone()>{part.label(lang)}</label>
                    {part_hint}
                    <input
                        class=class
                        id=part_id
                        name=format!("{name}-{}", part.suffix())
                        type="text"
                        inputmode=inputmode
                        value=text
                        autocomplete=autocomplete
                        spellcheck="false"
                        aria-describedby=(part == AddressPart::Postcode).then(|| postcode_hint_id.clone())
                        aria-invalid=invalid.then_some("true")
                    />
                </div>
            }
        })
        .collect_view();
    field.render_group(view! { <div class="eh-address-input" id=id>{boxes}</div> })
}

/// [`sheet`] under its class `eh-address-input`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-address-input", sheet };

/// The address input's sheet (the boxes themselves use the text input's look).
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--eh-space-4);
        .eh-address-input__item {
            flex: 0 1 auto;
        }
        .eh-address-input__label {
            display: block;
            margin-bottom: var(--eh-space-1);
        }
        .eh-address-input__part-hint {
            margin-bottom: var(--eh-space-1);
            color: var(--eh-color-text-secondary);
        }
        .eh-address-input__item .eh-text-input__input--width-7 {
            width: 17ex;
        }
        .eh-address-input__item .eh-text-input__input--width-4 {
            width: 10.8ex;
        }
        "#
    )
}

/// The address input's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Postcode, huisnummer en toevoeging in één vraag. Elk vakje is zo breed als het antwoord.",
        view: view! { <AddressInput id="adres" legend="Wat is uw nieuwe adres?" /> }
    },
    crate::example! {
        name: "met-fout-in-een-deel",
        title: "Fout in één deel",
        description: "Alleen het huisnummer is fout: alleen dat vakje krijgt een rode rand. Wat de gebruiker typte, blijft staan.",
        view: view! {
            <AddressInput id="adres" legend="Wat is uw nieuwe adres?" value=AddressValue::new("3511 LX", "12a", "")
                error="Vul een huisnummer in met alleen cijfers, bijvoorbeeld 12" error_parts=vec![AddressPart::HouseNumber] />
        }
    },
    crate::example! {
        name: "vooraf-ingevuld",
        title: "Vooraf ingevuld",
        description: "Het adres dat de overheid al kent, staat er al in en mag worden aangepast.",
        view: view! {
            <AddressInput id="adres" legend="Wat is uw adres?" hint="Dit adres staat in de Basisregistratie Personen (BRP)."
                value=AddressValue::new("2511 BT", "4", "B") />
        }
    },
    crate::example! {
        name: "zonder-toevoeging",
        title: "Zonder toevoeging",
        description: "Voor een dienst die geen toevoeging nodig heeft.",
        view: view! { <AddressInput id="adres" legend="Wat is de postcode en het huisnummer?" without_addition=true /> }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "address-input",
    title: "Adres (postcode en huisnummer)",
    title_en: "Address (postcode and house number)",
    family: crate::examples::Family::Form,
    summary: "Postcode, huisnummer en toevoeging in één vraag.",
    summary_en: "Postcode, house number and addition in one question.",
    components: &["AddressInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
