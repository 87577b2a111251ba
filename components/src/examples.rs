//! What an example and a catalogue entry are: [`Example`] (declared with [`example!`] beside
//! each component's code), [`ComponentEntry`] and [`Family`], and the hostile-text support of the
//! XSS test. A leaf: it imports no component, so every component can import it while
//! [`crate::catalogue`] (feature `catalogue`) imports every component, and no import runs in a
//! circle.

use leptos::prelude::*;

/// How an example is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExampleLayout {
    /// A fragment, shown inside a showcase page.
    Fragment,
    /// A whole HTML document (the page template), served as it is.
    FullPage,
}

/// One example of a component.
pub struct Example {
    /// The URL slug ("met-fout").
    pub name: &'static str,
    /// The title shown in the showcase.
    pub title: &'static str,
    /// What the example shows and when to use it.
    pub description: &'static str,
    /// The Leptos code of the example, taken from the same tokens as `render` (so it cannot drift).
    pub code: &'static str,
    /// Fragment or full page.
    pub layout: ExampleLayout,
    /// Renders the example.
    pub render: fn() -> AnyView,
    /// Renders the example with every text and URL literal passed through [`hostile_text`], so a
    /// test can swap them all for XSS vectors (feature `hostile-examples`, tests only).
    #[cfg(feature = "hostile-examples")]
    pub render_hostile: fn() -> AnyView,
}

#[cfg(feature = "hostile-examples")]
thread_local! {
    static HOSTILE_TEXT: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
    static HOSTILE_COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The literal as written, or, while [`with_hostile_text`] runs, its text with a running number
/// (so values that must differ, such as two radio values, still differ). Leaks: tests only.
#[cfg(feature = "hostile-examples")]
#[doc(hidden)]
pub fn hostile_text(literal: &'static str) -> &'static str {
    match HOSTILE_TEXT.with(|text| text.get()) {
        Some(text) => {
            let count = HOSTILE_COUNT.with(|count| count.replace(count.get() + 1));
            // Keep template placeholders such as `{page}`: a template without them is a
            // programming error the component reports, not an injection.
            let placeholders: String = literal
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
                .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                .map(|name| format!("{{{name}}}"))
                .collect();
            Box::leak(format!("{text}{count}{placeholders}").into_boxed_str())
        }
        None => literal,
    }
}

/// Runs `render` with every example literal replaced by `text` (see [`Example::render_hostile`]).
#[cfg(feature = "hostile-examples")]
pub fn with_hostile_text<R>(text: &'static str, render: impl FnOnce() -> R) -> R {
    let previous = HOSTILE_TEXT.with(|cell| cell.replace(Some(text)));
    let result = render();
    HOSTILE_TEXT.with(|cell| cell.set(previous));
    result
}

/// Declares an [`Example`] from a `view!`: the same tokens become both the code shown in the
/// showcase and the rendered example.
#[macro_export]
macro_rules! example {
    (name: $name:literal, title: $title:literal, description: $description:literal, view: $($view:tt)+) => {
        $crate::example!(@layout Fragment, name: $name, title: $title, description: $description, view: $($view)+)
    };
    (@layout $layout:ident, name: $name:literal, title: $title:literal, description: $description:literal, view: $($view:tt)+) => {
        $crate::examples::Example {
            name: $name,
            title: $title,
            description: $description,
            code: stringify!($($view)+),
            layout: $crate::examples::ExampleLayout::$layout,
            render: || ::leptos::prelude::IntoAny::into_any($($view)+),
            #[cfg(feature = "hostile-examples")]
            render_hostile: || ::leptos::prelude::IntoAny::into_any(
                $crate::__hostile_literals!{ ($crate::examples::hostile_text) $($view)+ }
            ),
        }
    };
}

/// A component and its examples.
pub struct ComponentEntry {
    /// The URL slug ("text-input").
    pub slug: &'static str,
    /// The name shown in the showcase ("Tekstveld").
    pub title: &'static str,
    /// The name in English ("Text input"), for the showcase in English.
    pub title_en: &'static str,
    /// The family it belongs to.
    pub family: Family,
    /// One sentence: what it is for.
    pub summary: &'static str,
    /// The same sentence in English.
    pub summary_en: &'static str,
    /// The components (function names) whose props and guidance the showcase shows, the main one
    /// first: its doc comment holds the guidance (`# Wanneer gebruiken`, `# When to use`, …).
    pub components: &'static [&'static str],
    /// Its examples.
    pub examples: &'static [Example],
    /// The sheets it needs in the stylesheet (its own, or those of the parts it is built from;
    /// none for a pattern built from other components). The stylesheet is written from these, in
    /// catalogue order.
    pub sheets: &'static [crate::style::component_sheet::ComponentSheet],
}

/// The component families, in their layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Form elements.
    Form,
    /// Progress trackers.
    Progress,
    /// Page layouts.
    Page,
    /// Content components (summary list, table, panel, …).
    Content,
    /// Patterns: whole pages composed of the components (start page, question page, …).
    Pattern,
}

impl Family {
    /// The family's name in the showcase.
    pub fn title(self) -> &'static str {
        match self {
            Family::Form => "Formulierelementen",
            Family::Progress => "Voortgang",
            Family::Page => "Paginaopbouw",
            Family::Content => "Inhoud",
            Family::Pattern => "Patronen",
        }
    }

    /// The family's name in the showcase in English.
    pub fn title_en(self) -> &'static str {
        match self {
            Family::Form => "Form elements",
            Family::Progress => "Progress",
            Family::Page => "Page layout",
            Family::Content => "Content",
            Family::Pattern => "Patterns",
        }
    }
}
