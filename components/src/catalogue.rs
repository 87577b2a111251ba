//! The catalogue: one line per component, in showcase order. Each component declares beside its
//! code its entry (`ENTRY`: slug, names, summaries, family, examples, sheets) and the sheets it
//! needs (`SHEETS`); the line here lists both. The stylesheet is written from this list (always,
//! so an agency's build is styled the same); the entries exist with the feature `catalogue`, which
//! the showcase and the tests turn on (an agency's build has none of them). The showcase's pages,
//! the HTML snapshots, the XSS test and the accessibility audit all read the entries, so a new
//! example is shown, snapshotted and audited without any other change, and a component left out
//! fails `every_public_component_is_in_the_catalogue_once`.

#[cfg(feature = "catalogue")]
use crate::examples::{ComponentEntry, Example};
use crate::style::component_sheet::ComponentSheet;

/// One line per component module, in showcase order. From it: [`SHEETS`] (always: the stylesheet
/// is written from it) and, with the feature, the entries.
macro_rules! catalogue {
    ($($family:ident :: $module:ident),* $(,)?) => {
        /// Every entry's sheets, in catalogue order: `style::sheets()` writes the stylesheet from
        /// them, so a component in the catalogue is styled and one left out is not shown at all.
        pub(crate) const SHEETS: &[&[ComponentSheet]] = &[$(crate::$family::$module::SHEETS),*];

        /// Every entry, in showcase order.
        #[cfg(feature = "catalogue")]
        const ENTRIES: &[ComponentEntry] = &[$(crate::$family::$module::ENTRY),*];
    };
}

catalogue! {
    page::page_template,
    page::help_block,
    page::breadcrumbs,
    page::back_link,
    page::phase_banner,
    page::notification_banner,
    page::session_timeout,
    page::language_switch,
    page::service_navigation,
    page::sign_in,
    page::acting_on_behalf,
    page::cookie_banner,
    page::grid,
    form::text_input,
    form::textarea,
    form::select,
    form::radios,
    form::checkboxes,
    form::date_input,
    form::address_input,
    form::bsn_input,
    form::iban_input,
    form::phone_input,
    form::prefilled_field,
    form::character_count,
    form::password_input,
    form::file_upload,
    form::error_summary,
    form::button,
    progress::step_indicator,
    progress::task_list,
    progress::status_timeline,
    progress::progress_bar,
    content::summary_list,
    content::panel,
    content::tag,
    content::warning_text,
    content::icon,
    content::inset_text,
    content::details,
    content::table,
    content::pagination,
    content::accordion,
    content::tabs,
    patterns::start_page,
    patterns::question_page,
    patterns::task_list_page,
    patterns::save_and_continue,
    patterns::call_back,
    patterns::life_event,
    patterns::choice_guide,
    patterns::check_answers,
    patterns::confirmation,
    patterns::status_page,
    patterns::contact_page,
}

/// Every component with examples, in showcase order.
#[cfg(feature = "catalogue")]
pub fn registry() -> &'static [ComponentEntry] {
    ENTRIES
}

/// Finds a component and one of its examples by their slugs.
#[cfg(feature = "catalogue")]
pub fn find(component: &str, example: &str) -> Option<(&'static ComponentEntry, &'static Example)> {
    let entry = registry().iter().find(|entry| entry.slug == component)?;
    let example = entry.examples.iter().find(|e| e.name == example)?;
    Some((entry, example))
}

#[cfg(all(test, feature = "catalogue"))]
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
