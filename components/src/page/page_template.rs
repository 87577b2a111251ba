//! The page template: a complete HTML document with language, skip link, header, `<main>` and
//! footer. Every service page is rendered in it, so every page has the same landmarks in the same
//! order (WCAG 1.3.1, 2.4.1, 3.1.1, 3.2.3).

use leptos::prelude::*;

use crate::i18n::{Lang, provide_lang};
use crate::page::footer::{Footer, FooterLink};
use crate::page::header::Header;
use crate::page::skip_link::SkipLink;

/// The id of `<main>`: the skip link's target.
pub const MAIN_ID: &str = "inhoud";

/// A complete page: `<!DOCTYPE html>`, `<html lang>`, the stylesheet, skip link, header with the
/// agency name, `<main id="inhoud">` with the children, and the footer.
///
/// The page works without JavaScript; scripts for islands go in `head`.
///
/// ```
/// use eenheid::i18n::Lang;
/// use eenheid::page::page_template::PageTemplate;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <PageTemplate title="Start" agency="Gemeente Utrecht" lang=Lang::En stylesheet_href="/static/eenheid.css">
///         <h1>"Report a move"</h1>
///     </PageTemplate>
/// });
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains(r#"<html lang="en""#));
/// assert!(html.contains(r#"<main id="inhoud""#));
/// assert!(html.contains("Skip to main content"));
/// ```
#[component]
pub fn PageTemplate(
    /// What this page is about; the document title becomes "title – service – agency".
    #[prop(into)]
    title: String,
    /// The organisation behind the page, written out in full.
    #[prop(into)]
    agency: String,
    /// The language of the page and of every built-in text on it.
    #[prop(optional)]
    lang: Lang,
    /// The URL of the Eenheid stylesheet (see `eenheid::style::stylesheet_href`).
    #[prop(into)]
    stylesheet_href: String,
    /// The service this page belongs to, shown in the header.
    #[prop(optional, into)]
    service: MaybeProp<String>,
    /// The start page of the service.
    #[prop(optional, into)]
    service_href: MaybeProp<String>,
    /// Links in the footer.
    #[prop(optional)]
    footer_links: Vec<FooterLink>,
    /// Extra elements for `<head>`, e.g. Leptos's `HydrationScripts` for islands.
    #[prop(optional)]
    head: Option<Children>,
    /// The content of `<main>`.
    children: Children,
) -> impl IntoView {
    provide_lang(lang);
    // "Question – Service – Agency", without saying the same name twice.
    let mut parts: Vec<String> = vec![title];
    for part in [service.get_untracked(), Some(agency.clone())].into_iter().flatten() {
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    let document_title = parts.join(" – ");
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() class="eh-template">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{document_title}</title>
                <link rel="stylesheet" href=stylesheet_href />
                {head.map(|head| head())}
            </head>
            <body>
                <SkipLink target=MAIN_ID />
                <Header agency=agency.clone() service=service service_href=service_href />
                <div class="eh-width-container">
                    <main id=MAIN_ID class="eh-main" tabindex="-1">
                        {children()}
                    </main>
                </div>
                <Footer agency=agency links=footer_links />
            </body>
        </html>
    }
}

/// Where the showcase serves the stylesheet; examples link it from there.
const SHOWCASE_STATIC: &str = "/static";

/// The page template's examples: whole documents, served as they are.
pub const EXAMPLES: &[crate::examples::Example] = &[
    crate::example! {
        @layout FullPage,
        name: "standaard",
        title: "Standaardpagina",
        description: "Een lege dienstpagina: skiplink, kop met de naam van de organisatie, hoofdinhoud en voet.",
        view: view! {
            <PageTemplate title="Verhuizing doorgeven" agency="Gemeente Utrecht" service="Verhuizing doorgeven"
                service_href="/" stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)
                footer_links=vec![FooterLink::new("Privacy", "#privacy"), FooterLink::new("Toegankelijkheid", "#toegankelijkheid")]>
                <h1>"Verhuizing doorgeven"</h1>
                <p>"Verhuist u binnen Utrecht of naar Utrecht? Geef uw nieuwe adres door. Dit kan tot 4 weken voor de verhuizing."</p>
            </PageTemplate>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "engels",
        title: "Engelse pagina",
        description: "Dezelfde pagina in het Engels: de taal van de pagina en alle vaste teksten wisselen mee.",
        view: view! {
            <PageTemplate title="Report a move" agency="Municipality of Utrecht" lang=crate::i18n::Lang::En
                stylesheet_href=crate::style::stylesheet_href(SHOWCASE_STATIC)>
                <h1>"Report a move"</h1>
                <p>"Moving within or to Utrecht? Tell us your new address, up to 4 weeks before you move."</p>
            </PageTemplate>
        }
    },
];
