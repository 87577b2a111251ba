//! Where the URLs to audit come from: sitemaps (`<urlset>` and `<sitemapindex>`, sitemaps.org
//! protocol) and URL list files. Parsing only; fetching happens in the browser
//! ([`crate::site::SiteAuditor::fetch_sitemap`]), so https, proxies and certificates behave exactly
//! as for the audited pages.

/// What a sitemap document lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sitemap {
    /// `<urlset>`: page URLs.
    Pages(Vec<String>),
    /// `<sitemapindex>`: URLs of further sitemaps.
    Index(Vec<String>),
}

/// Only `http://` and `https://` URLs are audited (no `file:`, `javascript:`, `data:` …).
pub fn is_http_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && lower.len() > "https://".len() && !url.chars().any(char::is_whitespace)
}

/// Parses a sitemap document. Errors are one line saying what is wrong, e.g.
/// "not a sitemap: the root element is <html>, expected <urlset> or <sitemapindex>".
pub fn parse_sitemap(xml: &str) -> Result<Sitemap, String> {
    let root = root_element(xml)?;
    let local = root.rsplit(':').next().unwrap_or(&root).to_owned();
    let index = match local.as_str() {
        "urlset" => false,
        "sitemapindex" => true,
        other => return Err(format!("not a sitemap: the root element is <{other}>, expected <urlset> or <sitemapindex>")),
    };
    let close = format!("</{root}>");
    if !xml.contains(&close) {
        return Err(format!("not a complete sitemap: {close} is missing"));
    }
    let mut locs = Vec::new();
    let mut rest = xml;
    while let Some(start) = find_tag(rest, "loc") {
        let after = &rest[start..];
        let open_end = after.find('>').ok_or("broken <loc> tag")? + 1;
        let body = &after[open_end..];
        let end = body.find("</").ok_or("a <loc> element is not closed")?;
        let text = decode_text(body[..end].trim())?;
        if !text.is_empty() {
            locs.push(text);
        }
        rest = &body[end..];
    }
    Ok(if index { Sitemap::Index(locs) } else { Sitemap::Pages(locs) })
}

/// The first `<loc` or `<prefix:loc` tag start in `text`.
fn find_tag(text: &str, name: &str) -> Option<usize> {
    let mut offset = 0;
    while let Some(found) = text[offset..].find('<') {
        let start = offset + found;
        let tag: String = text[start + 1..].chars().take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/').collect();
        if tag.rsplit(':').next() == Some(name) {
            return Some(start);
        }
        offset = start + 1;
    }
    None
}

/// The name of the root element, skipping the XML declaration, comments, processing instructions
/// and a doctype.
fn root_element(xml: &str) -> Result<String, String> {
    let mut rest = xml.trim_start_matches('\u{feff}').trim_start();
    loop {
        if rest.is_empty() {
            return Err("not a sitemap: the document is empty".into());
        }
        if !rest.starts_with('<') {
            let start: String = rest.chars().take(40).collect();
            return Err(format!("not a sitemap: not XML (starts with {start:?})"));
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map(|(_, r)| r).ok_or("not a sitemap: a comment is not closed")?.trim_start();
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            rest = rest.split_once('>').map(|(_, r)| r).ok_or("not a sitemap: broken XML")?.trim_start();
        } else {
            let name: String = rest[1..].chars().take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/').collect();
            if name.is_empty() {
                return Err("not a sitemap: broken XML".into());
            }
            return Ok(name);
        }
    }
}

/// Decodes the five XML entities, numeric references and CDATA in a `<loc>`.
fn decode_text(text: &str) -> Result<String, String> {
    if let Some(inner) = text.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")) {
        return Ok(inner.trim().to_owned());
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').ok_or_else(|| format!("bad entity in <loc>{text}</loc>"))?;
        let entity = &after[..semi];
        let decoded = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()));
                code.and_then(char::from_u32).ok_or_else(|| format!("bad entity &{entity}; in <loc>"))?
            }
        };
        out.push(decoded);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Parses a URL list: one URL per line; blank lines and lines starting with `#` are skipped, and
/// so is anything after ` #` on a line.
pub fn parse_url_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.split(" #").next().unwrap_or("").trim())
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlset_with_entities_and_namespaces() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- generated -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.nl/</loc><lastmod>2026-01-01</lastmod></url>
  <url><loc> https://example.nl/zoek?a=1&amp;b=2 </loc></url>
  <url><loc><![CDATA[https://example.nl/x?y=1&z=2]]></loc></url>
</urlset>"#;
        assert_eq!(
            parse_sitemap(xml),
            Ok(Sitemap::Pages(vec![
                "https://example.nl/".into(),
                "https://example.nl/zoek?a=1&b=2".into(),
                "https://example.nl/x?y=1&z=2".into()
            ]))
        );
    }

    #[test]
    fn sitemap_index() {
        let xml = "<sm:sitemapindex xmlns:sm=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sm:sitemap><sm:loc>http://a/1.xml</sm:loc></sm:sitemap></sm:sitemapindex>";
        assert_eq!(parse_sitemap(xml), Ok(Sitemap::Index(vec!["http://a/1.xml".into()])));
    }

    #[test]
    fn bad_sitemaps_say_why_in_one_line() {
        let cases = [
            ("", "empty"),
            ("<!DOCTYPE html><html><body>404</body></html>", "root element is <html>"),
            ("{\"urls\": []}", "not XML"),
            ("<urlset><url><loc>http://a/</loc></url>", "</urlset> is missing"),
            ("<urlset><url><loc>http://a/?a&b</loc></url></urlset>", "bad entity"),
        ];
        for (xml, expected) in cases {
            let err = parse_sitemap(xml).unwrap_err();
            assert!(err.contains(expected), "{xml}: {err}");
            assert!(!err.contains('\n'));
        }
    }

    #[test]
    fn url_lists_skip_comments_and_blank_lines() {
        let text = "# pages\nhttps://a/\n\n  https://b/  # the b page\n#https://c/\n";
        assert_eq!(parse_url_list(text), ["https://a/", "https://b/"]);
    }

    #[test]
    fn only_http_urls() {
        assert!(is_http_url("https://example.nl/"));
        assert!(is_http_url("HTTP://127.0.0.1:3000/x"));
        for bad in ["file:///etc/passwd", "javascript:alert(1)", "example.nl", "https://", "http://a b/"] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }
}
