//! The select: pick one answer from a list that is too long for radios. Prefer radios for up to
//! about 7 answers: all choices stay visible.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::field::Field;
use crate::style::component_sheet::ComponentSheet;

/// One option of a select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectOption {
    /// The value sent to the server.
    pub value: String,
    /// What the user reads.
    pub label: String,
}

impl SelectOption {
    /// An option.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        SelectOption { value: value.into(), label: label.into() }
    }
}

/// A labelled select with optional hint and error; `selected` keeps the picked option.
///
/// # Panics
/// In debug builds, when there are no options.
///
/// ```
/// use eenheid::form::select::{Select, SelectOption};
/// use leptos::prelude::*;
/// let html = view! {
///     <Select id="land" label="Land" selected="BE"
///         options=vec![SelectOption::new("NL", "Nederland"), SelectOption::new("BE", "België")] />
/// }.to_html();
/// assert!(html.contains(r#"<option value="BE" selected>België</option>"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor één keuze uit een lange lijst die mensen kennen, zoals een land of provincie.
///
/// # Wanneer niet gebruiken
///
/// - Niet bij minder dan zeven keuzes: gebruik keuzerondjes, die ziet men in één keer.
/// - Niet voor meer keuzes tegelijk.
///
/// # Toegankelijkheid
///
/// Het is een gewone `select` met een label, hint en foutmelding die gekoppeld zijn. Het werkt met
/// toetsenbord en schermlezer zonder extra code. Zet geen lege keuze als antwoord, maar een
/// duidelijke eerste optie zoals "Kies een provincie".
///
/// # When to use
///
/// - For one choice from a long list people know, such as a country or province.
///
/// # When not to use
///
/// - Not with fewer than seven options: use radios, which people see at once.
/// - Not for several choices at once.
///
/// # Accessibility
///
/// It is a plain `select` with a linked label, hint and error message. It works with keyboard and
/// screen reader without extra code. Do not use an empty option as an answer; use a clear first
/// option such as "Choose a province".
#[component]
pub fn Select(
    /// The id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question.
    #[prop(into)]
    label: String,
    /// Extra help.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The options.
    options: Vec<SelectOption>,
    /// The picked value.
    #[prop(optional, into)]
    selected: MaybeProp<String>,
) -> impl IntoView {
    debug_assert!(!options.is_empty(), "Eenheid Select {id:?}: there are no options");
    let field = Field::new(&id, label).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let selected = selected.get_untracked();
    let class = if field.has_error() { "eh-select__input eh-select__input--error" } else { "eh-select__input" };
    let select = view! {
        <select class=class id=id name=name aria-describedby=field.described_by() aria-invalid=field.invalid()>
            {options
                .into_iter()
                .map(|option| {
                    let is_selected = selected.as_deref() == Some(option.value.as_str());
                    view! { <option value=option.value selected=is_selected>{option.label}</option> }
                })
                .collect_view()}
        </select>
    };
    field.render("eh-select", select)
}

/// [`sheet`] under its class `eh-select`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-select", sheet };

/// The select's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-select__input {
            display: block;
            min-width: 11.5em;
            max-width: 100%;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-1) var(--eh-space-2);
            font: inherit;
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-none);
        }
        .eh-select__input:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus);
            outline-offset: 0;
            box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
        }
        .eh-select__input--error {
            border-color: var(--eh-color-error);
        }
        "#
    )
}

/// The select's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Standaard",
    description: "Eén keuze uit een lange lijst.",
    view: view! {
        <Select id="provincie" label="In welke provincie gaat u wonen?" selected="utrecht" options=vec![
            SelectOption::new("", "Kies een provincie"),
            SelectOption::new("groningen", "Groningen"),
            SelectOption::new("utrecht", "Utrecht"),
            SelectOption::new("zeeland", "Zeeland"),
        ] />
    }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "select",
    title: "Keuzelijst",
    title_en: "Select",
    family: crate::examples::Family::Form,
    summary: "Eén keuze uit een lange lijst; gebruik keuzerondjes als het er weinig zijn.",
    summary_en: "One choice from a long list; use radios when there are only a few.",
    components: &["Select"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
