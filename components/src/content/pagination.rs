//! Pagination: move between pages of search results or a long list. Plain links, so it works
//! without JavaScript; the current page is marked with `aria-current="page"`.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::icon::{Icon, IconName};
use crate::examples::Example;
use crate::i18n::{PAGINATION, PAGINATION_NEXT, PAGINATION_PREVIOUS, page_number, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// One item of the list of page numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageItem {
    /// A link to this page (1-based).
    Page(usize),
    /// Pages left out ("…").
    Ellipsis,
}

/// Which page numbers to show, deterministically: always the first and last page, the current
/// page and one page either side; a gap of one page shows that page, a longer gap an ellipsis.
///
/// ```
/// use eenheid::content::pagination::{PageItem::{Ellipsis, Page}, page_items};
/// assert_eq!(page_items(1, 3), vec![Page(1), Page(2), Page(3)]);
/// assert_eq!(page_items(5, 10), vec![Page(1), Ellipsis, Page(4), Page(5), Page(6), Ellipsis, Page(10)]);
/// assert_eq!(page_items(3, 10), vec![Page(1), Page(2), Page(3), Page(4), Ellipsis, Page(10)]);
/// ```
pub fn page_items(current: usize, total: usize) -> Vec<PageItem> {
    if total == 0 {
        return Vec::new();
    }
    let current = current.clamp(1, total);
    let mut shown: Vec<usize> = vec![1, current.saturating_sub(1).max(1), current, (current + 1).min(total), total];
    shown.sort_unstable();
    shown.dedup();
    let mut items = Vec::new();
    let mut previous = 0;
    for page in shown {
        match page - previous {
            1 => {}
            2 => items.push(PageItem::Page(previous + 1)),
            _ => items.push(PageItem::Ellipsis),
        }
        items.push(PageItem::Page(page));
        previous = page;
    }
    items
}

/// The pagination navigation.
///
/// Without a previous page there is no "Vorige" link, and without a next page no "Volgende".
/// Renders nothing when there is only one page.
///
/// # Panics
/// In debug builds, when `current` is outside `1..=total`, or `href_template` has no `{page}`.
///
/// ```
/// use eenheid::content::pagination::Pagination;
/// use leptos::prelude::*;
/// let html = view! { <Pagination current=2 total=3 href_template="/zoeken?pagina={page}" /> }.to_html();
/// assert!(html.contains(r#"<nav aria-label="Paginering" class="eh-pagination">"#));
/// assert!(html.contains(r#"href="/zoeken?pagina=2" aria-label="Pagina 2" aria-current="page""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als een lijst met resultaten over meer pagina's verdeeld is.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor de stappen van een formulier.
/// - Niet als alles op één pagina past.
///
/// # Toegankelijkheid
///
/// De paginering is een `nav` met een naam. De huidige pagina heeft `aria-current="page"` en
/// "Vorige" en "Volgende" zijn gewone links met tekst. Zet het paginanummer ook in de titel van de
/// pagina.
///
/// # When to use
///
/// - When a list of results is spread over several pages.
///
/// # When not to use
///
/// - Not for the steps of a form.
/// - Not when everything fits on one page.
///
/// # Accessibility
///
/// The pagination is a `nav` with a name. The current page has `aria-current="page"`, and
/// "Previous" and "Next" are plain links with text. Put the page number in the page title too.
#[component]
pub fn Pagination(
    /// The page shown now, counted from 1.
    current: usize,
    /// The number of pages.
    total: usize,
    /// The address of a page, with `{page}` where the number goes ("/zoeken?q=paspoort&pagina={page}").
    #[prop(into)]
    href_template: String,
    /// The navigation's accessible name; the built-in "Paginering" / "Pagination" when not given.
    /// Give each pagination its own name when a page has two.
    #[prop(optional, into)]
    label: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(
        (1..=total).contains(&current),
        "Eenheid Pagination {href_template:?}: current page {current} is outside 1..={total}"
    );
    debug_assert!(href_template.contains("{page}"), "Eenheid Pagination {href_template:?}: the address has no {{page}}");
    if total < 2 {
        return ().into_any();
    }
    let current = current.clamp(1, total);
    let href = move |page: usize| crate::url::safe_href(&href_template.replace("{page}", &page.to_string()));
    let label = label.get_untracked().unwrap_or_else(|| PAGINATION.get(lang).to_owned());
    let previous = (current > 1).then(|| {
        view! {
            <a class="eh-pagination__prev" href=href(current - 1) rel="prev">
                <Icon name=IconName::ArrowLeft />
                {PAGINATION_PREVIOUS.get(lang)}
            </a>
        }
    });
    let next = (current < total).then(|| {
        view! {
            <a class="eh-pagination__next" href=href(current + 1) rel="next">
                {PAGINATION_NEXT.get(lang)}
                <Icon name=IconName::ArrowRight />
            </a>
        }
    });
    let items = page_items(current, total)
        .into_iter()
        .map(|item| match item {
            PageItem::Ellipsis => view! { <li class="eh-pagination__item eh-pagination__item--ellipsis">"…"</li> }.into_any(),
            PageItem::Page(page) => {
                let is_current = page == current;
                view! {
                    <li class=if is_current { "eh-pagination__item eh-pagination__item--current" } else { "eh-pagination__item" }>
                        <a class="eh-pagination__link" href=href(page) aria-label=page_number(lang, page)
                            aria-current=is_current.then_some("page")>
                            {page.to_string()}
                        </a>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="eh-pagination" aria-label=label>
            {previous}
            <ul class="eh-pagination__list">{items}</ul>
            {next}
        </nav>
    }
    .into_any()
}

/// [`sheet`] under its class `eh-pagination`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-pagination", sheet };

/// The pagination's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--eh-space-2) var(--eh-space-4);
        margin-bottom: var(--eh-space-6);
        .eh-pagination__list {
            display: flex;
            flex-wrap: wrap;
            gap: var(--eh-space-1);
            margin: 0;
            padding: 0;
            list-style: none;
        }
        .eh-pagination__item {
            display: flex;
            align-items: center;
            justify-content: center;
            min-width: var(--eh-size-touch-target);
            min-height: var(--eh-size-touch-target);
        }
        .eh-pagination__link,
        .eh-pagination__prev,
        .eh-pagination__next {
            display: inline-flex;
            align-items: center;
            justify-content: center;
            gap: var(--eh-space-2);
            min-width: var(--eh-size-touch-target);
            min-height: var(--eh-size-touch-target);
            padding: 0 var(--eh-space-2);
        }
        .eh-pagination__prev,
        .eh-pagination__next {
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-pagination__item--current .eh-pagination__link {
            font-weight: var(--eh-font-weight-bold);
            color: var(--eh-color-button-primary-text);
            background-color: var(--eh-color-button-primary-background);
            text-decoration: none;
            outline: var(--eh-border-width-s) solid transparent;
        }
        .eh-pagination__item--current .eh-pagination__link:focus-visible {
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
        }
        .eh-pagination__item--ellipsis {
            color: var(--eh-color-text-secondary);
            font-weight: var(--eh-font-weight-bold);
        }
        "#
    )
}

/// The pagination's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Midden in een lange reeks",
        description: "Pagina 5 van 10: de eerste en laatste pagina, de pagina's ernaast en puntjes voor de rest.",
        view: view! { <Pagination current=5 total=10 href_template="/zoeken?pagina={page}" /> }
    },
    crate::example! {
        name: "eerste-pagina",
        title: "Eerste pagina",
        description: "Op de eerste pagina is er geen link naar de vorige.",
        view: view! { <Pagination current=1 total=10 href_template="/zoeken?pagina={page}" /> }
    },
    crate::example! {
        name: "laatste-pagina",
        title: "Laatste pagina",
        description: "Op de laatste pagina is er geen link naar de volgende.",
        view: view! { <Pagination current=10 total=10 href_template="/zoeken?pagina={page}" /> }
    },
    crate::example! {
        name: "weinig-paginas",
        title: "Weinig pagina's",
        description: "Drie pagina's: alle nummers, zonder puntjes.",
        view: view! { <Pagination current=2 total=3 href_template="/zoeken?pagina={page}" /> }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_deterministic_and_complete_at_the_edges() {
        use PageItem::{Ellipsis, Page};
        assert_eq!(page_items(1, 1), vec![Page(1)]);
        assert_eq!(page_items(1, 10), vec![Page(1), Page(2), Ellipsis, Page(10)]);
        assert_eq!(page_items(10, 10), vec![Page(1), Ellipsis, Page(9), Page(10)]);
        // A gap of one page shows that page, never "…" in place of a single number.
        assert_eq!(page_items(4, 7), vec![Page(1), Page(2), Page(3), Page(4), Page(5), Page(6), Page(7)]);
        assert_eq!(page_items(0, 0), vec![]);
        for total in 1..40 {
            for current in 1..=total {
                let items = page_items(current, total);
                assert_eq!(items.first(), Some(&Page(1)));
                assert_eq!(items.last(), Some(&Page(total)));
                assert!(items.contains(&Page(current)));
                assert!(items.len() <= 7, "{current}/{total}: {items:?}");
            }
        }
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "current page 12 is outside 1..=10")]
    fn current_out_of_range_is_caught() {
        let _ = view! { <Pagination current=12 total=10 href_template="/z?p={page}" /> }.to_html();
    }
}

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "pagination",
    title: "Paginering",
    title_en: "Pagination",
    family: crate::examples::Family::Content,
    summary: "Naar de vorige, volgende of een andere pagina met resultaten.",
    summary_en: "To the previous, next or another page of results.",
    components: &["Pagination"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
