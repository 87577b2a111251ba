//! The one stylesheet: design tokens as CSS custom properties, the base sheet, then every
//! component's own sheet, rendered once into a static file that a page links in its `<head>`.
//!
//! Each component writes its CSS with `stylist::ast::sheet!`, parsed at compile time (a typo is a
//! build error), and scoped under a fixed class name such as `eh-text-input`: class names are
//! deterministic, so there is no runtime style injection and a strict Content-Security-Policy
//! (`style-src 'self'`) holds.

pub mod base;
pub(crate) mod class;
pub mod component_sheet;

use std::sync::OnceLock;

use stylist::ast::ToStyleStr;

pub use component_sheet::ComponentSheet;

/// The sheets other sheets build on, written first: the page's base (`eh-template`: typography,
/// links, focus), the icon (before every component that holds one, so their own rules for it come
/// later) and the field frame's parts (form group, label, hint, error message, fieldset), which
/// every control and a few page parts are built from.
const FOUNDATION: &[ComponentSheet] = &[
    ComponentSheet { class: "eh-template", sheet: base::sheet },
    crate::content::icon::SHEET,
    crate::form::form_group::SHEET,
    crate::form::label::SHEET,
    crate::form::hint::SHEET,
    crate::form::error_message::SHEET,
    crate::form::fieldset::SHEET,
];

/// Every sheet in the order they are written into the stylesheet: the foundation, then each
/// catalogue entry's sheets in catalogue order (the order is the cascade: a later sheet wins a tie).
/// A sheet that several entries need (radios and checkboxes share one) is written once, where it is
/// first needed.
pub fn sheets() -> Vec<&'static ComponentSheet> {
    let mut written: Vec<&'static ComponentSheet> = Vec::new();
    for sheet in FOUNDATION.iter().chain(crate::catalogue::SHEETS.iter().flat_map(|sheets| sheets.iter())) {
        if !written.iter().any(|seen| seen.class == sheet.class) {
            written.push(sheet);
        }
    }
    written
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

    /// Every sheet a source file declares (`ComponentSheet { class: "eh-…", … }`) is written into
    /// the stylesheet exactly once: a sheet whose component is not in the catalogue, or a part no
    /// entry names, would otherwise leave its HTML unstyled without any error.
    #[test]
    fn every_declared_sheet_is_written_once() {
        fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
        let written: Vec<&str> = sheets().iter().map(|sheet| sheet.class).collect();
        let mut declared = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (at, _) in text.match_indices("ComponentSheet { class: \"") {
                let rest = &text[at + "ComponentSheet { class: \"".len()..];
                let class = &rest[..rest.find('"').unwrap()];
                if class != "eh-…" {
                    declared.push((class.to_owned(), file.display().to_string()));
                }
            }
        }
        assert!(declared.len() >= 50, "the scan found the sheets: {declared:?}");
        let missing: Vec<&(String, String)> = declared.iter().filter(|(class, _)| !written.contains(&class.as_str())).collect();
        assert!(missing.is_empty(), "sheets declared but never written (list the component in catalogue.rs, or the part in its entry's SHEETS): {missing:?}");
        let mut sorted = written.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), written.len(), "a class written twice: {written:?}");
        assert_eq!(&written[..2], ["eh-template", "eh-icon"], "the base and the icon come first");
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
