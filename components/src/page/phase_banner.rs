//! The phase banner: says that a service is new and still being tested (alpha or beta), and asks
//! for feedback. The phase is a word in a tag, not a colour.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{PHASE_ALPHA, PHASE_BETA, PHASE_FEEDBACK, PHASE_TEXT, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// The development phase of a service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Phase {
    /// An early version, tested with a small group: "Alfa".
    Alpha,
    /// A public test version: "Bèta".
    #[default]
    Beta,
}

/// The phase banner: a tag with the phase, a sentence and a feedback link.
///
/// ```
/// use eenheid::page::phase_banner::{Phase, PhaseBanner};
/// use leptos::prelude::*;
/// let html = view! { <PhaseBanner phase=Phase::Beta feedback_href="/feedback" /> }.to_html();
/// assert!(html.contains("Bèta"));
/// assert!(html.contains(r#"href="/feedback""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als een dienst nieuw is en nog getest wordt (alfa of bèta).
/// - Met een link naar een plek waar mensen hun mening geven.
///
/// # Wanneer niet gebruiken
///
/// - Niet meer als de dienst af is.
/// - Niet voor andere meldingen: gebruik daarvoor een meldingsbanner.
///
/// # Toegankelijkheid
///
/// De fase staat als woord in een label, niet alleen als kleur. De banner staat boven de
/// hoofdinhoud, zodat hij niet in de weg zit. Zorg dat de link naar het feedbackformulier zegt waar
/// hij heen gaat.
///
/// # When to use
///
/// - When a service is new and still being tested (alpha or beta).
/// - With a link to a place where people give feedback.
///
/// # When not to use
///
/// - Not once the service is finished.
/// - Not for other messages: use a notification banner.
///
/// # Accessibility
///
/// The phase is text in a tag, not only a colour. The banner sits above the main content, so it
/// does not get in the way. Make sure the feedback link says where it goes.
#[component]
pub fn PhaseBanner(
    /// Alpha or beta.
    #[prop(optional)]
    phase: Phase,
    /// Where people give feedback (a form, or a `mailto:` address).
    #[prop(into)]
    feedback_href: String,
) -> impl IntoView {
    let lang = use_lang();
    let tag = match phase {
        Phase::Alpha => PHASE_ALPHA.get(lang),
        Phase::Beta => PHASE_BETA.get(lang),
    };
    view! {
        <div class="eh-phase-banner">
            <p class="eh-phase-banner__content">
                <strong class="eh-phase-banner__tag">{tag}</strong>
                <span class="eh-phase-banner__text">
                    {PHASE_TEXT.get(lang)}" "
                    <a href=crate::url::safe_href(&feedback_href)>{PHASE_FEEDBACK.get(lang)}</a>"."
                </span>
            </p>
        </div>
    }
}

/// [`sheet`] under its class `eh-phase-banner`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-phase-banner", sheet };

/// The phase banner's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        padding-top: var(--eh-space-3);
        padding-bottom: var(--eh-space-3);
        border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        .eh-phase-banner__content {
            display: flex;
            flex-wrap: wrap;
            align-items: baseline;
            gap: var(--eh-space-2) var(--eh-space-3);
            margin: 0;
            max-width: none;
            font-size: var(--eh-font-size-s);
        }
        .eh-phase-banner__tag {
            display: inline-block;
            padding: var(--eh-space-1) var(--eh-space-2);
            color: var(--eh-color-button-primary-text);
            background-color: var(--eh-color-button-primary-background);
            font-weight: var(--eh-font-weight-bold);
            text-transform: uppercase;
            letter-spacing: .05em;
        }
        "#
    )
}

/// The phase banner's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "beta",
        title: "Bèta",
        description: "Een openbare testversie: iedereen kan de dienst gebruiken en zijn mening geven.",
        view: view! { <PhaseBanner phase=Phase::Beta feedback_href="#feedback" /> }
    },
    crate::example! {
        name: "alfa",
        title: "Alfa",
        description: "Een vroege versie die met een kleine groep wordt getest.",
        view: view! { <PhaseBanner phase=Phase::Alpha feedback_href="mailto:feedback@example.nl" /> }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "phase-banner",
    title: "Fasebanner",
    title_en: "Phase banner",
    family: crate::examples::Family::Page,
    summary: "Zegt dat een dienst nieuw is (alfa of bèta) en vraagt om een mening.",
    summary_en: "Says that a service is new (alpha or beta) and asks for feedback.",
    components: &["PhaseBanner"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
