//! The patterns page, `/patronen`: the whole pages every service has (start page, question page,
//! task list, check answers, confirmation, status, contact), built only from Eenheid components.
//! Each pattern is a registry entry of `Family::Pattern`, so it also has a component page with
//! its props and examples, and every example is snapshotted and audited like any other.

use eenheid::catalogue::registry;
use eenheid::examples::Family;
use crate::routes::example_path as path;
use eenheid::i18n::Text;
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use crate::pages::{Visit, component_path, localized_page};

/// The page's address.
pub const PATH: &str = crate::routes::PATTERNS;

/// The page title, also the text of the footer link.
pub const TITLE: Text = crate::routes::PATTERNS_TITLE;
const INTRO: Text = Text {
    nl: "Een patroon is een hele pagina die in elke dienst terugkomt, gemaakt van de componenten van Eenheid. Gebruik ze zoals ze zijn: dan herkent iemand die één dienst van de overheid kent, ook de volgende.",
    en: "A pattern is a whole page that comes back in every service, made from the Eenheid components. Use them as they are: then someone who knows one government service also recognises the next.",
};
const FRAME: Text = Text {
    nl: "Wat op elke pagina van een dienst hetzelfde is (de organisatie, de naam van de dienst, de taal, het stijlblad en de hulp), geeft u één keer op in een ServiceFrame. Elk patroon krijgt dat frame mee.",
    en: "What is the same on every page of a service (the organisation, the name of the service, the language, the stylesheet and the help) you set once in a ServiceFrame. Every pattern gets that frame.",
};
const ORDER: Text = Text {
    nl: "In een dienst komen ze meestal in deze volgorde: startpagina, vragen (of een takenlijst), controleren, bevestiging, en daarna de status. De contactpagina hoort bij elke dienst.",
    en: "In a service they usually come in this order: start page, questions (or a task list), check answers, confirmation, and then the status. Every service has a contact page.",
};
const EXAMPLES: Text = Text { nl: "Voorbeelden:", en: "Examples:" };
const DETAILS: Text = Text { nl: "Eigenschappen en code", en: "Properties and code" };

/// The patterns page in the visitor's language.
pub fn page(options: LeptosOptions, visit: &Visit) -> impl IntoView + use<> {
    let lang = visit.lang;
    let items = registry()
        .iter()
        .filter(|entry| entry.family == Family::Pattern)
        .map(|entry| {
            let title = lang.pick(entry.title, entry.title_en);
            let examples = entry
                .examples
                .iter()
                .map(|example| view! { <li><a href=path(entry.slug, example.name)>{example.title}</a></li> })
                .collect_view();
            view! {
                <li class="showcase-list__item">
                    <h2 class="showcase-list__link">{title}</h2>
                    <p class="showcase-list__summary">{lang.pick(entry.summary, entry.summary_en)}</p>
                    <p>{EXAMPLES.get(lang)}</p>
                    <ul>{examples}</ul>
                    <p><a href=component_path(entry.slug)>{format!("{}: {title}", DETAILS.get(lang))}</a></p>
                </li>
            }
        })
        .collect_view();
    let content = view! {
        <h1>{TITLE.get(lang)}</h1>
        <p class="showcase-lead">{INTRO.get(lang)}</p>
        <p>{FRAME.get(lang)}</p>
        <p>{ORDER.get(lang)}</p>
        <ul class="showcase-list">{items}</ul>
    };
    localized_page(options, visit, TITLE.get(lang).to_owned(), content)
}
