//! The HTML of an example as a team on another stack would copy it: rendered on its own (ids as
//! declared), without what only Leptos needs (its comments, hydration keys, the `<leptos-island>`
//! and `<leptos-children>` wrappers), and laid out one element a line. The showcase's HTML view
//! and `fixtures.json` (see [`crate::fixtures`]) both take it from [`render`], so they cannot
//! differ.
//!
//! Laying out must not change what a browser shows. Text and attribute values are copied as
//! Leptos escaped them, never decoded; attributes keep their order. New lines and indentation are
//! only added next to the start or end tag of a block element whose parent is a block element too,
//! where CSS drops white space anyway. Inside inline elements (a link, a label, an `<svg>`) and
//! inside `<pre>`, `<textarea>`, `<script>` and `<style>` nothing changes.

use eenheid::examples::Example;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::inline_example::tag_end;

/// The example's HTML for the HTML view and the fixtures, stripped and laid out.
///
/// Made once per example and process: it does not depend on the request (see [`rendered`]), and
/// a component page would otherwise render every example twice (live, and for this view).
pub fn render(example: &'static Example) -> &'static str {
    static MADE: OnceLock<Mutex<HashMap<usize, &'static str>>> = OnceLock::new();
    // Examples are statics: the address names one.
    let key = std::ptr::from_ref(example) as usize;
    if let Some(html) = MADE.get_or_init(Default::default).lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return html;
    }
    // Render without holding the lock; two threads making the same example agree on the text.
    let html: &'static str = Box::leak(tidy(&rendered(example)).into_boxed_str());
    MADE.get_or_init(Default::default).lock().unwrap_or_else(PoisonError::into_inner).entry(key).or_insert(html)
}

/// The example as Leptos renders it on its own: in Dutch like the showcase shows it, with one
/// loader script at most, and nothing of the page around it (no CSP nonce, which changes with
/// every response, so the HTML view and the fixtures stay the same from one render to the next).
fn rendered(example: &Example) -> String {
    eenheid::render::render_html(|| {
        eenheid::i18n::provide_lang(eenheid::i18n::Lang::Nl);
        eenheid::enhance::provide_loader_once();
        (example.render)()
    })
}

/// `html` (as Leptos renders it) without Leptos's markers, one element a line.
pub fn tidy(html: &str) -> String {
    let nodes = parse(&tokens(html));
    let mut out = String::with_capacity(html.len() * 2);
    write_block_children(&nodes, 0, &mut out);
    out.truncate(out.trim_end().len());
    out
}

/// Elements whose content is copied as it is: white space in them shows, or is code.
const VERBATIM: &[&str] = &["pre", "textarea", "script", "style"];
/// Elements whose content is raw text (no tags inside).
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title"];
/// Elements without an end tag.
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
/// Elements laid out inline by default: white space next to them shows as a space.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label",
    "mark", "meter", "output", "progress", "q", "s", "samp", "select", "small", "span", "strong", "sub", "sup", "svg", "textarea", "time",
    "u", "var", "wbr",
];
/// Wrappers only Leptos's islands need; their content stays.
const LEPTOS_WRAPPERS: &[&str] = &["leptos-island", "leptos-children"];
/// Attributes only hydration needs.
const LEPTOS_ATTRIBUTES: &[&str] = &["data-hk"];

#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// `<!DOCTYPE html>`.
    Doctype(&'a str),
    /// A start tag as written (minus Leptos's attributes), its lower-case name, whether it ends in `/>`.
    Start { name: String, tag: String, self_closing: bool },
    End(String),
    /// Text (or raw text), still escaped.
    Text(&'a str),
}

/// Splits `html` into tokens, dropping comments (Leptos's `<!>`, `<!--hk=…-->`, …) and the
/// hydration attributes.
fn tokens(html: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(start) = rest.find('<') else {
            out.push(Token::Text(rest));
            break;
        };
        if start > 0 {
            out.push(Token::Text(&rest[..start]));
        }
        rest = &rest[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
        } else if rest.starts_with("<!") {
            let end = rest.find('>').map_or(rest.len(), |end| end + 1);
            if rest[..end].to_ascii_lowercase().starts_with("<!doctype") {
                out.push(Token::Doctype(&rest[..end]));
            }
            rest = &rest[end..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').map_or(after.len(), |end| end + 1);
            out.push(Token::End(after[..end].trim_end_matches('>').trim().to_ascii_lowercase()));
            rest = &after[end.min(after.len())..];
        } else {
            let end = tag_end(rest).unwrap_or(rest.len());
            let tag = &rest[..end];
            let name: String = tag[1..].chars().take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/').collect::<String>().to_ascii_lowercase();
            if name.is_empty() {
                // A lone `<` in text (Leptos escapes it, raw HTML might not).
                out.push(Token::Text(&rest[..1]));
                rest = &rest[1..];
                continue;
            }
            let self_closing = tag.ends_with("/>");
            out.push(Token::Start { tag: without_leptos_attributes(tag), name: name.clone(), self_closing });
            rest = &rest[end..];
            if RAW_TEXT.contains(&name.as_str()) {
                let close = format!("</{name}");
                let text_end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
                if text_end > 0 {
                    out.push(Token::Text(&rest[..text_end]));
                }
                rest = &rest[text_end..];
            }
        }
    }
    out
}

/// The start tag without hydration attributes, everything else as written.
fn without_leptos_attributes(tag: &str) -> String {
    let mut out = tag.to_owned();
    for name in LEPTOS_ATTRIBUTES {
        while let Some(at) = out.find(&format!(" {name}=\"")) {
            let value_start = at + name.len() + 3;
            let end = out[value_start..].find('"').map_or(out.len(), |end| value_start + end + 1);
            out.replace_range(at..end, "");
        }
    }
    out
}

#[derive(Debug)]
enum Node {
    Doctype(String),
    Text(String),
    Element { name: String, tag: String, children: Vec<Node>, closed: bool },
}

/// Builds the tree; Leptos's wrappers give their children to their parent.
fn parse(tokens: &[Token<'_>]) -> Vec<Node> {
    // The open elements: (name, start tag, children); the root has no name.
    let mut stack: Vec<(String, String, Vec<Node>)> = vec![(String::new(), String::new(), Vec::new())];
    for token in tokens {
        match token {
            Token::Doctype(text) => stack.last_mut().expect("root").2.push(Node::Doctype((*text).to_owned())),
            Token::Text(text) => stack.last_mut().expect("root").2.push(Node::Text((*text).to_owned())),
            Token::Start { name, tag, self_closing } => {
                if LEPTOS_WRAPPERS.contains(&name.as_str()) {
                    stack.push((name.clone(), String::new(), Vec::new()));
                } else if *self_closing || VOID.contains(&name.as_str()) {
                    let node = Node::Element { name: name.clone(), tag: tag.clone(), children: Vec::new(), closed: false };
                    stack.last_mut().expect("root").2.push(node);
                } else {
                    stack.push((name.clone(), tag.clone(), Vec::new()));
                }
            }
            Token::End(name) => {
                // Close up to the matching element; an end tag nothing opened is dropped.
                let Some(depth) = stack.iter().skip(1).rposition(|(open, _, _)| open == name).map(|i| i + 1) else { continue };
                while stack.len() > depth {
                    let (open, tag, children) = stack.pop().expect("depth ≥ 1");
                    let parent = &mut stack.last_mut().expect("root").2;
                    if LEPTOS_WRAPPERS.contains(&open.as_str()) {
                        parent.extend(children);
                    } else {
                        parent.push(Node::Element { name: open, tag, children, closed: true });
                    }
                }
            }
        }
    }
    while stack.len() > 1 {
        let (open, tag, children) = stack.pop().expect("len > 1");
        let parent = &mut stack.last_mut().expect("root").2;
        if LEPTOS_WRAPPERS.contains(&open.as_str()) {
            parent.extend(children);
        } else {
            parent.push(Node::Element { name: open, tag, children, closed: true });
        }
    }
    stack.pop().map(|(_, _, children)| children).unwrap_or_default()
}

fn is_block(node: &Node) -> bool {
    match node {
        Node::Doctype(_) => true,
        Node::Text(_) => false,
        Node::Element { name, .. } => !INLINE.contains(&name.as_str()),
    }
}

/// A line's worth of children is short enough to keep on the line of its parent.
const SHORT_LINE: usize = 100;

/// Children of a block element: each block child on its own lines, each run of text and inline
/// elements between them on one line, trimmed (white space next to a block is not shown).
fn write_block_children(children: &[Node], depth: usize, out: &mut String) {
    let mut run = String::new();
    for child in children {
        if is_block(child) {
            flush_run(&mut run, depth, out);
            write_block(child, depth, out);
        } else {
            write_inline(child, &mut run);
        }
    }
    flush_run(&mut run, depth, out);
}

fn flush_run(run: &mut String, depth: usize, out: &mut String) {
    let line = run.trim_matches(is_html_space);
    if !line.is_empty() {
        indent(depth, out);
        out.push_str(line);
        out.push('\n');
    }
    run.clear();
}

/// HTML's white space (what CSS collapses), not Unicode's: a no-break space shows.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

fn write_block(node: &Node, depth: usize, out: &mut String) {
    match node {
        Node::Doctype(text) => {
            indent(depth, out);
            out.push_str(text);
            out.push('\n');
        }
        Node::Text(_) => unreachable!("text is inline"),
        Node::Element { name, tag, children, closed } => {
            let verbatim = VERBATIM.contains(&name.as_str());
            let all_inline = !children.iter().any(is_block);
            if verbatim || all_inline {
                let mut inner = String::new();
                for child in children {
                    write_inline(child, &mut inner);
                }
                let inner = if verbatim { inner.as_str() } else { inner.trim_matches(is_html_space) };
                if verbatim || inner.len() + tag.len() <= SHORT_LINE || !inner.contains('<') {
                    indent(depth, out);
                    out.push_str(tag);
                    out.push_str(inner);
                    close(name, *closed, out);
                    out.push('\n');
                    return;
                }
            }
            indent(depth, out);
            out.push_str(tag);
            out.push('\n');
            write_block_children(children, depth + 1, out);
            if *closed {
                indent(depth, out);
                close(name, true, out);
                out.push('\n');
            }
        }
    }
}

/// An inline node (or a block inside an inline one) exactly as written.
fn write_inline(node: &Node, out: &mut String) {
    match node {
        Node::Doctype(text) | Node::Text(text) => out.push_str(text),
        Node::Element { name, tag, children, closed } => {
            out.push_str(tag);
            for child in children {
                write_inline(child, out);
            }
            close(name, *closed, out);
        }
    }
}

fn close(name: &str, closed: bool, out: &mut String) {
    if closed {
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    }
}

fn indent(depth: usize, out: &mut String) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leptos_markers_go_and_blocks_get_their_own_lines() {
        let html = r#"<div class="eh-form-group" data-hk="0-0-0-1"><!--hk=0-0-0-2--><label class="eh-label" for="x">Wat is uw naam<!>?</label><!--/--><input id="x" type="text" autocomplete="name"/><p>Hint</p></div>"#;
        assert_eq!(
            tidy(html),
            "<div class=\"eh-form-group\">\n  <label class=\"eh-label\" for=\"x\">Wat is uw naam?</label><input id=\"x\" type=\"text\" autocomplete=\"name\"/>\n  <p>Hint</p>\n</div>"
        );
        // A short block of inline content stays on one line.
        assert_eq!(tidy(r#"<div class="c"><!----><span>a</span> b</div>"#), r#"<div class="c"><span>a</span> b</div>"#);
    }

    #[test]
    fn island_wrappers_go_and_their_content_stays() {
        let html = r#"<leptos-island data-component="Tabs_123" data-props="{}"><div class="eh-tabs"><leptos-children><p>Een</p></leptos-children></div></leptos-island>"#;
        assert_eq!(tidy(html), "<div class=\"eh-tabs\">\n  <p>Een</p>\n</div>");
    }

    #[test]
    fn text_and_attribute_values_stay_escaped_and_in_order() {
        let html = r#"<p title="&quot;a&quot; &amp; b" class="c" id="d">x &lt;script&gt;alert(1)&lt;/script&gt; &amp; y</p>"#;
        assert_eq!(tidy(html), html, "one short paragraph: nothing changes");
        let nested = r#"<div data-x="1 &lt; 2"><p>&lt;b&gt;</p></div>"#;
        assert_eq!(tidy(nested), "<div data-x=\"1 &lt; 2\">\n  <p>&lt;b&gt;</p>\n</div>");
    }

    #[test]
    fn white_space_in_pre_and_textarea_is_untouched() {
        let html = "<div><pre class=\"c\">  een\n    twee  \n</pre><textarea name=\"t\">\n regel 1\n\n  regel 2 </textarea><script type=\"module\">if (a < b) {}</script></div>";
        assert_eq!(
            tidy(html),
            "<div>\n  <pre class=\"c\">  een\n    twee  \n</pre>\n  <textarea name=\"t\">\n regel 1\n\n  regel 2 </textarea>\n  <script type=\"module\">if (a < b) {}</script>\n</div>"
        );
    }

    #[test]
    fn inline_content_keeps_its_spaces() {
        // White space between inline elements shows: none is added or taken away.
        let html = r#"<ul><li><a href="/a">Een</a> <strong>twee</strong><span>drie</span></li></ul>"#;
        assert_eq!(tidy(html), "<ul>\n  <li><a href=\"/a\">Een</a> <strong>twee</strong><span>drie</span></li>\n</ul>");
        // Inside an inline element even block children stay where they are.
        let link = r#"<a href="/x"><div>kaart</div> <div>tekst</div></a>"#;
        assert_eq!(tidy(link), link);
    }

    #[test]
    fn a_document_keeps_its_doctype() {
        let html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>T &amp; U</title></head><body><main><h1>Kop</h1></main></body></html>";
        assert_eq!(
            tidy(html),
            "<!DOCTYPE html>\n<html lang=\"nl\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>T &amp; U</title>\n  </head>\n  <body>\n    <main>\n      <h1>Kop</h1>\n    </main>\n  </body>\n</html>"
        );
    }

    /// The text of `html` without tags, comments and white space: laying out only moves white space
    /// (the tests above show where), so this must not change.
    fn text_without_space(html: &str) -> String {
        let mut text = String::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            text.push_str(&rest[..start]);
            rest = &rest[start..];
            let end = if rest.starts_with("<!--") { rest.find("-->").map_or(rest.len(), |e| e + 3) } else { tag_end(rest).unwrap_or(rest.len()) };
            rest = &rest[end..];
        }
        text.push_str(rest);
        text.chars().filter(|c| !is_html_space(*c)).collect()
    }

    #[test]
    fn the_page_around_keeps_its_language() {
        // The HTML view renders inside a page: the page's owner and contexts must survive it.
        use leptos::prelude::*;
        let page = Owner::new();
        page.with(|| {
            eenheid::i18n::provide_lang(eenheid::i18n::Lang::En);
            let example = &eenheid::catalogue::registry()[0].examples[0];
            assert!(!rendered(example).is_empty());
            assert_eq!(eenheid::i18n::use_lang(), eenheid::i18n::Lang::En);
        });
    }

    #[test]
    fn every_example_keeps_its_text_and_tags() {
        for entry in eenheid::catalogue::registry() {
            for example in entry.examples {
                let what = format!("{}/{}", entry.slug, example.name);
                let raw = rendered(example);
                let tidied = render(example);
                assert_eq!(tidied, tidy(&rendered(example)), "{what}: the same every time");
                assert!(!tidied.contains("nonce="), "{what}: no nonce of a page");
                assert_eq!(text_without_space(&tidied), text_without_space(&raw), "{what}: the text is the same");
                for marker in ["<!--", "<!>", "data-hk=", "<leptos-"] {
                    assert!(!tidied.contains(marker), "{what}: {marker} is gone");
                }
                // Comments (Leptos's markers, which may hold a `<` of their own) are not tags.
                let without_comments = |html: &str| html.split("<!--").enumerate().map(|(i, part)| if i == 0 { part } else { part.split_once("-->").map_or("", |(_, rest)| rest) }).collect::<String>();
                let tags = |html: &str| {
                    let html = without_comments(html);
                    html.matches('<').count() - html.matches("<!").count() - html.matches("<leptos-").count() - html.matches("</leptos-").count()
                };
                assert_eq!(tags(&tidied), tags(&raw), "{what}: every tag is kept");
            }
        }
    }
}
