//! Limits and bad input for the whole server: a body limit (64 KiB: a form of this size is
//! already far more than anyone types), a request time-out, and a panic caught as a 500. Every
//! error answer — also the plain-text ones axum and tower-http make by themselves, like "length
//! limit exceeded" — becomes a readable page in the one look, in the visitor's language, with the
//! "Hulp nodig?" block, so nobody meets a bare error text or a dropped connection.

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use eenheid::i18n::Lang;
use eenheid::page::footer::FooterLink;
use eenheid::page::page_template::{PageLayout, PageTemplate};
use leptos::config::LeptosOptions;
use leptos::prelude::*;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

/// The largest request body the server reads.
pub const BODY_LIMIT: usize = 64 * 1024;

/// How long one request may take, body included, before it gets a 408 page.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Wraps `router` in the limits; error answers become pages rendered with `leptos`.
pub fn harden(router: Router, leptos: LeptosOptions) -> Router {
    harden_with_timeout(router, leptos, REQUEST_TIMEOUT)
}

/// [`harden`] with another request time-out (tests use a short one).
pub fn harden_with_timeout(router: Router, leptos: LeptosOptions, timeout: Duration) -> Router {
    router
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(axum::middleware::from_fn_with_state(leptos, readable_errors))
}

/// Replaces an error answer that is not already a page (or JSON for a script) by the page.
async fn readable_errors(State(leptos): State<LeptosOptions>, request: Request, next: Next) -> Response {
    let lang = crate::lang::from_headers(request.headers());
    let in_journey = request.uri().path().starts_with(crate::routes::JOURNEY);
    let response = next.run(request).await;
    let status = response.status();
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let already_readable = content_type.starts_with("text/html") || content_type.starts_with("application/json");
    if !(status.is_client_error() || status.is_server_error()) || already_readable {
        return response;
    }
    let mut page = page(&leptos, lang, status, in_journey);
    // Keep what the status needs (`Allow` on 405).
    if let Some(allow) = response.headers().get(header::ALLOW) {
        page.headers_mut().insert(header::ALLOW, allow.clone());
    }
    if status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::REQUEST_TIMEOUT {
        // The rest of the body was not read: do not reuse the connection.
        page.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    page
}

/// The error page for `status`, in the example service's look (Gemeente Voorbeeldstad).
pub fn journey_error_page(leptos: &LeptosOptions, lang: Lang, status: StatusCode) -> Response {
    page(leptos, lang, status, true)
}

/// (title, what happened, what to do) for a status.
fn texts(lang: Lang, status: StatusCode) -> (&'static str, &'static str, &'static str) {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => (
            crate::texts::TOO_MUCH_TEXT_TITLE.get(lang),
            crate::texts::TOO_MUCH_TEXT.get(lang),
            crate::texts::MAKE_IT_SHORTER.get(lang),
        ),
        StatusCode::REQUEST_TIMEOUT => (
            crate::texts::TOO_SLOW_TITLE.get(lang),
            crate::texts::TOO_SLOW.get(lang),
            crate::texts::GO_BACK_AND_TRY_AGAIN.get(lang),
        ),
        StatusCode::NOT_FOUND => (
            crate::texts::NOT_FOUND_TITLE.get(lang),
            crate::texts::PAGE_DOES_NOT_EXIST.get(lang),
            crate::texts::NOT_FOUND_TEXT.get(lang),
        ),
        status if status.is_server_error() => (
            crate::texts::SOMETHING_WENT_WRONG.get(lang),
            crate::texts::NOT_YOUR_FAULT.get(lang),
            crate::texts::TRY_AGAIN_LATER.get(lang),
        ),
        _ => (
            crate::texts::CANNOT_HANDLE_REQUEST.get(lang),
            crate::texts::BROWSER_SENT_SOMETHING_WRONG.get(lang),
            crate::texts::GO_BACK_AND_TRY_AGAIN.get(lang),
        ),
    }
}

fn page(leptos: &LeptosOptions, lang: Lang, status: StatusCode, in_journey: bool) -> Response {
    let (title, what, todo) = texts(lang, status);
    let (agency, home, home_text) = if in_journey {
        (crate::routes::JOURNEY_AGENCY, crate::routes::JOURNEY, crate::routes::journey_service(lang))
    } else {
        (crate::routes::SITE_AGENCY, "/", crate::texts::TO_ALL_COMPONENTS.get(lang))
    };
    let rendered = crate::render::render_page(leptos, move || {
        view! {
            <PageTemplate
                title=title
                agency=agency
                lang=lang
                stylesheet_href=eenheid::style::stylesheet_href("/static")
                layout=PageLayout::Narrow
                footer_links=vec![FooterLink::new(home_text, home)]
            >
                <h1>{title}</h1>
                <p>{what}</p>
                <p>{todo}</p>
                <p><a href=home>{home_text}</a></p>
            </PageTemplate>
        }
    });
    crate::response::html_response(status, rendered)
}
