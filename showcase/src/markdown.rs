//! Just enough Markdown for doc comments: paragraphs, `-` lists, `` `code` `` and rustdoc links
//! (`` [`Name`] `` shows as code). Built as Leptos views, never as raw HTML, so nothing in a doc
//! comment can inject markup.

use leptos::prelude::*;

/// One block of a doc text.
#[derive(Debug, PartialEq, Eq)]
enum Block {
    Paragraph(String),
    List(Vec<String>),
}

fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if trimmed.is_empty() {
            blocks.push(None);
        } else if let Some(item) = trimmed.strip_prefix("- ").or_else(|| trimmed.strip_prefix("* ")) {
            match blocks.last_mut() {
                Some(Some(Block::List(items))) => items.push(item.to_owned()),
                _ => blocks.push(Some(Block::List(vec![item.to_owned()]))),
            }
        } else {
            match blocks.last_mut() {
                Some(Some(Block::Paragraph(text))) => {
                    text.push(' ');
                    text.push_str(trimmed);
                }
                // A continuation line of a list item is indented.
                Some(Some(Block::List(items))) if line.starts_with("  ") => {
                    if let Some(last) = items.last_mut() {
                        last.push(' ');
                        last.push_str(trimmed);
                    }
                }
                _ => blocks.push(Some(Block::Paragraph(trimmed.to_owned()))),
            }
        }
    }
    blocks.into_iter().flatten().collect()
}

/// Inline text: runs of plain text and `code`; rustdoc link brackets and targets removed.
fn inline(text: &str) -> impl IntoView + use<> {
    let cleaned = strip_links(text).replace("**", "");
    cleaned
        .split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            if i % 2 == 1 {
                view! { <code>{part.to_owned()}</code> }.into_any()
            } else {
                part.to_owned().into_any()
            }
        })
        .collect_view()
}

/// `[`Name`]` → `` `Name` ``, `[text](target)` → `text`.
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        let Some(end) = rest[start..].find(']').map(|e| start + e) else { break };
        out.push_str(&rest[..start]);
        out.push_str(&rest[start + 1..end]);
        rest = &rest[end + 1..];
        if rest.starts_with('(')
            && let Some(close) = rest.find(')')
        {
            rest = &rest[close + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// A doc text as paragraphs and lists.
pub fn render(text: &str) -> impl IntoView + use<> {
    blocks(text)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(text) => view! { <p>{inline(&text)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.into_iter().map(|item| view! { <li>{inline(&item)}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

/// A doc text as one line of inline content (for table cells): paragraphs joined by spaces.
pub fn render_inline(text: &str) -> impl IntoView + use<> {
    let joined = blocks(text)
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(text) => text,
            Block::List(items) => items.join("; "),
        })
        .collect::<Vec<_>>()
        .join(" ");
    inline(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_code() {
        let text = "One\ntwo.\n\n- a\n  b\n- c\n\n```\nlet x = 1;\n```\nSee [`GridRow`] and [docs](https://x).";
        assert_eq!(
            blocks(text),
            vec![
                Block::Paragraph("One two.".into()),
                Block::List(vec!["a b".into(), "c".into()]),
                Block::Paragraph("See [`GridRow`] and [docs](https://x).".into()),
            ]
        );
        assert_eq!(strip_links("See [`GridRow`] and [docs](https://x)."), "See `GridRow` and docs.");
        let html = render("Use `<b>` *not* markup <script>").to_html();
        assert!(html.contains("<code>&lt;b&gt;</code>"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
    }
}
