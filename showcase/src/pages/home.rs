//! The home page: every component by family, and a search that works without JavaScript (a GET
//! form to `/?zoek=…`, answered by the server).

use eenheid::examples::{ComponentEntry, Family};
use eenheid::form::button::Button;
use eenheid::form::text_input::TextInput;
use eenheid::i18n::Lang;
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use super::{ShowcasePage, Visit, component_path};
use crate::{search, texts};

/// The query parameter of the search.
pub const QUERY_PARAM: &str = "zoek";

/// The families in the order the registry first names them.
fn families() -> Vec<Family> {
    let mut families = Vec::new();
    for entry in eenheid::catalogue::registry() {
        if !families.contains(&entry.family) {
            families.push(entry.family);
        }
    }
    families
}

fn family_title(family: Family, lang: Lang) -> &'static str {
    lang.pick(family.title(), family.title_en())
}

/// The home page, listing the components that match `query` (all of them without one).
pub fn index(options: LeptosOptions, visit: &Visit, query: Option<String>) -> impl IntoView + use<> {
    let lang = visit.lang;
    let query = search::clean_query(query.as_deref());
    let entries: Vec<&'static ComponentEntry> = match &query {
        Some(query) => search::search(query),
        None => eenheid::catalogue::registry().iter().collect(),
    };
    let title = match &query {
        Some(query) => texts::found(lang, entries.len(), query),
        None => texts::ALL_COMPONENTS.get(lang).to_owned(),
    };
    let result_line = query.as_ref().map(|query| {
        view! { <p class="showcase-count" id="resultaten">{texts::found(lang, entries.len(), query)}</p> }
    });
    let empty = (query.is_some() && entries.is_empty()).then(|| {
        view! {
            <p>{texts::SEARCH_EMPTY_HELP.get(lang)}</p>
            <p><a href="/">{texts::SHOW_ALL.get(lang)}</a></p>
        }
    });
    let show_all = (query.is_some() && !entries.is_empty()).then(|| view! { <p><a href="/">{texts::SHOW_ALL.get(lang)}</a></p> });
    let sections = families()
        .into_iter()
        .filter_map(|family| {
            let members: Vec<_> = entries.iter().copied().filter(|entry| entry.family == family).collect();
            (!members.is_empty()).then(|| family_section(family, members, lang))
        })
        .collect_view();
    view! {
        <ShowcasePage options=options title=title lang=lang switch_path=Some(visit.path.clone())>
            <h1>{texts::HOME_HEADING.get(lang)}</h1>
            <p class="showcase-lead">{texts::HOME_INTRO.get(lang)}</p>
            <p><a href=crate::routes::JOURNEY>{texts::SEE_EXAMPLE_SERVICE.get(lang)}</a></p>
            <form class="showcase-search" method="get" action="/" role="search" aria-label=texts::SEARCH_REGION.get(lang)>
                <TextInput
                    id=QUERY_PARAM
                    label=texts::SEARCH_LABEL.get(lang)
                    hint=texts::SEARCH_HINT.get(lang)
                    value=query.clone().unwrap_or_default()
                    autocomplete="off"
                    spellcheck=false
                />
                <Button>{texts::SEARCH_BUTTON.get(lang)}</Button>
            </form>
            {result_line}
            {empty}
            {sections}
            {show_all}
        </ShowcasePage>
    }
}

fn family_section(family: Family, members: Vec<&'static ComponentEntry>, lang: Lang) -> impl IntoView {
    let heading_id = format!("familie-{}", family_title(family, Lang::En).to_lowercase().replace(' ', "-"));
    let labelled_by = heading_id.clone();
    view! {
        <section class="showcase-family" aria-labelledby=labelled_by>
            <h2 id=heading_id>{family_title(family, lang)}</h2>
            <ul class="showcase-list">
                {members
                    .into_iter()
                    .map(|entry| {
                        view! {
                            <li class="showcase-list__item">
                                <a class="showcase-list__link" href=component_path(entry.slug)>
                                    {lang.pick(entry.title, entry.title_en)}
                                </a>
                                <p class="showcase-list__summary">{lang.pick(entry.summary, entry.summary_en)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
