#![recursion_limit = "256"]
//! The Eenheid showcase: every component and every example of the registry, served with Leptos
//! server-side rendering over axum, under a strict Content-Security-Policy. Eenheid's enhancement
//! modules (`cargo xtask build-wasm`, served from `pkg/`) only enhance; every page is complete
//! without them.

#[cfg(feature = "ssr")]
pub mod component_docs;
#[cfg(feature = "ssr")]
pub mod conformance;
#[cfg(feature = "ssr")]
pub mod example_html;
#[cfg(feature = "ssr")]
pub mod example_logos;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod fixtures;
#[cfg(feature = "ssr")]
pub mod form_demo;
#[cfg(feature = "ssr")]
pub mod inline_example;
#[cfg(feature = "ssr")]
pub mod lang;
#[cfg(feature = "ssr")]
pub mod journey;
#[cfg(feature = "ssr")]
pub mod life_event;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod patterns_page;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
pub mod response;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod scheme;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod site_map;
#[cfg(feature = "ssr")]
pub mod style;
#[cfg(feature = "ssr")]
pub mod texts;
#[cfg(feature = "ssr")]
pub mod tokens_page;

/// The attribute Eenheid's loader sets on `<html>` once every enhancement on the page has
/// started (pages without enhancements load no script and never get it).
pub const READY_MARKER: &str = eenheid::enhance::READY_MARKER;
