//! Bad token documents fail with messages that name the token at fault.

use eenheid_tokens::{TokenError, parse};

fn error(json: &str) -> TokenError {
    match parse(json) {
        Ok(set) => panic!("expected an error, parsed {} tokens", set.len()),
        Err(e) => e,
    }
}

#[test]
fn dangling_reference_names_both_paths() {
    let e = error(r#"{ "color": { "$type": "color", "primary": { "$value": "{color.nope}" } } }"#);
    assert_eq!(
        e,
        TokenError::DanglingReference {
            path: "color.primary".into(),
            target: "color.nope".into()
        }
    );
    let message = e.to_string();
    assert!(
        message.contains("color.primary") && message.contains("color.nope"),
        "{message}"
    );
}

#[test]
fn dangling_reference_in_a_chain_names_the_broken_link() {
    let e = error(
        r#"{ "color": { "$type": "color",
             "a": { "$value": "{color.b}" },
             "b": { "$value": "{color.gone}" } } }"#,
    );
    assert_eq!(
        e,
        TokenError::DanglingReference {
            path: "color.b".into(),
            target: "color.gone".into()
        }
    );
}

#[test]
fn reference_to_a_group_is_dangling() {
    let e = error(
        r##"{ "color": { "$type": "color", "blue": { "700": { "$value": "#154273" } },
             "primary": { "$value": "{color.blue}" } } }"##,
    );
    assert!(matches!(e, TokenError::DanglingReference { .. }), "{e}");
}

#[test]
fn unknown_type_names_the_path() {
    let e = error(r##"{ "brand": { "main": { "$type": "colour", "$value": "#154273" } } }"##);
    assert!(matches!(e, TokenError::WrongType { .. }), "{e:?}");
    let message = e.to_string();
    assert!(
        message.contains("brand.main") && message.contains("colour"),
        "{message}"
    );
}

#[test]
fn unknown_group_type_names_the_group() {
    let e = error(r##"{ "brand": { "$type": "colour", "main": { "$value": "#154273" } } }"##);
    assert!(e.to_string().contains("`brand`"), "{e}");
}

#[test]
fn dimension_that_is_not_a_dimension() {
    let e = error(r#"{ "space": { "$type": "dimension", "big": { "$value": "red-ish" } } }"#);
    assert!(matches!(e, TokenError::BadDimension { .. }), "{e:?}");
    let message = e.to_string();
    assert!(
        message.contains("space.big") && message.contains("red-ish"),
        "{message}"
    );
}

#[test]
fn dimension_with_a_forbidden_unit() {
    let e = error(
        r#"{ "space": { "$type": "dimension", "big": { "$value": { "value": 3, "unit": "furlong" } } } }"#,
    );
    let message = e.to_string();
    assert!(
        message.contains("space.big") && message.contains("furlong"),
        "{message}"
    );
}

#[test]
fn colour_that_is_not_a_colour() {
    let e = error(r#"{ "color": { "$type": "color", "main": { "$value": "red-ish" } } }"#);
    assert!(matches!(e, TokenError::BadColour { .. }), "{e:?}");
    assert!(e.to_string().contains("color.main"), "{e}");
    let e = error(r#"{ "color": { "$type": "color", "main": { "$value": 12 } } }"#);
    assert!(matches!(e, TokenError::WrongType { .. }), "{e:?}");
    assert!(e.to_string().contains("color.main"), "{e}");
}

#[test]
fn unparsable_colours_name_the_path() {
    for bad in ["#12", "#ggg", "#1234567", "rgb(1, 2)"] {
        let json =
            format!(r#"{{ "color": {{ "$type": "color", "bad": {{ "$value": "{bad}" }} }} }}"#);
        let e = error(&json);
        assert!(matches!(e, TokenError::BadColour { .. }), "{bad}: {e:?}");
        let message = e.to_string();
        assert!(
            message.contains("color.bad") && message.contains(bad),
            "{message}"
        );
    }
}

#[test]
fn cycle_is_an_error() {
    let e = error(
        r#"{ "color": { "$type": "color",
             "a": { "$value": "{color.b}" },
             "b": { "$value": "{color.a}" } } }"#,
    );
    match &e {
        TokenError::Cycle { path, chain } => {
            assert_eq!(path, "color.a");
            assert_eq!(chain, &["color.a", "color.b", "color.a"]);
        }
        other => panic!("expected a cycle, got {other:?}"),
    }
    let message = e.to_string();
    assert!(message.contains("color.a → color.b → color.a"), "{message}");
}

#[test]
fn self_reference_is_a_cycle() {
    let e = error(r#"{ "color": { "$type": "color", "a": { "$value": "{color.a}" } } }"#);
    assert!(matches!(e, TokenError::Cycle { .. }), "{e:?}");
}

#[test]
fn invalid_json_reports_line_and_column() {
    let e = error("{\n  \"color\": {\n    \"a\": { \"$value\": \"#fff\", }\n  }\n}");
    match &e {
        TokenError::Json { line, .. } => assert_eq!(*line, 3, "{e}"),
        other => panic!("expected a JSON error, got {other:?}"),
    }
    assert!(e.to_string().contains("line 3"), "{e}");
}

#[test]
fn duplicate_keys_are_rejected() {
    let e = error(
        "{\n \"a\": { \"$type\": \"number\", \"$value\": 1 },\n \"a\": { \"$type\": \"number\", \"$value\": 2 }\n}",
    );
    assert!(matches!(e, TokenError::Json { line: 3, .. }), "{e:?}");
    assert!(e.to_string().contains("duplicate key `a`"), "{e}");
}

#[test]
fn missing_type_names_the_path() {
    let e = error(r##"{ "misc": { "thing": { "$value": "#fff" } } }"##);
    assert!(matches!(e, TokenError::WrongType { .. }), "{e:?}");
    assert!(e.to_string().contains("misc.thing"), "{e}");
}

#[test]
fn alias_of_the_wrong_type() {
    let e = error(
        r##"{ "color": { "$type": "color", "a": { "$value": "#fff" } },
             "space": { "$type": "dimension", "s": { "$value": "{color.a}" } } }"##,
    );
    assert!(matches!(e, TokenError::WrongType { .. }), "{e:?}");
    assert!(e.to_string().contains("space.s"), "{e}");
}

#[test]
fn names_must_be_css_friendly() {
    let e = error(r##"{ "color": { "$type": "color", "Blue Dark": { "$value": "#fff" } } }"##);
    assert!(matches!(e, TokenError::Invalid { .. }), "{e:?}");
    assert!(e.to_string().contains("Blue Dark"), "{e}");
}

#[test]
fn colliding_css_variables_are_rejected() {
    let e = error(
        r#"{ "a": { "$type": "number", "b-c": { "$value": 1 }, "b": { "c": { "$value": 2 } } } }"#,
    );
    assert!(e.to_string().contains("--eh-a-b-c"), "{e}");
}

#[test]
fn typo_in_a_property_is_caught() {
    let e = error(
        r##"{ "color": { "$type": "color", "a": { "$value": "#fff", "$descriptoin": "x" } } }"##,
    );
    assert!(
        e.to_string().contains("$descriptoin") && e.to_string().contains("color.a"),
        "{e}"
    );
}

#[test]
fn contrast_pair_with_dangling_reference() {
    let e = error(
        r##"{ "color": { "$type": "color", "a": { "$value": "#fff" } },
             "$extensions": { "nl.eenheid.contrast": [
               { "foreground": "{color.zzz}", "background": "{color.a}", "minimum": 4.5, "usage": "x" } ] } }"##,
    );
    assert!(matches!(e, TokenError::DanglingReference { .. }), "{e:?}");
    let message = e.to_string();
    assert!(
        message.contains("color.zzz") && message.contains("nl.eenheid.contrast[0].foreground"),
        "{message}"
    );
}

#[test]
fn contrast_pair_with_translucent_colour() {
    let e = error(
        r##"{ "color": { "$type": "color", "a": { "$value": "#fff" }, "b": { "$value": "#00000080" } },
             "$extensions": { "nl.eenheid.contrast": [
               { "foreground": "{color.b}", "background": "{color.a}", "minimum": 4.5, "usage": "x" } ] } }"##,
    );
    assert!(matches!(e, TokenError::BadColour { .. }), "{e:?}");
    assert!(
        e.to_string().contains("color.b") && e.to_string().contains("translucent"),
        "{e}"
    );
}

#[test]
fn unknown_mode_is_rejected() {
    let e = error(
        r##"{ "color": { "$type": "color", "a": { "$value": "#fff",
             "$extensions": { "nl.eenheid.modes": { "sepia": "#eee" } } } } }"##,
    );
    assert!(
        e.to_string().contains("sepia") && e.to_string().contains("color.a"),
        "{e}"
    );
}

#[test]
fn errors_are_std_errors() {
    let e: Box<dyn std::error::Error> = Box::new(error(
        r##"{ "a": { "$type": "color", "b": { "$value": "#12" } } }"##,
    ));
    assert!(
        e.source().is_some(),
        "BadColour should expose the colour error as its source"
    );
}
