//! Breadcrumbs: where this page sits in the website, as links to the pages above it (WCAG 2.4.8
//! Location). The last crumb is the page itself, marked `aria-current="page"`.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{BREADCRUMBS, use_lang};
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// One crumb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    /// The page's short name.
    pub text: String,
    /// Its address; ignored for the last crumb (the current page).
    pub href: Option<String>,
}

impl Crumb {
    /// A crumb that links to `href`.
    pub fn new(text: impl Into<String>, href: impl Into<String>) -> Self {
        Crumb { text: text.into(), href: Some(href.into()) }
    }

    /// The current page: plain text, no link.
    pub fn current(text: impl Into<String>) -> Self {
        Crumb { text: text.into(), href: None }
    }
}

/// The breadcrumbs: a `<nav aria-label="Kruimelpad">` with an ordered list; every crumb but the
/// last is a link, the last is the current page (`aria-current="page"`). With no crumbs it
/// renders nothing.
///
/// ```
/// use eenheid::page::breadcrumbs::{Breadcrumbs, Crumb};
/// use leptos::prelude::*;
/// let html = view! {
///     <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::current("Verhuizen")] />
/// }.to_html();
/// assert!(html.contains(r#"<nav aria-label="Kruimelpad""#));
/// assert!(html.contains(r#"<span aria-current="page""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Op websites met meerdere niveaus, zodat mensen zien waar ze zijn en een niveau omhoog kunnen.
///
/// # Wanneer niet gebruiken
///
/// - Niet in een formulier of stappenplan: gebruik daar een terug-link.
/// - Niet op een website met maar één niveau.
///
/// # Toegankelijkheid
///
/// Het kruimelpad is een `nav` met een eigen naam en een geordende lijst. De huidige pagina heeft
/// `aria-current="page"`. Zorg dat de linkteksten dezelfde zijn als de koppen van de pagina's.
///
/// # When to use
///
/// - On websites with several levels, so people see where they are and can go one level up.
///
/// # When not to use
///
/// - Not in a form or step-by-step journey: use a back link there.
/// - Not on a website with only one level.
///
/// # Accessibility
///
/// The breadcrumbs are a `nav` with its own name and an ordered list. The current page has
/// `aria-current="page"`. Make sure the link texts match the headings of the pages.
#[component]
pub fn Breadcrumbs(
    /// The crumbs, from the home page down to the current page.
    crumbs: Vec<Crumb>,
) -> impl IntoView {
    let lang = use_lang();
    if crumbs.is_empty() {
        // Nothing to show: the same empty marker as before (`Either` below keeps the rest of the
        // view typed, so its attribute strings are not copied into `Arc<str>`s on every render).
        return Either::Left(().into_any());
    }
    let last = crumbs.len() - 1;
    let items = crumbs
        .into_iter()
        .enumerate()
        .map(|(index, crumb)| {
            let inner = match crumb.href.filter(|_| index != last) {
                Some(href) => Either::Left(view! { <a href=crate::url::safe_href_owned(href) {..fixed_class("eh-breadcrumbs__link")}>{crumb.text}</a> }),
                None => Either::Right(view! {
                    <span aria-current=(index == last).then_some("page") {..fixed_class("eh-breadcrumbs__current")}>{crumb.text}</span>
                }),
            };
            view! { <li {..fixed_class("eh-breadcrumbs__item")}>{inner}</li> }
        })
        .collect_view();
    Either::Right(view! {
        <nav aria-label=BREADCRUMBS.get(lang) {..fixed_class("eh-breadcrumbs")}>
            <ol {..fixed_class("eh-breadcrumbs__list")}>{items}</ol>
        </nav>
    })
}

/// [`sheet`] under its class `eh-breadcrumbs`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-breadcrumbs", sheet };

/// The breadcrumbs' sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-top: var(--eh-space-4);
        margin-bottom: var(--eh-space-4);
        font-size: var(--eh-font-size-s);
        .eh-breadcrumbs__list {
            list-style: none;
            margin: 0;
            padding: 0;
            max-width: none;
            display: flex;
            flex-wrap: wrap;
            align-items: center;
        }
        .eh-breadcrumbs__item {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
        }
        /* A chevron between crumbs: decoration only, so it is not read out. */
        .eh-breadcrumbs__item + .eh-breadcrumbs__item::before {
            content: "";
            display: inline-block;
            width: .45em;
            height: .45em;
            margin: 0 var(--eh-space-3) 0 var(--eh-space-2);
            border-top: var(--eh-border-width-s) solid var(--eh-color-text-secondary);
            border-right: var(--eh-border-width-s) solid var(--eh-color-text-secondary);
            transform: rotate(45deg);
        }
        /* The whole height of the row is the link's target: the design's touch target. */
        .eh-breadcrumbs__link {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-2) 0;
        }
        .eh-breadcrumbs__current {
            padding: var(--eh-space-2) 0;
        }
        "#
    )
}

/// The breadcrumbs' examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Drie niveaus boven de huidige pagina. De laatste kruimel is de pagina zelf: geen link.",
        view: view! {
            <Breadcrumbs crumbs=vec![
                Crumb::new("Home", "/"),
                Crumb::new("Wonen", "#wonen"),
                Crumb::new("Verhuizen", "#verhuizen"),
                Crumb::current("Verhuizing doorgeven"),
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
    slug: "breadcrumbs",
    title: "Kruimelpad",
    title_en: "Breadcrumbs",
    family: crate::examples::Family::Page,
    summary: "Waar deze pagina staat in de website, met links naar de pagina's erboven.",
    summary_en: "Where this page is in the website, with links to the pages above it.",
    components: &["Breadcrumbs"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
