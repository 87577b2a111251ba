//! The catalogue: every component's entry, in showcase order (feature `catalogue`, which the
//! showcase and the tests turn on; an agency's build has none of it). Each component declares
//! its own entry (`ENTRY`: slug, names, summaries, family, examples) beside its code; one line
//! here lists it. The showcase's pages, the HTML snapshots, the XSS test and the accessibility
//! audit all read this list, so a new example is shown, snapshotted and audited without any
//! other change, and a component left out fails
//! `every_public_component_is_in_the_catalogue_once`.

use crate::examples::{ComponentEntry, Example};

/// Every entry, in showcase order.
const ENTRIES: &[ComponentEntry] = &[
    crate::page::page_template::ENTRY,
    crate::page::help_block::ENTRY,
    crate::page::breadcrumbs::ENTRY,
    crate::page::back_link::ENTRY,
    crate::page::phase_banner::ENTRY,
    crate::page::notification_banner::ENTRY,
    crate::page::session_timeout::ENTRY,
    crate::page::language_switch::ENTRY,
    crate::page::service_navigation::ENTRY,
    crate::page::sign_in::ENTRY,
    crate::page::acting_on_behalf::ENTRY,
    crate::page::cookie_banner::ENTRY,
    crate::page::grid::ENTRY,
    crate::form::text_input::ENTRY,
    crate::form::textarea::ENTRY,
    crate::form::select::ENTRY,
    crate::form::radios::ENTRY,
    crate::form::checkboxes::ENTRY,
    crate::form::date_input::ENTRY,
    crate::form::address_input::ENTRY,
    crate::form::bsn_input::ENTRY,
    crate::form::iban_input::ENTRY,
    crate::form::phone_input::ENTRY,
    crate::form::prefilled_field::ENTRY,
    crate::form::character_count::ENTRY,
    crate::form::password_input::ENTRY,
    crate::form::file_upload::ENTRY,
    crate::form::error_summary::ENTRY,
    crate::form::button::ENTRY,
    crate::progress::step_indicator::ENTRY,
    crate::progress::task_list::ENTRY,
    crate::progress::status_timeline::ENTRY,
    crate::progress::progress_bar::ENTRY,
    crate::content::summary_list::ENTRY,
    crate::content::panel::ENTRY,
    crate::content::tag::ENTRY,
    crate::content::warning_text::ENTRY,
    crate::content::icon::ENTRY,
    crate::content::inset_text::ENTRY,
    crate::content::details::ENTRY,
    crate::content::table::ENTRY,
    crate::content::pagination::ENTRY,
    crate::content::accordion::ENTRY,
    crate::content::tabs::ENTRY,
    crate::patterns::start_page::ENTRY,
    crate::patterns::question_page::ENTRY,
    crate::patterns::task_list_page::ENTRY,
    crate::patterns::save_and_continue::ENTRY,
    crate::patterns::call_back::ENTRY,
    crate::patterns::life_event::ENTRY,
    crate::patterns::choice_guide::ENTRY,
    crate::patterns::check_answers::ENTRY,
    crate::patterns::confirmation::ENTRY,
    crate::patterns::status_page::ENTRY,
    crate::patterns::contact_page::ENTRY,
];

/// Every component with examples, in showcase order.
pub fn registry() -> &'static [ComponentEntry] {
    ENTRIES
}

/// Finds a component and one of its examples by their slugs.
pub fn find(component: &str, example: &str) -> Option<(&'static ComponentEntry, &'static Example)> {
    let entry = registry().iter().find(|entry| entry.slug == component)?;
    let example = entry.examples.iter().find(|e| e.name == example)?;
    Some((entry, example))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts every control is built from, shown through the controls that use them rather
    /// than on a page of their own.
    const PARTS: &[&str] = &["FormGroup", "Fieldset", "Label", "Hint", "ErrorMessage", "ChoiceList", "Heading"];

    #[test]
    fn every_public_component_is_in_the_catalogue_once() {
        let mut listed: std::collections::HashMap<&str, Vec<&str>> = std::collections::HashMap::new();
        for entry in registry() {
            for name in entry.components {
                listed.entry(name).or_default().push(entry.slug);
            }
        }
        let twice: Vec<String> = listed.iter().filter(|(_, slugs)| slugs.len() > 1).map(|(name, slugs)| format!("{name} in {slugs:?}")).collect();
        assert!(twice.is_empty(), "components listed more than once in the catalogue: {twice:?}");
        let missing: Vec<String> = crate::prelude::tests::public_components()
            .into_iter()
            .filter(|(name, _)| !listed.contains_key(name.as_str()) && !PARTS.contains(&name.as_str()))
            .map(|(name, file)| format!("{name} ({})", file.display()))
            .collect();
        assert!(missing.is_empty(), "public components with no catalogue entry (add an ENTRY beside the component and a line in catalogue.rs): {missing:?}");
        let mut slugs: Vec<&str> = registry().iter().map(|entry| entry.slug).collect();
        slugs.sort_unstable();
        let repeated: Vec<&&str> = slugs.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| &pair[0]).collect();
        assert!(repeated.is_empty(), "entries listed twice: {repeated:?}");
    }

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
