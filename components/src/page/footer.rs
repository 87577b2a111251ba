//! The footer: links about the website and the organisation behind it.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::i18n::{FOOTER_LINKS, use_lang};
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// One footer link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterLink {
    /// The visible text.
    pub text: String,
    /// Where it goes.
    pub href: String,
}

impl FooterLink {
    /// A link with `text` to `href`.
    pub fn new(text: impl Into<String>, href: impl Into<String>) -> Self {
        FooterLink { text: text.into(), href: href.into() }
    }
}

/// The page footer: the agency's name and a list of links (privacy, accessibility statement,
/// contact).
///
/// ```
/// use eenheid::page::footer::{Footer, FooterLink};
/// use leptos::prelude::*;
/// let html = view! { <Footer agency="Gemeente Utrecht" links=vec![FooterLink::new("Privacy", "/privacy")] /> }.to_html();
/// assert!(html.contains(r#"href="/privacy""#));
/// ```
#[component]
pub fn Footer(
    /// The organisation behind the page.
    #[prop(into)]
    agency: String,
    /// Links about the website (privacy, cookies, accessibility statement, contact).
    #[prop(optional)]
    links: Vec<FooterLink>,
) -> impl IntoView {
    let lang = use_lang();
    let list = (!links.is_empty()).then(|| {
        view! {
            <nav aria-label=FOOTER_LINKS.get(lang)>
                <ul {..fixed_class("eh-footer__links")}>
                    {links
                        .into_iter()
                        .map(|link| view! { <li><a href=crate::url::safe_href_owned(link.href) {..fixed_class("eh-footer__link")}>{link.text}</a></li> })
                        .collect_view()}
                </ul>
            </nav>
        }
    });
    view! {
        <footer {..fixed_class("eh-footer")}>
            <div {..fixed_class("eh-width-container")}>
                {list}
                <p {..fixed_class("eh-footer__agency")}>{agency}</p>
            </div>
        </footer>
    }
}

/// [`sheet`] under its class `eh-footer`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-footer", sheet };

/// The footer's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        flex-shrink: 0;
        background-color: var(--eh-color-surface);
        border-top: var(--eh-border-width-xl) solid var(--eh-color-primary);
        padding-top: var(--eh-space-6);
        padding-bottom: var(--eh-space-6);
        font-size: var(--eh-font-size-s);
        .eh-footer__links {
            list-style: none;
            padding: 0;
            margin: 0 0 var(--eh-space-5) 0;
            display: flex;
            flex-wrap: wrap;
            gap: var(--eh-space-3) var(--eh-space-6);
        }
        .eh-footer__agency {
            margin: 0;
            font-weight: var(--eh-font-weight-bold);
        }
        "#
    )
}
