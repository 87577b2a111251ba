//! Rendering one page: a fresh reactive owner, the Leptos options, and a fresh CSP nonce for this
//! response (Eenheid's loader script carries it).

use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;

/// A rendered HTML document and the nonce its scripts carry.
pub struct RenderedPage {
    /// The whole document.
    pub html: String,
    /// The nonce for this response's Content-Security-Policy.
    pub nonce: Nonce,
}

/// Renders `page` into a complete document.
pub fn render_page<V: IntoView + 'static>(options: &LeptosOptions, page: impl FnOnce() -> V) -> RenderedPage {
    let nonce = Nonce::new();
    let html = eenheid::render::render_html(|| {
        provide_context(options.clone());
        provide_context(nonce.clone());
        // The visitor's light or dark choice, for the page template.
        provide_context(crate::scheme::current());
        page()
    });
    RenderedPage { html, nonce }
}
