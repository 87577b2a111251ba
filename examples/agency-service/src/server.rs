//! The HTTP side: four routes, and a strict Content-Security-Policy with a fresh nonce on every
//! page.

use std::path::PathBuf;

use axum::body::Body;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;

use crate::page::{self, Answer};

/// What the server needs to know.
#[derive(Clone, Debug)]
pub struct Config {
    /// The folder `eenheid-build` wrote (`eenheid.js`, the enhancement modules,
    /// `agency_service.js` + `agency_service_bg.wasm`), served at `/pkg`.
    pub pkg_dir: PathBuf,
}

impl Config {
    /// `AGENCY_PKG_DIR`, else `target/agency-site/pkg` (relative to where the server starts).
    pub fn from_env() -> Self {
        let pkg_dir = std::env::var_os("AGENCY_PKG_DIR").map_or_else(|| PathBuf::from("target/agency-site/pkg"), PathBuf::from);
        Config { pkg_dir }
    }

    /// What `HydrationScripts` builds its URLs from: `/pkg/agency_service.js` and
    /// `/pkg/agency_service_bg.wasm`, the names `eenheid-build --islands agency-service` writes.
    /// Eenheid's loader is under the same `/pkg`, its default, so no `provide_script_base`.
    fn leptos_options(&self) -> LeptosOptions {
        LeptosOptions::builder().output_name(env!("CARGO_CRATE_NAME")).site_pkg_dir("pkg").build()
    }
}

#[derive(Clone)]
struct AppState {
    config: Config,
    leptos: LeptosOptions,
}

/// The app's routes.
pub fn router(config: Config) -> Router {
    let state = AppState { leptos: config.leptos_options(), config };
    Router::new()
        .route("/", get(show_form).post(check_form))
        .route("/static/{file}", get(stylesheet))
        .route("/pkg/{file}", get(browser_file))
        .fallback(not_found)
        .with_state(state)
}

async fn show_form(State(state): State<AppState>) -> Response {
    let options = state.leptos.clone();
    html(StatusCode::OK, move || page::form_page(options, Answer::default(), None))
}

/// Checks the answer. On a problem: the same page again, with the error summary and the text
/// exactly as typed (status 200, so the browser shows it as a normal page). A real service also
/// checks a CSRF token here and stores the answer (see the showcase's journey).
async fn check_form(State(state): State<AppState>, Form(answer): Form<Answer>) -> Response {
    let answer = answer.normalised();
    let options = state.leptos.clone();
    match answer.problem() {
        Some(problem) => html(StatusCode::OK, move || page::form_page(options, answer, Some(problem))),
        None => html(StatusCode::OK, move || page::done_page(options)),
    }
}

/// Eenheid's one stylesheet, only under its content-hashed name, so browsers may keep it a year.
async fn stylesheet(Path(file): Path<String>) -> Response {
    if file != eenheid::style::stylesheet_file_name() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut response = eenheid::style::stylesheet().into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    safety_headers(headers);
    response
}

/// The browser files: a plain file name from the pkg folder, never a path.
async fn browser_file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let content_type = match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    if file.contains(['/', '\\']) || file.starts_with('.') {
        return StatusCode::NOT_FOUND.into_response();
    }
    match tokio::fs::read(state.config.pkg_dir.join(&file)).await {
        Ok(bytes) => {
            let mut response = Response::new(Body::from(bytes));
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            // The names carry no hash: ask the server again each time (a 304 is cheap).
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            safety_headers(headers);
            response
        }
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "Deze pagina bestaat niet.").into_response()
}

/// Renders a page with a fresh nonce and sends it with the matching policy.
///
/// The nonce goes into the reactive context: Leptos's `HydrationScripts` and Eenheid's loader
/// script read it (`use_nonce`) and put it on their `<script>` tags. `'strict-dynamic'` lets
/// those scripts load the modules and the islands' code; `'wasm-unsafe-eval'` lets them compile
/// WebAssembly. Nothing else may run, and styles come only from our own stylesheet.
fn html<V: IntoView + 'static>(status: StatusCode, page: impl FnOnce() -> V + 'static) -> Response {
    let nonce = Nonce::new();
    let body = eenheid::render::render_html({
        let nonce = nonce.clone();
        move || {
            provide_context(nonce);
            page()
        }
    });
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(policy) = HeaderValue::from_str(&content_security_policy(&nonce.to_string())) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    safety_headers(headers);
    response
}

/// On every response: the browser must not guess content types (a `.js` answer is only ever
/// script), and other sites do not learn which page a visitor came from.
fn safety_headers(headers: &mut axum::http::HeaderMap) {
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
}

/// The page's Content-Security-Policy for this response's nonce.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )
}
