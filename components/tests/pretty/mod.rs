//! A small HTML indenter for readable snapshots: one tag or text run per line, nested by depth.
//! It only re-flows whitespace between tags, so it never hides a change in the markup itself.

const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "!doctype"];

pub fn indent(html: &str) -> String {
    let mut out = String::new();
    let mut depth: usize = 0;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(stripped) = rest.strip_prefix('<') {
            let end = stripped.find('>').map(|i| i + 2).unwrap_or(rest.len());
            let tag = &rest[..end];
            let name: String = tag
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
                .collect::<String>()
                .to_ascii_lowercase();
            let closing = tag.starts_with("</");
            let self_closing = tag.ends_with("/>") || VOID.contains(&name.as_str()) || tag.starts_with("<!--") || tag == "<!>";
            if closing {
                depth = depth.saturating_sub(1);
            }
            out.push_str(&"  ".repeat(depth));
            out.push_str(tag);
            out.push('\n');
            if !closing && !self_closing {
                depth += 1;
            }
            rest = &rest[end..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..end];
            if !text.trim().is_empty() {
                out.push_str(&"  ".repeat(depth));
                out.push_str(text);
                out.push('\n');
            }
            rest = &rest[end..];
        }
    }
    out
}
