//! Rendering a [`TokenSet`] as a stylesheet of CSS custom properties.

use crate::parse::{DARK_MODE, SCHEME_ATTRIBUTE, TokenSet, media_query};

impl TokenSet {
    /// The custom-properties stylesheet: one `:root` block with one declaration per token in
    /// document order, then one block per mode (e.g. `prefers-contrast: more`) that overrides
    /// only the tokens that change. Output is deterministic.
    ///
    /// Values are inlined (`--eh-color-primary: #154273`), not `var()` chains: the alias
    /// structure is a design-time concern, and inlining keeps each property readable in devtools.
    /// Mode overrides are therefore emitted for every token whose alias chain reaches an
    /// overridden token, so nothing is left stale.
    ///
    /// The dark mode follows the device (`prefers-color-scheme: dark`) unless the page chose
    /// with [`SCHEME_ATTRIBUTE`] on `<html>`: `"light"` keeps the base values on a dark device,
    /// `"dark"` applies the dark set on a light one. Those selectors outrank the plain `:root` of
    /// `prefers-contrast: more`, so dark values win over contrast-more ones in dark mode (every
    /// token with a contrast-more value has a dark one; the shipped tests hold that). `color-scheme`
    /// follows, so the browser's own parts (scroll bars, date pickers) match the page.
    pub fn to_css(&self) -> String {
        let mut css = String::from(
            "/* Eenheid design tokens. Generated from tokens.json; do not edit. */\n:root {\n",
        );
        for token in self.tokens() {
            css.push_str(&format!("  {}: {};\n", token.css_var, token.value));
        }
        let has_dark = self.modes().iter().any(|mode| mode == DARK_MODE);
        if has_dark {
            css.push_str("  color-scheme: light dark;\n");
        }
        css.push_str("}\n");
        for mode in self.modes() {
            let Some(query) = media_query(mode) else {
                continue;
            };
            let declarations = self.mode_declarations(mode, "    ");
            if mode == DARK_MODE {
                css.push_str(&format!(
                    "\n@media {query} {{\n  :root:not([{SCHEME_ATTRIBUTE}=\"light\"]) {{\n{declarations}  }}\n}}\n"
                ));
                let declarations = self.mode_declarations(mode, "  ");
                css.push_str(&format!(
                    "\n:root[{SCHEME_ATTRIBUTE}=\"dark\"] {{\n  color-scheme: dark;\n{declarations}}}\n"
                ));
                css.push_str(&format!("\n:root[{SCHEME_ATTRIBUTE}=\"light\"] {{\n  color-scheme: light;\n}}\n"));
            } else {
                css.push_str(&format!("\n@media {query} {{\n  :root {{\n{declarations}  }}\n}}\n"));
            }
        }
        css
    }

    /// One `name: value;` line per token that `mode` changes, each indented by `indent`.
    fn mode_declarations(&self, mode: &str, indent: &str) -> String {
        let mut lines = String::new();
        for token in self.tokens() {
            if let Some(value) = token.mode_value(mode) {
                lines.push_str(&format!("{indent}{}: {};\n", token.css_var, value));
            }
        }
        lines
    }
}
