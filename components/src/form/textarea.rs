//! The textarea: several lines of free text.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::field::Field;
use crate::style::component_sheet::ComponentSheet;

/// A labelled textarea with optional hint and error; `value` keeps what the user typed.
///
/// ```
/// use eenheid::form::textarea::Textarea;
/// use leptos::prelude::*;
/// let html = view! { <Textarea id="toelichting" label="Toelichting" value="</textarea><script>" /> }.to_html();
/// assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;</textarea>"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een antwoord van meerdere zinnen, zoals een toelichting.
/// - Zeg in de hint hoeveel mensen ongeveer mogen schrijven.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor korte antwoorden: gebruik een tekstveld.
/// - Niet als er een grens aan het aantal tekens is: gebruik het tekstvak met tekenteller.
///
/// # Toegankelijkheid
///
/// Het label, de hint en de foutmelding zijn aan het veld gekoppeld, net als bij het tekstveld. Het
/// vak kan groter worden gemaakt. Vraag alleen om vrije tekst als het echt nodig is: schrijven is
/// moeilijk voor veel mensen.
///
/// # When to use
///
/// - For an answer of several sentences, such as an explanation.
/// - Say in the hint about how much people may write.
///
/// # When not to use
///
/// - Not for short answers: use a text input.
/// - Not when there is a character limit: use the textarea with character count.
///
/// # Accessibility
///
/// The label, hint and error message are linked to the field, as with the text input. The box can
/// be resized. Only ask for free text when you really need it: writing is hard for many people.
#[component]
pub fn Textarea(
    /// The id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question.
    #[prop(into)]
    label: String,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// What the user typed before.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// Visible lines (default 5).
    #[prop(optional)]
    rows: Option<u32>,
    /// The `autocomplete` token.
    #[prop(optional, into)]
    autocomplete: MaybeProp<String>,
) -> impl IntoView {
    let field = Field::new(&id, label).page_heading(label_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let described_by = field.described_by();
    let textarea = textarea_element(id, name, rows, autocomplete.get_untracked(), described_by, field.has_error(), &value.get_untracked().unwrap_or_default());
    field.render("eh-textarea", textarea)
}

/// The `<textarea>` of a textarea or a character count: its class, rows (default 5), links and
/// the value, escaped (see [`textarea_text`]).
pub(crate) fn textarea_element(
    id: String,
    name: String,
    rows: Option<u32>,
    autocomplete: Option<String>,
    described_by: Option<String>,
    invalid: bool,
    value: &str,
) -> impl IntoView + use<> {
    let class = if invalid { "eh-textarea__input eh-textarea__input--error" } else { "eh-textarea__input" };
    view! {
        <textarea
            class=class
            id=id
            name=name
            rows=rows.unwrap_or(5)
            autocomplete=autocomplete
            aria-describedby=described_by
            aria-invalid=invalid.then_some("true")
        >
            {textarea_text(value)}
        </textarea>
    }
}

/// The text inside `<textarea>`, escaped by hand: Leptos (tachys 0.2) writes `<textarea>`
/// children *unescaped*, like `<script>`, so a value containing `</textarea><script>` would
/// break out of the field. A leading newline is doubled because the HTML parser drops the first
/// newline after `<textarea>`.
pub(crate) fn textarea_text(value: &str) -> String {
    let escaped = value.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    if escaped.starts_with('\n') { format!("\n{escaped}") } else { escaped }
}

/// [`sheet`] under its class `eh-textarea`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-textarea", sheet };

/// The textarea's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-textarea__input {
            display: block;
            width: 100%;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-2);
            font: inherit;
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-none);
            resize: vertical;
        }
        .eh-textarea__input:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus);
            outline-offset: 0;
            box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
        }
        .eh-textarea__input--error {
            border-color: var(--eh-color-error);
        }
        "#
    )
}

/// The textarea's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Ruimte voor een toelichting.",
        view: view! {
            <Textarea id="toelichting" label="Wilt u nog iets vertellen?" hint="Bijvoorbeeld over een tijdelijk adres." />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding en tekst",
        description: "Wat de gebruiker typte, blijft staan.",
        view: view! {
            <Textarea id="reden" label="Waarom vraagt u uitstel aan?" value="Ik ben verhuisd en"
                error="Gebruik niet meer dan 500 tekens" />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "textarea",
    title: "Tekstvak",
    title_en: "Textarea",
    family: crate::examples::Family::Form,
    summary: "Meerdere regels vrije tekst.",
    summary_en: "Several lines of free text.",
    components: &["Textarea"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
