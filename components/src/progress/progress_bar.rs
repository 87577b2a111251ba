//! The progress bar: how far something is, as a native `<progress>` (a task that finishes) or
//! `<meter>` (a measurement in a known range), with a visible label and the value in words
//! ("40%", "2 van 5 bestanden"). The native elements give screen readers their role and value;
//! no extra ARIA is needed.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{count_of, use_lang};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// Which native element to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProgressElement {
    /// `<progress>`: how far a task is (uploading, a form).
    #[default]
    Progress,
    /// `<meter>`: a measurement within a known range (storage used, days left).
    Meter,
}

/// How the value is written next to the bar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ProgressText {
    /// A percentage: "40%".
    #[default]
    Percent,
    /// A count of things: "2 van 5 bestanden". The string is the plural noun, in the page's
    /// language.
    Count(String),
    /// Your own text, e.g. "3,2 GB van 5 GB".
    Custom(String),
}

/// A labelled progress bar with its value in text.
///
/// # Panics
/// In debug builds, when `id` is not a usable id, `max` is 0, or `value` is larger than `max`.
///
/// ```
/// use eenheid::progress::progress_bar::{ProgressBar, ProgressText};
/// use leptos::prelude::*;
/// let html = view! {
///     <ProgressBar id="upload" label="Bestanden geüpload" value=2 max=5 text=ProgressText::Count("bestanden".into()) />
/// }.to_html();
/// assert!(html.contains(r#"<label for="upload""#));
/// assert!(html.contains(r#"<progress id="upload" max="5" value="2""#));
/// assert!(html.contains("2 van 5 bestanden"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Om te laten zien hoe ver iets is dat meetbaar is, zoals een upload of een deel van de taken.
///
/// # Wanneer niet gebruiken
///
/// - Niet als u niet weet hoe lang iets duurt.
/// - Niet als enige manier om de stap in een formulier te laten zien.
///
/// # Toegankelijkheid
///
/// De balk is een `progress` met een label en de waarde staat ook in tekst. Zo is hij zonder kleur
/// en met een schermlezer te begrijpen. Zet er geen bewegende effecten op.
///
/// # When to use
///
/// - To show how far something measurable has got, such as an upload or part of the tasks.
///
/// # When not to use
///
/// - Not when you do not know how long something takes.
/// - Not as the only way to show the step in a form.
///
/// # Accessibility
///
/// The bar is a `progress` with a label, and the value is also in text. So it makes sense without
/// colour and with a screen reader. Do not add moving effects.
#[component]
pub fn ProgressBar(
    /// The id of the `<progress>`/`<meter>`; the label points at it.
    #[prop(into)]
    id: String,
    /// What the bar measures ("Bestanden geüpload").
    #[prop(into)]
    label: String,
    /// How far it is, from 0 to `max`.
    value: u32,
    /// The end of the range (100 for a percentage).
    #[prop(default = 100)]
    max: u32,
    /// How the value is written: a percentage, a count or your own text.
    #[prop(optional)]
    text: ProgressText,
    /// `<progress>` (default) or `<meter>`.
    #[prop(optional)]
    element: ProgressElement,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid ProgressBar {id:?}: not a usable HTML id");
    debug_assert!(max > 0, "Eenheid ProgressBar {id:?}: max is 0");
    debug_assert!(value <= max, "Eenheid ProgressBar {id:?}: value {value} is larger than max {max}");
    let max = max.max(1);
    let value = value.min(max);
    let written = match text {
        ProgressText::Percent => format!("{}%", (u64::from(value) * 100 + u64::from(max) / 2) / u64::from(max)),
        ProgressText::Count(noun) => count_of(lang, value, max, &noun),
        ProgressText::Custom(text) => text,
    };
    let bar = match element {
        ProgressElement::Progress => view! {
            <progress id=id.clone() class="eh-progress-bar__bar" max=max value=value>{written.clone()}</progress>
        }
        .into_any(),
        ProgressElement::Meter => view! {
            <meter id=id.clone() class="eh-progress-bar__bar" min="0" max=max value=value>{written.clone()}</meter>
        }
        .into_any(),
    };
    view! {
        <div class="eh-progress-bar">
            <label for=id class="eh-progress-bar__label">{label}</label>
            <div class="eh-progress-bar__row">
                {bar}
                <span class="eh-progress-bar__value">{written}</span>
            </div>
        </div>
    }
}

/// [`sheet`] under its class `eh-progress-bar`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-progress-bar", sheet };

/// The progress bar's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        max-width: var(--eh-size-text-max);
        .eh-progress-bar__label {
            display: block;
            font-weight: var(--eh-font-weight-bold);
            margin-bottom: var(--eh-space-2);
        }
        .eh-progress-bar__row {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            gap: var(--eh-space-2) var(--eh-space-4);
        }
        .eh-progress-bar__bar {
            flex: 1 1 12rem;
            height: var(--eh-space-5);
            margin: 0;
            appearance: none;
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-none);
            background: var(--eh-color-background);
            color: var(--eh-color-primary);
        }
        .eh-progress-bar__bar::-webkit-progress-bar {
            background: var(--eh-color-background);
        }
        .eh-progress-bar__bar::-webkit-progress-value {
            background: var(--eh-color-primary);
        }
        .eh-progress-bar__bar::-moz-progress-bar {
            background: var(--eh-color-primary);
        }
        .eh-progress-bar__bar::-webkit-meter-bar {
            background: var(--eh-color-background);
            border: 0;
            border-radius: 0;
            height: 100%;
        }
        .eh-progress-bar__bar::-webkit-meter-optimum-value {
            background: var(--eh-color-primary);
        }
        .eh-progress-bar__bar::-moz-meter-bar {
            background: var(--eh-color-primary);
        }
        .eh-progress-bar__value {
            flex: 0 0 auto;
            font-weight: var(--eh-font-weight-bold);
        }
        "#
    )
}

/// The progress bar's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "percentage",
        title: "Percentage",
        description: "Hoe ver iemand is, als percentage. Het getal staat er ook in tekst naast.",
        view: view! { <ProgressBar id="formulier-voortgang" label="Formulier ingevuld" value=40 /> }
    },
    crate::example! {
        name: "aantal",
        title: "Aantal",
        description: "Hoeveel van een aantal klaar is: \u{201c}2 van 5 bestanden\u{201d}.",
        view: view! {
            <ProgressBar id="upload" label="Bestanden geüpload" value=2 max=5
                text=ProgressText::Count("bestanden".to_owned()) />
        }
    },
    crate::example! {
        name: "meter",
        title: "Meter",
        description: "Een meting binnen een vaste grens, met <meter> in plaats van <progress>.",
        view: view! {
            <ProgressBar id="opslag" label="Opslag in uw berichtenbox gebruikt" value=32 max=50
                element=ProgressElement::Meter text=ProgressText::Custom("32 van 50 MB".to_owned()) />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "progress-bar",
    title: "Voortgangsbalk",
    title_en: "Progress bar",
    family: crate::examples::Family::Progress,
    summary: "Hoe ver iets is, met een label en de waarde in tekst.",
    summary_en: "How far something has got, with a label and the value in text.",
    components: &["ProgressBar"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
