//! `hostile_literals!{ (path::to::wrap) tokens… }`: the same tokens, with every string literal
//! `"…"` replaced by `{ path::to::wrap("…") }`.
//!
//! The example registry uses it to build a second render function for each example, in which a
//! property test can swap every text and URL the example passes to a component for an XSS vector
//! (one test over the whole registry instead of one per component by hand). Every literal that
//! reaches the page as text or as an attribute value is swapped — field names, input types,
//! autocomplete tokens and the like included, since a component writes them into attributes. Only
//! what must stay an identifier is kept: ids and id references (`id = "…"`, `for`,
//! `aria-describedby = "…"`, an error link's target, …: they must match each other, and ids are
//! checked), list keys, and format strings of macros such as `format!`, which must be literals.
use proc_macro::{Delimiter, Group, Literal, TokenStream, TokenTree};

/// Attribute or prop names whose literal value must stay an identifier: an id, a reference to an
/// id, or a list key. Everything else is swapped, even where it looks like a name (a `name` prop
/// may be shown as text, as the acting-on-behalf banner does).
const NAMES_NOT_TEXT: &[&str] = &["id", "for", "describedby", "labelledby", "controls", "owns", "error_id", "form", "list", "key"];

/// Constructors whose first argument is an id (`ErrorLink::new("postcode", "…")`).
const ID_FIRST_CONSTRUCTORS: &[&str] = &["ErrorLink", "TabItem"];

/// Macros whose first literal must stay a literal.
const FORMAT_MACROS: &[&str] = &[
    "format", "format_args", "write", "writeln", "print", "println", "eprint", "eprintln", "panic", "concat", "assert", "assert_eq",
    "assert_ne", "debug_assert", "debug_assert_eq", "unreachable", "todo", "include_str", "env", "stringify",
];

#[proc_macro]
pub fn hostile_literals(input: TokenStream) -> TokenStream {
    let mut tokens = input.into_iter();
    let wrapper = match tokens.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => group.stream(),
        _ => panic!("hostile_literals!: start with the wrapping function's path in parentheses"),
    };
    rewrite(tokens.collect(), &wrapper, false)
}

fn rewrite(tokens: Vec<TokenTree>, wrapper: &TokenStream, keep_first: bool) -> TokenStream {
    let mut out = Vec::with_capacity(tokens.len());
    // Inside `<a …>` (a plain HTML element, lower case) rather than `<Button …>` (a component):
    // the example's own markup, whose URLs its author wrote; only component props are under test.
    let mut in_html_tag = false;
    for (index, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Punct(p) if p.as_char() == '<' => {
                in_html_tag = matches!(tokens.get(index + 1), Some(TokenTree::Ident(tag)) if tag.to_string().starts_with(|c: char| c.is_ascii_lowercase()));
                out.push(token.clone());
            }
            TokenTree::Punct(p) if p.as_char() == '>' => {
                in_html_tag = false;
                out.push(token.clone());
            }
            TokenTree::Literal(literal) if keep_first && index == 0 => out.push(TokenTree::Literal(literal.clone())),
            TokenTree::Literal(literal) if in_html_tag && names_a_url(&tokens, index) => out.push(TokenTree::Literal(literal.clone())),
            TokenTree::Group(group) => {
                let stream = if is_format_call(&tokens, index) {
                    group.stream()
                } else {
                    rewrite(group.stream().into_iter().collect(), wrapper, is_id_first_constructor(&tokens, index))
                };
                let mut rewritten = Group::new(group.delimiter(), stream);
                rewritten.set_span(group.span());
                out.push(TokenTree::Group(rewritten));
            }
            TokenTree::Literal(literal) if is_text(literal) && !names_something(&tokens, index) => {
                let mut call: Vec<TokenTree> = wrapper.clone().into_iter().collect();
                call.push(TokenTree::Group(Group::new(Delimiter::Parenthesis, TokenStream::from(TokenTree::Literal(literal.clone())))));
                out.push(TokenTree::Group(Group::new(Delimiter::Brace, call.into_iter().collect())));
            }
            other => out.push(other.clone()),
        }
    }
    out.into_iter().collect()
}

fn is_text(literal: &Literal) -> bool {
    let text = literal.to_string();
    text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#")
}

/// `name = "…"` where `name` is one of [`NAMES_NOT_TEXT`] (also `aria-describedby = "…"`).
fn names_something(tokens: &[TokenTree], index: usize) -> bool {
    index >= 2
        && matches!(&tokens[index - 1], TokenTree::Punct(p) if p.as_char() == '=')
        && matches!(&tokens[index - 2], TokenTree::Ident(name) if NAMES_NOT_TEXT.contains(&name.to_string().as_str()))
}

/// `href = "…"` and the other URL attributes.
fn names_a_url(tokens: &[TokenTree], index: usize) -> bool {
    index >= 2
        && matches!(&tokens[index - 1], TokenTree::Punct(p) if p.as_char() == '=')
        && matches!(&tokens[index - 2], TokenTree::Ident(name) if ["href", "action", "src", "formaction"].contains(&name.to_string().as_str()))
}

/// The group at `index` is the argument list of `ErrorLink::new` and the like.
fn is_id_first_constructor(tokens: &[TokenTree], index: usize) -> bool {
    index >= 4
        && matches!(&tokens[index - 1], TokenTree::Ident(name) if name.to_string() == "new")
        && matches!(&tokens[index - 2], TokenTree::Punct(p) if p.as_char() == ':')
        && matches!(&tokens[index - 4], TokenTree::Ident(name) if ID_FIRST_CONSTRUCTORS.contains(&name.to_string().as_str()))
}

/// The group at `index` is the argument list of `format!` and friends.
fn is_format_call(tokens: &[TokenTree], index: usize) -> bool {
    index >= 2
        && matches!(&tokens[index - 1], TokenTree::Punct(p) if p.as_char() == '!')
        && matches!(&tokens[index - 2], TokenTree::Ident(name) if FORMAT_MACROS.contains(&name.to_string().as_str()))
}
