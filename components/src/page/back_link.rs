//! The back link: back to the previous question, at the top of a question page. It is a real link
//! to a real page, so it works without JavaScript and does not depend on the browser history.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{BACK, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// A link back to the previous page; the text is "Terug" unless given.
///
/// ```
/// use eenheid::page::back_link::BackLink;
/// use leptos::prelude::*;
/// let html = view! { <BackLink href="/vraag-1" /> }.to_html();
/// assert!(html.contains(r#"href="/vraag-1""#));
/// assert!(html.contains(">Terug</a>"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Boven een vraag in een formulier, om naar de vorige vraag te gaan.
/// - Geef een echte URL, zodat de link zonder JavaScript werkt.
///
/// # Wanneer niet gebruiken
///
/// - Niet samen met een kruimelpad op dezelfde pagina.
/// - Niet op de eerste pagina van een dienst.
///
/// # Toegankelijkheid
///
/// Het is een gewone link met de tekst "Terug", die boven de hoofdinhoud staat. Kies het adres van
/// de vorige vraag, niet de geschiedenis van de browser: die kan mensen van de dienst af sturen.
///
/// # When to use
///
/// - Above a question in a form, to go to the previous question.
/// - Give a real URL, so the link works without JavaScript.
///
/// # When not to use
///
/// - Not together with breadcrumbs on the same page.
/// - Not on the first page of a service.
///
/// # Accessibility
///
/// It is a plain link with the text "Back", placed above the main content. Use the address of the
/// previous question, not the browser history: that can take people out of the service.
#[component]
pub fn BackLink(
    /// The previous page (not `javascript:history.back()`: that fails without JavaScript and
    /// after a reload).
    #[prop(into)]
    href: String,
    /// Another text than "Terug", e.g. "Terug naar het overzicht".
    #[prop(optional, into)]
    text: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let text = text.get_untracked().unwrap_or_else(|| BACK.get(lang).to_owned());
    view! { <a class="eh-back-link" href=crate::url::safe_href(&href)>{text}</a> }
}

/// [`sheet`] under its class `eh-back-link`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-back-link", sheet };

/// The back link's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: inline-flex;
        align-items: center;
        gap: var(--eh-space-2);
        min-height: var(--eh-size-touch-target);
        margin-bottom: var(--eh-space-4);
        font-size: var(--eh-font-size-s);
        &::before {
            content: "";
            display: inline-block;
            width: .45em;
            height: .45em;
            border-bottom: var(--eh-border-width-m) solid currentColor;
            border-left: var(--eh-border-width-m) solid currentColor;
            transform: rotate(45deg);
        }
        "#
    )
}

/// The back link's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Terug naar de vorige vraag.",
        view: view! { <BackLink href="#vorige-vraag" /> }
    },
    crate::example! {
        name: "eigen-tekst",
        title: "Met eigen tekst",
        description: "Zeg waar de link heen gaat als dat niet de vorige vraag is.",
        view: view! { <BackLink href="#overzicht" text="Terug naar het overzicht" /> }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "back-link",
    title: "Terug-link",
    title_en: "Back link",
    family: crate::examples::Family::Page,
    summary: "Een link terug naar de vorige vraag, die ook zonder JavaScript werkt.",
    summary_en: "A link back to the previous question that also works without JavaScript.",
    components: &["BackLink"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
