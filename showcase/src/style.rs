//! The showcase's own small sheet (example frames, code blocks), served beside the Eenheid
//! stylesheet. Token variables only, like every component; it stays out of the component sheets
//! that agencies ship.

/// The showcase sheet.
pub const STYLESHEET: &str = r#".showcase-example {
  margin: var(--eh-space-5) 0 var(--eh-space-6) 0;
  padding: var(--eh-space-5);
  border: var(--eh-border-width-m) solid var(--eh-color-border-subtle);
  background-color: var(--eh-color-background);
  overflow-x: auto;
}
.showcase-code {
  margin: 0 0 var(--eh-space-6) 0;
  padding: var(--eh-space-4);
  max-width: none;
  overflow-x: auto;
  background-color: var(--eh-color-surface);
  border-left: var(--eh-border-width-l) solid var(--eh-color-primary);
  font-family: var(--eh-font-family-mono);
  font-size: var(--eh-font-size-s);
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.showcase-meta {
  color: var(--eh-color-text-secondary);
}
"#;

/// `showcase-<hash>.css`: the content hash makes the file cacheable for a year.
pub fn file_name() -> String {
    format!("showcase-{}.css", eenheid::style::content_hash(STYLESHEET))
}
