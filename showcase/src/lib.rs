#![recursion_limit = "256"]
//! The Eenheid showcase: every component and every example of the registry, served with Leptos
//! server-side rendering over axum, under a strict Content-Security-Policy. The browser build
//! (feature `hydrate`) only wakes the islands; every page is complete without it.

#[cfg(feature = "ssr")]
pub mod component_docs;
#[cfg(feature = "ssr")]
pub mod form_demo;
#[cfg(feature = "ssr")]
pub mod inline_example;
#[cfg(feature = "ssr")]
pub mod lang;
#[cfg(feature = "ssr")]
pub mod journey;
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

/// The name wasm-bindgen gives the browser build (`pkg/eenheid_showcase.js` and
/// `pkg/eenheid_showcase_bg.wasm`); the server's hydration script imports the same names.
pub const OUTPUT_NAME: &str = "eenheid_showcase";

/// The browser entry point: hydrate the islands, leave the rest of the page alone.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Islands enhance in effects, which run after this call; a zero timeout runs after them. The
    // marker lets tests (and auditors) wait for the enhanced page instead of guessing a delay.
    leptos::prelude::set_timeout(
        || {
            if let Some(root) = leptos::prelude::document().document_element() {
                let _ = root.set_attribute("data-eh-hydrated", "true");
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The attribute the browser build sets on `<html>` once every island is hydrated and enhanced.
pub const HYDRATED_MARKER: &str = "data-eh-hydrated";

// The islands live in the component crate; linking it makes their exports part of this build.
#[cfg(feature = "hydrate")]
extern crate eenheid;
