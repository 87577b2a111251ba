//! Link addresses from props: only schemes that cannot run code reach an `href`.
//!
//! Allowed: `http:`, `https:`, `mailto:`, `tel:`, relative paths and `#fragment`s. Anything else
//! (`javascript:`, `data:`, `vbscript:`, …, also when hidden with case, spaces or control
//! characters) becomes `#`, an inert link: a page never runs a script from a prop.

/// The address as given when it is safe, else `#`.
///
/// ```
/// use eenheid::url::safe_href;
/// assert_eq!(safe_href("/verhuizen/adres"), "/verhuizen/adres");
/// assert_eq!(safe_href("https://www.rijksoverheid.nl"), "https://www.rijksoverheid.nl");
/// assert_eq!(safe_href(" JaVaScRiPt:alert(1)"), "#");
/// assert_eq!(safe_href("java\tscript:alert(1)"), "#");
/// ```
pub fn safe_href(raw: &str) -> String {
    // Browsers strip leading/trailing spaces and control characters, and ignore tabs and newlines
    // anywhere in a URL: judge the scheme the way the browser will read it.
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end = cleaned.find(|c: char| matches!(c, ':' | '/' | '?' | '#'));
    let safe = match scheme_end {
        Some(index) if cleaned[index..].starts_with(':') => {
            let scheme = cleaned[..index].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        // No scheme: a relative path, query or fragment.
        _ => true,
    };
    if safe { cleaned } else { "#".to_owned() }
}

#[cfg(test)]
mod tests {
    use super::safe_href;

    #[test]
    fn only_harmless_schemes_pass() {
        for ok in ["#inhoud", "?lang=en", "../terug", "mailto:info@example.nl", "tel:+31301234567", "HTTPS://a.nl/x:y"] {
            assert_eq!(safe_href(ok), ok.to_string(), "{ok}");
        }
        for bad in ["javascript:alert(1)", "\u{1}javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "JAVASCRIPT&colon;x:y", "jav\nascript:x", "file:///etc/passwd"] {
            assert_eq!(safe_href(bad), "#", "{bad:?}");
        }
    }
}
