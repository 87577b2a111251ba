//! Content: the parts that show information on a page — summary list ("check your answers"),
//! confirmation panel, tags, warning and inset text, details, tables, pagination, accordion,
//! tabs, and the icon set the components draw their marks with.

pub mod accordion;
pub mod details;
pub mod icon;
pub mod inset_text;
pub mod pagination;
pub mod panel;
pub mod summary_list;
pub mod table;
pub mod tabs;
pub mod tag;
pub mod warning_text;

use leptos::prelude::*;

/// The level of a heading a content component renders: pick the one that fits the page's outline
/// (WCAG 1.3.1), so headings never skip a level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HeadingLevel {
    /// `<h1>`: the page's own heading (e.g. the confirmation panel on a confirmation page).
    H1,
    /// `<h2>`.
    #[default]
    H2,
    /// `<h3>`.
    H3,
    /// `<h4>`.
    H4,
}

/// A heading of the given level (used by the content components).
#[component]
pub fn Heading(
    /// Which `<h1>`–`<h4>`.
    level: HeadingLevel,
    /// The heading's class.
    #[prop(into)]
    class: String,
    /// An optional id (e.g. for `aria-labelledby`).
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// The heading text.
    children: Children,
) -> impl IntoView {
    let id = id.get_untracked();
    match level {
        HeadingLevel::H1 => view! { <h1 class=class id=id>{children()}</h1> }.into_any(),
        HeadingLevel::H2 => view! { <h2 class=class id=id>{children()}</h2> }.into_any(),
        HeadingLevel::H3 => view! { <h3 class=class id=id>{children()}</h3> }.into_any(),
        HeadingLevel::H4 => view! { <h4 class=class id=id>{children()}</h4> }.into_any(),
    }
}
