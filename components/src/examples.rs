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
    /// Content components (summary list, table, panel, …).
    Content,
}

impl Family {
    /// The family's name in the showcase.
    pub fn title(self) -> &'static str {
        match self {
            Family::Form => "Formulierelementen",
            Family::Progress => "Voortgang",
            Family::Page => "Paginaopbouw",
            Family::Content => "Inhoud",
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
            slug: "help-block",
            title: "Hulp nodig?",
            family: Family::Page,
            summary: "Altijd een weg naar een mens: telefoon met openingstijden en of hij nu open is, afspraak, terugbellen, chat en hulp in de bibliotheek.",
            examples: page::help_block::EXAMPLES,
        },
        ComponentEntry {
            slug: "breadcrumbs",
            title: "Kruimelpad",
            family: Family::Page,
            summary: "Waar deze pagina staat in de website, met links naar de pagina's erboven.",
            examples: page::breadcrumbs::EXAMPLES,
        },
        ComponentEntry {
            slug: "back-link",
            title: "Terug-link",
            family: Family::Page,
            summary: "Een link terug naar de vorige vraag, die ook zonder JavaScript werkt.",
            examples: page::back_link::EXAMPLES,
        },
        ComponentEntry {
            slug: "phase-banner",
            title: "Fasebanner",
            family: Family::Page,
            summary: "Zegt dat een dienst nieuw is (alfa of bèta) en vraagt om een mening.",
            examples: page::phase_banner::EXAMPLES,
        },
        ComponentEntry {
            slug: "notification-banner",
            title: "Meldingsbanner",
            family: Family::Page,
            summary: "Eén belangrijke melding bovenaan de pagina: informatie vooraf, of dat iets gelukt is.",
            examples: page::notification_banner::EXAMPLES,
        },
        ComponentEntry {
            slug: "language-switch",
            title: "Taalkeuze",
            family: Family::Page,
            summary: "Dezelfde pagina in het Nederlands of het Engels; elke taal in haar eigen taal geschreven.",
            examples: page::language_switch::EXAMPLES,
        },
        ComponentEntry {
            slug: "service-navigation",
            title: "Dienstnavigatie",
            family: Family::Page,
            summary: "De belangrijkste onderdelen van een dienst, met de huidige pagina gemarkeerd.",
            examples: page::service_navigation::EXAMPLES,
        },
        ComponentEntry {
            slug: "sign-in",
            title: "Inloggen",
            family: Family::Page,
            summary: "Inlogknoppen voor DigiD en eHerkenning, zonder plaatjes van buiten.",
            examples: page::sign_in::EXAMPLES,
        },
        ComponentEntry {
            slug: "acting-on-behalf",
            title: "Handelen namens",
            family: Family::Page,
            summary: "\u{201c}U handelt namens \u{2026}\u{201d}: laat op elke pagina zien voor wie iemand iets regelt.",
            examples: page::acting_on_behalf::EXAMPLES,
        },
        ComponentEntry {
            slug: "cookie-banner",
            title: "Cookiemelding",
            family: Family::Page,
            summary: "Vraagt of meetcookies mogen, met twee even grote knoppen in een formulier zonder JavaScript.",
            examples: page::cookie_banner::EXAMPLES,
        },
        ComponentEntry {
            slug: "grid",
            title: "Raster",
            family: Family::Page,
            summary: "Kolommen van een half, een derde en twee derde, die op een telefoon onder elkaar komen.",
            examples: page::grid::EXAMPLES,
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
            slug: "address-input",
            title: "Adres (postcode en huisnummer)",
            family: Family::Form,
            summary: "Postcode, huisnummer en toevoeging in één vraag.",
            examples: form::address_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "bsn-input",
            title: "Burgerservicenummer (BSN)",
            family: Family::Form,
            summary: "Negen cijfers, met een hint waar het nummer staat.",
            examples: form::bsn_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "iban-input",
            title: "Rekeningnummer (IBAN)",
            family: Family::Form,
            summary: "Een bankrekeningnummer, met een voorbeeld in de hint.",
            examples: form::iban_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "phone-input",
            title: "Telefoonnummer",
            family: Family::Form,
            summary: "Een telefoonnummer, met het cijfertoetsenbord op een telefoon.",
            examples: form::phone_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "prefilled-field",
            title: "Vooraf ingevuld veld",
            family: Family::Form,
            summary: "Wat de overheid al weet, met de bron en een knop \u{2018}Wijzigen\u{2019}.",
            examples: form::prefilled_field::EXAMPLES,
        },
        ComponentEntry {
            slug: "character-count",
            title: "Tekstvak met tekenteller",
            family: Family::Form,
            summary: "Een tekstvak met een grens; met JavaScript telt een melding af.",
            examples: form::character_count::EXAMPLES,
        },
        ComponentEntry {
            slug: "password-input",
            title: "Wachtwoord",
            family: Family::Form,
            summary: "Een wachtwoordveld; met JavaScript kan de gebruiker het wachtwoord tonen.",
            examples: form::password_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "file-upload",
            title: "Bestand uploaden",
            family: Family::Form,
            summary: "Eén of meer bestanden kiezen met de bestandskiezer van de browser.",
            examples: form::file_upload::EXAMPLES,
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
        ComponentEntry {
            slug: "task-list",
            title: "Takenlijst",
            family: Family::Progress,
            summary: "Een lange dienst in losse taken, met per taak de status in woorden en hoeveel er klaar is.",
            examples: progress::task_list::EXAMPLES,
        },
        ComponentEntry {
            slug: "status-timeline",
            title: "Statusoverzicht",
            family: Family::Progress,
            summary: "Waar staat mijn aanvraag? Wat er gebeurd is, wat nu gebeurt en wat er nog komt, met data en wie ermee bezig is.",
            examples: progress::status_timeline::EXAMPLES,
        },
        ComponentEntry {
            slug: "progress-bar",
            title: "Voortgangsbalk",
            family: Family::Progress,
            summary: "Hoe ver iets is, met een label en de waarde in tekst.",
            examples: progress::progress_bar::EXAMPLES,
        },
        // Content
        ComponentEntry {
            slug: "summary-list",
            title: "Samenvattingslijst",
            family: Family::Content,
            summary: "Vragen en antwoorden op een rij, met een link om elk antwoord te wijzigen: \u{201c}Controleer uw antwoorden\u{201d}.",
            examples: crate::content::summary_list::EXAMPLES,
        },
        ComponentEntry {
            slug: "panel",
            title: "Bevestigingspaneel",
            family: Family::Content,
            summary: "Bovenaan de bevestigingspagina: het is gelukt, met het referentienummer.",
            examples: crate::content::panel::EXAMPLES,
        },
        ComponentEntry {
            slug: "tag",
            title: "Label (status)",
            family: Family::Content,
            summary: "Een korte status in tekst, met een kleur die de tekst ondersteunt.",
            examples: crate::content::tag::EXAMPLES,
        },
        ComponentEntry {
            slug: "warning-text",
            title: "Waarschuwing",
            family: Family::Content,
            summary: "Iets wat mensen moeten weten voordat ze verdergaan, zoals een boete of een termijn.",
            examples: crate::content::warning_text::EXAMPLES,
        },
        ComponentEntry {
            slug: "inset-text",
            title: "Uitgelichte tekst",
            family: Family::Content,
            summary: "Extra informatie die opvalt door een lijn aan de linkerkant.",
            examples: crate::content::inset_text::EXAMPLES,
        },
        ComponentEntry {
            slug: "details",
            title: "Uitklaptekst",
            family: Family::Content,
            summary: "Hulp achter een korte vraag die opent en sluit, ook zonder JavaScript.",
            examples: crate::content::details::EXAMPLES,
        },
        ComponentEntry {
            slug: "table",
            title: "Tabel",
            family: Family::Content,
            summary: "Gegevens in rijen en kolommen, met een bijschrift en bedragen rechts uitgelijnd.",
            examples: crate::content::table::EXAMPLES,
        },
        ComponentEntry {
            slug: "pagination",
            title: "Paginering",
            family: Family::Content,
            summary: "Naar de vorige, volgende of een andere pagina met resultaten.",
            examples: crate::content::pagination::EXAMPLES,
        },
        ComponentEntry {
            slug: "accordion",
            title: "Accordeon",
            family: Family::Content,
            summary: "Secties die mensen een voor een openen; zonder JavaScript werkt elke sectie apart.",
            examples: crate::content::accordion::EXAMPLES,
        },
        ComponentEntry {
            slug: "tabs",
            title: "Tabbladen",
            family: Family::Content,
            summary: "Een paar delen van hetzelfde onderwerp, een voor een; zonder JavaScript staan ze onder elkaar.",
            examples: crate::content::tabs::EXAMPLES,
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
