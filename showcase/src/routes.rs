//! The site's addresses and the names in its headers, in one leaf that imports no page: a page
//! that links another reads the address here (and the page's title in [`crate::texts`]), so pages
//! never import each other (see `tests/structure.rs`: no import circle in `showcase/src`).

use eenheid::i18n::Lang;

/// The organisation in the header of every showcase page (in Dutch; [`crate::texts::AGENCY`]
/// has both).
pub const SITE_AGENCY: &str = crate::texts::AGENCY.nl;

/// The patterns page.
pub const PATTERNS: &str = "/patronen";

/// The design tokens page.
pub const TOKENS: &str = "/tokens";

/// The example service ("Verhuizing doorgeven"): its start page; every page of it lies below.
pub const JOURNEY: &str = "/verhuizing-doorgeven";
/// The organisation behind the example service.
pub const JOURNEY_AGENCY: &str = "Gemeente Voorbeeldstad";

/// The example service's name.
pub fn journey_service(lang: Lang) -> &'static str {
    crate::texts::journey::SERVICE.get(lang)
}

/// The life-event page "Verhuizen".
pub const LIFE_EVENT: &str = "/verhuizen";
/// The choice guide: questions at `{LIFE_EVENT_GUIDE}/{key}`, the result at `…/uitkomst`.
pub const LIFE_EVENT_GUIDE: &str = "/verhuizen/wat-regelen";

/// The page of one example: `/voorbeelden/<component>/<example>`.
pub fn example_path(component: &str, example: &str) -> String {
    format!("/voorbeelden/{component}/{example}")
}
