#![recursion_limit = "256"]
//! # Eenheid — one government, one look
//!
//! Accessible Leptos components for Dutch government services. Every component renders complete,
//! usable HTML on the server (no JavaScript needed to read a page or submit a form); the few
//! interactive parts are small browser modules that only *enhance* that HTML ([`enhance`]).
//!
//! The families stand in layers: [`form`] field parts → form controls, [`progress`] trackers and
//! [`page`] layouts, and [`content`] (summary list, panel, table, tabs, …). Colours, spacing and type come only from [`eenheid_tokens`]; link the one
//! stylesheet that [`style::stylesheet`] renders.
//!
//! One `use` brings every component and its prop types ([`prelude`]):
//!
//! ```
//! use eenheid::prelude::*;
//! use leptos::prelude::*;
//!
//! let html = render_html(|| view! {
//!     <PageTemplate title="Uw adres" agency="Gemeente Utrecht" lang=Lang::Nl
//!         stylesheet_href=stylesheet_href("/static")>
//!         <h1>"Uw adres"</h1>
//!         <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB" />
//!     </PageTemplate>
//! });
//! assert!(html.contains(r#"<html lang="nl""#));
//! ```
//!
//! ## Layout
//!
//! One module per family, one file per component; a component's path names its family and file:
//! [`form`] (field parts: label, hint, error message, form group, fieldset, and the field frame
//! every control stands in, [`form::field`]; controls: text input,
//! textarea, select, radios, checkboxes, date, address, BSN, IBAN, phone, password, character
//! count, file upload, button, error summary), [`content`], [`page`] (template, header, footer,
//! banners, help, navigation), [`progress`] (step indicator, task list, status timeline, progress
//! bar) and [`patterns`] (whole pages: question, check answers, confirmation, status, start,
//! contact, task list, call back, save and continue later, life event, choice guide). Beside them: [`i18n`] (the built-in Dutch and English texts), [`ids`],
//! [`url`] (`safe_href`), [`validation`] (the checks behind the Dutch inputs), [`style`] (the one
//! stylesheet), [`enhance`] (the browser modules' loader), [`render`] (SSR to a string), and
//! [`examples`] (what an example and a catalogue entry are). Each component also declares the
//! sheets it needs (`SHEETS`) and its catalogue entry (`ENTRY`); [`catalogue`] lists each
//! component once: the stylesheet is written from that list, and its entries, for the showcase
//! and the tests, are behind the feature `catalogue`, which an agency's build does not need.

pub mod content;
pub mod catalogue;
pub mod enhance;
pub mod examples;
pub mod form;
pub mod i18n;
pub mod ids;
pub mod page;
pub mod patterns;
pub mod prelude;
pub mod progress;
pub mod reference_code;
#[cfg(feature = "ssr")]
pub mod render;
pub mod style;
pub mod url;
pub mod validation;

// Used by `example!` under the test-only `hostile-examples` feature.
#[cfg(feature = "hostile-examples")]
#[doc(hidden)]
pub use eenheid_macros::hostile_literals as __hostile_literals;

/// The book's getting-started page, compiled as a doctest so its code cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../docs/src/getting-started.md")]
pub struct GettingStartedDoc;

/// The book's tokens page: its Rust snippets run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../../docs/src/tokens.md")]
pub struct TokensDoc;
