//! The showcase's pages, built from Eenheid components like any agency's service would be. Every
//! page renders in the visitor's language ([`Visit`]) and carries the language switch.

mod component;
mod home;
mod not_found;

pub use component::{component, example};
pub use home::{QUERY_PARAM, index};
pub use not_found::{not_found, not_found_in};

use eenheid::i18n::Lang;
use eenheid::page::footer::FooterLink;
use eenheid::page::language_switch::LanguageSwitch;
use eenheid::page::page_template::{HelpSetting, PageTemplate};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use crate::texts;

/// The name in the header of every showcase page (in Dutch; [`texts::AGENCY`] has both).
pub const AGENCY: &str = crate::routes::SITE_AGENCY;
const SERVICE: &str = "Eenheid";

/// Who is looking at which page: the language to render in, and the path (with its query) the
/// language switch returns to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    /// The visitor's language (see [`crate::lang::SiteLang`]).
    pub lang: Lang,
    /// This page's local path and query, e.g. `/?zoek=datum`.
    pub path: String,
}

impl Visit {
    /// A visit in `lang` to `path`.
    pub fn new(lang: Lang, path: impl Into<String>) -> Self {
        Visit { lang, path: path.into() }
    }
}

/// A showcase page in the page template, with the stylesheets and, when the
/// page knows its own path, the language switch in the header.
#[component]
fn ShowcasePage(
    // Unused since the pages carry no Leptos islands script; still passed by every page.
    #[allow(unused_variables)] options: LeptosOptions,
    #[prop(into)] title: String,
    #[prop(optional)] lang: Lang,
    #[prop(optional_no_strip)] switch_path: Option<String>,
    children: Children,
) -> impl IntoView {
    let showcase_css = format!("/static/{}", crate::style::file_name());
    let display_link = crate::scheme::link(switch_path.as_deref().unwrap_or("/"));
    let switch = switch_path.map(|path| crate::lang::switch_options(&path));
    view! {
        <PageTemplate
            title=title
            agency=texts::AGENCY.get(lang)
            lang=lang
            service=SERVICE
            service_href="/"
            stylesheet_href=eenheid::style::stylesheet_href("/static")
            // The showcase is not a service: no "Hulp nodig?" block on its own pages.
            help=HelpSetting::Off
            footer_links=vec![
                FooterLink::new(texts::ALL_COMPONENTS.get(lang), "/"),
                FooterLink::new(texts::FORM_DEMO.get(lang), crate::form_demo::PATH),
                FooterLink::new(texts::PATTERNS_TITLE.get(lang), crate::routes::PATTERNS),
                FooterLink::new(texts::tokens::TOKENS_TITLE.get(lang), crate::routes::TOKENS),
                FooterLink::new(texts::EXAMPLE_SERVICE.get(lang), crate::routes::JOURNEY),
                FooterLink::new(texts::DISPLAY_TITLE.get(lang), display_link),
            ]
            header_actions=move || switch.map(|options| view! { <LanguageSwitch options=options /> })
            head=Box::new(move || {
                view! {
                    <link rel="stylesheet" href=showcase_css />
                }
                .into_any()
            })
        >
            {children()}
        </PageTemplate>
    }
}

/// Any showcase page in Dutch: `content` in the page template with the showcase's head.
pub fn page(options: LeptosOptions, title: String, content: impl IntoView + 'static) -> impl IntoView {
    view! { <ShowcasePage options=options title=title>{content}</ShowcasePage> }
}

/// Any showcase page in the visitor's language, with the language switch back to `visit.path`.
pub fn localized_page<C: IntoView + 'static>(options: LeptosOptions, visit: &Visit, title: String, content: C) -> impl IntoView + use<C> {
    view! {
        <ShowcasePage options=options title=title lang=visit.lang switch_path=Some(visit.path.clone())>
            {content}
        </ShowcasePage>
    }
}

/// A component's page address: `/componenten/<slug>`.
pub fn component_path(slug: &str) -> String {
    format!("/componenten/{slug}")
}
