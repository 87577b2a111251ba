//! Several examples live on one component page. Each example was written to stand alone, so two
//! of them often use the same ids (`postcode`) and radio names: on one page a label would then
//! point at another example's field. Each inline example's HTML gets its own id prefix here, on
//! every attribute that holds or refers to an id; its own page keeps the ids as declared.

use std::collections::HashSet;

use eenheid::examples::Example;
use leptos::prelude::*;

/// Attributes whose value is one id.
const ID_ATTRIBUTES: &[&str] = &["id", "for", "list", "form", "aria-activedescendant", "aria-details", "aria-errormessage"];
/// Attributes whose value is a space-separated list of ids.
const ID_LIST_ATTRIBUTES: &[&str] = &["aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "aria-flowto", "headers"];

/// The example rendered to HTML with every id prefixed by `prefix`.
pub fn render(example: &Example, prefix: &str) -> String {
    let html = in_dutch(|| {
        // Each example brings its own loader when it needs one (the browser runs the same module
        // script once), so dropping it from a static example below cannot leave another without.
        eenheid::enhance::provide_loader_once();
        (example.render)().to_html()
    });
    let html = prefix_ids(&html, prefix);
    if html.contains("data-eh-module=") { html } else { without_loader(&html) }
}

/// `html` without Eenheid's loader script: an example whose only enhancement stays static needs
/// no script at all.
fn without_loader(html: &str) -> String {
    let mut out = html.to_owned();
    while let Some(start) = out.find("<script type=\"module\"") {
        let Some(end) = out[start..].find("</script>").map(|end| start + end + "</script>".len()) else { break };
        out.replace_range(start..end, "");
    }
    out
}

/// Runs `render` in a child owner whose language is Dutch: the examples are Dutch content, so
/// their built-in texts ("Er is een probleem") stay Dutch on an English page too, matching the
/// `lang="nl"` of their frame. The page's own language is not touched. The owner (and every
/// signal made in it) ends when `render` returns: render to HTML inside, not a view to keep.
pub fn in_dutch<T>(render: impl FnOnce() -> T) -> T {
    Owner::new().with(|| {
        eenheid::i18n::provide_lang(eenheid::i18n::Lang::Nl);
        render()
    })
}

/// The enhancement that moves focus when the page loads (the error summary, a success banner). On
/// a page with many examples that would throw the visitor into the middle of the page, so inline
/// it stays static: its marker is renamed, and the loader does not start it. Its own example page
/// shows the behaviour.
const FOCUS_ON_LOAD: &str = "data-eh-module=\"focus-on-load\"";
const FOCUS_ON_LOAD_STATIC: &str = "data-eh-static-module=\"focus-on-load\"";

/// Rewrites ids, references to them (`for`, `aria-*`, `href="#…"`) and radio group names, and
/// keeps focus-on-load enhancements static.
pub fn prefix_ids(html: &str, prefix: &str) -> String {
    let ids = collect_ids(html);
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tag_end = tag_end(&rest[start..]).map(|end| start + end).unwrap_or(rest.len());
        let tag = &rest[start..tag_end];
        if tag.starts_with("</") || tag.starts_with("<!") {
            out.push_str(tag);
        } else {
            out.push_str(&rewrite_tag(&tag.replace(FOCUS_ON_LOAD, FOCUS_ON_LOAD_STATIC), prefix, &ids));
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}

/// The end (exclusive) of the tag at the start of `text`, skipping quoted attribute values.
pub(crate) fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The attributes of one start tag: (name, value) with the value as written (still escaped).
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut attrs = Vec::new();
    let mut rest = tag.trim_start_matches('<');
    // Skip the element name.
    rest = rest.trim_start_matches(|c: char| !c.is_whitespace() && c != '>' && c != '/');
    loop {
        rest = rest.trim_start();
        let name_end = rest.find(|c: char| c == '=' || c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
        if name_end == 0 {
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            rest = &rest[1..];
            continue;
        }
        let name = &rest[..name_end];
        rest = &rest[name_end..];
        if let Some(after) = rest.strip_prefix("=\"") {
            let end = after.find('"').unwrap_or(after.len());
            attrs.push((name, &after[..end]));
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            attrs.push((name, ""));
        }
    }
    attrs
}

fn collect_ids(html: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = tag_end(&rest[start..]).map(|end| start + end).unwrap_or(rest.len());
        for (name, value) in attributes(&rest[start..end]) {
            if name == "id" && !value.is_empty() {
                ids.insert(value.to_owned());
            }
        }
        rest = &rest[end..];
    }
    ids
}

fn rewrite_tag(tag: &str, prefix: &str, ids: &HashSet<String>) -> String {
    let attrs = attributes(tag);
    let is_radio = attrs.iter().any(|(name, value)| *name == "type" && *value == "radio");
    let mut out = tag.to_owned();
    for (name, value) in attrs {
        let new_value = if ID_ATTRIBUTES.contains(&name) && ids.contains(value) {
            format!("{prefix}{value}")
        } else if ID_LIST_ATTRIBUTES.contains(&name) {
            value
                .split_whitespace()
                .map(|id| if ids.contains(id) { format!("{prefix}{id}") } else { id.to_owned() })
                .collect::<Vec<_>>()
                .join(" ")
        } else if name == "href" && value.strip_prefix('#').is_some_and(|id| ids.contains(id)) {
            format!("#{prefix}{}", &value[1..])
        } else if name == "name" && is_radio {
            format!("{prefix}{value}")
        } else {
            continue;
        };
        if new_value != value {
            let old = format!(" {name}=\"{value}\"");
            out = out.replacen(&old, &format!(" {name}=\"{new_value}\""), 1);
        }
    }
    out
}

/// A live example with ids made unique on the page, as raw HTML (rendered by Eenheid itself).
#[component]
pub fn InlineExample(example: &'static Example, #[prop(into)] prefix: String) -> impl IntoView {
    view! { <div class="showcase-example__live" inner_html=render(example, &prefix)></div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_references_get_the_prefix() {
        let html = r##"<div><label for="a">A</label><input id="a" aria-describedby="a-hint other" type="text"><p id="a-hint">x id="a" y</p><a href="#a">go</a><input type="radio" name="r" id="r1"><input type="checkbox" name="c"></div>"##;
        let out = prefix_ids(html, "v1-");
        assert!(out.contains(r#"<label for="v1-a">"#), "{out}");
        assert!(out.contains(r#"id="v1-a" aria-describedby="v1-a-hint other""#), "{out}");
        assert!(out.contains(r#"<p id="v1-a-hint">x id="a" y</p>"#), "text is left alone: {out}");
        assert!(out.contains(r##"href="#v1-a""##), "{out}");
        assert!(out.contains(r#"name="v1-r" id="v1-r1""#), "{out}");
        assert!(out.contains(r#"name="c""#), "only radio names change: {out}");
    }

    #[test]
    fn a_static_example_has_no_script() {
        let html = r#"<div data-eh-static-module="focus-on-load"></div><script type="module" src="/pkg/eenheid.js" nonce="n"></script><p>x</p>"#;
        assert_eq!(without_loader(html), r#"<div data-eh-static-module="focus-on-load"></div><p>x</p>"#);
    }

    #[test]
    fn focus_on_load_stays_static_inline() {
        let html = r##"<div class="eh-error-summary" tabindex="-1" data-eh-module="focus-on-load"><a href="#x">x</a></div><div data-eh-module="password-toggle"><input id="x"></div>"##;
        let out = prefix_ids(html, "p-");
        assert_eq!(
            out,
            r##"<div class="eh-error-summary" tabindex="-1" data-eh-static-module="focus-on-load"><a href="#p-x">x</a></div><div data-eh-module="password-toggle"><input id="p-x"></div>"##
        );
    }
}
