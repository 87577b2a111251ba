//! The showcase's own small sheet (search, component lists, example frames, code blocks, props
//! tables), served beside the Eenheid stylesheet. Token variables only, like every component; it
//! stays out of the component sheets that agencies ship.

/// The showcase sheet.
pub const STYLESHEET: &str = r#".showcase-lead {
  font-size: var(--eh-font-size-l);
}
.showcase-meta {
  color: var(--eh-color-text-secondary);
}
.showcase-search {
  max-width: var(--eh-size-text-max);
  margin-bottom: var(--eh-space-5);
}
.showcase-count {
  font-weight: var(--eh-font-weight-bold);
}
.showcase-family {
  margin-top: var(--eh-space-6);
}
.showcase-list {
  max-width: none;
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: var(--eh-space-4);
}
.showcase-list__item {
  padding: var(--eh-space-3) 0;
  border-top: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
}
.showcase-list__link {
  font-weight: var(--eh-font-weight-bold);
  font-size: var(--eh-font-size-l);
}
.showcase-list__summary {
  margin: var(--eh-space-1) 0 0 0;
}
.showcase-example-block {
  margin-top: var(--eh-space-7);
}
.showcase-frame {
  margin: var(--eh-space-4) 0;
  border: var(--eh-border-width-m) solid var(--eh-color-border-subtle);
}
.showcase-frame__label {
  max-width: none;
  margin: 0;
  padding: var(--eh-space-1) var(--eh-space-3);
  background-color: var(--eh-color-surface);
  border-bottom: var(--eh-border-width-m) solid var(--eh-color-border-subtle);
  font-size: var(--eh-font-size-s);
  font-weight: var(--eh-font-weight-bold);
}
.showcase-example {
  margin: var(--eh-space-5) 0 var(--eh-space-6) 0;
  padding: var(--eh-space-5);
  border: var(--eh-border-width-m) solid var(--eh-color-border-subtle);
  background-color: var(--eh-color-background);
  overflow-x: auto;
}
.showcase-frame .showcase-example {
  margin: 0;
  border: 0;
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
  white-space: pre;
}
.showcase-code:focus-visible,
.showcase-table-wrap:focus-visible {
  /* As the components' scroll regions: a black ring right around it, yellow beyond; a line
     drawn inside would be covered by what it holds. */
  outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
  outline-offset: 0;
  box-shadow: 0 0 0 calc(2 * var(--eh-focus-width)) var(--eh-color-focus);
}
.showcase-props__heading {
  margin-top: var(--eh-space-6);
}
.showcase-table-wrap {
  max-width: 100%;
  overflow-x: auto;
  margin-bottom: var(--eh-space-5);
}
.showcase-props {
  border-collapse: collapse;
  width: 100%;
  font-size: var(--eh-font-size-s);
}
.showcase-props caption {
  text-align: left;
  font-weight: var(--eh-font-weight-bold);
  padding-bottom: var(--eh-space-2);
}
.showcase-props th,
.showcase-props td {
  padding: var(--eh-space-2) var(--eh-space-3) var(--eh-space-2) 0;
  border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
  text-align: left;
  vertical-align: top;
}
.showcase-props code {
  font-family: var(--eh-font-family-mono);
  white-space: nowrap;
}
.showcase-props td:last-child {
  min-width: 16rem;
}
.showcase-type {
  margin-bottom: var(--eh-space-2);
}
.showcase-type__summary,
.showcase-html__summary {
  cursor: pointer;
  color: var(--eh-color-link);
  min-height: var(--eh-size-touch-target);
  padding: var(--eh-space-2) 0;
}
/* Yellow alone is 1.6:1 on white: the black ring is what a person sees change. */
.showcase-type__summary:focus-visible,
.showcase-html__summary:focus-visible {
  outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
  outline-offset: 0;
  background-color: var(--eh-color-focus);
  color: var(--eh-color-focus-text);
}
.showcase-type__body {
  padding-left: var(--eh-space-4);
  border-left: var(--eh-border-width-l) solid var(--eh-color-border-subtle);
}
.showcase-members code,
.showcase-type__summary code {
  font-family: var(--eh-font-family-mono);
  overflow-wrap: anywhere;
}
.showcase-props__note {
  color: var(--eh-color-text-secondary);
}
"#;

/// `showcase-<hash>.css`: the content hash makes the file cacheable for a year.
pub fn file_name() -> String {
    format!("showcase-{}.css", eenheid::style::content_hash(STYLESHEET))
}
