//! The confirmation panel: the first thing people see after sending something. It says that it
//! worked and gives the reference number to quote when they call (R6: confirm quickly).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::{Heading, HeadingLevel};
use crate::examples::Example;
use crate::i18n::{PANEL_REFERENCE, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// A confirmation panel with a title, an optional reference number and optional extra text.
///
/// The reference number is bold and on its own line, so it is easy to find and copy. The panel
/// never relies on its colour: the title says what happened.
///
/// ```
/// use eenheid::content::panel::Panel;
/// use leptos::prelude::*;
/// let html = view! { <Panel title="Aanvraag verstuurd" reference="HDJ2123F" /> }.to_html();
/// assert!(html.contains(r#"<h1 class="eh-panel__title">Aanvraag verstuurd</h1>"#));
/// assert!(html.contains("Uw referentienummer is"));
/// assert!(html.contains(r#"<strong class="eh-panel__reference">HDJ2123F</strong>"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Bovenaan de bevestigingspagina, als iets gelukt is, met het referentienummer.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor andere meldingen: gebruik een meldingsbanner of uitgelichte tekst.
///
/// # Toegankelijkheid
///
/// Het paneel is een kop (meestal de `h1`) met tekst eronder. Kleur is niet nodig om het te
/// begrijpen. Zeg onder het paneel wat er nu gebeurt, wanneer en wie mensen kunnen bellen.
///
/// # When to use
///
/// - At the top of the confirmation page when something worked, with the reference number.
///
/// # When not to use
///
/// - Not for other messages: use a notification banner or inset text.
///
/// # Accessibility
///
/// The panel is a heading (usually the `h1`) with text below it. Colour is not needed to understand
/// it. Say below the panel what happens now, when, and whom people can call.
#[component]
pub fn Panel(
    /// What happened, in a few words ("Aanvraag verstuurd").
    #[prop(into)]
    title: String,
    /// The title's level: `<h1>` on a confirmation page (the default), lower inside other content.
    #[prop(default = HeadingLevel::H1)]
    heading_level: HeadingLevel,
    /// The reference number ("HDJ2123F"), shown after the reference text.
    #[prop(optional, into)]
    reference: MaybeProp<String>,
    /// The text before the reference number; the built-in "Uw referentienummer is" / "Your
    /// reference number is" when not given.
    #[prop(optional, into)]
    reference_text: MaybeProp<String>,
    /// A fixed id for the panel.
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// Extra text under the title (short: what happens next belongs below the panel).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let lang = use_lang();
    let reference = reference.get_untracked().filter(|r| !r.trim().is_empty());
    let reference_text = reference_text.get_untracked().unwrap_or_else(|| PANEL_REFERENCE.get(lang).to_owned());
    let body = match (reference, children) {
        (None, None) => None,
        (reference, children) => Some(view! {
            <div class="eh-panel__body">
                {reference.map(|reference| view! {
                    {reference_text}
                    <br />
                    <strong class="eh-panel__reference">{reference}</strong>
                })}
                {children.map(|children| children())}
            </div>
        }),
    };
    view! {
        <div class="eh-panel" id=id.get_untracked()>
            <Heading level=heading_level class="eh-panel__title">{title}</Heading>
            {body}
        </div>
    }
}

/// [`sheet`] under its class `eh-panel`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-panel", sheet };

/// The panel's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        padding: var(--eh-space-6) var(--eh-space-4);
        color: var(--eh-color-confirmation-text);
        background-color: var(--eh-color-confirmation-background);
        /* Backgrounds disappear in forced-colours mode; the border keeps the panel's edge. */
        border: var(--eh-border-width-m) solid transparent;
        text-align: center;
        overflow-wrap: anywhere;
        .eh-panel__title {
            margin: 0 0 var(--eh-space-4) 0;
            font-size: var(--eh-font-size-xl);
            color: inherit;
        }
        .eh-panel__title:last-child {
            margin-bottom: 0;
        }
        .eh-panel__body {
            font-size: var(--eh-font-size-l);
        }
        .eh-panel__body p {
            max-width: none;
        }
        .eh-panel__body > :last-child {
            margin-bottom: 0;
        }
        .eh-panel__reference {
            font-weight: var(--eh-font-weight-bold);
            letter-spacing: .05em;
        }
        .eh-panel__body a, .eh-panel__body a:visited {
            color: var(--eh-color-confirmation-text);
        }
        .eh-panel__body a:focus-visible {
            color: var(--eh-color-focus-text);
        }
        @media (min-width: ${tablet}) {
            padding: var(--eh-space-7);
            .eh-panel__title {
                font-size: var(--eh-font-size-xxl);
            }
        }
        "#,
        tablet = eenheid_tokens::constants::BREAKPOINT_TABLET
    )
}

/// The panel's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Aanvraag verstuurd",
        description: "Bovenaan de bevestigingspagina: wat er gebeurd is en het referentienummer. Wat er nu gebeurt, staat onder het paneel.",
        view: view! {
            <Panel title="Aanvraag verstuurd" reference="HDJ2123F" />
            <h2>"Wat gebeurt er nu?"</h2>
            <p>"U krijgt binnen 5 werkdagen een e-mail. Hebt u vragen? Bel 14 030 en noem uw referentienummer."</p>
        }
    },
    crate::example! {
        name: "eigen-tekst",
        title: "Eigen tekst bij het nummer",
        description: "Een eigen tekst voor het nummer, en een kop op niveau 2 omdat de pagina al een h1 heeft.",
        view: view! {
            <h1>"Uw verhuizing"</h1>
            <Panel title="Verhuizing doorgegeven" heading_level=crate::content::HeadingLevel::H2
                reference="VH-2026-0042" reference_text="Uw zaaknummer is" />
        }
    },
    crate::example! {
        name: "zonder-nummer",
        title: "Zonder referentienummer",
        description: "Alleen een titel en een korte tekst, als er geen nummer is.",
        view: view! {
            <Panel title="Gegevens opgeslagen">
                <p>"U kunt later verder gaan waar u gebleven was."</p>
            </Panel>
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "panel",
    title: "Bevestigingspaneel",
    title_en: "Confirmation panel",
    family: crate::examples::Family::Content,
    summary: "Bovenaan de bevestigingspagina: het is gelukt, met het referentienummer.",
    summary_en: "At the top of the confirmation page: it worked, with the reference number.",
    components: &["Panel"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
