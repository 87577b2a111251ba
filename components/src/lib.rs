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
//! ```
//! use eenheid::form::text_input::TextInput;
//! use eenheid::i18n::Lang;
//! use eenheid::page::page_template::PageTemplate;
//! use leptos::prelude::*;
//!
//! let html = eenheid::render::render_html(|| view! {
//!     <PageTemplate title="Uw adres" agency="Gemeente Utrecht" lang=Lang::Nl
//!         stylesheet_href=eenheid::style::stylesheet_href("/static")>
//!         <h1>"Uw adres"</h1>
//!         <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB" />
//!     </PageTemplate>
//! });
//! assert!(html.contains(r#"<html lang="nl""#));
//! ```

pub mod content;
pub mod enhance;
pub mod examples;
pub mod form;
pub mod i18n;
pub mod ids;
pub mod page;
pub mod patterns;
pub mod progress;
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
