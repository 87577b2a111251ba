//! How a component asks for a browser enhancement, and the one script a page then needs.
//!
//! Eenheid's interactive parts are not Leptos islands: they are small WASM modules of their own
//! ([`eenheid_enhance`]) that wake up server HTML marked with `data-eh-module`. A component that
//! wants one puts [`Enhancement::attribute`]'s value on its element and renders [`LoaderScript`]
//! next to it; the loader (`eenheid.js`) imports only the modules the page names. A page without
//! enhancements has no script at all. Where the app serves the modules is [`ScriptBase`] (a
//! context; `/pkg` when none is given, where Leptos serves its own `pkg/`).
//!
//! This module imports no component (a leaf), so every component can use it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

pub use eenheid_enhance::{Enhancement, LOADER_FILE, MODULE_ATTRIBUTE, READY_MARKER};

/// Where the app serves Eenheid's browser modules when it says nothing else (Leptos's default
/// `site_pkg_dir`).
pub const DEFAULT_SCRIPT_BASE: &str = "/pkg";

/// The URL folder of Eenheid's browser modules (`eenheid.js`, `<name>.js`, `<name>_bg.wasm`),
/// e.g. `/pkg` or `/static/eenheid`. Provide it with [`provide_script_base`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptBase(pub String);

/// Sets where this page's enhancement scripts come from (call it before rendering the page).
pub fn provide_script_base(base: impl Into<String>) {
    provide_context(ScriptBase(base.into().trim_end_matches('/').to_owned()));
}

/// The loader's URL on this page.
pub fn loader_href() -> String {
    let base = use_context::<ScriptBase>();
    let base = base.as_ref().map_or(DEFAULT_SCRIPT_BASE, |base| base.0.as_str());
    [base, "/", LOADER_FILE].concat()
}

/// Whether this page already has the loader. [`crate::page::page_template::PageTemplate`]
/// provides one per page, so the `<script>` appears once; without it every enhanced component
/// brings its own (the browser runs a module script with the same URL only once).
#[derive(Clone, Debug, Default)]
pub struct LoaderOnce(Arc<AtomicBool>);

/// Starts a new page for [`LoaderScript`]'s once-only rule.
pub fn provide_loader_once() {
    provide_context(LoaderOnce::default());
}

/// The `<script type="module">` that loads the enhancement modules named on the page, with the
/// page's CSP nonce. Render it next to an element that carries `data-eh-module`; it renders
/// nothing when the page already has it.
#[component]
pub fn LoaderScript() -> impl IntoView {
    let first = use_context::<LoaderOnce>().is_none_or(|once| !once.0.swap(true, Ordering::Relaxed));
    first.then(|| {
        let nonce = use_nonce().map(|n| n.to_string());
        view! { <script type="module" src=loader_href() nonce=nonce></script> }
    })
}

/// The `data-eh-module` value that asks for `enhancement`.
pub fn module(enhancement: Enhancement) -> &'static str {
    enhancement.name()
}
