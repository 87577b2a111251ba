//! `fixtures.json`: for every component of the registry, each example's props as written and the
//! HTML Eenheid renders for it, so a team on another stack can port a component and test its
//! output against Eenheid's own (`cargo xtask fixtures [DIR]`, see the book's "Eenheid zonder
//! Rust"). The HTML is [`crate::example_html::render`], the same text as the showcase's HTML view.
//!
//! The schema is these structs; a change to them is a change for every port, so fields are only
//! added, never renamed (`schema` says which version a file follows).

use std::path::{Path, PathBuf};

use eenheid::examples::{ComponentEntry, Example};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use serde::{Deserialize, Serialize};

/// The version of this file format. Raise it when a field changes meaning.
pub const SCHEMA: u32 = 1;

/// One component's `fixtures.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComponentFixtures {
    /// The format version ([`SCHEMA`]).
    pub schema: u32,
    /// The component's slug, also its folder name ("text-input").
    pub component: String,
    /// The Eenheid version that rendered the HTML.
    pub version: String,
    /// Every example, in showcase order.
    pub examples: Vec<ExampleFixture>,
}

/// One example: what it shows, how it is written and what it renders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExampleFixture {
    /// The example's slug ("met-fout"), unique within the component.
    pub name: String,
    /// Its title in the showcase.
    pub title: String,
    /// What it shows and when to use it.
    pub description: String,
    /// Every Eenheid component the example's `view!` uses, in the order written, with its
    /// attributes as written.
    pub props: Vec<ComponentProps>,
    /// The Leptos code of the example, as the showcase shows it.
    pub leptos: String,
    /// The expected HTML: Leptos's markers stripped, one element a line.
    pub html: String,
}

/// One use of a component in an example's `view!`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComponentProps {
    /// The component as written ("TextInput").
    pub component: String,
    /// Its attributes in the order written.
    pub attributes: Vec<PropFixture>,
}

/// One attribute of a component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PropFixture {
    /// The prop's name ("label", "width").
    pub name: String,
    /// Its value.
    pub value: PropValue,
}

/// A prop's value: a plain value when it is a literal, otherwise the Rust expression as written
/// (`InputWidth::Chars7`, `vec![…]`), for a person to read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum PropValue {
    /// A string literal, unescaped.
    Text(String),
    /// `true` or `false`; a prop written without a value is `true`.
    Bool(bool),
    /// A whole number.
    Integer(i64),
    /// Any other expression, as written in the example.
    Rust(String),
}

/// The fixtures of one component.
pub fn for_entry(entry: &'static ComponentEntry) -> ComponentFixtures {
    ComponentFixtures {
        schema: SCHEMA,
        component: entry.slug.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        examples: entry.examples.iter().map(for_example).collect(),
    }
}

fn for_example(example: &'static Example) -> ExampleFixture {
    ExampleFixture {
        name: example.name.to_owned(),
        title: example.title.to_owned(),
        description: example.description.to_owned(),
        props: props(example.code),
        leptos: example.code.to_owned(),
        html: crate::example_html::render(example).to_owned(),
    }
}

/// A folder or file that could not be written.
#[derive(Debug)]
pub struct WriteError {
    /// What could not be written.
    pub path: PathBuf,
    /// Why.
    pub source: std::io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cannot write the fixtures to {}: {}", self.path.display(), self.source)
    }
}

impl std::error::Error for WriteError {}

/// The stylesheets written next to the fixtures: the whole one (tokens, then every component),
/// and the tokens alone, for a team that only wants the variables.
pub const STYLESHEET_FILE: &str = "eenheid.css";
/// See [`STYLESHEET_FILE`].
pub const TOKENS_FILE: &str = "tokens.css";

/// Writes `<dir>/<slug>/fixtures.json` for every component of the registry, and the stylesheets
/// the HTML needs; returns the fixtures files.
pub fn write_all(dir: &Path) -> Result<Vec<PathBuf>, WriteError> {
    let fail = |path: &Path| {
        let path = path.to_owned();
        move |source| WriteError { path, source }
    };
    std::fs::create_dir_all(dir).map_err(fail(dir))?;
    for (name, css) in [(STYLESHEET_FILE, eenheid::style::stylesheet()), (TOKENS_FILE, eenheid_tokens::CSS)] {
        let file = dir.join(name);
        std::fs::write(&file, css).map_err(fail(&file))?;
    }
    let mut written = Vec::new();
    for entry in eenheid::catalogue::registry() {
        let folder = dir.join(entry.slug);
        std::fs::create_dir_all(&folder).map_err(fail(&folder))?;
        let file = folder.join("fixtures.json");
        let json = serde_json::to_string_pretty(&for_entry(entry)).expect("fixtures are plain data");
        std::fs::write(&file, json + "\n").map_err(fail(&file))?;
        written.push(file);
    }
    Ok(written)
}

/// The components used in `code` (an example's `view! { … }`) and their attributes, in the order
/// written. Nested `view!`s (in a prop or a closure) count too; Rust code outside a `view!` does
/// not (`Vec<Choice>` is no component).
pub fn props(code: &str) -> Vec<ComponentProps> {
    let Ok(stream) = code.parse::<TokenStream>() else { return Vec::new() };
    let mut out = Vec::new();
    find_views(stream, code, &mut out);
    out
}

fn find_views(stream: TokenStream, code: &str, out: &mut Vec<ComponentProps>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match (token, tokens.get(i + 1), tokens.get(i + 2)) {
            (TokenTree::Ident(ident), Some(TokenTree::Punct(bang)), Some(TokenTree::Group(body))) if ident == "view" && bang.as_char() == '!' => {
                elements(body.stream(), code, out);
            }
            (TokenTree::Group(group), _, _) if !is_view_body(&tokens, i) => find_views(group.stream(), code, out),
            _ => {}
        }
    }
}

/// Whether the group at `i` is the body of a `view!` (already read as elements).
fn is_view_body(tokens: &[TokenTree], i: usize) -> bool {
    i >= 2 && matches!((&tokens[i - 2], &tokens[i - 1]), (TokenTree::Ident(ident), TokenTree::Punct(bang)) if ident == "view" && bang.as_char() == '!')
}

/// Reads the elements of one `view!` body: `<Component attr=value …>` for every name that starts
/// with a capital; values in braces may hold further `view!`s.
fn elements(stream: TokenStream, code: &str, out: &mut Vec<ComponentProps>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        if let TokenTree::Group(group) = &tokens[i] {
            find_views(group.stream(), code, out);
        }
        let component = match &tokens[i] {
            TokenTree::Punct(p) if p.as_char() == '<' => component_name(&tokens, i + 1),
            _ => None,
        };
        let Some((component, after)) = component else {
            i += 1;
            continue;
        };
        i = after;
        let mut attributes = Vec::new();
        while i < tokens.len() {
            if matches!(&tokens[i], TokenTree::Punct(p) if p.as_char() == '>' || p.as_char() == '/') {
                break;
            }
            // A name: idents joined by `:` or `-` (`attr:class`, `aria-label`).
            let mut name = tokens[i].to_string();
            i += 1;
            while let (Some(TokenTree::Punct(p)), Some(TokenTree::Ident(next))) = (tokens.get(i), tokens.get(i + 1)) {
                if p.as_char() != ':' && p.as_char() != '-' {
                    break;
                }
                name.push(p.as_char());
                name.push_str(&next.to_string());
                i += 2;
            }
            let value = match tokens.get(i) {
                Some(TokenTree::Punct(p)) if p.as_char() == '=' => {
                    i += 1;
                    let start = i;
                    i = value_end(&tokens, i);
                    // A value may hold `view!`s of its own (`children=view! { … }`).
                    find_views(tokens[start..i].iter().cloned().collect(), code, out);
                    value(&tokens[start..i], code)
                }
                _ => PropValue::Bool(true),
            };
            attributes.push(PropFixture { name, value });
        }
        out.push(ComponentProps { component, attributes });
    }
}

/// The component named at `i` (`TextInput`, or the last part of `crate::page::back_link::BackLink`)
/// and where its attributes start; `None` for an HTML element (`div`).
fn component_name(tokens: &[TokenTree], mut i: usize) -> Option<(String, usize)> {
    let mut name = match tokens.get(i) {
        Some(TokenTree::Ident(ident)) => ident.to_string(),
        _ => return None,
    };
    i += 1;
    while let (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)), Some(TokenTree::Ident(next))) = (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2)) {
        if a.as_char() != ':' || b.as_char() != ':' {
            break;
        }
        name = next.to_string();
        i += 3;
    }
    name.starts_with(|c: char| c.is_ascii_uppercase()).then_some((name, i))
}

/// Where a value that starts at `i` ends: one token or group, with what joins on to it — paths
/// (`InputWidth::Chars7`, `Vec::<String>::new`), fields and methods, calls, macros (`vec![…]`)
/// and a leading `-` or `&`.
fn value_end(tokens: &[TokenTree], mut i: usize) -> usize {
    let punct = |i: usize, c: char| matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == c);
    // A closure (`|| view! { … }`, `move |x| …`): its arguments, then its body as a value.
    if matches!(tokens.get(i), Some(TokenTree::Ident(ident)) if ident == "move") && punct(i + 1, '|') {
        i += 1;
    }
    if punct(i, '|') {
        i += 1;
        while i < tokens.len() && !punct(i, '|') {
            i += 1;
        }
        i += 1;
    }
    if punct(i, '-') || punct(i, '&') {
        i += 1;
    }
    i += 1;
    // After `::` or `.` an operand must follow; after `!` a macro body.
    let (mut after_joiner, mut after_bang) = (false, false);
    loop {
        match tokens.get(i) {
            Some(TokenTree::Punct(p)) if p.as_char() == ':' || p.as_char() == '.' => after_joiner = true,
            Some(TokenTree::Punct(p)) if p.as_char() == '<' && after_joiner => {
                // A turbofish: up to the matching `>`.
                let mut depth = 0usize;
                while let Some(token) = tokens.get(i) {
                    match token {
                        TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
                        TokenTree::Punct(p) if p.as_char() == '>' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                    i += 1;
                }
                after_joiner = false;
            }
            Some(TokenTree::Punct(p)) if p.as_char() == '!' && !after_joiner => after_bang = true,
            Some(TokenTree::Ident(_) | TokenTree::Literal(_)) if after_joiner => after_joiner = false,
            Some(TokenTree::Group(g)) if !after_joiner && (after_bang || g.delimiter() != Delimiter::Brace) => after_bang = false,
            _ => return i.min(tokens.len()),
        }
        i += 1;
    }
}

fn value(tokens: &[TokenTree], code: &str) -> PropValue {
    if let [TokenTree::Ident(ident)] = tokens {
        match ident.to_string().as_str() {
            "true" => return PropValue::Bool(true),
            "false" => return PropValue::Bool(false),
            _ => {}
        }
    }
    if let [TokenTree::Literal(literal)] = tokens {
        match syn::parse_str::<syn::Lit>(&literal.to_string()) {
            Ok(syn::Lit::Str(text)) => return PropValue::Text(text.value()),
            Ok(syn::Lit::Int(int)) => {
                if let Ok(number) = int.base10_parse::<i64>() {
                    return PropValue::Integer(number);
                }
            }
            _ => {}
        }
    }
    PropValue::Rust(source_text(tokens, code))
}

/// The tokens as written in `code` (their spans' byte range), or as printed if that fails.
fn source_text(tokens: &[TokenTree], code: &str) -> String {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return String::new() };
    let range = first.span().byte_range().start..last.span().byte_range().end;
    match code.get(range) {
        Some(text) if !text.is_empty() => text.to_owned(),
        _ => tokens.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_are_read_as_written() {
        let code = r#"view! { <TextInput id="postcode" label="Post\"code" width=InputWidth::Chars7 spellcheck=false rows=3 required /> }"#;
        let props = props(code);
        assert_eq!(props.len(), 1);
        assert_eq!(props[0].component, "TextInput");
        let values: Vec<(&str, &PropValue)> = props[0].attributes.iter().map(|a| (a.name.as_str(), &a.value)).collect();
        assert_eq!(
            values,
            [
                ("id", &PropValue::Text("postcode".into())),
                ("label", &PropValue::Text("Post\"code".into())),
                ("width", &PropValue::Rust("InputWidth::Chars7".into())),
                ("spellcheck", &PropValue::Bool(false)),
                ("rows", &PropValue::Integer(3)),
                ("required", &PropValue::Bool(true)),
            ]
        );
    }

    #[test]
    fn nested_views_count_and_rust_generics_do_not() {
        let code = r##"view! { <FormGroup><Radios name="r" choices=vec![Choice::new("a", "A")] hint=Vec::<String>::new() /><p>{ view! { <Tag text="x" /> } }</p></FormGroup>
            <Page before=|| view! { <crate::page::back_link::BackLink href="#" /> } after=move |x: u8| x.into_view() lang=Lang::Nl /> }"##;
        let props = props(code);
        let names: Vec<&str> = props.iter().map(|p| p.component.as_str()).collect();
        assert_eq!(names, ["FormGroup", "Radios", "Tag", "BackLink", "Page"]);
        let page: Vec<(&str, &PropValue)> = props[4].attributes.iter().map(|a| (a.name.as_str(), &a.value)).collect();
        assert_eq!(
            page,
            [
                ("before", &PropValue::Rust(r##"|| view! { <crate::page::back_link::BackLink href="#" /> }"##.into())),
                ("after", &PropValue::Rust("move |x: u8| x.into_view()".into())),
                ("lang", &PropValue::Rust("Lang::Nl".into())),
            ]
        );
        assert_eq!(props[1].attributes[1].value, PropValue::Rust(r#"vec![Choice::new("a", "A")]"#.into()));
        assert_eq!(props[1].attributes[2].value, PropValue::Rust("Vec::<String>::new()".into()));
    }

    #[test]
    fn the_schema_is_tagged_and_stable() {
        let json = serde_json::to_value(PropFixture { name: "width".into(), value: PropValue::Rust("InputWidth::Chars7".into()) }).unwrap();
        assert_eq!(json, serde_json::json!({"name": "width", "value": {"kind": "rust", "value": "InputWidth::Chars7"}}));
    }

    #[test]
    fn every_example_has_props_and_html() {
        for entry in eenheid::catalogue::registry() {
            let fixtures = for_entry(entry);
            assert_eq!(fixtures.examples.len(), entry.examples.len());
            for example in &fixtures.examples {
                assert!(!example.props.is_empty(), "{}/{}: no component found in its view!", entry.slug, example.name);
                assert!(example.html.starts_with('<'), "{}/{}", entry.slug, example.name);
            }
        }
    }
}
