//! The tag: a short status ("Ontvangen", "In behandeling", "Afgewezen"). The word carries the
//! meaning; the colour only supports it (WCAG 1.4.1), and every colour pair passes 4.5:1.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::style::component_sheet::ComponentSheet;

/// The colour of a tag. Use one meaning per colour across a service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagColour {
    /// Dark blue on light blue: neutral, "new" or "received".
    #[default]
    Blue,
    /// Dark grey on light grey: not started, inactive.
    Grey,
    /// White on green: done, approved.
    Green,
    /// White on red: rejected, action needed.
    Red,
    /// Black on yellow: waiting for the user.
    Yellow,
    /// White on purple: other statuses.
    Purple,
}

impl TagColour {
    fn modifier(self) -> &'static str {
        match self {
            TagColour::Blue => "eh-tag--blue",
            TagColour::Grey => "eh-tag--grey",
            TagColour::Green => "eh-tag--green",
            TagColour::Red => "eh-tag--red",
            TagColour::Yellow => "eh-tag--yellow",
            TagColour::Purple => "eh-tag--purple",
        }
    }
}

/// A status tag.
///
/// ```
/// use eenheid::content::tag::{Tag, TagColour};
/// use leptos::prelude::*;
/// let html = view! { <Tag text="Afgerond" colour=TagColour::Green /> }.to_html();
/// assert_eq!(html, r#"<strong class="eh-tag eh-tag--green">Afgerond</strong>"#);
/// ```
///
/// # Wanneer gebruiken
///
/// - Om de status van iets te laten zien in één of twee woorden, zoals "Ontvangen" of "Afgerond".
///
/// # Wanneer niet gebruiken
///
/// - Niet als knop of link: een label kan men niet aanklikken.
/// - Niet voor lange teksten.
///
/// # Toegankelijkheid
///
/// De status staat in tekst; de kleur helpt alleen. De kleuren hebben genoeg contrast. Gebruik per
/// dienst steeds dezelfde woorden voor dezelfde status.
///
/// # When to use
///
/// - To show the status of something in one or two words, such as "Received" or "Completed".
///
/// # When not to use
///
/// - Not as a button or link: a tag cannot be clicked.
/// - Not for long texts.
///
/// # Accessibility
///
/// The status is in words; the colour only helps. The colours have enough contrast. Use the same
/// words for the same status throughout a service.
#[component]
pub fn Tag(
    /// The status, in one or two words. Write it in normal sentence case.
    #[prop(into)]
    text: String,
    /// The colour.
    #[prop(optional)]
    colour: TagColour,
) -> impl IntoView {
    view! { <strong class=format!("eh-tag {}", colour.modifier())>{text}</strong> }
}

/// [`sheet`] under its class `eh-tag`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-tag", sheet };

/// The tag's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: inline-block;
        max-width: 100%;
        padding: var(--eh-space-1) var(--eh-space-2);
        font-weight: var(--eh-font-weight-bold);
        line-height: var(--eh-line-height-heading);
        overflow-wrap: anywhere;
        /* Backgrounds disappear in forced-colours mode; the border keeps the tag visible. */
        border: var(--eh-border-width-s) solid transparent;
        border-radius: var(--eh-radius-s);
        &.eh-tag--blue {
            color: var(--eh-color-blue-700);
            background-color: var(--eh-color-blue-100);
        }
        &.eh-tag--grey {
            color: var(--eh-color-grey-900);
            background-color: var(--eh-color-grey-200);
        }
        &.eh-tag--green {
            color: var(--eh-color-white);
            background-color: var(--eh-color-green-600);
        }
        &.eh-tag--red {
            color: var(--eh-color-white);
            background-color: var(--eh-color-red-600);
        }
        &.eh-tag--yellow {
            color: var(--eh-color-black);
            background-color: var(--eh-color-yellow-400);
        }
        &.eh-tag--purple {
            color: var(--eh-color-white);
            background-color: var(--eh-color-purple-700);
        }
        "#
    )
}

/// The tag's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "kleuren",
        title: "Alle kleuren",
        description: "Elke kleur met een voorbeeld van een status. De tekst zegt wat er aan de hand is; de kleur helpt alleen.",
        view: view! {
            <p>
                <Tag text="Ontvangen" />" "
                <Tag text="Niet gestart" colour=TagColour::Grey />" "
                <Tag text="Goedgekeurd" colour=TagColour::Green />" "
                <Tag text="Afgewezen" colour=TagColour::Red />" "
                <Tag text="Wacht op u" colour=TagColour::Yellow />" "
                <Tag text="Bezwaar" colour=TagColour::Purple />
            </p>
        }
    },
    crate::example! {
        name: "in-een-lijst",
        title: "In een overzicht",
        description: "Tags naast de naam van een aanvraag.",
        view: view! {
            <ul>
                <li>"Verhuizing doorgeven "<Tag text="Afgerond" colour=TagColour::Green /></li>
                <li>"Parkeervergunning "<Tag text="In behandeling" /></li>
            </ul>
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "tag",
    title: "Label (status)",
    title_en: "Tag (status)",
    family: crate::examples::Family::Content,
    summary: "Een korte status in tekst, met een kleur die de tekst ondersteunt.",
    summary_en: "A short status in words, with a colour that supports the words.",
    components: &["Tag"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
