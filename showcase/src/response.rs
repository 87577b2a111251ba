//! HTML responses and the headers every response of the site carries: the Content-Security-Policy
//! (a nonce per page), and the other security headers. A leaf: the server, the journey, the life
//! event and the error pages all answer through it.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::render::RenderedPage;

/// A rendered page as a response: HTML, never cached, with the security headers and the page's
/// nonce in its policy.
pub fn html_response(status: StatusCode, page: RenderedPage) -> Response {
    let mut response = (status, page.html).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    security_headers(headers, Some(page.nonce.to_string().as_str()));
    response
}

/// The Content-Security-Policy of a page: scripts only with this response's nonce (and what they
/// load), styles only from our own files, no framing, forms post only to us.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; \
         frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )
}

pub fn security_headers(headers: &mut HeaderMap, nonce: Option<&str>) {
    let csp = match nonce {
        Some(nonce) => content_security_policy(nonce),
        None => "default-src 'none'; frame-ancestors 'none'".to_owned(),
    };
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    );
    headers.insert(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
}
