//! Rendering a page or fragment to HTML on the server.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

/// Renders a view to an HTML string in islands mode: a fresh reactive owner per render (nothing
/// leaks between requests), and hydration data only for the `#[island]`s on the page.
///
/// Provide per-request context (language, CSP nonce, Leptos options) inside `view`.
///
/// ```
/// use eenheid::form::button::Button;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! { <Button>"Doorgaan"</Button> });
/// assert!(html.contains("Doorgaan"));
/// ```
pub fn render_html<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let html = owner.with(|| view().to_html());
    // Free the reactive graph of this render now, not when the thread ends.
    owner.unset();
    html
}
