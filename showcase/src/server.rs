//! The HTTP side: routes, static files, and the security headers every response carries.

use std::path::PathBuf;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use leptos::config::LeptosOptions;

use crate::{form_demo, pages};
use crate::render::{RenderedPage, render_page};

/// Where the server finds the browser build and how the hydration script names it.
#[derive(Clone, Debug)]
pub struct SiteOptions {
    /// The folder that holds `pkg/` (the wasm-bindgen output).
    pub site_root: PathBuf,
}

impl SiteOptions {
    /// The defaults, with the browser build in `site_root`.
    pub fn new(site_root: PathBuf) -> Self {
        SiteOptions { site_root }
    }

    /// `EENHEID_SITE_ROOT`, or `target/site` under the current folder.
    pub fn from_env() -> Self {
        let site_root = std::env::var_os("EENHEID_SITE_ROOT").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/site"));
        SiteOptions::new(site_root)
    }

    fn leptos_options(&self) -> LeptosOptions {
        LeptosOptions::builder()
            .output_name(crate::OUTPUT_NAME)
            .site_root(self.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .build()
    }
}

#[derive(Clone)]
struct AppState {
    site: SiteOptions,
    leptos: LeptosOptions,
}

/// The showcase's routes.
pub fn router(site: SiteOptions) -> Router {
    let state = AppState { leptos: site.leptos_options(), site };
    Router::new()
        .route("/", get(index))
        .route("/componenten/{component}", get(component))
        .route("/voorbeelden/{component}/{example}", get(example))
        .route(crate::form_demo::PATH, get(form_demo_page).post(form_demo_post))
        .route(crate::lang::SWITCH_ROUTE, get(crate::lang::switch))
        .route("/static/{file}", get(stylesheet))
        .route("/pkg/{file}", get(browser_build))
        .fallback(not_found)
        .with_state(state)
}

/// Serves the showcase on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, site: SiteOptions) -> std::io::Result<()> {
    axum::serve(listener, router(site)).await
}

async fn index(State(state): State<AppState>) -> Response {
    let options = state.leptos.clone();
    html_response(StatusCode::OK, render_page(&state.leptos, move || pages::index(options)))
}

async fn component(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    match eenheid::examples::registry().iter().find(|entry| entry.slug == slug) {
        Some(entry) => {
            let options = state.leptos.clone();
            html_response(StatusCode::OK, render_page(&state.leptos, move || pages::component(options, entry)))
        }
        None => not_found(State(state)).await,
    }
}

async fn example(State(state): State<AppState>, Path((component, example)): Path<(String, String)>) -> Response {
    match eenheid::examples::find(&component, &example) {
        Some((entry, example)) => {
            let options = state.leptos.clone();
            html_response(StatusCode::OK, render_page(&state.leptos, move || pages::example(options, entry, example)))
        }
        None => not_found(State(state)).await,
    }
}

async fn not_found(State(state): State<AppState>) -> Response {
    let options = state.leptos.clone();
    html_response(StatusCode::NOT_FOUND, render_page(&state.leptos, move || pages::not_found(options)))
}

async fn form_demo_page(State(state): State<AppState>) -> Response {
    let options = state.leptos.clone();
    // Views are built inside `render_page`: islands need its reactive owner.
    html_response(
        StatusCode::OK,
        render_page(&state.leptos, move || {
            let content = form_demo::form(form_demo::Answers::default(), form_demo::Problems::default());
            pages::page(options, "Uw verhuizing".into(), content)
        }),
    )
}

/// Checks the posted form: on a problem the same page again, with every answer and the errors.
async fn form_demo_post(State(state): State<AppState>, body: Bytes) -> Response {
    let answers = form_demo::Answers::from_form(&body);
    let problems = form_demo::validate(&answers, eenheid::i18n::Lang::Nl);
    let options = state.leptos.clone();
    if problems.is_empty() {
        return html_response(
            StatusCode::OK,
            render_page(&state.leptos, move || pages::page(options, "Gelukt".into(), form_demo::done(&answers))),
        );
    }
    // "Fout:" first in the title, so screen-reader users hear at once that the page came back.
    html_response(
        StatusCode::OK,
        render_page(&state.leptos, move || {
            pages::page(options, "Fout: Uw verhuizing".into(), form_demo::form(answers, problems))
        }),
    )
}

/// The two stylesheets, only under their content-hashed names, cached for a year.
async fn stylesheet(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let css = if file == eenheid::style::stylesheet_file_name() {
        eenheid::style::stylesheet()
    } else if file == crate::style::file_name() {
        crate::style::STYLESHEET
    } else {
        return not_found(State(state)).await;
    };
    let mut response = (StatusCode::OK, css).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    security_headers(headers, None);
    response
}

/// The wasm-bindgen output: only plain file names from `pkg/`, never a path.
async fn browser_build(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let content_type = match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        _ => return not_found(State(state)).await,
    };
    if file.contains('/') || file.contains('\\') || file.starts_with('.') {
        return not_found(State(state)).await;
    }
    let path = state.site.site_root.join("pkg").join(&file);
    match tokio::fs::read(&path).await {
        Ok(bytes) => {
            let mut response = Response::new(Body::from(bytes));
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            // Not content-hashed yet: revalidate.
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            security_headers(headers, None);
            response
        }
        Err(_) => not_found(State(state)).await,
    }
}

fn html_response(status: StatusCode, page: RenderedPage) -> Response {
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

fn security_headers(headers: &mut HeaderMap, nonce: Option<&str>) {
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
