//! The date input: three labelled boxes for day, month and year — easier than a date picker for
//! a date people know (a birthday, a moving date), and it works with every screen reader.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::field::Field;
use crate::i18n::use_lang;
use crate::style::component_sheet::ComponentSheet;
use crate::validation::DatePart;
use crate::style::class::fixed_class;

/// What the user typed in the three boxes (kept as text, so "3" stays "3" and "03" stays "03").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateValue {
    /// The day box.
    pub day: String,
    /// The month box.
    pub month: String,
    /// The year box.
    pub year: String,
}

impl DateValue {
    /// A value from its three parts.
    pub fn new(day: impl Into<String>, month: impl Into<String>, year: impl Into<String>) -> Self {
        DateValue { day: day.into(), month: month.into(), year: year.into() }
    }
}

/// The id of one part's input: `verhuisdatum-dag`. Link an error summary to the first part in
/// error.
pub fn part_id(id: &str, part: DatePart) -> String {
    [id, "-", part.suffix()].concat()
}

/// A date in three parts inside a fieldset. With an error, `error_parts` says which boxes to
/// highlight (all three when empty).
///
/// ```
/// use eenheid::form::date_input::{DateInput, DateValue};
/// use eenheid::validation::DatePart;
/// use leptos::prelude::*;
/// let html = view! {
///     <DateInput id="verhuisdatum" legend="Verhuisdatum" value=DateValue::new("31", "", "2026")
///         error="Vul ook de maand in" error_parts=vec![DatePart::Month] />
/// }.to_html();
/// assert!(html.contains(r#"id="verhuisdatum-dag" name="verhuisdatum-dag" type="text" inputmode="numeric" value="31""#));
/// assert!(html.contains(r#"id="verhuisdatum-maand" name="verhuisdatum-maand" type="text" inputmode="numeric" value="" aria-invalid="true""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een datum die mensen weten of kunnen opzoeken, zoals een geboortedatum of verhuisdatum.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor een datum die mensen moeten kiezen uit een agenda, zoals een afspraak.
/// - Gebruik geen datumkiezer als enige manier om een datum in te vullen.
///
/// # Toegankelijkheid
///
/// Dag, maand en jaar zijn drie velden met elk een label, in een `fieldset` met de vraag als
/// `legend`. Ze tonen het cijfertoetsenbord; bij een geboortedatum zet `birthday` ook
/// `autocomplete` aan. Geef in de hint een voorbeeld, zoals "Bijvoorbeeld 27 3 2007".
///
/// # When to use
///
/// - For a date people know or can look up, such as a date of birth or moving date.
///
/// # When not to use
///
/// - Not for a date people pick from a calendar, such as an appointment.
/// - Do not use a date picker as the only way to enter a date.
///
/// # Accessibility
///
/// Day, month and year are three fields, each with a label, in a `fieldset` with the question as
/// `legend`. They show the number keypad; for a date of birth, `birthday` also turns on
/// `autocomplete`. Give an example in the hint, such as "For example 27 3 2007".
#[component]
pub fn DateInput(
    /// The base id: the parts are `id-dag`, `id-maand`, `id-jaar` (also their names, based on
    /// `name`).
    #[prop(into)]
    id: String,
    /// The base field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question.
    #[prop(into)]
    legend: String,
    /// Show the legend as the page heading.
    #[prop(optional)]
    legend_is_page_heading: bool,
    /// Extra help ("Bijvoorbeeld 27 3 2026").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Which parts the error is about (empty: all three).
    #[prop(optional)]
    error_parts: Vec<DatePart>,
    /// What the user typed.
    #[prop(optional)]
    value: DateValue,
    /// `autocomplete` for a birth date: `bday` fills `bday-day`, `bday-month`, `bday-year`.
    #[prop(optional)]
    birthday: bool,
) -> impl IntoView {
    let lang = use_lang();
    let field = Field::new(&id, legend).page_heading(legend_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let has_error = field.has_error();
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    // Whole class values per part (valid, invalid): constants, so a render builds no class string.
    const TWO: (&str, &str) = ("eh-date-input__input eh-date-input__input--2", "eh-date-input__input eh-date-input__input--2 eh-date-input__input--error");
    const FOUR: (&str, &str) = ("eh-date-input__input eh-date-input__input--4", "eh-date-input__input eh-date-input__input--4 eh-date-input__input--error");
    let parts = [
        (DatePart::Day, value.day, TWO, "bday-day"),
        (DatePart::Month, value.month, TWO, "bday-month"),
        (DatePart::Year, value.year, FOUR, "bday-year"),
    ];
    let boxes = parts
        .into_iter()
        .map(|(part, text, (class, invalid_class), autocomplete)| {
            let invalid = has_error && (error_parts.is_empty() || error_parts.contains(&part));
            let part_id = part_id(&id, part);
            let class = if invalid { invalid_class } else { class };
            view! {
                <div {..fixed_class("eh-date-input__item")}>
                    <label for=part_id.clone() {..fixed_class("eh-date-input__label")}>{part.name(lang)}</label>
                    <input
                        id=part_id
                        name=[name.as_str(), "-", part.suffix()].concat()
                        type="text"
                        inputmode="numeric"
                        value=text
                        autocomplete=birthday.then_some(autocomplete)
                        aria-invalid=invalid.then_some("true")
                        {..fixed_class(class)}
                    />
                </div>
            }
        })
        .collect_view();
    field.render_group(view! { <div class="eh-date-input" id=id>{boxes}</div> })
}

/// [`sheet`] under its class `eh-date-input`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-date-input", sheet };

/// The date input's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: wrap;
        gap: var(--eh-space-4);
        .eh-date-input__label {
            display: block;
            margin-bottom: var(--eh-space-1);
        }
        .eh-date-input__input {
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-1) var(--eh-space-2);
            font: inherit;
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-none);
        }
        .eh-date-input__input--2 {
            width: 5.4ex;
            box-sizing: content-box;
        }
        .eh-date-input__input--4 {
            width: 9ex;
            box-sizing: content-box;
        }
        .eh-date-input__input:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus);
            outline-offset: 0;
            box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
        }
        .eh-date-input__input--error {
            border-color: var(--eh-color-error);
        }
        "#
    )
}

/// The date input's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Een datum in drie vakjes.",
        view: view! {
            <DateInput id="verhuisdatum" legend="Wanneer verhuist u?" hint="Bijvoorbeeld 27 3 2026" />
        }
    },
    crate::example! {
        name: "met-fout-in-een-deel",
        title: "Fout in één deel",
        description: "Alleen het vakje met de fout krijgt een rode rand; de andere waarden blijven staan.",
        view: view! {
            <DateInput id="verhuisdatum" legend="Wanneer verhuist u?" hint="Bijvoorbeeld 27 3 2026"
                value=DateValue::new("31", "", "2026") error="Vul ook de maand in" error_parts=vec![DatePart::Month] />
        }
    },
    crate::example! {
        name: "geboortedatum",
        title: "Geboortedatum",
        description: "Met autocomplete, zodat de browser een bekende geboortedatum kan invullen.",
        view: view! {
            <DateInput id="geboortedatum" legend="Wat is uw geboortedatum?" birthday=true value=DateValue::new("3", "11", "1958") />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "date-input",
    title: "Datum",
    title_en: "Date input",
    family: crate::examples::Family::Form,
    summary: "Een datum in drie vakjes: dag, maand en jaar.",
    summary_en: "A date in three boxes: day, month and year.",
    components: &["DateInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
