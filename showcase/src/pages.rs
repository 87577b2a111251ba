//! The showcase's pages, built from Eenheid components like any agency's service would be.

use eenheid::examples::{ComponentEntry, Example, Family, path, registry};
use eenheid::i18n::Lang;
use eenheid::page::footer::FooterLink;
use eenheid::page::page_template::{HelpSetting, PageTemplate};
use leptos::config::LeptosOptions;
use leptos::hydration::HydrationScripts;
use leptos::prelude::*;

/// The name in the header of every showcase page.
pub const AGENCY: &str = "Eenheid, het ontwerpsysteem van de overheid";
const SERVICE: &str = "Eenheid";

/// A showcase page in the page template, with the stylesheets and the islands script.
#[component]
fn ShowcasePage(options: LeptosOptions, #[prop(into)] title: String, children: Children) -> impl IntoView {
    let showcase_css = format!("/static/{}", crate::style::file_name());
    view! {
        <PageTemplate
            title=title
            agency=AGENCY
            lang=Lang::Nl
            service=SERVICE
            service_href="/"
            stylesheet_href=eenheid::style::stylesheet_href("/static")
            // The showcase is not a service: no "Hulp nodig?" block on its own pages.
            help=HelpSetting::Off
            footer_links=vec![
                FooterLink::new("Alle componenten", "/"),
                FooterLink::new("Voorbeeldformulier", crate::form_demo::PATH),
            ]
            head=Box::new(move || {
                view! {
                    <link rel="stylesheet" href=showcase_css />
                    <HydrationScripts options=options islands=true />
                }
                .into_any()
            })
        >
            {children()}
        </PageTemplate>
    }
}

/// The home page: every component by family, with its examples.
pub fn index(options: LeptosOptions) -> impl IntoView {
    let families = [Family::Page, Family::Form, Family::Progress, Family::Content];
    view! {
        <ShowcasePage options=options title="Alle componenten">
            <h1>"Eenheid: één overheid, één ontwerp"</h1>
            <p>
                "Toegankelijke onderdelen voor websites van de overheid. Elk onderdeel werkt zonder JavaScript, "
                "voldoet aan WCAG 2.2 AA en ziet er bij elke organisatie hetzelfde uit."
            </p>
            {families
                .into_iter()
                .map(|family| {
                    let entries: Vec<&'static ComponentEntry> =
                        registry().iter().filter(|entry| entry.family == family).collect();
                    view! {
                        <h2>{family.title()}</h2>
                        <ul>
                            {entries
                                .into_iter()
                                .map(|entry| {
                                    view! {
                                        <li>
                                            <a href=format!("/componenten/{}", entry.slug)>{entry.title}</a>
                                            " — "
                                            {entry.summary}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </ShowcasePage>
    }
}

/// A component's page: what it is for, and each example with a link to it and its code.
pub fn component(options: LeptosOptions, entry: &'static ComponentEntry) -> impl IntoView {
    view! {
        <ShowcasePage options=options title=entry.title>
            <p class="showcase-meta">{entry.family.title()}</p>
            <h1>{entry.title}</h1>
            <p>{entry.summary}</p>
            <h2>"Voorbeelden"</h2>
            {entry
                .examples
                .iter()
                .map(|example| {
                    view! {
                        <h3>
                            <a href=path(entry.slug, example.name)>{example.title}</a>
                        </h3>
                        <p>{example.description}</p>
                        <Code example=example />
                    }
                })
                .collect_view()}
        </ShowcasePage>
    }
}

/// One example on its own page (the page the audit opens). Full-page examples are served as they
/// are, fragments inside a showcase page.
pub fn example(options: LeptosOptions, entry: &'static ComponentEntry, example: &'static Example) -> AnyView {
    if example.layout == eenheid::examples::ExampleLayout::FullPage {
        return (example.render)();
    }
    view! {
        <ShowcasePage options=options title=format!("{}: {}", entry.title, example.title)>
            <p class="showcase-meta">
                <a href=format!("/componenten/{}", entry.slug)>{entry.title}</a>
            </p>
            <h1>{example.title}</h1>
            <p>{example.description}</p>
            <div class="showcase-example" data-example=format!("{}/{}", entry.slug, example.name)>
                {(example.render)()}
            </div>
            <h2>"Code"</h2>
            <Code example=example />
        </ShowcasePage>
    }
    .into_any()
}

/// The example's Leptos code, as declared in the registry.
#[component]
fn Code(example: &'static Example) -> impl IntoView {
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence the tabindex.
    view! {
        <pre class="showcase-code" tabindex="0">
            <code>{example.code}</code>
        </pre>
    }
}

/// Any showcase page: `content` in the page template with the showcase's head.
pub fn page(options: LeptosOptions, title: String, content: impl IntoView + 'static) -> impl IntoView {
    view! { <ShowcasePage options=options title=title>{content}</ShowcasePage> }
}

/// The page for an address that does not exist.
pub fn not_found(options: LeptosOptions) -> impl IntoView {
    view! {
        <ShowcasePage options=options title="Pagina niet gevonden">
            <h1>"Pagina niet gevonden"</h1>
            <p>"Klopt het adres? Controleer of u het goed hebt getypt."</p>
            <p>
                <a href="/">"Naar alle componenten"</a>
            </p>
        </ShowcasePage>
    }
}
