//! The service navigation: the main parts of one service or website, with the current page
//! marked `aria-current="page"` (in text for screen readers, and by a bold line, not colour
//! alone, on screen).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{SERVICE_NAVIGATION, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// One navigation link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NavItem {
    /// The link text.
    pub text: String,
    /// Where it goes.
    pub href: String,
    /// Whether this is the page the user is on.
    pub current: bool,
}

impl NavItem {
    /// A link.
    pub fn new(text: impl Into<String>, href: impl Into<String>) -> Self {
        NavItem { text: text.into(), href: href.into(), current: false }
    }

    /// The link to the page the user is on.
    pub fn current(text: impl Into<String>, href: impl Into<String>) -> Self {
        NavItem { text: text.into(), href: href.into(), current: true }
    }
}

/// The service navigation (a `<nav>` with a list of links). Renders nothing without items.
///
/// # Panics
/// In debug builds, when more than one item is current.
///
/// ```
/// use eenheid::page::service_navigation::{NavItem, ServiceNavigation};
/// use leptos::prelude::*;
/// let html = view! {
///     <ServiceNavigation items=vec![NavItem::current("Overzicht", "/"), NavItem::new("Berichten", "/berichten")] />
/// }.to_html();
/// assert!(html.contains(r#"aria-current="page""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een dienst met een paar vaste onderdelen, zoals "Mijn zaken" en "Berichten".
///
/// # Wanneer niet gebruiken
///
/// - Niet in een formulier: daar leidt het mensen af.
/// - Niet voor meer dan zes links.
///
/// # Toegankelijkheid
///
/// De navigatie is een `nav` met een naam en een lijst links. De huidige pagina heeft
/// `aria-current="page"` en is ook zonder kleur te zien. Gebruik korte, duidelijke linkteksten.
///
/// # When to use
///
/// - For a service with a few fixed parts, such as "My cases" and "Messages".
///
/// # When not to use
///
/// - Not in a form: there it distracts people.
/// - Not for more than six links.
///
/// # Accessibility
///
/// The navigation is a `nav` with a name and a list of links. The current page has
/// `aria-current="page"` and is visible without colour too. Use short, clear link texts.
#[component]
pub fn ServiceNavigation(
    /// The links, in order.
    items: Vec<NavItem>,
    /// Another accessible name than "Menu" (when a page has two navigations).
    #[prop(optional, into)]
    label: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(
        items.iter().filter(|item| item.current).count() <= 1,
        "Eenheid ServiceNavigation: more than one item is current"
    );
    if items.is_empty() {
        return ().into_any();
    }
    let label = label.get_untracked().unwrap_or_else(|| SERVICE_NAVIGATION.get(lang).to_owned());
    let links = items
        .into_iter()
        .map(|item| {
            view! {
                <li class="eh-service-navigation__item">
                    <a
                        class="eh-service-navigation__link"
                        href=crate::url::safe_href(&item.href)
                        aria-current=item.current.then_some("page")
                    >
                        {item.text}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="eh-service-navigation" aria-label=label>
            <ul class="eh-service-navigation__list">{links}</ul>
        </nav>
    }
    .into_any()
}

/// [`sheet`] under its class `eh-service-navigation`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-service-navigation", sheet };

/// The service navigation's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        margin-bottom: var(--eh-space-5);
        .eh-service-navigation__list {
            list-style: none;
            margin: 0;
            padding: 0;
            max-width: none;
            display: flex;
            flex-wrap: wrap;
            gap: 0 var(--eh-space-5);
        }
        .eh-service-navigation__link {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-2) 0;
            border-bottom: var(--eh-border-width-l) solid transparent;
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-service-navigation__link[aria-current="page"] {
            color: var(--eh-color-text);
            border-bottom-color: var(--eh-color-primary);
            text-decoration: none;
        }
        /* The current item's text is black already, so only the yellow (1.6:1 on white) and the
           bar below would change: a ring around it makes focus as clear as on the other items. */
        .eh-service-navigation__link[aria-current="page"]:focus-visible {
            color: var(--eh-color-focus-text);
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
        }
        "#
    )
}

/// The service navigation's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Standaard",
    description: "De pagina waar de gebruiker is, heeft aria-current=\"page\" en een dikke lijn eronder.",
    view: view! {
        <ServiceNavigation items=vec![
            NavItem::new("Overzicht", "#overzicht"),
            NavItem::current("Mijn aanvragen", "#aanvragen"),
            NavItem::new("Berichten", "#berichten"),
            NavItem::new("Mijn gegevens", "#gegevens"),
        ] />
    }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "service-navigation",
    title: "Dienstnavigatie",
    title_en: "Service navigation",
    family: crate::examples::Family::Page,
    summary: "De belangrijkste onderdelen van een dienst, met de huidige pagina gemarkeerd.",
    summary_en: "The main parts of a service, with the current page marked.",
    components: &["ServiceNavigation"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
