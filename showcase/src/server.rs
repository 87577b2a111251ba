//! The HTTP side: routes, static files, and the security headers every response carries.

use std::path::PathBuf;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use leptos::config::LeptosOptions;

use crate::lang::SiteLang;
use crate::{form_demo, pages};
use crate::render::render_page;
use crate::response::{html_response, security_headers};

/// Where the server finds the browser build and how the hydration script names it.
#[derive(Clone, Debug)]
pub struct SiteOptions {
    /// The folder that holds `pkg/` (the wasm-bindgen output).
    pub site_root: PathBuf,
    /// Where the example journey keeps visitors' answers and its secret key. `None` (the default
    /// of [`SiteOptions::new`]): in memory, private to one router, so tests never share a folder.
    pub data_dir: Option<PathBuf>,
    /// The key that signs session cookies and form tokens; `None`: `secret.key` in `data_dir`
    /// (made on first use), or a random key when in memory.
    pub secret: Option<crate::journey::session::Secret>,
    /// Keep the journey's answers in PostgreSQL instead of the data folder (which then holds
    /// nothing); `None`: the data folder (or memory).
    pub database: Option<crate::journey::store::postgres::DatabaseUrl>,
    /// How long the journey keeps answers without activity (30 minutes).
    pub session_timeout: std::time::Duration,
    /// How long one request may take before it gets the 408 page ([`crate::limits::REQUEST_TIMEOUT`]).
    pub request_timeout: std::time::Duration,
    /// How often the journey deletes expired sessions and codes (every minute).
    pub sweep_every: std::time::Duration,
}

impl SiteOptions {
    /// The defaults, with the browser build in `site_root`; answers in memory, 30-minute sessions.
    pub fn new(site_root: PathBuf) -> Self {
        SiteOptions {
            site_root,
            data_dir: None,
            secret: None,
            database: None,
            session_timeout: std::time::Duration::from_secs(30 * 60),
            request_timeout: crate::limits::REQUEST_TIMEOUT,
            sweep_every: std::time::Duration::from_secs(60),
        }
    }

    /// Keep the journey's answers (and key) in `dir`.
    pub fn with_data_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.data_dir = Some(dir.into());
        self
    }

    /// Sign with this key.
    pub fn with_secret(mut self, secret: crate::journey::session::Secret) -> Self {
        self.secret = Some(secret);
        self
    }

    /// Keep the journey's answers in PostgreSQL.
    pub fn with_database(mut self, url: crate::journey::store::postgres::DatabaseUrl) -> Self {
        self.database = Some(url);
        self
    }

    /// Answer a request that takes longer than `timeout` with the 408 page (tests use a short one).
    pub fn with_request_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Where the journey keeps its answers: PostgreSQL, else the data folder, else memory.
    pub fn store_config(&self) -> crate::journey::store::StoreConfig {
        use crate::journey::store::StoreConfig;
        match (&self.database, &self.data_dir) {
            (Some(url), _) => StoreConfig::Postgres(url.clone()),
            (None, Some(dir)) => StoreConfig::Folder(dir.clone()),
            (None, None) => StoreConfig::Memory,
        }
    }

    /// Delete expired sessions and codes every `every` (tests use a short one).
    pub fn with_sweep_every(mut self, every: std::time::Duration) -> Self {
        self.sweep_every = every;
        self
    }

    /// Forget answers after `timeout` without activity.
    pub fn with_session_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.session_timeout = timeout;
        self
    }

    /// The browser build's folder: `EENHEID_SITE_ROOT`, or `target/site`.
    pub fn site_root_from_env() -> PathBuf {
        std::env::var_os("EENHEID_SITE_ROOT").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/site"))
    }

    /// `EENHEID_SITE_ROOT` (else `target/site`), `EENHEID_DATA_DIR` (else `target/eenheid-data`),
    /// `EENHEID_DATABASE_URL` and `EENHEID_DATABASE_POOL` (PostgreSQL instead of the data folder)
    /// and `EENHEID_SECRET` (else the key the store keeps), all under the current folder. An
    /// unusable database URL or pool size is an error, with a message that never shows the password.
    pub fn from_env() -> Result<Self, String> {
        let site_root = Self::site_root_from_env();
        let data_dir = std::env::var_os("EENHEID_DATA_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/eenheid-data"));
        let mut options = SiteOptions::new(site_root).with_data_dir(data_dir);
        if let Some(secret) = std::env::var("EENHEID_SECRET").ok().filter(|s| !s.is_empty()) {
            options = options.with_secret(crate::journey::session::Secret::new(secret.into_bytes()));
        }
        if let Some(text) = std::env::var("EENHEID_DATABASE_URL").ok().filter(|s| !s.is_empty()) {
            let mut url = crate::journey::store::postgres::DatabaseUrl::parse(&text)?;
            if let Some(size) = std::env::var("EENHEID_DATABASE_POOL").ok().filter(|s| !s.is_empty()) {
                let size = size.parse::<usize>().ok().filter(|n| (1..=1000).contains(n));
                url = url.with_pool_size(size.ok_or("EENHEID_DATABASE_POOL must be a number of connections from 1 to 1000")?);
            }
            options = options.with_database(url);
        }
        Ok(options)
    }

    pub(crate) fn leptos_options(&self) -> LeptosOptions {
        LeptosOptions::builder()
            // Leptos requires a name; the showcase has no Leptos islands build of its own.
            .output_name("eenheid_showcase")
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
    let journey = crate::journey::router(
        crate::journey::JourneyOptions { store: state.site.store_config(), secret: state.site.secret.clone(), timeout: state.site.session_timeout, sweep_every: state.site.sweep_every },
        state.leptos.clone(),
    );
    let (leptos, state_timeout) = (state.leptos.clone(), state.site.request_timeout);
    let router = Router::new()
        .route("/", get(index))
        .route("/componenten/{component}", get(component))
        .route("/componenten/{component}/toegankelijkheid.json", get(conformance_record))
        .route("/voorbeelden/{component}/{example}", get(example))
        .route(crate::form_demo::PATH, get(form_demo_page).post(form_demo_post))
        .route(crate::lang::SWITCH_ROUTE, get(crate::lang::switch))
        .route(crate::tokens_page::PATH, get(tokens_page))
        .route(crate::patterns_page::PATH, get(patterns_page))
        .route(crate::scheme::PATH, get(display_page))
        .route("/static/{file}", get(static_file))
        .route("/pkg/{file}", get(browser_build))
        .fallback(not_found_page)
        .with_state(state);
    // The example journey has its own state; the limits wrap every route, and the visitor's
    // colour scheme wraps everything, error pages included.
    let life_event = crate::life_event::router(leptos.clone());
    crate::limits::harden_with_timeout(router.merge(journey).merge(life_event), leptos, state_timeout).layer(axum::middleware::from_fn(crate::scheme::remember))
}

/// Serves the showcase on `listener` until the process ends. Handlers are told each visitor's
/// network address (the journey counts wrong reference codes per address).
pub async fn serve(listener: tokio::net::TcpListener, site: SiteOptions) -> std::io::Result<()> {
    axum::serve(listener, router(site).into_make_service_with_connect_info::<std::net::SocketAddr>()).await
}

/// The visitor's language and this page's address (for the language switch).
fn visit(SiteLang(lang): SiteLang, uri: &Uri) -> pages::Visit {
    pages::Visit::new(lang, uri.path_and_query().map_or("/", |pq| pq.as_str()))
}

async fn index(State(state): State<AppState>, lang: SiteLang, uri: Uri) -> Response {
    let options = state.leptos.clone();
    let visit = visit(lang, &uri);
    // `/?zoek=…`, read leniently: a malformed query is no search rather than an error page.
    let query = form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .find(|(key, _)| key == pages::QUERY_PARAM)
        .map(|(_, value)| value.into_owned());
    html_response(StatusCode::OK, render_page(&state.leptos, move || pages::index(options, &visit, query)))
}

async fn component(State(state): State<AppState>, lang: SiteLang, uri: Uri, Path(slug): Path<String>) -> Response {
    let visit = visit(lang, &uri);
    match eenheid::catalogue::registry().iter().find(|entry| entry.slug == slug) {
        Some(entry) => {
            let options = state.leptos.clone();
            html_response(StatusCode::OK, render_page(&state.leptos, move || pages::component(options, &visit, entry)))
        }
        None => not_found_for(&state, visit),
    }
}

async fn example(State(state): State<AppState>, lang: SiteLang, uri: Uri, Path((component, example)): Path<(String, String)>) -> Response {
    let visit = visit(lang, &uri);
    match eenheid::catalogue::find(&component, &example) {
        Some((entry, example)) => {
            let options = state.leptos.clone();
            html_response(StatusCode::OK, render_page(&state.leptos, move || pages::example(options, &visit, entry, example)))
        }
        None => not_found_for(&state, visit),
    }
}

/// `/tokens`: every design token, with contrast ratios and drawings to size.
async fn tokens_page(State(state): State<AppState>, lang: SiteLang, uri: Uri) -> Response {
    let (options, visit) = (state.leptos.clone(), visit(lang, &uri));
    html_response(StatusCode::OK, render_page(&state.leptos, move || crate::tokens_page::page(options, &visit)))
}

/// `/patronen`: the patterns (whole pages built from the components).
async fn patterns_page(State(state): State<AppState>, lang: SiteLang, uri: Uri) -> Response {
    let (options, visit) = (state.leptos.clone(), visit(lang, &uri));
    html_response(StatusCode::OK, render_page(&state.leptos, move || crate::patterns_page::page(options, &visit)))
}

/// `/weergave`: light, dark or as the device; with `?schema=…` the choice is saved.
async fn display_page(State(state): State<AppState>, lang: SiteLang, uri: Uri) -> Response {
    if let Some(saved) = crate::scheme::save(&uri) {
        return saved;
    }
    let (options, visit) = (state.leptos.clone(), visit(lang, &uri));
    html_response(
        StatusCode::OK,
        render_page(&state.leptos, move || {
            let content = crate::scheme::content(visit.lang, &uri);
            pages::localized_page(options, &visit, crate::texts::DISPLAY_TITLE.get(visit.lang).to_owned(), content)
        }),
    )
}

async fn not_found(State(state): State<AppState>) -> Response {
    let options = state.leptos.clone();
    html_response(StatusCode::NOT_FOUND, render_page(&state.leptos, move || pages::not_found(options)))
}

/// The 404 page in the visitor's language (the fallback of every unknown address).
async fn not_found_page(State(state): State<AppState>, lang: SiteLang, uri: Uri) -> Response {
    not_found_for(&state, visit(lang, &uri))
}

fn not_found_for(state: &AppState, visit: pages::Visit) -> Response {
    let options = state.leptos.clone();
    html_response(StatusCode::NOT_FOUND, render_page(&state.leptos, move || pages::not_found_in(options, &visit)))
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

/// A component's conformance record, as the test run wrote it (JSON, for download).
async fn conformance_record(State(state): State<AppState>, lang: SiteLang, uri: Uri, Path(slug): Path<String>) -> Response {
    let Some(json) = crate::conformance::record_json(&slug) else {
        return not_found_for(&state, visit(lang, &uri));
    };
    let mut response = (StatusCode::OK, json).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    security_headers(headers, None);
    response
}

/// The stylesheets, only under their content-hashed names, cached for a year; and the example
/// agencies' logos.
async fn static_file(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    if let Some(svg) = crate::example_logos::file(&file) {
        let mut response = (StatusCode::OK, svg).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
        // Not content-hashed: revalidate.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        security_headers(headers, None);
        return response;
    }
    let css = if file == eenheid::style::stylesheet_file_name() {
        eenheid::style::stylesheet()
    } else if file == crate::style::file_name() {
        crate::style::STYLESHEET
    } else if file == crate::tokens_page::stylesheet_file_name() {
        crate::tokens_page::stylesheet()
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
