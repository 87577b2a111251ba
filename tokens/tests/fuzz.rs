//! Property-based fuzzing of the token parser (stable Rust: proptest, no nightly fuzzer).
//!
//! [`eenheid_tokens::parse`] must return `Ok` or an error, never panic or overflow its stack, on:
//! arbitrary strings, JSON-ish character soup, generated DTCG-like documents (types, aliases that
//! form chains and cycles, modes, contrast pairs, odd numbers), text mutations of the real
//! `tokens.json`, structural mutations of it (one value replaced), and every file of the committed
//! corpus `tests/fuzz-corpus/` (`ok-*.json` must parse, `err-*.json` must be rejected). Whatever it
//! accepts must render to CSS and a contrast report without panicking; reformatting the real
//! file's whitespace must not change the result.
//!
//! `cargo test` runs each property with proptest's default case count. `cargo xtask fuzz
//! --seconds N` runs them until a deadline (`EENHEID_FUZZ_DEADLINE_MS`); a failure is shrunk,
//! saved under `target/fuzz-failures/` and printed: add it to the corpus with the fix.

use std::fmt::Debug;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use eenheid_tokens::{TOKENS_JSON, TokenSet, check_contrast, contrast_report, parse};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};
use serde_json::Value;

/// Runs `test` on values of `strategy`: once with the default config, or until the fuzz deadline.
fn fuzz<S>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let deadline = std::env::var("EENHEID_FUZZ_DEADLINE_MS").ok().and_then(|v| v.parse::<u64>().ok());
    let mut rounds = 0u64;
    loop {
        let config = match deadline {
            Some(_) => Config { cases: 256, failure_persistence: None, ..Config::default() },
            None => Config { failure_persistence: None, ..Config::default() },
        };
        let mut runner = TestRunner::new(config);
        if let Err(error) = runner.run(&strategy, &test) {
            let input = match &error {
                TestError::Fail(_, value) => format!("{value:?}"),
                TestError::Abort(reason) => format!("(aborted: {reason})"),
            };
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("tokens-{name}.txt")), format!("{input}\n"));
            panic!("fuzz {name}: {error}\nminimal input: {input}\n(saved in target/fuzz-failures/tokens-{name}.txt; add it to tokens/tests/fuzz-corpus/ with the fix)");
        }
        rounds += 1;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_millis() as u64;
        match deadline {
            Some(deadline) if now < deadline => continue,
            Some(_) => {
                eprintln!("fuzz {name}: {rounds} rounds of 256 cases, no failure");
                return;
            }
            None => return,
        }
    }
}

/// Whatever the parser accepts must render and be measurable.
fn use_result(set: &TokenSet) -> Result<(), TestCaseError> {
    let css = set.to_css();
    prop_assert!(css.contains(":root {"), "the CSS has a :root block");
    for token in set.tokens() {
        prop_assert!(css.contains(&token.css_var), "{} is in the CSS", token.css_var);
        prop_assert!(set.get(&token.path).is_some());
    }
    let _ = contrast_report(set);
    let _ = check_contrast(set);
    Ok(())
}

/// Parses `text`: no panic; accepted sets are used, errors must say something.
fn check(text: &str) -> Result<Option<TokenSet>, TestCaseError> {
    match parse(text) {
        Ok(set) => {
            use_result(&set)?;
            Ok(Some(set))
        }
        Err(error) => {
            prop_assert!(!error.to_string().is_empty());
            Ok(None)
        }
    }
}

const KEYS: &[&str] = &[
    "$type", "$value", "$description", "$extensions", "$deprecated", "color", "blue", "700", "text", "primary", "a", "b",
    "size", "font", "nl.eenheid.modes", "nl.eenheid.contrast", "contrast-more", "dark", "foreground", "background",
    "minimum", "usage", "", "a.b", "{x}", "-", "ü", "$", "$$value",
];

const STRINGS: &[&str] = &[
    "#154273", "#fff", "#ffff", "#00000080", "#GGGGGG", "#", "rgb(1, 2, 3)", "transparent", "{color.blue.700}",
    "{color.text}", "{color.primary}", "{a}", "{b}", "{a.b}", "{}", "{", "{missing.token}", "{color}", "1rem", "0",
    "16px", "-1rem", "1e309rem", "NaNrem", "1.5em", "150ms", "2s", "10%", "Arial", "\"Rijks Sans\", sans-serif",
    "color", "dimension", "fontFamily", "fontWeight", "number", "duration", "bold", "700", "", " ", "\u{0}", "😀",
];

/// DTCG-like JSON values: objects with token-ish keys, alias strings, odd numbers.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        proptest::sample::select(STRINGS).prop_map(|s| Value::String(s.to_owned())),
        any::<String>().prop_map(Value::String),
        any::<f64>().prop_map(|n| serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(KEYS), inner), 0..8).prop_map(|members| {
                Value::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

/// A token: `{ "$type": …, "$value": … }` with optional modes, so aliases and modes get exercised.
fn token_doc() -> impl Strategy<Value = String> {
    let token = (
        proptest::option::of(proptest::sample::select(&STRINGS[30..37])),
        json_value(),
        proptest::option::of(json_value()),
    )
        .prop_map(|(kind, value, mode)| {
            let mut object = serde_json::Map::new();
            if let Some(kind) = kind {
                object.insert("$type".into(), Value::String(kind.into()));
            }
            object.insert("$value".into(), value);
            if let Some(mode) = mode {
                object.insert("$extensions".into(), serde_json::json!({ "nl.eenheid.modes": { "contrast-more": mode } }));
            }
            Value::Object(object)
        });
    let group = proptest::collection::vec((proptest::sample::select(&KEYS[5..14]), token), 1..8);
    (group, proptest::option::of(json_value())).prop_map(|(tokens, extensions)| {
        let mut color = serde_json::Map::new();
        for (name, token) in tokens {
            color.insert(name.to_owned(), token);
        }
        let mut root = serde_json::Map::new();
        root.insert("color".into(), Value::Object(color.clone()));
        root.insert("a".into(), Value::Object(color));
        if let Some(extensions) = extensions {
            root.insert("$extensions".into(), serde_json::json!({ "nl.eenheid.contrast": extensions }));
        }
        Value::Object(root).to_string()
    })
}

#[test]
fn shipped_tokens_parse_to_the_shipped_css() {
    let set = parse(TOKENS_JSON).expect("tokens.json parses");
    assert_eq!(set.to_css(), eenheid_tokens::CSS, "the run-time parser and build.rs agree");
    assert!(check_contrast(&set).is_empty(), "every declared pair passes");
}

#[test]
fn corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/fuzz-corpus").flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 10, "the corpus has {} files", files.len());
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let bytes = std::fs::read(&path).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        let result = check(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        if name.starts_with("ok-") {
            assert!(result.is_some(), "{name} must parse: {:?}", parse(&text).err());
        } else if name.starts_with("err-") {
            assert!(result.is_none(), "{name} must be rejected");
        }
    }
}

#[test]
fn any_string_never_panics() {
    fuzz("any_string", any::<String>(), |text| check(&text).map(|_| ()));
}

#[test]
fn json_soup_never_panics() {
    const SOUP: &[char] = &[
        '{', '}', '[', ']', '"', ':', ',', '$', 'v', 'a', 'l', 'u', 'e', 't', 'y', 'p', '#', '0', '1', '9', '.', '-', '+', 'E',
        ' ', '\n', '\\', 'n', 'r', 'm', 's',
    ];
    let soup = proptest::collection::vec(proptest::sample::select(SOUP), 0..200).prop_map(|c| c.into_iter().collect::<String>());
    fuzz("json_soup", soup, |text| check(&text).map(|_| ()));
}

#[test]
fn generated_json_never_panics() {
    fuzz("generated_json", json_value().prop_map(|v| v.to_string()), |text| check(&text).map(|_| ()));
}

#[test]
fn generated_token_documents_never_panic() {
    fuzz("generated_tokens", token_doc(), |text| check(&text).map(|_| ()));
}

/// One text mutation of the real file, at a position chosen by `at`.
#[derive(Clone, Debug)]
enum Edit {
    Delete(prop::sample::Index, usize),
    Insert(prop::sample::Index, String),
    Replace(prop::sample::Index, char),
    Duplicate(prop::sample::Index, usize),
    Truncate(prop::sample::Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = prop_oneof![proptest::sample::select(STRINGS).prop_map(str::to_owned), "[{}\\[\\]\":,$ ]{1,4}", any::<String>()];
    prop_oneof![
        (any::<prop::sample::Index>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<prop::sample::Index>(), text).prop_map(|(i, s)| Edit::Insert(i, s)),
        (any::<prop::sample::Index>(), any::<char>()).prop_map(|(i, c)| Edit::Replace(i, c)),
        (any::<prop::sample::Index>(), 1usize..200).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        any::<prop::sample::Index>().prop_map(Edit::Truncate),
    ]
}

fn apply(chars: &mut Vec<char>, edit: &Edit) {
    if chars.is_empty() {
        return;
    }
    match edit {
        Edit::Delete(at, n) => {
            let start = at.index(chars.len());
            let end = (start + n).min(chars.len());
            chars.drain(start..end);
        }
        Edit::Insert(at, text) => {
            let at = at.index(chars.len());
            chars.splice(at..at, text.chars());
        }
        Edit::Replace(at, c) => {
            let at = at.index(chars.len());
            chars[at] = *c;
        }
        Edit::Duplicate(at, n) => {
            let start = at.index(chars.len());
            let end = (start + n).min(chars.len());
            let copy: Vec<char> = chars[start..end].to_vec();
            chars.splice(end..end, copy);
        }
        Edit::Truncate(at) => chars.truncate(at.index(chars.len())),
    }
}

#[test]
fn mutated_real_tokens_never_panic() {
    let original: Vec<char> = TOKENS_JSON.chars().collect();
    fuzz("mutated_text", proptest::collection::vec(edit(), 1..6), |edits| {
        let mut chars = original.clone();
        for edit in &edits {
            apply(&mut chars, edit);
        }
        check(&chars.into_iter().collect::<String>()).map(|_| ())
    });
}

/// Every JSON pointer to a value in the document.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (key, child) in members {
                pointers(child, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[test]
fn structurally_mutated_real_tokens_never_panic() {
    let document: Value = serde_json::from_str(TOKENS_JSON).expect("tokens.json is JSON");
    let mut all = Vec::new();
    pointers(&document, String::new(), &mut all);
    // Aliases to real tokens make chains and cycles through the real graph.
    let aliases: Vec<String> = parse(TOKENS_JSON).expect("parses").tokens().iter().map(|t| format!("{{{}}}", t.path)).collect();
    let replacement = prop_oneof![json_value(), proptest::sample::select(aliases).prop_map(Value::String)];
    let strategy = proptest::collection::vec((any::<prop::sample::Index>(), replacement), 1..4);
    fuzz("mutated_structure", strategy, |changes| {
        let mut doc = document.clone();
        for (index, replacement) in changes {
            let pointer = &all[index.index(all.len())];
            if let Some(slot) = doc.pointer_mut(pointer) {
                *slot = replacement;
            }
        }
        check(&doc.to_string()).map(|_| ())
    });
}

#[test]
fn whitespace_does_not_change_the_result() {
    let reference = parse(TOKENS_JSON).expect("parses");
    let breaks = proptest::collection::vec(proptest::sample::select(&["\n", " \n", "\r\n", "\t\n  ", "\n\n"][..]), 1..400);
    fuzz("whitespace", breaks, |breaks| {
        let mut text = String::with_capacity(TOKENS_JSON.len() + 1000);
        for (i, line) in TOKENS_JSON.lines().enumerate() {
            text.push_str(line);
            text.push_str(breaks[i % breaks.len()]);
        }
        let set = parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(set, reference.clone());
        Ok(())
    });
}
