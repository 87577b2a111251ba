//! Deterministic ids: derived from the id a developer gives a field, never random, so the server
//! HTML and a hydrated island agree and `aria-describedby` always points at something real.

/// The ids of one form field and its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIds {
    /// The control itself (`<input id>`): the target of the label and of error-summary links.
    pub control: String,
    /// The hint paragraph.
    pub hint: String,
    /// The error message paragraph.
    pub error: String,
}

impl FieldIds {
    /// Derives the part ids from the control's id: `postcode` → `postcode-hint`, `postcode-error`.
    pub fn new(control: &str) -> Self {
        debug_assert!(is_valid_id(control), "Eenheid: {control:?} is not a usable HTML id (use letters, digits, '-', '_'; start with a letter)");
        // `concat` sizes each id once; `format!` grew the string several times, on every render.
        FieldIds {
            control: control.to_owned(),
            hint: [control, "-hint"].concat(),
            error: [control, "-error"].concat(),
        }
    }

    /// The `aria-describedby` value: the hint first, then the error (the order a screen reader
    /// reads them), or `None` when the field has neither.
    pub fn described_by(&self, has_hint: bool, has_error: bool) -> Option<String> {
        match (has_hint, has_error) {
            (true, true) => Some([self.hint.as_str(), " ", self.error.as_str()].concat()),
            (true, false) => Some(self.hint.clone()),
            (false, true) => Some(self.error.clone()),
            (false, false) => None,
        }
    }
}

/// An id that is safe in HTML and in a CSS selector: an ASCII letter, then letters, digits,
/// `-` or `_`.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_by_lists_hint_then_error() {
        let ids = FieldIds::new("postcode");
        assert_eq!(ids.described_by(true, true).as_deref(), Some("postcode-hint postcode-error"));
        assert_eq!(ids.described_by(false, true).as_deref(), Some("postcode-error"));
        assert_eq!(ids.described_by(true, false).as_deref(), Some("postcode-hint"));
        assert_eq!(ids.described_by(false, false), None);
    }

    #[test]
    fn ids_are_checked() {
        assert!(is_valid_id("adres-postcode_2"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("1abc"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id("a\"><script>"));
    }
}
