//! The one stylesheet: design tokens as CSS custom properties, the base sheet, then every
//! component's own sheet, rendered once into a static file that a page links in its `<head>`.
//!
//! Each component writes its CSS with `stylist::ast::sheet!`, parsed at compile time (a typo is a
//! build error), and scoped under a fixed class name such as `eh-text-input`: class names are
//! deterministic, so there is no runtime style injection and a strict Content-Security-Policy
//! (`style-src 'self'`) holds.

pub mod base;
pub(crate) mod class;

use std::sync::OnceLock;

use stylist::ast::{Sheet, ToStyleStr};

/// One component's stylesheet and the class it is scoped to.
pub struct ComponentSheet {
    /// The root class, e.g. `eh-text-input`; nested rules hang below it.
    pub class: &'static str,
    /// Builds the parsed sheet.
    pub sheet: fn() -> Sheet,
}

/// Every sheet in the order they are written into the stylesheet (base first).
pub fn sheets() -> Vec<ComponentSheet> {
    use crate::{form, page, progress};
    vec![
        ComponentSheet { class: "eh-template", sheet: base::sheet },
        // Before the components that hold an icon, so their own rules for it come later.
        ComponentSheet { class: "eh-icon", sheet: crate::content::icon::sheet },
        ComponentSheet { class: "eh-skip-link", sheet: page::skip_link::sheet },
        ComponentSheet { class: "eh-header", sheet: page::header::sheet },
        ComponentSheet { class: "eh-footer", sheet: page::footer::sheet },
        ComponentSheet { class: "eh-breadcrumbs", sheet: page::breadcrumbs::sheet },
        ComponentSheet { class: "eh-back-link", sheet: page::back_link::sheet },
        ComponentSheet { class: "eh-phase-banner", sheet: page::phase_banner::sheet },
        ComponentSheet { class: "eh-notification-banner", sheet: page::notification_banner::sheet },
        ComponentSheet { class: "eh-help-block", sheet: page::help_block::sheet },
        ComponentSheet { class: "eh-language-switch", sheet: page::language_switch::sheet },
        ComponentSheet { class: "eh-service-navigation", sheet: page::service_navigation::sheet },
        ComponentSheet { class: "eh-session-timeout", sheet: page::session_timeout::sheet },
        ComponentSheet { class: "eh-sign-in", sheet: page::sign_in::sheet },
        ComponentSheet { class: "eh-acting-on-behalf", sheet: page::acting_on_behalf::sheet },
        ComponentSheet { class: "eh-cookie-banner", sheet: page::cookie_banner::sheet },
        ComponentSheet { class: "eh-grid", sheet: page::grid::sheet },
        ComponentSheet { class: "eh-form-group", sheet: form::form_group::sheet },
        ComponentSheet { class: "eh-label", sheet: form::label::sheet },
        ComponentSheet { class: "eh-hint", sheet: form::hint::sheet },
        ComponentSheet { class: "eh-error-message", sheet: form::error_message::sheet },
        ComponentSheet { class: "eh-fieldset", sheet: form::fieldset::sheet },
        ComponentSheet { class: "eh-text-input", sheet: form::text_input::sheet },
        ComponentSheet { class: "eh-textarea", sheet: form::textarea::sheet },
        ComponentSheet { class: "eh-select", sheet: form::select::sheet },
        ComponentSheet { class: "eh-choices", sheet: form::choice::sheet },
        ComponentSheet { class: "eh-date-input", sheet: form::date_input::sheet },
        ComponentSheet { class: "eh-address-input", sheet: form::address_input::sheet },
        ComponentSheet { class: "eh-prefilled-field", sheet: form::prefilled_field::sheet },
        ComponentSheet { class: "eh-character-count", sheet: form::character_count::sheet },
        ComponentSheet { class: "eh-password-input", sheet: form::password_input::sheet },
        ComponentSheet { class: "eh-file-upload", sheet: form::file_upload::sheet },
        ComponentSheet { class: "eh-error-summary", sheet: form::error_summary::sheet },
        ComponentSheet { class: "eh-button", sheet: form::button::sheet },
        ComponentSheet { class: "eh-step-indicator", sheet: progress::step_indicator::sheet },
        ComponentSheet { class: "eh-task-list", sheet: progress::task_list::sheet },
        ComponentSheet { class: "eh-status-timeline", sheet: progress::status_timeline::sheet },
        ComponentSheet { class: "eh-progress-bar", sheet: progress::progress_bar::sheet },
        // Content
        ComponentSheet { class: "eh-summary-list", sheet: crate::content::summary_list::sheet },
        ComponentSheet { class: "eh-summary-card", sheet: crate::content::summary_list::card_sheet },
        ComponentSheet { class: "eh-panel", sheet: crate::content::panel::sheet },
        ComponentSheet { class: "eh-saved-code", sheet: crate::patterns::save_and_continue::sheet },
        ComponentSheet { class: "eh-save-for-later", sheet: crate::patterns::save_and_continue::button_sheet },
        ComponentSheet { class: "eh-tag", sheet: crate::content::tag::sheet },
        ComponentSheet { class: "eh-warning-text", sheet: crate::content::warning_text::sheet },
        ComponentSheet { class: "eh-inset-text", sheet: crate::content::inset_text::sheet },
        ComponentSheet { class: "eh-details", sheet: crate::content::details::sheet },
        ComponentSheet { class: "eh-table", sheet: crate::content::table::sheet },
        ComponentSheet { class: "eh-pagination", sheet: crate::content::pagination::sheet },
        ComponentSheet { class: "eh-accordion", sheet: crate::content::accordion::sheet },
        ComponentSheet { class: "eh-tabs", sheet: crate::content::tabs::sheet },
    ]
}

/// The complete stylesheet: tokens, then every component sheet. Rendered once per process.
pub fn stylesheet() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        let mut css = String::from("/* Eenheid — generated from tokens/tokens.json and the component sheets. */\n");
        css.push_str(eenheid_tokens::CSS);
        for entry in sheets() {
            css.push_str(&format!("\n/* {} */\n", entry.class));
            css.push_str(&(entry.sheet)().to_style_str(Some(entry.class)));
            css.push('\n');
        }
        css
    })
}

/// A short content hash of the stylesheet (FNV-1a, 64 bits, hex): it goes into the file name so
/// the file can be cached for a year and a changed sheet gets a new URL.
pub fn stylesheet_hash() -> String {
    // Hashed once per process: every page links the stylesheet, and hashing ~60 KB per render
    // cost more than rendering the components (`cargo xtask bench`).
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| content_hash(stylesheet())).clone()
}

/// A short, stable content hash (FNV-1a, 64 bits, hex) for cache-busting file names.
pub fn content_hash(content: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = content.bytes().fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

/// The stylesheet's file name with its content hash: `eenheid-<hash>.css`.
pub fn stylesheet_file_name() -> String {
    file_name().to_owned()
}

/// The file name, made once per process: every page links it.
fn file_name() -> &'static str {
    static NAME: OnceLock<String> = OnceLock::new();
    NAME.get_or_init(|| format!("eenheid-{}.css", stylesheet_hash()))
}

/// Where a page links the stylesheet when it is served from `dir` (e.g. `/static`).
pub fn stylesheet_href(dir: &str) -> String {
    [dir.trim_end_matches('/'), "/", file_name()].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sheet_is_scoped_to_its_class() {
        for entry in sheets() {
            let css = (entry.sheet)().to_style_str(Some(entry.class));
            assert!(
                css.contains(&format!(".{}", entry.class)),
                "the sheet of {} never uses its class:\n{css}",
                entry.class
            );
        }
    }

    #[test]
    fn stylesheet_starts_with_tokens_and_has_a_stable_name() {
        let css = stylesheet();
        assert!(css.contains("--eh-color-primary"));
        assert_eq!(stylesheet_file_name(), stylesheet_file_name());
        assert!(stylesheet_file_name().starts_with("eenheid-") && stylesheet_file_name().ends_with(".css"));
    }

    /// The hard-coded colours in `css`: hex (`#fff`), colour functions (`rgb()`, `hsl()`, `oklch()`,
    /// …) and the CSS named colours, in declaration values. Token variables, `transparent`,
    /// `currentColor` and the system colours of forced-colours mode (`CanvasText`, …) are fine.
    fn hard_coded_colours(css: &str) -> Vec<String> {
        const FUNCTIONS: [&str; 10] = ["rgb(", "rgba(", "hsl(", "hsla(", "hwb(", "lab(", "lch(", "oklab(", "oklch(", "color("];
        let mut found = Vec::new();
        for declaration in css.split([';', '{', '}']) {
            // Only values: the part after the property's colon (a selector's `:hover` is not one).
            let Some((property, value)) = declaration.split_once(':') else { continue };
            let property = property.trim();
            if property.is_empty() || !property.chars().all(|c| c == '-' || c.is_ascii_alphanumeric()) {
                continue;
            }
            let value = value.trim().to_ascii_lowercase();
            // A colour function where its name starts a word (`rgb(` but not `--my-rgb(`).
            let function = FUNCTIONS.iter().any(|f| {
                value.match_indices(f).any(|(at, _)| !value[..at].ends_with(|c: char| c == '-' || c.is_ascii_alphanumeric()))
            });
            let words = value.split(|c: char| !(c == '#' || c == '-' || c.is_ascii_alphanumeric()));
            let hex_or_named = words.into_iter().any(|word| {
                let hex = word.starts_with('#') && word.len() > 1 && word[1..].chars().all(|c| c.is_ascii_hexdigit());
                hex || NAMED_COLOURS.contains(&word)
            });
            if function || hex_or_named {
                found.push(format!("{property}: {value}"));
            }
        }
        found
    }

    /// CSS Color 4's named colours.
    const NAMED_COLOURS: [&str; 148] = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
        "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate",
        "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod",
        "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange",
        "darkorchid", "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray",
        "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey",
        "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite",
        "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred",
        "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue",
        "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey",
        "lightpink", "lightsalmon", "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey",
        "lightsteelblue", "lightyellow", "lime", "limegreen", "linen", "magenta", "maroon",
        "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple", "mediumseagreen",
        "mediumslateblue", "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue",
        "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab",
        "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred",
        "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple", "red",
        "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna",
        "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue",
        "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow",
        "yellowgreen",
    ];

    #[test]
    fn the_colour_check_finds_every_kind_of_hard_coded_colour() {
        for css in [
            ".a { color: #1a1a1a; }",
            ".a { color: rgb(26 26 26); }",
            ".a { background-color: rgba(0, 0, 0, 0.5); }",
            ".a { border-color: hsl(210deg 50% 40%); }",
            ".a { outline: 3px solid oklch(0.5 0.1 200); }",
            ".a { color: Red; }",
            ".a:hover { box-shadow: 0 0 0 1px rebeccapurple; }",
        ] {
            assert_eq!(hard_coded_colours(css).len(), 1, "not found in {css}");
        }
        for css in [
            ".a { color: var(--eh-color-text); background: transparent; border-color: currentColor; }",
            "@media (forced-colors: active) { .a { outline-color: CanvasText; forced-color-adjust: none; } }",
            ".eh-tag--red:hover { color: var(--eh-color-tag-red-text); }",
            ".a { background-image: url(\"data:,\"); grid-template-columns: repeat(2, 1fr); }",
        ] {
            assert_eq!(hard_coded_colours(css), Vec::<String>::new(), "false alarm in {css}");
        }
    }

    #[test]
    fn no_hard_coded_colours_or_pixels_outside_tokens() {
        // One look: component sheets may only use token variables. Colours and px lengths belong
        // in tokens/tokens.json.
        for entry in sheets() {
            let css = (entry.sheet)().to_style_str(Some(entry.class));
            let colours = hard_coded_colours(&css);
            assert!(colours.is_empty(), "{}: hard-coded colours {colours:?}", entry.class);
            for (n, line) in css.lines().enumerate() {
                let px = line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
                    .any(|word| word.ends_with("px") && word.len() > 2 && word[..word.len() - 2].chars().all(|c| c.is_ascii_digit() || c == '.') && word != "0px");
                assert!(!px, "{}: hard-coded px on line {}: {line}", entry.class, n + 1);
            }
        }
    }
}
