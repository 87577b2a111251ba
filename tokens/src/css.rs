//! Rendering a [`TokenSet`] as a stylesheet of CSS custom properties.

use crate::parse::{TokenSet, media_query};

impl TokenSet {
    /// The custom-properties stylesheet: one `:root` block with one declaration per token in
    /// document order, then one `@media` block per mode (e.g. `prefers-contrast: more`) that
    /// overrides only the tokens that change. Output is deterministic.
    ///
    /// Values are inlined (`--eh-color-primary: #154273`), not `var()` chains: the alias
    /// structure is a design-time concern, and inlining keeps each property readable in devtools.
    /// Mode overrides are therefore emitted for every token whose alias chain reaches an
    /// overridden token, so nothing is left stale.
    pub fn to_css(&self) -> String {
        let mut css = String::from(
            "/* Eenheid design tokens. Generated from tokens.json; do not edit. */\n:root {\n",
        );
        for token in self.tokens() {
            css.push_str(&format!("  {}: {};\n", token.css_var, token.value));
        }
        css.push_str("}\n");
        for mode in self.modes() {
            let Some(query) = media_query(mode) else {
                continue;
            };
            css.push_str(&format!("\n@media {query} {{\n  :root {{\n"));
            for token in self.tokens() {
                if let Some(value) = token.mode_value(mode) {
                    css.push_str(&format!("    {}: {};\n", token.css_var, value));
                }
            }
            css.push_str("  }\n}\n");
        }
        css
    }
}
