//! Alias resolution, `$type` inheritance, value forms, modes and contrast checking on small
//! inline documents.

use eenheid_tokens::{TokenType, check_contrast, contrast_report, parse};

#[test]
fn aliases_resolve_through_chains() {
    let set = parse(
        r##"{ "color": { "$type": "color",
               "blue": { "700": { "$value": "#154273" } },
               "primary": { "$value": "{color.blue.700}" },
               "header": { "$value": "{color.primary}" } } }"##,
    )
    .unwrap();
    let header = set.get("color.header").unwrap();
    assert_eq!(header.value, "#154273");
    assert_eq!(header.alias.as_deref(), Some("color.primary"));
    assert_eq!(header.css_var, "--eh-color-header");
}

#[test]
fn forward_references_work() {
    let set = parse(
        r##"{ "color": { "$type": "color", "primary": { "$value": "{color.base}" }, "base": { "$value": "#ABC" } } }"##,
    )
    .unwrap();
    assert_eq!(set.get("color.primary").unwrap().value, "#aabbcc");
}

#[test]
fn type_is_inherited_from_the_nearest_group() {
    let set = parse(
        r##"{ "size": { "$type": "dimension",
               "inner": { "gap": { "$value": "8px" } },
               "weights": { "$type": "fontWeight", "bold": { "$value": "bold" } },
               "ratio": { "$type": "number", "$value": 1.5 } } }"##,
    )
    .unwrap();
    assert_eq!(
        set.get("size.inner.gap").unwrap().kind,
        TokenType::Dimension
    );
    let bold = set.get("size.weights.bold").unwrap();
    assert_eq!(
        (bold.kind, bold.value.as_str()),
        (TokenType::FontWeight, "700")
    );
    assert_eq!(set.get("size.ratio").unwrap().value, "1.5");
}

#[test]
fn alias_without_type_takes_the_target_type() {
    let set = parse(
        r#"{ "border": { "$type": "dimension", "m": { "$value": "2px" } },
             "input": { "border": { "$value": "{border.m}" } } }"#,
    )
    .unwrap();
    let token = set.get("input.border").unwrap();
    assert_eq!(
        (token.kind, token.value.as_str()),
        (TokenType::Dimension, "2px")
    );
}

#[test]
fn tokens_keep_document_order() {
    let set = parse(r#"{ "z": { "$type": "number", "$value": 1 }, "a": { "$type": "number", "$value": 2 }, "m": { "$type": "number", "$value": 3 } }"#).unwrap();
    let paths: Vec<&str> = set.iter().map(|t| t.path.as_str()).collect();
    assert_eq!(paths, ["z", "a", "m"]);
}

#[test]
fn dimension_forms() {
    let set = parse(
        r#"{ "d": { "$type": "dimension",
               "a": { "$value": "4px" },
               "b": { "$value": "1.50rem" },
               "c": { "$value": { "value": 4, "unit": "px" } },
               "e": { "$value": { "value": 0.25, "unit": "rem" } },
               "f": { "$value": "-1px" } },
             "t": { "$type": "duration", "fast": { "$value": "150ms" }, "slow": { "$value": { "value": 0.5, "unit": "s" } } } }"#,
    )
    .unwrap();
    let values: Vec<&str> = set.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(
        values,
        ["4px", "1.5rem", "4px", "0.25rem", "-1px", "150ms", "0.5s"]
    );
}

#[test]
fn font_families_become_a_stack() {
    let set = parse(
        r#"{ "font": { "$type": "fontFamily",
               "one": { "$value": "Noto Sans" },
               "stack": { "$value": ["system-ui", "Segoe UI", "Arial", "sans-serif"] },
               "odd": { "$value": ["My \"Font\"", "'Quoted Already'"] } } }"#,
    )
    .unwrap();
    assert_eq!(set.get("font.one").unwrap().value, "\"Noto Sans\"");
    assert_eq!(
        set.get("font.stack").unwrap().value,
        "system-ui, \"Segoe UI\", Arial, sans-serif"
    );
    assert_eq!(
        set.get("font.odd").unwrap().value,
        r#""My \"Font\"", "Quoted Already""#
    );
}

#[test]
fn colour_forms_are_normalised() {
    let set = parse(
        r##"{ "c": { "$type": "color",
               "a": { "$value": "#FFF" },
               "b": { "$value": "rgb(21, 66, 115)" },
               "c": { "$value": "#15427380" },
               "d": { "$value": { "colorSpace": "srgb", "components": [1, 0, 0], "alpha": 1 } },
               "e": { "$value": { "hex": "#154273" } } } }"##,
    )
    .unwrap();
    let values: Vec<&str> = set.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(
        values,
        ["#ffffff", "#154273", "#15427380", "#ff0000", "#154273"]
    );
}

#[test]
fn a_deliberately_bad_pair_is_reported() {
    let set = parse(
        r##"{
          "color": { "$type": "color",
            "yellow": { "$value": "#ffbf47" },
            "white": { "$value": "#ffffff" },
            "black": { "$value": "#000000" } },
          "$extensions": { "nl.eenheid.contrast": [
            { "foreground": "{color.black}", "background": "{color.white}", "minimum": 4.5, "usage": "fine text" },
            { "foreground": "{color.yellow}", "background": "{color.white}", "minimum": 4.5, "usage": "yellow text" }
          ] }
        }"##,
    )
    .unwrap();
    let failures = check_contrast(&set);
    assert_eq!(failures.len(), 1, "{failures:?}");
    let failure = &failures[0];
    assert_eq!(failure.foreground, "color.yellow");
    assert_eq!(failure.background, "color.white");
    assert_eq!(failure.usage, "yellow text");
    assert_eq!(failure.minimum, 4.5);
    assert!((failure.ratio - 1.64).abs() < 0.01, "{}", failure.ratio);
    assert_eq!(failure.mode, None);
    let message = failure.to_string();
    assert!(
        message.contains("color.yellow on color.white (yellow text): 1.64:1, needs 4.5:1"),
        "{message}"
    );
}

#[test]
fn modes_are_resolved_inherited_rendered_and_checked() {
    let set = parse(
        r##"{
          "color": { "$type": "color",
            "grey": { "$value": "#767676" },
            "black": { "$value": "#000000" },
            "white": { "$value": "#ffffff" },
            "hint": { "$value": "{color.grey}",
                      "$extensions": { "nl.eenheid.modes": { "contrast-more": "{color.black}" } } },
            "caption": { "$value": "{color.hint}" },
            "line": { "$value": "#cccccc",
                      "$extensions": { "nl.eenheid.modes": { "contrast-more": "#eeeeee" } } } },
          "$extensions": { "nl.eenheid.contrast": [
            { "foreground": "{color.caption}", "background": "{color.white}", "minimum": 4.5, "usage": "captions" },
            { "foreground": "{color.line}", "background": "{color.white}", "minimum": 1.2, "usage": "dividers" }
          ] }
        }"##,
    )
    .unwrap();
    assert_eq!(set.modes(), ["contrast-more"]);
    // The alias inherits the mode value of the token it points to.
    assert_eq!(
        set.get("color.caption")
            .unwrap()
            .mode_value("contrast-more"),
        Some("#000000")
    );
    assert_eq!(
        set.get("color.white").unwrap().mode_value("contrast-more"),
        None
    );

    let css = set.to_css();
    let media = css
        .split("@media (prefers-contrast: more)")
        .nth(1)
        .expect("a media block");
    assert!(
        media.contains("--eh-color-hint: #000000;")
            && media.contains("--eh-color-caption: #000000;"),
        "{css}"
    );
    assert!(!media.contains("--eh-color-white"), "{css}");

    // Base rows for both pairs, plus a contrast-more row for each (both change in that mode).
    let report = contrast_report(&set);
    assert_eq!(report.len(), 4);
    // The divider gets *lighter* in this mode and fails there: the check must catch it.
    let failures = check_contrast(&set);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(
        (failures[0].foreground.as_str(), failures[0].mode.as_deref()),
        ("color.line", Some("contrast-more"))
    );
}

#[test]
fn css_has_one_declaration_per_line() {
    let set = parse(
        r##"{ "color": { "$type": "color", "a": { "$value": "#000" }, "b": { "$value": "{color.a}" } } }"##,
    )
    .unwrap();
    assert_eq!(
        set.to_css(),
        "/* Eenheid design tokens. Generated from tokens.json; do not edit. */\n:root {\n  --eh-color-a: #000000;\n  --eh-color-b: #000000;\n}\n"
    );
}
