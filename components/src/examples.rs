//! The one example registry. Every component declares its examples once, beside its code; this
//! list drives the showcase pages, the HTML snapshot tests and the accessibility audit, so a new
//! example is shown, snapshotted and audited without any other change.

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
        }
    };
}

/// A component and its examples.
pub struct ComponentEntry {
    /// The URL slug ("text-input").
    pub slug: &'static str,
    /// The name shown in the showcase ("Tekstveld").
    pub title: &'static str,
    /// The family it belongs to.
    pub family: Family,
    /// One sentence: what it is for.
    pub summary: &'static str,
    /// Its examples.
    pub examples: &'static [Example],
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
}

impl Family {
    /// The family's name in the showcase.
    pub fn title(self) -> &'static str {
        match self {
            Family::Form => "Formulierelementen",
            Family::Progress => "Voortgang",
            Family::Page => "Paginaopbouw",
        }
    }
}

/// Every component with examples, in showcase order.
pub fn registry() -> &'static [ComponentEntry] {
    use crate::{form, page, progress};
    &[
        ComponentEntry {
            slug: "page-template",
            title: "Paginasjabloon",
            family: Family::Page,
            summary: "Een complete pagina: taal, skiplink, kop met de naam van de organisatie, hoofdinhoud en voet.",
            examples: page::page_template::EXAMPLES,
        },
        ComponentEntry {
            slug: "text-input",
            title: "Tekstveld",
            family: Family::Form,
            summary: "Eén regel tekst, met label, hint en foutmelding aan elkaar gekoppeld.",
            examples: form::text_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "textarea",
            title: "Tekstvak",
            family: Family::Form,
            summary: "Meerdere regels vrije tekst.",
            examples: form::textarea::EXAMPLES,
        },
        ComponentEntry {
            slug: "select",
            title: "Keuzelijst",
            family: Family::Form,
            summary: "Eén keuze uit een lange lijst; gebruik keuzerondjes als het er weinig zijn.",
            examples: form::select::EXAMPLES,
        },
        ComponentEntry {
            slug: "radios",
            title: "Keuzerondjes",
            family: Family::Form,
            summary: "Eén antwoord kiezen, met vervolgvragen die zonder JavaScript werken.",
            examples: form::radios::EXAMPLES,
        },
        ComponentEntry {
            slug: "checkboxes",
            title: "Aanvinkvakjes",
            family: Family::Form,
            summary: "Meerdere antwoorden kiezen, met een 'Geen van deze' die de rest uitsluit.",
            examples: form::checkboxes::EXAMPLES,
        },
        ComponentEntry {
            slug: "date-input",
            title: "Datum",
            family: Family::Form,
            summary: "Een datum in drie vakjes: dag, maand en jaar.",
            examples: form::date_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "error-summary",
            title: "Foutenoverzicht",
            family: Family::Form,
            summary: "Alle fouten bovenaan de pagina, elk als link naar het veld.",
            examples: form::error_summary::EXAMPLES,
        },
        ComponentEntry {
            slug: "button",
            title: "Knop",
            family: Family::Form,
            summary: "Een knop die een formulier verstuurt, of een link die eruitziet als een knop.",
            examples: form::button::EXAMPLES,
        },
        ComponentEntry {
            slug: "step-indicator",
            title: "Stappenindicator",
            family: Family::Progress,
            summary: "Laat zien bij welke stap iemand is: \u{201c}Stap 2 van 4\u{201d}.",
            examples: progress::step_indicator::EXAMPLES,
        },
    ]
}

/// Finds a component and one of its examples by their slugs.
pub fn find(component: &str, example: &str) -> Option<(&'static ComponentEntry, &'static Example)> {
    let entry = registry().iter().find(|entry| entry.slug == component)?;
    let example = entry.examples.iter().find(|e| e.name == example)?;
    Some((entry, example))
}

/// The showcase path of an example: `/voorbeelden/<component>/<example>`.
pub fn path(component: &str, example: &str) -> String {
    format!("/voorbeelden/{component}/{example}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_url_safe() {
        let mut seen = std::collections::HashSet::new();
        for entry in registry() {
            assert!(crate::ids::is_valid_id(entry.slug), "bad component slug {}", entry.slug);
            assert!(!entry.examples.is_empty(), "{} has no examples", entry.slug);
            for example in entry.examples {
                assert!(crate::ids::is_valid_id(example.name), "bad example slug {}", example.name);
                assert!(seen.insert((entry.slug, example.name)), "duplicate {}/{}", entry.slug, example.name);
                assert!(example.code.contains("view!"), "{}/{}: code is not the view", entry.slug, example.name);
            }
        }
    }
}
