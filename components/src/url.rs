//! Link addresses from props: only schemes that cannot run code reach an `href`.
//!
//! Allowed: `http:`, `https:`, `mailto:`, `tel:`, relative paths and `#fragment`s. Anything else
//! (`javascript:`, `data:`, `vbscript:`, …, also when hidden with case, spaces or control
//! characters) becomes `#`, an inert link: a page never runs a script from a prop.

use std::borrow::Cow;

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
    match judge(raw) {
        Href::AsGiven => raw.to_owned(),
        Href::Cleaned(cleaned) => cleaned,
        Href::Unsafe => "#".to_owned(),
    }
}

/// [`safe_href`] for an address the caller owns: the usual clean one is kept as it is, not copied
/// (components call this for every link on every render).
pub(crate) fn safe_href_owned(raw: String) -> String {
    match judge(&raw) {
        Href::AsGiven => raw,
        Href::Cleaned(cleaned) => cleaned,
        Href::Unsafe => "#".to_owned(),
    }
}

/// What [`judge`] found.
enum Href {
    /// Safe, and exactly as given.
    AsGiven,
    /// Safe once the browser-ignored characters are taken out.
    Cleaned(String),
    /// A scheme that could run code.
    Unsafe,
}

fn judge(raw: &str) -> Href {
    // Browsers strip leading/trailing spaces and control characters, and ignore tabs and newlines
    // anywhere in a URL: judge the scheme the way the browser will read it.
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    let cleaned: Cow<'_, str> = if trimmed.contains(['\t', '\n', '\r']) {
        Cow::Owned(trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect())
    } else {
        Cow::Borrowed(trimmed)
    };
    let scheme_end = cleaned.find(|c: char| matches!(c, ':' | '/' | '?' | '#'));
    let safe = match scheme_end {
        Some(index) if cleaned[index..].starts_with(':') => {
            let scheme = &cleaned[..index];
            ["http", "https", "mailto", "tel"].iter().any(|allowed| scheme.eq_ignore_ascii_case(allowed))
        }
        // No scheme: a relative path, query or fragment.
        _ => true,
    };
    match cleaned {
        _ if !safe => Href::Unsafe,
        Cow::Borrowed(cleaned) if cleaned.len() == raw.len() => Href::AsGiven,
        cleaned => Href::Cleaned(cleaned.into_owned()),
    }
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
