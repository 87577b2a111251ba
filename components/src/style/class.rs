//! `class` attributes written straight into the HTML.
//!
//! Leptos's `class=` collects an element's classes in a scratch `String`: allocated, grown,
//! escaped and freed for every element on every render: a quarter of the instructions of the
//! benchmark page (`render-page` under callgrind). Eenheid's classes are fixed names with nothing
//! to escape, so the components spread [`fixed_class`] as an element's *last* attribute instead:
//!
//! ```text
//! <input id=id name=name {..fixed_class("eh-choices__input")} />
//! ```
//!
//! Leptos writes `class` after all other attributes anyway, so the HTML stays the same byte for
//! byte. Keep it last, and only on elements that are dynamic already: a fully static element
//! (`<span class="…" aria-hidden="true"></span>`) is written out at compile time by `view!`, and a
//! spread would make it dynamic again. After a bare name (`<p id=id …>`) a spread cannot go:
//! Rust reads `id {..}` as a struct; such elements keep `class=`.
//!
//! One difference remains: a `class` spread onto a component from outside (`<FormGroup {..}
//! class="x">`) used to replace the class of its root element and now adds a second `class`
//! attribute, which browsers ignore. Eenheid's classes are not meant to be overridden.

use leptos::tachys::html::attribute::AttributeValue;
use leptos::tachys::html::attribute::custom::{CustomAttr, custom_attribute};
use leptos::tachys::renderer::types::Element;

/// `class="names"` for fixed class names (ASCII letters, digits, `-`, `_`, single spaces).
pub(crate) fn fixed_class(names: &'static str) -> CustomAttr<&'static str, FixedClass> {
    debug_assert!(
        names.split(' ').all(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')),
        "Eenheid: {names:?} is not a list of plain class names"
    );
    custom_attribute("class", FixedClass(names))
}

/// The value of a [`fixed_class`]: written as it is, without an escaping pass.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FixedClass(&'static str);

// In the browser (an agency's islands) it behaves as the plain `&'static str` it wraps.
impl AttributeValue for FixedClass {
    type State = <&'static str as AttributeValue>::State;
    type AsyncOutput = Self;
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn to_html(self, key: &str, buf: &mut String) {
        // Nothing to escape: `fixed_class` only takes plain class names.
        buf.push(' ');
        buf.push_str(key);
        buf.push_str("=\"");
        buf.push_str(self.0);
        buf.push('"');
    }

    fn to_template(key: &str, buf: &mut String) {
        <&'static str as AttributeValue>::to_template(key, buf);
    }

    fn hydrate<const FROM_SERVER: bool>(self, key: &str, el: &Element) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(key, el)
    }

    fn build(self, el: &Element, key: &str) -> Self::State {
        self.0.build(el, key)
    }

    fn rebuild(self, key: &str, state: &mut Self::State) {
        self.0.rebuild(key, state);
    }

    fn into_cloneable(self) -> Self::Cloneable {
        self
    }

    fn into_cloneable_owned(self) -> Self::CloneableOwned {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }
}
