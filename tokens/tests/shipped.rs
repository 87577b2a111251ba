//! The shipped tokens.json: it parses, its contrast pairs pass, and the generated CSS and
//! constants contain everything components rely on.

use eenheid_tokens::{
    CSS, TOKENS_JSON, TokenType, check_contrast, constants, contrast_report, format_table, parse,
    tokens,
};

/// Every CSS variable component authors write against. Removing or renaming a token must fail
/// this test, so the list is spelled out rather than derived.
const SEMANTIC_VARIABLES: &[&str] = &[
    "--eh-color-text",
    "--eh-color-text-secondary",
    "--eh-color-background",
    "--eh-color-surface",
    "--eh-color-primary",
    "--eh-color-accent",
    "--eh-color-link",
    "--eh-color-link-visited",
    "--eh-color-link-hover",
    "--eh-color-focus",
    "--eh-color-focus-text",
    "--eh-color-error",
    "--eh-color-success",
    "--eh-color-border",
    "--eh-color-border-subtle",
    "--eh-color-header-background",
    "--eh-color-header-text",
    "--eh-color-button-primary-background",
    "--eh-color-button-primary-text",
    "--eh-color-button-primary-hover",
    "--eh-color-button-secondary-background",
    "--eh-color-button-secondary-text",
    "--eh-color-button-warning-background",
    "--eh-color-button-warning-text",
    "--eh-color-button-shadow",
    "--eh-color-step-done",
    "--eh-color-step-current",
    "--eh-color-step-upcoming",
    "--eh-color-step-marker-text",
    "--eh-color-highlight",
    "--eh-color-confirmation-background",
    "--eh-color-confirmation-text",
    "--eh-space-0",
    "--eh-space-1",
    "--eh-space-2",
    "--eh-space-3",
    "--eh-space-4",
    "--eh-space-5",
    "--eh-space-6",
    "--eh-space-7",
    "--eh-space-8",
    "--eh-space-9",
    "--eh-font-family-base",
    "--eh-font-family-mono",
    "--eh-font-size-s",
    "--eh-font-size-m",
    "--eh-font-size-l",
    "--eh-font-size-xl",
    "--eh-font-size-xxl",
    "--eh-line-height-body",
    "--eh-line-height-heading",
    "--eh-font-weight-regular",
    "--eh-font-weight-bold",
    "--eh-breakpoint-tablet",
    "--eh-breakpoint-desktop",
    "--eh-border-width-s",
    "--eh-border-width-m",
    "--eh-border-width-l",
    "--eh-border-width-xl",
    "--eh-radius-none",
    "--eh-radius-s",
    "--eh-focus-width",
    "--eh-focus-offset",
    "--eh-size-touch-target",
    "--eh-size-page-max",
    "--eh-size-text-max",
    "--eh-size-input-border",
];

#[test]
fn shipped_tokens_parse() {
    let set = parse(TOKENS_JSON).unwrap_or_else(|e| panic!("tokens.json: {e}"));
    assert!(set.len() > 80, "only {} tokens", set.len());
    assert_eq!(&set, tokens());
}

#[test]
fn every_declared_contrast_pair_passes() {
    let set = tokens();
    let report = contrast_report(set);
    let failures = check_contrast(set);
    // Visible with `--nocapture`: the same table the showcase's tokens page shows.
    println!("{}", format_table(&report));
    assert!(
        failures.is_empty(),
        "contrast failures:\n{}",
        format_table(&report)
    );
    // The pairs are really there, and the contrast-more mode is checked too.
    assert!(
        set.contrast_pairs().len() >= 25,
        "{}",
        format_table(&report)
    );
    assert!(
        report
            .iter()
            .any(|r| r.mode.as_deref() == Some("contrast-more"))
    );
    // Dark mode changes the page background, so every pair against it is measured again.
    let dark_rows = report.iter().filter(|r| r.mode.as_deref() == Some("dark")).count();
    assert!(dark_rows >= 25, "only {dark_rows} pairs measured in dark mode");
}

#[test]
fn dark_mode_overrides_every_contrast_more_value() {
    // In dark mode the dark block outranks contrast-more's; a token with a contrast-more value
    // but no dark one would get its light high-contrast value (black borders) on a dark page.
    let set = tokens();
    for token in set.iter() {
        if token.mode_value("contrast-more").is_some() {
            assert!(
                token.mode_value("dark").is_some(),
                "{} has a contrast-more value but no dark value",
                token.path
            );
        }
    }
}

#[test]
fn the_page_can_choose_its_colour_scheme() {
    // The device's preference applies unless the page chose; both choices are plain selectors,
    // so a server can apply them without any script (and without a flash of the other scheme).
    assert!(CSS.contains("@media (prefers-color-scheme: dark) {\n  :root:not([data-eh-scheme=\"light\"]) {"));
    assert!(CSS.contains(":root[data-eh-scheme=\"dark\"] {\n  color-scheme: dark;\n  --eh-color-text: #f3f3f3;"));
    assert!(CSS.contains(":root[data-eh-scheme=\"light\"] {\n  color-scheme: light;\n}"));
    assert!(CSS.contains("color-scheme: light dark;"));
}

#[test]
fn every_text_colour_is_declared_against_the_page() {
    // A semantic text colour that nobody checked against the page background is a bug waiting.
    let set = tokens();
    for fg in [
        "color.text",
        "color.text-secondary",
        "color.link",
        "color.link-visited",
        "color.link-hover",
        "color.error",
    ] {
        let declared = set
            .contrast_pairs()
            .iter()
            .any(|p| p.foreground == fg && p.background == "color.background" && p.minimum >= 4.5);
        assert!(
            declared,
            "{fg} on color.background at 4.5:1 is not declared"
        );
    }
}

#[test]
fn focus_pairs_carry_the_indication() {
    // Yellow on white fails 3:1, so the declared focus pairs must be the black ones.
    let set = tokens();
    let pairs = set.contrast_pairs();
    assert!(
        pairs
            .iter()
            .any(|p| p.foreground == "color.focus-text" && p.background == "color.focus")
    );
    assert!(pairs.iter().any(|p| p.foreground == "color.focus-outline"
        && p.background == "color.background"
        && p.minimum >= 3.0));
    assert!(
        !pairs
            .iter()
            .any(|p| p.foreground == "color.focus" && p.background == "color.background")
    );
}

#[test]
fn css_contains_every_semantic_variable() {
    assert!(CSS.contains("--eh-color-primary: #154273;"), "{CSS}");
    let missing: Vec<&str> = SEMANTIC_VARIABLES
        .iter()
        .copied()
        .filter(|var| !CSS.contains(&format!("  {var}: ")))
        .collect();
    assert!(
        missing.is_empty(),
        "missing from the generated CSS: {missing:?}"
    );
}

#[test]
fn css_is_what_to_css_produces() {
    assert_eq!(CSS, tokens().to_css());
}

#[test]
fn known_values() {
    let expected = [
        ("--eh-color-background: #ffffff;"),
        ("--eh-color-header-background: #154273;"),
        ("--eh-color-header-text: #ffffff;"),
        ("--eh-color-accent: #007bc7;"),
        ("--eh-space-0: 0rem;"),
        ("--eh-space-1: 0.25rem;"),
        ("--eh-space-9: 4rem;"),
        ("--eh-font-size-m: 1.1875rem;"),
        ("--eh-line-height-body: 1.5;"),
        ("--eh-font-weight-bold: 700;"),
        ("--eh-border-width-xl: 10px;"),
        ("--eh-focus-width: 3px;"),
        ("--eh-focus-offset: 0px;"),
        ("--eh-size-touch-target: 2.75rem;"),
        ("--eh-size-input-border: 2px;"),
        ("--eh-font-family-base: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", \"Liberation Sans\", sans-serif;"),
    ];
    for declaration in expected {
        assert!(
            CSS.contains(declaration),
            "missing `{declaration}` in\n{CSS}"
        );
    }
    assert!(CSS.contains("@media (prefers-contrast: more) {"));
}

#[test]
fn constants_match_tokens() {
    assert_eq!(constants::COLOR_PRIMARY, "#154273");
    assert_eq!(constants::COLOR_BLUE_700, "#154273");
    assert_eq!(constants::SPACE_4, "1rem");
    assert_eq!(constants::BREAKPOINT_TABLET, "40rem");
    assert_eq!(constants::BREAKPOINT_DESKTOP, "64rem");
    assert_eq!(constants::SIZE_TOUCH_TARGET, "2.75rem");
    assert_eq!(constants::FONT_WEIGHT_BOLD, "700");
    assert_eq!(constants::var::COLOR_FOCUS, "var(--eh-color-focus)");
    // Components interpolate breakpoints into media queries.
    assert_eq!(
        format!("@media (min-width: {})", constants::BREAKPOINT_TABLET),
        "@media (min-width: 40rem)"
    );
}

#[test]
fn semantic_tokens_resolve_to_palette_values() {
    let set = tokens();
    let value = |path: &str| {
        set.get(path)
            .unwrap_or_else(|| panic!("no token {path}"))
            .value
            .clone()
    };
    assert_eq!(value("color.primary"), value("color.blue.700"));
    assert_eq!(
        value("color.button.secondary.text"),
        value("color.grey.900")
    );
    let primary = set.get("color.primary").unwrap();
    assert_eq!(primary.alias.as_deref(), Some("color.blue.700"));
    assert_eq!(primary.kind, TokenType::Color);
    assert_eq!(
        set.get("size.input-border").unwrap().kind,
        TokenType::Dimension
    );
    assert_eq!(
        set.get("font-family.base").unwrap().kind,
        TokenType::FontFamily
    );
}

#[test]
fn css_snapshot() {
    insta::assert_snapshot!("tokens_css", CSS);
}
