//! The patterns page, `/patronen`: the whole pages every service has (start page, question page,
//! task list, check answers, confirmation, status, contact), built only from Eenheid components.
//! Each pattern is a registry entry of `Family::Pattern`, so it also has a component page with
//! its props and examples, and every example is snapshotted and audited like any other.

use eenheid::catalogue::registry;
use eenheid::examples::Family;
use crate::routes::example_path as path;
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use crate::pages::{Visit, component_path, localized_page};
use crate::texts;

/// The page's address.
pub const PATH: &str = crate::routes::PATTERNS;

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
                    <p>{texts::PATTERN_EXAMPLES.get(lang)}</p>
                    <ul>{examples}</ul>
                    <p><a href=component_path(entry.slug)>{format!("{}: {title}", texts::PATTERN_DETAILS.get(lang))}</a></p>
                </li>
            }
        })
        .collect_view();
    let content = view! {
        <h1>{texts::PATTERNS_TITLE.get(lang)}</h1>
        <p class="showcase-lead">{texts::PATTERNS_INTRO.get(lang)}</p>
        <p>{texts::PATTERNS_FRAME.get(lang)}</p>
        <p>{texts::PATTERNS_ORDER.get(lang)}</p>
        <ul class="showcase-list">{items}</ul>
    };
    localized_page(options, visit, texts::PATTERNS_TITLE.get(lang).to_owned(), content)
}
