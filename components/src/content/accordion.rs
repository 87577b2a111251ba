//! The accordion: a page of several sections that people open one by one. Each section is a
//! native `<details>`, so every section opens and closes with mouse, keyboard and screen readers
//! without JavaScript, and "find in page" finds text in closed sections. The enhancement (the
//! `accordion-controls` module) adds one button to open or close all sections.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::{Heading, HeadingLevel};
use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::i18n::{ACCORDION_CLOSE_ALL, ACCORDION_OPEN_ALL, use_lang};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// One section of an accordion.
#[derive(Clone)]
pub struct AccordionSection {
    /// The section's heading: what people will find in it.
    pub heading: String,
    /// A short line under the heading, read with it (optional).
    pub summary: Option<String>,
    /// The section's content.
    pub content: ViewFn,
    /// Open when the page loads.
    pub open: bool,
}

impl AccordionSection {
    /// A closed section with a heading and content.
    pub fn new(heading: impl Into<String>, content: impl Into<ViewFn>) -> Self {
        AccordionSection { heading: heading.into(), summary: None, content: content.into(), open: false }
    }

    /// Adds a short line under the heading.
    pub fn summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// Opens the section when the page loads.
    pub fn open(mut self) -> Self {
        self.open = true;
        self
    }
}

/// An accordion of sections.
///
/// Section `n` (from 1) gets the id `<id>-<n>`, so a link can point at it.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or there are no sections.
///
/// ```
/// use eenheid::content::accordion::{Accordion, AccordionSection};
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <Accordion id="hulp" sections=vec![AccordionSection::new("Kosten", || view! { <p>"Gratis."</p> })] />
/// });
/// assert!(html.contains(r#"<details id="hulp-1" class="eh-accordion__section">"#));
/// assert!(html.contains("Alle secties openen"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een aantal onderdelen waarvan mensen er maar een paar nodig hebben.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor informatie die iedereen moet lezen.
/// - Niet voor maar één onderdeel: gebruik uitklaptekst.
///
/// # Toegankelijkheid
///
/// Elke sectie is een `details` met een kop, dus zonder JavaScript werkt elke sectie apart. Met
/// JavaScript komt er één knop om alle secties te openen of te sluiten. Schrijf koppen die zeggen
/// wat er in de sectie staat.
///
/// # When to use
///
/// - For a number of sections of which people only need a few.
///
/// # When not to use
///
/// - Not for information everyone must read.
/// - Not for a single section: use details.
///
/// # Accessibility
///
/// Each section is a `details` with a heading, so without JavaScript each section works on its own.
/// With JavaScript one button appears to open or close all sections. Write headings that say what
/// is in the section.
#[component]
pub fn Accordion(
    /// The accordion's id; the sections' ids are derived from it.
    #[prop(into)]
    id: String,
    /// The sections, in order.
    sections: Vec<AccordionSection>,
    /// The level of the section headings (`<h2>` unless the page outline needs another).
    #[prop(optional)]
    heading_level: HeadingLevel,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid Accordion: {id:?} is not a usable id");
    debug_assert!(!sections.is_empty(), "Eenheid Accordion {id:?}: there are no sections; leave it out instead");
    if sections.is_empty() {
        return ().into_any();
    }
    let rendered = sections
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let section_id = format!("{id}-{}", index + 1);
            view! {
                <details class="eh-accordion__section" id=section_id open=section.open>
                    <summary class="eh-accordion__summary">
                        <Heading level=heading_level class="eh-accordion__heading">{section.heading}</Heading>
                        {section.summary.map(|text| view! { <span class="eh-accordion__summary-text">{text}</span> })}
                    </summary>
                    <div class="eh-accordion__content">{section.content.run()}</div>
                </details>
            }
        })
        .collect_view();
    view! {
        <div class="eh-accordion" id=id>
            // The `accordion-controls` enhancement: a button that opens all sections, or closes them
            // when all are open. It is `hidden` in the server HTML, so without JavaScript no dead
            // button shows.
            <div
                class="eh-accordion__sections"
                data-eh-module=module(Enhancement::AccordionControls)
                data-eh-open-all=ACCORDION_OPEN_ALL.get(lang)
                data-eh-close-all=ACCORDION_CLOSE_ALL.get(lang)
            >
                <div class="eh-accordion__controls" hidden=true>
                    <button type="button" class="eh-accordion__toggle-all" aria-expanded="false">
                        {ACCORDION_OPEN_ALL.get(lang)}
                    </button>
                </div>
                {rendered}
            </div>
            <LoaderScript />
        </div>
    }
    .into_any()
}


/// [`sheet`] under its class `eh-accordion`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-accordion", sheet };

/// The accordion's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        .eh-accordion__controls {
            margin-bottom: var(--eh-space-2);
        }
        .eh-accordion__toggle-all {
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-1) 0;
            font: inherit;
            color: var(--eh-color-link);
            text-decoration: underline;
            text-underline-offset: .1578em;
            background: none;
            border: 0;
            cursor: pointer;
        }
        .eh-accordion__toggle-all:focus-visible {
            outline: var(--eh-focus-width) solid transparent;
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            box-shadow: 0 calc(-1 * var(--eh-border-width-m)) var(--eh-color-focus), 0 var(--eh-border-width-l) var(--eh-color-focus-text);
            text-decoration: none;
        }
        .eh-accordion__section {
            border-top: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        }
        .eh-accordion__section:last-child {
            border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        }
        .eh-accordion__summary {
            display: block;
            position: relative;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-4) var(--eh-space-7) var(--eh-space-4) 0;
            cursor: pointer;
            list-style: none;
        }
        .eh-accordion__summary::-webkit-details-marker {
            display: none;
        }
        /* A chevron: down when closed, up when open. */
        .eh-accordion__summary::after {
            content: "";
            position: absolute;
            top: calc(var(--eh-space-4) + .35em);
            right: var(--eh-space-2);
            width: .6em;
            height: .6em;
            border-right: var(--eh-border-width-m) solid currentColor;
            border-bottom: var(--eh-border-width-m) solid currentColor;
            transform: rotate(45deg);
        }
        .eh-accordion__section[open] > .eh-accordion__summary::after {
            top: calc(var(--eh-space-4) + .6em);
            transform: rotate(225deg);
        }
        .eh-accordion__heading {
            display: inline;
            margin: 0;
            font-size: var(--eh-font-size-m);
            color: var(--eh-color-link);
        }
        .eh-accordion__summary:hover .eh-accordion__heading {
            text-decoration: underline;
        }
        .eh-accordion__summary-text {
            display: block;
            margin-top: var(--eh-space-1);
            color: var(--eh-color-text-secondary);
        }
        .eh-accordion__summary:focus-visible {
            outline: var(--eh-focus-width) solid transparent;
            background-color: var(--eh-color-focus);
            box-shadow: 0 var(--eh-border-width-l) var(--eh-color-focus-text);
        }
        .eh-accordion__summary:focus-visible .eh-accordion__heading,
        .eh-accordion__summary:focus-visible .eh-accordion__summary-text {
            color: var(--eh-color-focus-text);
        }
        .eh-accordion__content {
            padding: 0 0 var(--eh-space-5) 0;
        }
        .eh-accordion__content > :last-child {
            margin-bottom: 0;
        }
        "#
    )
}

/// The accordion's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Drie secties, dicht. Zonder JavaScript opent elke sectie apart; met JavaScript verschijnt ook een knop om alle secties te openen.",
        view: view! {
            <Accordion id="verhuizen" sections=vec![
                AccordionSection::new("Wanneer geeft u uw verhuizing door?", || view! {
                    <p>"Geef uw verhuizing door tussen 4 weken voor en 5 dagen na de verhuisdatum."</p>
                }),
                AccordionSection::new("Wat kost het?", || view! { <p>"Een verhuizing doorgeven is gratis."</p> }),
                AccordionSection::new("Wie krijgen uw nieuwe adres?", || view! {
                    <p>"De gemeente geeft uw nieuwe adres door aan andere overheden, zoals de Belastingdienst en DUO."</p>
                })
                .summary("U hoeft het maar één keer door te geven"),
            ] />
        }
    },
    crate::example! {
        name: "open-sectie",
        title: "Met een open sectie",
        description: "De eerste sectie staat open als de pagina laadt; de koppen zijn h3 omdat ze onder een h2 staan.",
        view: view! {
            <h2>"Veelgestelde vragen"</h2>
            <Accordion id="vragen" heading_level=crate::content::HeadingLevel::H3 sections=vec![
                AccordionSection::new("Hoe lang duurt het?", || view! { <p>"U krijgt binnen 8 weken een besluit."</p> }).open(),
                AccordionSection::new("Kan ik iemand machtigen?", || view! { <p>"Ja, met DigiD Machtigen."</p> }),
            ] />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "accordion",
    title: "Accordeon",
    title_en: "Accordion",
    family: crate::examples::Family::Content,
    summary: "Secties die mensen een voor een openen; zonder JavaScript werkt elke sectie apart.",
    summary_en: "Sections people open one by one; without JavaScript each section works on its own.",
    components: &["Accordion"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
