//! The page for an address that does not exist, in the visitor's language.

use eenheid::i18n::Lang;
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use super::{ShowcasePage, Visit};
use crate::texts;

/// The 404 page in Dutch (for callers that do not know the visitor).
pub fn not_found(options: LeptosOptions) -> impl IntoView {
    view! { <NotFound options=options lang=Lang::Nl switch_path=None /> }
}

/// The 404 page in the visitor's language, with the language switch.
pub fn not_found_in(options: LeptosOptions, visit: &Visit) -> impl IntoView + use<> {
    view! { <NotFound options=options lang=visit.lang switch_path=Some(visit.path.clone()) /> }
}

#[component]
fn NotFound(options: LeptosOptions, lang: Lang, switch_path: Option<String>) -> impl IntoView {
    view! {
        <ShowcasePage options=options title=texts::NOT_FOUND_TITLE.get(lang) lang=lang switch_path=switch_path>
            <h1>{texts::NOT_FOUND_TITLE.get(lang)}</h1>
            <p>{texts::NOT_FOUND_TEXT.get(lang)}</p>
            <p><a href="/">{texts::SHOW_ALL.get(lang)}</a></p>
        </ShowcasePage>
    }
}
