#![recursion_limit = "256"]
//! The Eenheid showcase: every component and every example of the registry, served with Leptos
//! server-side rendering over axum, under a strict Content-Security-Policy. The browser build
//! (feature `hydrate`) only wakes the islands; every page is complete without it.

#[cfg(feature = "ssr")]
pub mod form_demo;
#[cfg(feature = "ssr")]
pub mod lang;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod style;

/// The name wasm-bindgen gives the browser build (`pkg/eenheid_showcase.js` and
/// `pkg/eenheid_showcase_bg.wasm`); the server's hydration script imports the same names.
pub const OUTPUT_NAME: &str = "eenheid_showcase";

/// The browser entry point: hydrate the islands, leave the rest of the page alone.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

// The islands live in the component crate; linking it makes their exports part of this build.
#[cfg(feature = "hydrate")]
extern crate eenheid;
