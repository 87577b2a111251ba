//! Details: extra help that most people do not need, behind a short link-like summary. A native
//! `<details>`/`<summary>`: it opens and closes with mouse, keyboard and screen readers without
//! any JavaScript, and browsers find text inside it with "find in page".

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::style::component_sheet::ComponentSheet;

/// A details element.
///
/// ```
/// use eenheid::content::details::Details;
/// use leptos::prelude::*;
/// let html = view! {
///     <Details summary="Waar vind ik mijn BSN?"><p>"Op uw paspoort."</p></Details>
/// }.to_html();
/// assert!(html.contains(r#"<summary class="eh-details__summary"><span class="eh-details__summary-text">Waar vind ik mijn BSN?</span></summary>"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor hulp die maar een paar mensen nodig hebben, zoals "Ik weet mijn BSN niet".
///
/// # Wanneer niet gebruiken
///
/// - Verstop geen informatie die iedereen nodig heeft.
/// - Niet voor meerdere onderdelen onder elkaar: gebruik een accordeon.
///
/// # Toegankelijkheid
///
/// Het is `details` met `summary` van de browser: het werkt met toetsenbord en zonder JavaScript,
/// en schermlezers horen of het open of dicht is. Schrijf de korte tekst als een vraag van de
/// gebruiker.
///
/// # When to use
///
/// - For help only a few people need, such as "I do not know my BSN".
///
/// # When not to use
///
/// - Do not hide information everybody needs.
/// - Not for several sections in a row: use an accordion.
///
/// # Accessibility
///
/// It is the browser's own `details` with `summary`: it works with the keyboard and without
/// JavaScript, and screen readers hear whether it is open or closed. Write the short text as a
/// question the user asks.
#[component]
pub fn Details(
    /// The short question or label that opens the details ("Waar vind ik mijn BSN?").
    #[prop(into)]
    summary: String,
    /// Open when the page loads.
    #[prop(optional)]
    open: bool,
    /// A fixed id.
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// The help text.
    children: Children,
) -> impl IntoView {
    view! {
        <details class="eh-details" id=id.get_untracked() open=open>
            <summary class="eh-details__summary">
                <span class="eh-details__summary-text">{summary}</span>
            </summary>
            <div class="eh-details__text">{children()}</div>
        </details>
    }
}

/// [`sheet`] under its class `eh-details`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-details", sheet };

/// The details' sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: block;
        margin-bottom: var(--eh-space-6);
        max-width: var(--eh-size-text-max);
        .eh-details__summary {
            display: inline-block;
            position: relative;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-2) 0 var(--eh-space-2) var(--eh-space-5);
            color: var(--eh-color-link);
            cursor: pointer;
            list-style: none;
        }
        .eh-details__summary::-webkit-details-marker {
            display: none;
        }
        /* The triangle: pointing right when closed, down when open. */
        .eh-details__summary::before {
            content: "";
            position: absolute;
            top: calc(var(--eh-space-2) + .3em);
            left: 0;
            border-style: solid;
            border-color: transparent;
            border-width: .45em 0 .45em .75em;
            border-left-color: currentColor;
        }
        &[open] > .eh-details__summary::before {
            border-width: .75em .45em 0 .45em;
            border-color: transparent;
            border-top-color: currentColor;
        }
        .eh-details__summary-text {
            text-decoration: underline;
            text-decoration-thickness: max(var(--eh-border-width-s), .0625rem);
            text-underline-offset: .1578em;
        }
        .eh-details__summary:hover {
            color: var(--eh-color-link-hover);
        }
        .eh-details__summary:focus-visible {
            outline: var(--eh-focus-width) solid transparent;
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            box-shadow: 0 calc(-1 * var(--eh-border-width-m)) var(--eh-color-focus), 0 var(--eh-border-width-l) var(--eh-color-focus-text);
        }
        .eh-details__summary:focus-visible .eh-details__summary-text {
            text-decoration: none;
        }
        .eh-details__text {
            padding: var(--eh-space-4);
            border-left: var(--eh-border-width-l) solid var(--eh-color-border-subtle);
        }
        .eh-details__text > :last-child {
            margin-bottom: 0;
        }
        "#
    )
}

/// The details' examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Dicht",
        description: "Hulp die de meeste mensen niet nodig hebben. Werkt zonder JavaScript.",
        view: view! {
            <Details summary="Waar vind ik mijn burgerservicenummer (BSN)?">
                <p>"Uw BSN staat op uw paspoort, identiteitskaart of rijbewijs."</p>
            </Details>
        }
    },
    crate::example! {
        name: "open",
        title: "Open",
        description: "Open als de pagina laadt.",
        view: view! {
            <Details summary="Ik kan niet digitaal verhuizen doorgeven" open=true>
                <p>"Bel ons op 14 030 of maak een afspraak bij het gemeentehuis. Wij helpen u graag."</p>
            </Details>
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "details",
    title: "Uitklaptekst",
    title_en: "Details",
    family: crate::examples::Family::Content,
    summary: "Hulp achter een korte vraag die opent en sluit, ook zonder JavaScript.",
    summary_en: "Help behind a short question that opens and closes, also without JavaScript.",
    components: &["Details"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
