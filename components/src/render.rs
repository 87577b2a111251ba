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
    // `Owner::new_root` makes itself the thread's owner without keeping the one before: when this
    // runs inside another render (the showcase shows an example's HTML in a page), that render's
    // owner — and its contexts, such as the language — must come back afterwards.
    let outer = Owner::current();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let html = owner.with(|| view().to_html());
    // Free the reactive graph of this render now, not when the thread ends.
    owner.unset();
    if let Some(outer) = outer {
        outer.set();
    }
    html
}
