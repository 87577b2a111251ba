//! Link addresses from props: only schemes that cannot run code reach an `href`.
//!
//! Allowed: `http:`, `https:`, `mailto:`, `tel:`, relative paths and `#fragment`s. Anything else
//! (`javascript:`, `data:`, `vbscript:`, …, also when hidden with case, spaces or control
//! characters) becomes `#`, an inert link: a page never runs a script from a prop.
//!
//! An image's address ([`image_src`]) is stricter: only `http:`, `https:` and relative paths, and
//! a refused one is no address at all (an image of `#` would load the page itself as a picture).

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
    match judge(raw, LINK_SCHEMES) {
        Href::AsGiven => raw.to_owned(),
        Href::Cleaned(cleaned) => cleaned,
        Href::Unsafe => "#".to_owned(),
    }
}

/// [`safe_href`] for an address the caller owns: the usual clean one is kept as it is, not copied
/// (components call this for every link on every render).
pub(crate) fn safe_href_owned(raw: String) -> String {
    match judge(&raw, LINK_SCHEMES) {
        Href::AsGiven => raw,
        Href::Cleaned(cleaned) => cleaned,
        Href::Unsafe => "#".to_owned(),
    }
}

/// The address of an image (`src`) when it is safe, cleaned as the browser would read it; `None`
/// for any scheme but `http:` and `https:` (`javascript:`, `data:`, `mailto:`, …) and for an empty
/// address.
///
/// ```
/// use eenheid::url::image_src;
/// assert_eq!(image_src("/static/logo.svg").as_deref(), Some("/static/logo.svg"));
/// assert_eq!(image_src("https://www.voorbeeldstad.nl/logo.svg").as_deref(), Some("https://www.voorbeeldstad.nl/logo.svg"));
/// assert_eq!(image_src(" JaVaScRiPt:alert(1)"), None);
/// assert_eq!(image_src("data:image/svg+xml,<svg/>"), None);
/// assert_eq!(image_src("  "), None);
/// ```
pub fn image_src(raw: &str) -> Option<String> {
    match judge(raw, IMAGE_SCHEMES) {
        Href::AsGiven if !raw.is_empty() => Some(raw.to_owned()),
        Href::Cleaned(cleaned) if !cleaned.is_empty() => Some(cleaned),
        _ => None,
    }
}

/// The schemes a link may have.
const LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The schemes an image may have.
const IMAGE_SCHEMES: &[&str] = &["http", "https"];

/// What [`judge`] found.
enum Href {
    /// Safe, and exactly as given.
    AsGiven,
    /// Safe once the browser-ignored characters are taken out.
    Cleaned(String),
    /// A scheme that could run code.
    Unsafe,
}

fn judge(raw: &str, schemes: &[&str]) -> Href {
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
            schemes.iter().any(|allowed| scheme.eq_ignore_ascii_case(allowed))
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
    use super::{image_src, safe_href};

    #[test]
    fn images_come_only_from_the_web_or_the_site_itself() {
        for ok in ["/static/logo.svg", "logo.png", "https://cdn.voorbeeldstad.nl/logo.svg", "HTTP://a.nl/l.png"] {
            assert_eq!(image_src(ok).as_deref(), Some(ok), "{ok}");
        }
        // Browser-ignored characters are taken out, as for links.
        assert_eq!(image_src(" /static/lo\tgo.svg\n").as_deref(), Some("/static/logo.svg"));
        for bad in ["", " \t", "javascript:alert(1)", "java\tscript:x", "\u{1}JAVASCRIPT:x", "data:image/svg+xml,<svg onload=x>", "mailto:a@b.nl", "tel:123", "file:///etc/passwd", "vbscript:x"] {
            assert_eq!(image_src(bad), None, "{bad:?}");
        }
    }

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
