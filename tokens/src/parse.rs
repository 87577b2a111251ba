//! Reading a W3C Design Tokens (DTCG) document into a resolved [`TokenSet`].
//!
//! This module is compiled twice: into the library, and into `build.rs` (via `#[path]`), so the
//! stylesheet and constants baked in at build time come from exactly the code the tests exercise.
//! That is why it only depends on sibling modules (`colour`, `error`, `json`) and std.
//!
//! Supported DTCG features: nested groups; `$value`, `$type`, `$description`, `$extensions`,
//! `$deprecated`; `$type` inherited from the nearest group that sets it; whole-value aliases
//! (`"{color.blue.700}"`), including chains, with cycle detection. Types: color, dimension,
//! fontFamily, fontWeight, number, duration.

use std::collections::HashMap;
use std::fmt;

use crate::colour::{Rgb, Rgba, parse_colour, parse_colour_alpha};
use crate::error::TokenError;
use crate::json::Json;

/// Every CSS custom property starts with this prefix.
pub const CSS_PREFIX: &str = "--eh-";

/// Root `$extensions` key holding the list of contrast pairs to check.
pub const CONTRAST_EXTENSION: &str = "nl.eenheid.contrast";

/// Token `$extensions` key holding per-mode values, e.g. `{"contrast-more": "#000000"}`.
pub const MODES_EXTENSION: &str = "nl.eenheid.modes";

/// The modes a token may give a value for, with the media query that switches each on.
/// In this order they appear in the generated CSS.
pub const MODES: &[(&str, &str)] = &[
    ("contrast-more", "(prefers-contrast: more)"),
    ("dark", "(prefers-color-scheme: dark)"),
];

/// The attribute on `<html>` with which a page chooses a colour scheme itself, whatever the
/// device prefers: `data-eh-scheme="dark"` or `data-eh-scheme="light"` (absent: follow the device).
pub const SCHEME_ATTRIBUTE: &str = "data-eh-scheme";

/// The mode that [`SCHEME_ATTRIBUTE`] can switch on or off explicitly.
pub const DARK_MODE: &str = "dark";

/// The media query for a mode name from [`MODES`], e.g. `"(prefers-contrast: more)"`.
pub fn media_query(mode: &str) -> Option<&'static str> {
    MODES
        .iter()
        .find(|(name, _)| *name == mode)
        .map(|(_, query)| *query)
}

/// Units a dimension may use. DTCG itself only defines px and rem; em and ch are allowed because
/// text measures (`40ch`) and component-relative sizes are legitimate design decisions.
const DIMENSION_UNITS: &[&str] = &["px", "rem", "em", "ch", "%"];
const DURATION_UNITS: &[&str] = &["ms", "s"];

/// The DTCG `$type` of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenType {
    /// `color`: a CSS colour, rendered as `#rrggbb` (or `#rrggbbaa`).
    Color,
    /// `dimension`: a length such as `4px` or `1.5rem`.
    Dimension,
    /// `fontFamily`: one name or a list, rendered as a CSS font stack.
    FontFamily,
    /// `fontWeight`: 1–1000 or a keyword such as `bold`, rendered as a number.
    FontWeight,
    /// `number`: a unitless number (line heights, ratios).
    Number,
    /// `duration`: a time such as `150ms`.
    Duration,
}

impl TokenType {
    const ALL: [TokenType; 6] = [
        TokenType::Color,
        TokenType::Dimension,
        TokenType::FontFamily,
        TokenType::FontWeight,
        TokenType::Number,
        TokenType::Duration,
    ];

    /// Parses a DTCG `$type` name (case-sensitive, as the spec writes them).
    pub fn from_dtcg(name: &str) -> Option<TokenType> {
        Self::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// The DTCG `$type` name.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenType::Color => "color",
            TokenType::Dimension => "dimension",
            TokenType::FontFamily => "fontFamily",
            TokenType::FontWeight => "fontWeight",
            TokenType::Number => "number",
            TokenType::Duration => "duration",
        }
    }
}

impl fmt::Display for TokenType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One resolved token.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Dotted path, e.g. `color.button.primary.background`.
    pub path: String,
    /// CSS custom property name, e.g. `--eh-color-button-primary-background`.
    pub css_var: String,
    /// The token's type (declared, inherited from a group, or taken from its alias target).
    pub kind: TokenType,
    /// The final CSS value, aliases resolved, e.g. `#154273`, `0.25rem`, `700`.
    pub value: String,
    /// `$description`, if any.
    pub description: Option<String>,
    /// The path this token directly aliases (`color.blue.700` for `"{color.blue.700}"`).
    pub alias: Option<String>,
    /// Values for other modes (`("contrast-more", "#000000")`), aliases resolved. A token that
    /// aliases another inherits that token's mode values unless it declares its own.
    pub modes: Vec<(String, String)>,
}

impl Token {
    /// `var(--eh-…)`, ready to paste into a stylesheet.
    pub fn var(&self) -> String {
        format!("var({})", self.css_var)
    }

    /// The value in `mode` (e.g. `"contrast-more"`), or `None` if the token does not change.
    pub fn mode_value(&self, mode: &str) -> Option<&str> {
        self.modes
            .iter()
            .find(|(m, _)| m == mode)
            .map(|(_, v)| v.as_str())
    }
}

/// A declared foreground/background pair whose contrast must reach `minimum`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContrastPair {
    /// Path of the foreground colour token.
    pub foreground: String,
    /// Path of the background colour token.
    pub background: String,
    /// Required WCAG contrast ratio: 4.5 for text, 3 for UI components and focus indicators.
    pub minimum: f64,
    /// Where the pair occurs, e.g. "body text".
    pub usage: String,
    /// Optional `$description` explaining the pair.
    pub description: Option<String>,
}

/// All tokens of a document, resolved, in document order.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenSet {
    tokens: Vec<Token>,
    index: HashMap<String, usize>,
    contrast: Vec<ContrastPair>,
    modes: Vec<String>,
}

impl TokenSet {
    /// All tokens in document order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Iterates over the tokens in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, Token> {
        self.tokens.iter()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the document has no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The token at a dotted path, e.g. `get("color.primary")`.
    pub fn get(&self, path: &str) -> Option<&Token> {
        self.index.get(path).map(|&i| &self.tokens[i])
    }

    /// The contrast pairs declared under the root `$extensions."nl.eenheid.contrast"`.
    pub fn contrast_pairs(&self) -> &[ContrastPair] {
        &self.contrast
    }

    /// The modes (from [`MODES`]) for which at least one token has a value, in [`MODES`] order.
    pub fn modes(&self) -> &[String] {
        &self.modes
    }
}

impl<'a> IntoIterator for &'a TokenSet {
    type Item = &'a Token;
    type IntoIter = std::slice::Iter<'a, Token>;

    fn into_iter(self) -> Self::IntoIter {
        self.tokens.iter()
    }
}

/// Parses a DTCG JSON document and resolves every alias.
///
/// ```
/// let set = eenheid_tokens::parse(r##"{
///   "color": { "$type": "color",
///     "blue": { "700": { "$value": "#154273" } },
///     "primary": { "$value": "{color.blue.700}" } }
/// }"##).unwrap();
/// assert_eq!(set.get("color.primary").unwrap().value, "#154273");
/// assert_eq!(set.get("color.primary").unwrap().css_var, "--eh-color-primary");
/// ```
pub fn parse(json: &str) -> Result<TokenSet, TokenError> {
    let doc = Json::parse(json)?;
    let Json::Object(root) = &doc else {
        return Err(invalid(
            "",
            format!(
                "the document must be a JSON object, found {}",
                doc.kind_name()
            ),
        ));
    };

    let mut raw = Vec::new();
    collect_group(root, "", None, &mut raw)?;

    let mut index = HashMap::with_capacity(raw.len());
    for (i, token) in raw.iter().enumerate() {
        index.insert(token.path.clone(), i);
    }

    let mut resolver = Resolver {
        raw: &raw,
        index: &index,
        memo: vec![None; raw.len()],
        stack: Vec::new(),
    };
    let mut resolved = Vec::with_capacity(raw.len());
    for i in 0..raw.len() {
        resolved.push(resolver.resolve(i)?);
    }

    // Only modes somebody uses get a media block; keep the fixed MODES order.
    let modes: Vec<String> = MODES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| raw.iter().any(|t| t.modes.iter().any(|(m, _)| m == name)))
        .map(str::to_owned)
        .collect();

    let mut tokens = Vec::with_capacity(raw.len());
    let mut css_vars: HashMap<String, &str> = HashMap::new();
    for (i, (r, res)) in raw.iter().zip(resolved).enumerate() {
        let css_var = format!("{CSS_PREFIX}{}", r.path.replace('.', "-"));
        // `a.b-c` and `a-b.c` would silently share one CSS variable (and one Rust constant).
        if let Some(other) = css_vars.insert(css_var.clone(), &r.path) {
            return Err(invalid(
                &r.path,
                format!("`{other}` and `{}` both become {css_var}", r.path),
            ));
        }
        let mut token_modes = Vec::new();
        for mode in &modes {
            if let Some(value) = resolver.resolve_mode(i, mode)? {
                token_modes.push((mode.clone(), value));
            }
        }
        tokens.push(Token {
            path: r.path.clone(),
            css_var,
            kind: res.kind,
            value: res.value,
            description: r.description.clone(),
            alias: res.alias,
            modes: token_modes,
        });
    }

    let mut set = TokenSet {
        tokens,
        index,
        contrast: Vec::new(),
        modes,
    };
    set.contrast = parse_contrast_pairs(root, &set)?;
    Ok(set)
}

/// A token as written, before alias resolution.
struct RawToken {
    path: String,
    value: Json,
    /// Own `$type`, or else the nearest group's.
    declared: Option<TokenType>,
    description: Option<String>,
    modes: Vec<(String, Json)>,
}

fn invalid(path: &str, message: String) -> TokenError {
    TokenError::Invalid {
        path: path.to_owned(),
        message,
    }
}

fn wrong_type(path: &str, message: String) -> TokenError {
    TokenError::WrongType {
        path: path.to_owned(),
        message,
    }
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}

fn parse_type(value: &Json, path: &str) -> Result<TokenType, TokenError> {
    let known = || TokenType::ALL.map(TokenType::as_str).join(", ");
    match value {
        Json::String(name) => TokenType::from_dtcg(name).ok_or_else(|| {
            wrong_type(
                path,
                format!("unknown $type `{name}`; expected one of {}", known()),
            )
        }),
        other => Err(wrong_type(
            path,
            format!("$type must be a string, found {}", other.kind_name()),
        )),
    }
}

fn optional_string(
    members: &[(String, Json)],
    key: &str,
    path: &str,
) -> Result<Option<String>, TokenError> {
    match members.iter().find(|(k, _)| k == key).map(|(_, v)| v) {
        None => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(invalid(
            path,
            format!("{key} must be a string, found {}", other.kind_name()),
        )),
    }
}

/// Names become part of CSS variables and Rust constants, so they are restricted to lowercase
/// ASCII letters, digits and inner hyphens; top-level names must start with a letter (a Rust
/// identifier cannot start with a digit).
fn check_name(name: &str, parent: &str) -> Result<(), TokenError> {
    let ok_chars = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    let ok_start = !parent.is_empty() || name.starts_with(|c: char| c.is_ascii_lowercase());
    if ok_chars && ok_start {
        Ok(())
    } else {
        Err(invalid(
            &join(parent, name),
            format!(
                "name `{name}` must consist of lowercase letters, digits and inner hyphens{} \
                 (it becomes part of a CSS variable and a Rust constant)",
                if parent.is_empty() {
                    ", starting with a letter"
                } else {
                    ""
                }
            ),
        ))
    }
}

fn collect_group(
    members: &[(String, Json)],
    path: &str,
    inherited: Option<TokenType>,
    out: &mut Vec<RawToken>,
) -> Result<(), TokenError> {
    // `$type` applies to all children wherever it appears in the object, so read properties first.
    let mut group_type = inherited;
    for (key, value) in members.iter().filter(|(k, _)| k.starts_with('$')) {
        match key.as_str() {
            "$type" => group_type = Some(parse_type(value, path)?),
            "$description" => {
                optional_string(members, key, path)?;
            }
            "$extensions" | "$deprecated" | "$schema" => {}
            other => return Err(invalid(path, format!("unknown group property `{other}`"))),
        }
    }
    for (name, value) in members.iter().filter(|(k, _)| !k.starts_with('$')) {
        check_name(name, path)?;
        let child = join(path, name);
        match value {
            Json::Object(inner) if inner.iter().any(|(k, _)| k == "$value") => {
                out.push(read_token(inner, child, group_type)?);
            }
            Json::Object(inner) => collect_group(inner, &child, group_type, out)?,
            other => {
                return Err(invalid(
                    &child,
                    format!(
                        "expected a token (object with $value) or a group, found {}",
                        other.kind_name()
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn read_token(
    members: &[(String, Json)],
    path: String,
    inherited: Option<TokenType>,
) -> Result<RawToken, TokenError> {
    let mut declared = inherited;
    let mut value = Json::Null;
    let mut modes = Vec::new();
    for (key, v) in members {
        match key.as_str() {
            "$value" => value = v.clone(),
            "$type" => declared = Some(parse_type(v, &path)?),
            "$description" | "$deprecated" => {}
            "$extensions" => modes = read_modes(v, &path)?,
            other if other.starts_with('$') => {
                return Err(invalid(&path, format!("unknown token property `{other}`")));
            }
            other => {
                return Err(invalid(
                    &path,
                    format!("a token cannot have children, but has `{other}`"),
                ));
            }
        }
    }
    let description = optional_string(members, "$description", &path)?;
    Ok(RawToken {
        path,
        value,
        declared,
        description,
        modes,
    })
}

fn read_modes(extensions: &Json, path: &str) -> Result<Vec<(String, Json)>, TokenError> {
    let Some(modes) = extensions.get(MODES_EXTENSION) else {
        return Ok(Vec::new());
    };
    let Json::Object(members) = modes else {
        return Err(invalid(
            path,
            format!("$extensions.\"{MODES_EXTENSION}\" must be an object of mode → value"),
        ));
    };
    for (mode, _) in members {
        if media_query(mode).is_none() {
            let known: Vec<&str> = MODES.iter().map(|(m, _)| *m).collect();
            return Err(invalid(
                path,
                format!("unknown mode `{mode}`; known modes: {}", known.join(", ")),
            ));
        }
    }
    Ok(members.clone())
}

/// `"{color.blue.700}"` → `Some("color.blue.700")`. Only whole-value aliases exist in DTCG.
fn alias_target(value: &Json) -> Option<&str> {
    let inner = value
        .as_str()?
        .trim()
        .strip_prefix('{')?
        .strip_suffix('}')?;
    (!inner.contains(['{', '}'])).then(|| inner.trim())
}

#[derive(Clone)]
struct Resolved {
    kind: TokenType,
    value: String,
    alias: Option<String>,
}

struct Resolver<'a> {
    raw: &'a [RawToken],
    index: &'a HashMap<String, usize>,
    memo: Vec<Option<Resolved>>,
    /// Tokens currently being resolved, to detect cycles.
    stack: Vec<usize>,
}

impl<'a> Resolver<'a> {
    fn lookup(&self, target: &str, from: &str) -> Result<usize, TokenError> {
        self.index
            .get(target)
            .copied()
            .ok_or_else(|| TokenError::DanglingReference {
                path: from.to_owned(),
                target: target.to_owned(),
            })
    }

    fn resolve(&mut self, i: usize) -> Result<Resolved, TokenError> {
        if let Some(done) = &self.memo[i] {
            return Ok(done.clone());
        }
        if let Some(start) = self.stack.iter().position(|&j| j == i) {
            let mut chain: Vec<String> = self.stack[start..]
                .iter()
                .map(|&j| self.raw[j].path.clone())
                .collect();
            chain.push(self.raw[i].path.clone());
            return Err(TokenError::Cycle {
                path: self.raw[i].path.clone(),
                chain,
            });
        }
        self.stack.push(i);
        let result = self.resolve_uncached(i);
        self.stack.pop();
        let resolved = result?;
        self.memo[i] = Some(resolved.clone());
        Ok(resolved)
    }

    fn resolve_uncached(&mut self, i: usize) -> Result<Resolved, TokenError> {
        // Copy the slice reference out of `self` so `raw` does not keep `self` borrowed.
        let raws = self.raw;
        let raw = &raws[i];
        match alias_target(&raw.value) {
            Some(target) => {
                let j = self.lookup(target, &raw.path)?;
                let aliased = self.resolve(j)?;
                // Stricter than DTCG (which lets an alias's target type win over a group type):
                // a dimension group aliasing a colour is always a mistake worth reporting.
                if let Some(declared) = raw.declared {
                    if declared != aliased.kind {
                        return Err(wrong_type(
                            &raw.path,
                            format!(
                                "has $type {declared}, but its alias {{{target}}} is a {}",
                                aliased.kind
                            ),
                        ));
                    }
                }
                Ok(Resolved {
                    kind: aliased.kind,
                    value: aliased.value,
                    alias: Some(target.to_owned()),
                })
            }
            None => {
                let kind = raw.declared.ok_or_else(|| {
                    wrong_type(
                        &raw.path,
                        "has no $type (neither its own nor from a parent group)".to_owned(),
                    )
                })?;
                let value = css_value(kind, &raw.value, &raw.path)?;
                Ok(Resolved {
                    kind,
                    value,
                    alias: None,
                })
            }
        }
    }

    /// The token's value in `mode`: its own mode value, else (for an alias) the target's.
    /// Must run after [`Resolver::resolve`] succeeded for every token, so no cycles remain.
    fn resolve_mode(&mut self, i: usize, mode: &str) -> Result<Option<String>, TokenError> {
        let raws = self.raw;
        let raw = &raws[i];
        let kind = self.resolve(i)?.kind;
        if let Some((_, value)) = raw.modes.iter().find(|(m, _)| m == mode) {
            return match alias_target(value) {
                // A mode value aliasing another token takes that token's *base* value; following
                // its mode values too could loop and is not needed.
                Some(target) => {
                    let j = self.lookup(target, &raw.path)?;
                    let aliased = self.resolve(j)?;
                    if aliased.kind != kind {
                        return Err(wrong_type(
                            &raw.path,
                            format!(
                                "is a {kind}, but its `{mode}` value {{{target}}} is a {}",
                                aliased.kind
                            ),
                        ));
                    }
                    Ok(Some(aliased.value))
                }
                None => css_value(kind, value, &raw.path).map(Some),
            };
        }
        match alias_target(&raw.value) {
            Some(target) => {
                let j = self.lookup(target, &raw.path)?;
                self.resolve_mode(j, mode)
            }
            None => Ok(None),
        }
    }
}

/// Renders a literal `$value` of type `kind` as a CSS value, validating it.
fn css_value(kind: TokenType, value: &Json, path: &str) -> Result<String, TokenError> {
    match kind {
        TokenType::Color => colour_value(value, path).map(|c| c.to_string()),
        TokenType::Dimension => measure(value, path, DIMENSION_UNITS, "dimension"),
        TokenType::Duration => measure(value, path, DURATION_UNITS, "duration"),
        TokenType::FontFamily => font_family(value, path),
        TokenType::FontWeight => font_weight(value, path),
        TokenType::Number => value.as_f64().map(format_number).ok_or_else(|| {
            wrong_type(
                path,
                format!(
                    "a number token needs a JSON number, found {}",
                    value.kind_name()
                ),
            )
        }),
    }
}

/// A colour: a CSS string, or the DTCG 2025 object form `{"colorSpace": "srgb", "components":
/// [r, g, b], "alpha": 1}` (components 0–1) / `{"hex": "#…"}`.
fn colour_value(value: &Json, path: &str) -> Result<Rgba, TokenError> {
    let bad = |error| TokenError::BadColour {
        path: path.to_owned(),
        error,
    };
    match value {
        Json::String(s) => parse_colour_alpha(s).map_err(bad),
        Json::Object(_) => {
            if let Some(space) = value.get("colorSpace") {
                if space.as_str() != Some("srgb") {
                    return Err(wrong_type(
                        path,
                        format!("only colorSpace \"srgb\" is supported, found {space}"),
                    ));
                }
                let channels: Option<Vec<u8>> = match value.get("components") {
                    Some(Json::Array(items)) if items.len() == 3 => items
                        .iter()
                        .map(|c| {
                            c.as_f64()
                                .filter(|c| (0.0..=1.0).contains(c))
                                .map(|c| (c * 255.0).round() as u8)
                        })
                        .collect(),
                    _ => None,
                };
                let alpha = match value.get("alpha") {
                    None => Some(255),
                    Some(a) => a
                        .as_f64()
                        .filter(|a| (0.0..=1.0).contains(a))
                        .map(|a| (a * 255.0).round() as u8),
                };
                match (channels, alpha) {
                    (Some(c), Some(alpha)) => Ok(Rgba {
                        rgb: Rgb::new(c[0], c[1], c[2]),
                        alpha,
                    }),
                    _ => Err(wrong_type(
                        path,
                        format!(
                            "srgb colour needs 3 components and an alpha in 0–1, found {value}"
                        ),
                    )),
                }
            } else if let Some(Json::String(hex)) = value.get("hex") {
                parse_colour_alpha(hex).map_err(bad)
            } else {
                Err(wrong_type(
                    path,
                    format!("colour object needs colorSpace/components or hex, found {value}"),
                ))
            }
        }
        other => Err(wrong_type(
            path,
            format!(
                "a color token needs a string such as \"#154273\", found {}",
                other.kind_name()
            ),
        )),
    }
}

/// A number with a unit: `"1.5rem"` or `{"value": 1.5, "unit": "rem"}` (DTCG 2025 form).
fn measure(value: &Json, path: &str, units: &[&str], what: &str) -> Result<String, TokenError> {
    let bad = |message: String| TokenError::BadDimension {
        path: path.to_owned(),
        value: value_text(value),
        message,
    };
    let expected = || format!("expected a number followed by one of: {}", units.join(", "));
    let (number, unit) = match value {
        Json::String(s) => split_measure(s).ok_or_else(|| bad(expected()))?,
        Json::Object(_) => match (
            value.get("value").and_then(Json::as_f64),
            value.get("unit").and_then(Json::as_str),
        ) {
            (Some(n), Some(u)) => (n, u),
            _ => {
                return Err(bad(
                    "expected {\"value\": <number>, \"unit\": <string>}".to_owned()
                ));
            }
        },
        other => {
            return Err(wrong_type(
                path,
                format!(
                    "a {what} token needs a string such as \"4px\" or {{\"value\", \"unit\"}}, found {}",
                    other.kind_name()
                ),
            ));
        }
    };
    if !units.contains(&unit) {
        return Err(bad(format!("unit `{unit}` is not allowed; {}", expected())));
    }
    Ok(format!("{}{unit}", format_number(number)))
}

/// `"1.5rem"` → `(1.5, "rem")`; `None` if there is no finite number or no unit.
fn split_measure(text: &str) -> Option<(f64, &str)> {
    let text = text.trim();
    let split = text.find(|c: char| c.is_ascii_alphabetic() || c == '%')?;
    let (number, unit) = text.split_at(split);
    let number = number
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())?;
    Some((number, unit))
}

/// The value as it appeared in the document, for error messages.
fn value_text(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Shortest decimal form: `1`, `0.25`, `1.1875`; never `-0`.
fn format_number(n: f64) -> String {
    if n == 0.0 {
        "0".to_owned()
    } else {
        format!("{n}")
    }
}

fn font_family(value: &Json, path: &str) -> Result<String, TokenError> {
    let names: Vec<&str> = match value {
        Json::String(s) => vec![s.as_str()],
        Json::Array(items) => items
            .iter()
            .map(|item| {
                item.as_str().ok_or_else(|| {
                    wrong_type(
                        path,
                        format!(
                            "font family list entries must be strings, found {}",
                            item.kind_name()
                        ),
                    )
                })
            })
            .collect::<Result<_, _>>()?,
        other => {
            return Err(wrong_type(
                path,
                format!(
                    "a fontFamily token needs a string or an array of strings, found {}",
                    other.kind_name()
                ),
            ));
        }
    };
    if names.is_empty() {
        return Err(wrong_type(path, "font family list is empty".to_owned()));
    }
    let rendered: Vec<String> = names
        .into_iter()
        .map(|n| font_name(n, path))
        .collect::<Result<_, _>>()?;
    Ok(rendered.join(", "))
}

/// One family name as CSS: bare if it is a simple identifier (`Arial`, `system-ui`,
/// `-apple-system` — generic families must stay unquoted), otherwise a quoted string.
fn font_name(name: &str, path: &str) -> Result<String, TokenError> {
    let mut name = name.trim();
    // Tolerate names already quoted in the JSON (`"\"Segoe UI\""`).
    for q in ['"', '\''] {
        if name.len() >= 2 && name.starts_with(q) && name.ends_with(q) {
            name = &name[1..name.len() - 1];
        }
    }
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(wrong_type(
            path,
            format!("invalid font family name {name:?}"),
        ));
    }
    let simple = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && !name.starts_with("--");
    if simple {
        Ok(name.to_owned())
    } else {
        Ok(format!(
            "\"{}\"",
            name.replace('\\', "\\\\").replace('"', "\\\"")
        ))
    }
}

fn font_weight(value: &Json, path: &str) -> Result<String, TokenError> {
    // The DTCG keyword table.
    const KEYWORDS: &[(u16, &[&str])] = &[
        (100, &["thin", "hairline"]),
        (200, &["extra-light", "ultra-light"]),
        (300, &["light"]),
        (400, &["normal", "regular", "book"]),
        (500, &["medium"]),
        (600, &["semi-bold", "demi-bold"]),
        (700, &["bold"]),
        (800, &["extra-bold", "ultra-bold"]),
        (900, &["black", "heavy"]),
        (950, &["extra-black", "ultra-black"]),
    ];
    match value {
        Json::Number(n) if (1.0..=1000.0).contains(n) => Ok(format_number(*n)),
        Json::String(s) => KEYWORDS
            .iter()
            .find(|(_, names)| names.contains(&s.as_str()))
            .map(|(weight, _)| weight.to_string())
            .ok_or_else(|| {
                wrong_type(
                    path,
                    format!("unknown font weight `{s}` (use 1–1000 or e.g. regular, bold)"),
                )
            }),
        other => Err(wrong_type(
            path,
            format!("font weight must be 1–1000 or a keyword, found {other}"),
        )),
    }
}

/// Reads the root `$extensions."nl.eenheid.contrast"` list.
fn parse_contrast_pairs(
    root: &[(String, Json)],
    set: &TokenSet,
) -> Result<Vec<ContrastPair>, TokenError> {
    let Some(list) = root
        .iter()
        .find(|(k, _)| k == "$extensions")
        .and_then(|(_, e)| e.get(CONTRAST_EXTENSION))
    else {
        return Ok(Vec::new());
    };
    let base = format!("$extensions.{CONTRAST_EXTENSION}");
    let Json::Array(items) = list else {
        return Err(invalid(
            &base,
            format!("must be an array of pairs, found {}", list.kind_name()),
        ));
    };
    let mut pairs = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let at = format!("{base}[{n}]");
        let Json::Object(members) = item else {
            return Err(invalid(
                &at,
                format!(
                    "a contrast pair must be an object, found {}",
                    item.kind_name()
                ),
            ));
        };
        for (key, _) in members {
            if ![
                "foreground",
                "background",
                "minimum",
                "usage",
                "$description",
            ]
            .contains(&key.as_str())
            {
                return Err(invalid(
                    &at,
                    format!("unknown contrast pair property `{key}`"),
                ));
            }
        }
        let foreground = contrast_colour(item, "foreground", &at, set)?;
        let background = contrast_colour(item, "background", &at, set)?;
        let minimum = item
            .get("minimum")
            .and_then(Json::as_f64)
            .filter(|m| (1.0..=21.0).contains(m))
            .ok_or_else(|| {
                invalid(
                    &at,
                    "`minimum` must be a number from 1 to 21 (4.5 for text, 3 for UI)".to_owned(),
                )
            })?;
        let usage = match item.get("usage") {
            Some(Json::String(s)) if !s.trim().is_empty() => s.clone(),
            _ => {
                return Err(invalid(
                    &at,
                    "`usage` must be a non-empty string saying where the pair occurs".to_owned(),
                ));
            }
        };
        let description = optional_string(members, "$description", &at)?;
        pairs.push(ContrastPair {
            foreground,
            background,
            minimum,
            usage,
            description,
        });
    }
    Ok(pairs)
}

/// One side of a contrast pair: must be a reference to an opaque colour token (in every mode).
fn contrast_colour(pair: &Json, key: &str, at: &str, set: &TokenSet) -> Result<String, TokenError> {
    let here = format!("{at}.{key}");
    let value = pair
        .get(key)
        .ok_or_else(|| invalid(at, format!("missing `{key}`")))?;
    let target = alias_target(value).ok_or_else(|| {
        invalid(
            &here,
            format!("must be a token reference such as \"{{color.text}}\", found {value}"),
        )
    })?;
    let token = set
        .get(target)
        .ok_or_else(|| TokenError::DanglingReference {
            path: here.clone(),
            target: target.to_owned(),
        })?;
    if token.kind != TokenType::Color {
        return Err(wrong_type(
            &here,
            format!("{{{target}}} is a {}, not a color", token.kind),
        ));
    }
    for value in
        std::iter::once(token.value.as_str()).chain(token.modes.iter().map(|(_, v)| v.as_str()))
    {
        parse_colour(value).map_err(|error| TokenError::BadColour {
            path: token.path.clone(),
            error,
        })?;
    }
    Ok(target.to_owned())
}
