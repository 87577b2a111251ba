//! Rewriting the start tags of a server-rendered page, and nothing else.
//!
//! The export changes a few attributes (link targets, form methods, the CSP nonce) and inserts one
//! `<meta>` after `<head>`; every other byte stays as the server sent it. The pages are Leptos SSR
//! output, where text and attribute values are escaped, so a `<` in the document always starts
//! markup. Comments are skipped, and the contents of `<script>` and `<style>` are copied untouched.

use std::fmt;

/// One start tag, with its attribute values unescaped, for a rewrite to read and change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartTag {
    /// The element name in lower case, e.g. `a`.
    pub name: String,
    /// The attributes in document order; `None` for a bare attribute such as `hidden`.
    pub attributes: Vec<(String, Option<String>)>,
    /// Markup to put right after this tag (e.g. a `<meta>` after `<head>`).
    pub insert_after: String,
    self_closing: bool,
}

impl StartTag {
    /// The (unescaped) value of attribute `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| key == name).and_then(|(_, value)| value.as_deref())
    }

    /// Sets attribute `name` to `value` (added at the end when the tag has none yet).
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        let value = Some(value.into());
        match self.attributes.iter_mut().find(|(key, _)| key == name) {
            Some(attribute) => attribute.1 = value,
            None => self.attributes.push((name.to_owned(), value)),
        }
    }

    /// Removes attribute `name`.
    pub fn remove(&mut self, name: &str) {
        self.attributes.retain(|(key, _)| key != name);
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(&self.name);
        for (key, value) in &self.attributes {
            out.push(' ');
            out.push_str(key);
            if let Some(value) = value {
                out.push_str("=\"");
                out.push_str(&escape(value));
                out.push('"');
            }
        }
        out.push_str(if self.self_closing { "/>" } else { ">" });
        out.push_str(&self.insert_after);
    }
}

/// Markup the scanner cannot read safely: the export stops rather than guess.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    /// Byte offset in the page.
    pub at: usize,
    /// What was wrong.
    pub what: &'static str,
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unreadable markup at byte {}: {}", self.at, self.what)
    }
}

/// Calls `visit` on every start tag of `html` and returns the page with the tags it changed
/// written anew (tags it left alone are copied byte for byte).
pub fn rewrite<E: From<Malformed>>(html: &str, mut visit: impl FnMut(&mut StartTag) -> Result<(), E>) -> Result<String, E> {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = 0;
    let bytes = html.as_bytes();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let next = bytes.get(start + 1).copied();
        if html[start..].starts_with("<!--") {
            let end = html[start + 4..].find("-->").ok_or(Malformed { at: start, what: "a comment that never ends" })?;
            at = start + 4 + end + 3;
        } else if matches!(next, Some(b'!' | b'/' | b'?')) {
            at = start + html[start..].find('>').ok_or(Malformed { at: start, what: "markup that never ends" })? + 1;
        } else if next.is_some_and(|b| b.is_ascii_alphabetic()) {
            let (original, end) = parse_start_tag(html, start)?;
            let mut tag = original.clone();
            visit(&mut tag)?;
            if tag != original {
                out.push_str(&html[rest..start]);
                tag.write(&mut out);
                rest = end;
            }
            at = end;
            if matches!(tag.name.as_str(), "script" | "style") && !tag.self_closing {
                let close = format!("</{}", tag.name);
                let body_end = find_ascii_case_insensitive(&html[at..], &close).ok_or(Malformed { at, what: "a script or style that never ends" })?;
                at += body_end;
            }
        } else {
            // A lone `<` in text would have been escaped by the renderer.
            return Err(Malformed { at: start, what: "a `<` that starts no tag" }.into());
        }
    }
    out.push_str(&html[rest..]);
    Ok(out)
}

/// Reads the start tag at `start`; returns it and the offset just past its `>`.
fn parse_start_tag(html: &str, start: usize) -> Result<(StartTag, usize), Malformed> {
    let bytes = html.as_bytes();
    let mut i = start + 1;
    let name_start = i;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/' {
        i += 1;
    }
    let name = html[name_start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => return Err(Malformed { at: start, what: "a tag that never ends" }),
            Some(b'>') => return Ok((StartTag { name, attributes, insert_after: String::new(), self_closing: false }, i + 1)),
            Some(b'/') if bytes.get(i + 1) == Some(&b'>') => {
                return Ok((StartTag { name, attributes, insert_after: String::new(), self_closing: true }, i + 2));
            }
            Some(_) => {}
        }
        let key_start = i;
        while !ends_attribute_name(bytes, i) {
            i += 1;
        }
        let key = html[key_start..i].to_ascii_lowercase();
        if key.is_empty() {
            return Err(Malformed { at: i, what: "an attribute without a name" });
        }
        if bytes.get(i) != Some(&b'=') {
            attributes.push((key, None));
            continue;
        }
        i += 1;
        let value = match bytes.get(i) {
            Some(quote @ (b'"' | b'\'')) => {
                let end = html[i + 1..].find(*quote as char).ok_or(Malformed { at: i, what: "a quoted value that never ends" })?;
                let value = &html[i + 1..i + 1 + end];
                i += end + 2;
                value
            }
            _ => {
                let value_start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                &html[value_start..i]
            }
        };
        attributes.push((key, Some(unescape(value))));
    }
}

/// Whether the attribute name being read stops at `i`: the end, a space, `=`, `>` or `/>`.
fn ends_attribute_name(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None | Some(b'=' | b'>') => true,
        Some(b'/') => bytes.get(i + 1) == Some(&b'>'),
        Some(byte) => byte.is_ascii_whitespace(),
    }
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// An attribute value as the browser reads it: character references replaced.
pub fn unescape(value: &str) -> String {
    if !value.contains('&') {
        return value.to_owned();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let entity = &rest[1..end];
            let ch = match entity {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            ch.map(|ch| (ch, end + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A value escaped for a double-quoted attribute.
pub fn escape(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relink(html: &str) -> String {
        rewrite::<Malformed>(html, |tag| {
            if let Some(href) = tag.get("href").map(str::to_owned) {
                tag.set("href", format!("{href}/"));
            }
            tag.remove("nonce");
            Ok(())
        })
        .unwrap()
    }

    #[test]
    fn only_changed_tags_are_written_anew() {
        let html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body>\
                    <p class='x' hidden>a &lt;b&gt; c</p><!-- <a href=\"/no\"> --><a href=\"/k?a=1&amp;b=2\">k</a></body></html>";
        let out = relink(html);
        assert_eq!(
            out,
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"></head><body>\
             <p class='x' hidden>a &lt;b&gt; c</p><!-- <a href=\"/no\"> --><a href=\"/k?a=1&amp;b=2/\">k</a></body></html>"
        );
    }

    #[test]
    fn script_and_style_contents_are_not_markup() {
        let html = "<script type=\"module\" src=\"/pkg/eenheid.js\" nonce=\"abc\"></script><script>if (a<b) x='<a href=\"/q\">'</script><style>a>b{}</style>";
        assert_eq!(
            relink(html),
            "<script type=\"module\" src=\"/pkg/eenheid.js\"></script><script>if (a<b) x='<a href=\"/q\">'</script><style>a>b{}</style>"
        );
    }

    #[test]
    fn values_are_unescaped_for_the_visitor_and_escaped_again() {
        assert_eq!(unescape("/taal/en?terug=%2F&amp;x=&quot;&#39;&#x41;&bogus"), "/taal/en?terug=%2F&x=\"'A&bogus");
        let mut seen = Vec::new();
        rewrite::<Malformed>("<a href=\"a&amp;b\" data-x=plain title='q&quot;'>", |tag| {
            seen.push(tag.attributes.clone());
            tag.set("href", "c&\"d");
            Ok(())
        })
        .map(|out| assert_eq!(out, "<a href=\"c&amp;&quot;d\" data-x=\"plain\" title=\"q&quot;\">"))
        .unwrap();
        assert_eq!(seen[0][0], ("href".to_owned(), Some("a&b".to_owned())));
    }

    #[test]
    fn broken_markup_stops_the_rewrite() {
        for broken in ["<a href=\"x>", "<!-- open", "a < b", "<script>never closed"] {
            assert!(rewrite::<Malformed>(broken, |_| Ok(())).is_err(), "{broken:?}");
        }
    }
}
