//! The example service "Verhuizing doorgeven" (moving house): a real multi-step journey of
//! Gemeente Voorbeeldstad, built only from Eenheid components, that works without JavaScript.
//!
//! Routes (all under [`BASE`]): the start page; four questions (`wie-verhuist`, `nieuw-adres`,
//! `verhuisdatum`, `doorgeven`), each GET (the form with the saved answers) and POST (checked on the
//! server; on a problem the same page with the error summary and exactly what was typed; when
//! right, saved and a 303 to the next page: Post/Redirect/Get); `controleren` (check answers, with
//! change links that carry `?terug=controleren` so saving returns there); `bevestiging` (the
//! reference number); `status` (a status timeline); `langer-bewaren` (POST: keep the answers
//! longer); `opgeslagen` (after "Opslaan en later verder" on any question page: the reference
//! code, and a form to have it e-mailed) and `verder-met-code` (continue with that code, in any
//! browser: see [`saved`]).
//!
//! Answers are kept per visitor: a random session id in a signed cookie ([`session`]) points to a
//! record in the [`store`]: by default an embedded database in the data folder `EENHEID_DATA_DIR`
//! (the binary's default is `target/eenheid-data`, so `cargo xtask serve` from the repository
//! keeps answers across restarts; `SiteOptions::new` keeps them in memory, private to one router,
//! for tests), or PostgreSQL when `EENHEID_DATABASE_URL` is set, for several servers at once.
//! The signing key comes from `EENHEID_SECRET`, else it is generated once and kept by the store
//! (the data folder's `secret.key`, or a row in PostgreSQL), so a restart keeps cookies valid.
//! Every form carries a CSRF token ([`csrf`]). A session not used for 30 minutes (`SiteOptions::session_timeout`) is gone; a
//! changed, unknown, foreign or expired cookie starts a fresh, empty journey at the start page
//! with the message "Uw gegevens zijn niet meer bewaard. Begin opnieuw." — never someone else's
//! answers, never an error page.

pub mod answers;
pub mod clock;
pub mod csrf;
pub mod pages;
pub mod saved;
pub mod session;
pub mod steps;
pub mod store;

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Extension;
use eenheid::reference_code::ReferenceCode;
use eenheid::i18n::Lang;
use leptos::config::LeptosOptions;
use leptos::prelude::IntoView;

use crate::lang::SiteLang;
use crate::texts::journey as texts;
use crate::render::render_page;
use answers::Submitted;
use pages::{Frame, QuestionPage};
use session::{CookieState, Secret, SessionId};
use steps::{Step, Typed};
use store::{Draft, Loaded, Record, SavedCode, Store, StoreConfig, StoreError};

pub use store::redb::SECRET_FILE;

/// Where the journey lives.
pub const BASE: &str = crate::routes::JOURNEY;
/// The check page.
pub const CHECK_PATH: &str = "/verhuizing-doorgeven/controleren";
/// The confirmation page.
pub const CONFIRMATION_PATH: &str = "/verhuizing-doorgeven/bevestiging";
/// The status page.
pub const STATUS_PATH: &str = "/verhuizing-doorgeven/status";
/// POST here to keep the answers longer.
pub const EXTEND_PATH: &str = "/verhuizing-doorgeven/langer-bewaren";
/// POST here (after sending) to report another move with a fresh, empty journey.
pub const AGAIN_PATH: &str = "/verhuizing-doorgeven/nog-een-keer";
/// The page after "Opslaan en later verder": the code (GET), and having it e-mailed (POST).
pub const SAVED_PATH: &str = "/verhuizing-doorgeven/opgeslagen";
/// Continue with a saved code.
pub const CONTINUE_PATH: &str = "/verhuizing-doorgeven/verder-met-code";
/// "Bel mij terug": the form (GET, POST), and the confirmation once a request is in.
pub const CALLBACK_PATH: &str = "/verhuizing-doorgeven/terugbellen";
/// The marker on change links: after saving, go back to the check page.
pub const CHANGE_QUERY: &str = "terug=controleren";
/// The start page's marker for "your answers were not kept".
pub const LOST_QUERY: &str = "opnieuw=1";

/// What the journey needs from the server's options.
#[derive(Clone, Debug)]
pub struct JourneyOptions {
    /// Where answers (and, unless `secret` is set, the signing key) are kept.
    pub store: StoreConfig,
    /// The signing key; `None`: the one the store keeps (made on first use), or random in memory.
    pub secret: Option<Secret>,
    /// How long answers are kept without activity.
    pub timeout: Duration,
    /// How often expired sessions and codes are deleted (see [`JourneyState::start_sweeping`]).
    pub sweep_every: Duration,
}

struct Backend {
    store: Arc<Store>,
    secret: Secret,
}

struct Inner {
    options: JourneyOptions,
    leptos: LeptosOptions,
    /// The opened store and secret, once opening worked.
    ready: OnceLock<Arc<Backend>>,
    /// How the last attempt to open them failed. A failure is not kept for ever (a full disk, a
    /// folder made a moment too late, a database still starting would otherwise make every
    /// journey request an error until a restart): the next request after a back-off tries again.
    /// Held while opening, so requests arriving together open once.
    failure: tokio::sync::Mutex<Option<Failure>>,
    /// Wrong codes per visitor ([`saved::TryLimiter`]).
    tries: saved::TryLimiter,
}

struct Failure {
    error: StoreError,
    at: std::time::Instant,
    /// Failed attempts in a row: the back-off doubles with each, up to [`MAX_BACK_OFF`].
    attempts: u32,
}

/// The wait after the first failed attempt; it doubles per failure.
const FIRST_BACK_OFF: Duration = Duration::from_millis(100);
/// The longest wait between two attempts.
const MAX_BACK_OFF: Duration = Duration::from_secs(5);

impl Failure {
    fn back_off(&self) -> Duration {
        FIRST_BACK_OFF.saturating_mul(1 << self.attempts.saturating_sub(1).min(10)).min(MAX_BACK_OFF)
    }
}

#[derive(Clone)]
struct JourneyState(Arc<Inner>);

/// The journey's routes.
pub fn router(options: JourneyOptions, leptos: LeptosOptions) -> Router {
    let state = JourneyState(Arc::new(Inner { options, leptos, ready: OnceLock::new(), failure: Default::default(), tries: Default::default() }));
    Router::new()
        .route(BASE, get(start))
        .route(CHECK_PATH, get(check_page).post(send))
        .route(CONFIRMATION_PATH, get(confirmation))
        .route(STATUS_PATH, get(status))
        .route(EXTEND_PATH, post(extend))
        .route(AGAIN_PATH, post(again))
        .route(SAVED_PATH, get(saved_page).post(email_code))
        .route(CONTINUE_PATH, get(continue_page).post(continue_with_code))
        .route(CALLBACK_PATH, get(call_back_page).post(call_back_post))
        .route("/verhuizing-doorgeven/{step}", get(step_page).post(step_post))
        .with_state(state)
}

/// Opens the store and reads (or makes) the secret.
async fn open_backend(options: &JourneyOptions) -> Result<Arc<Backend>, StoreError> {
    let store = Store::open(&options.store).await?;
    let secret = match &options.secret {
        Some(secret) => secret.clone(),
        None => store.secret().await?,
    };
    Ok(Arc::new(Backend { store, secret }))
}

impl JourneyState {
    fn timeout_ms(&self) -> u64 {
        self.0.options.timeout.as_millis() as u64
    }

    /// Opens the store and finds the key on first use.
    async fn backend(&self) -> Result<Arc<Backend>, StoreError> {
        if let Some(backend) = self.0.ready.get() {
            return Ok(Arc::clone(backend));
        }
        let mut failure = self.0.failure.lock().await;
        if let Some(backend) = self.0.ready.get() {
            return Ok(Arc::clone(backend));
        }
        if let Some(last) = failure.as_ref()
            && last.at.elapsed() < last.back_off()
        {
            return Err(last.error.clone());
        }
        match open_backend(&self.0.options).await {
            Ok(backend) => {
                *failure = None;
                self.start_sweeping(Arc::clone(&backend));
                Ok(Arc::clone(self.0.ready.get_or_init(|| backend)))
            }
            Err(error) => {
                let attempts = failure.as_ref().map_or(0, |f| f.attempts) + 1;
                *failure = Some(Failure { error: error.clone(), at: std::time::Instant::now(), attempts });
                Err(error)
            }
        }
    }

    /// Who this request is, by its cookie.
    async fn visit(&self, backend: &Arc<Backend>, headers: &HeaderMap) -> Result<Visit, StoreError> {
        let id = match session::read_cookie(headers, &backend.secret) {
            CookieState::Missing => return Ok(Visit::New),
            CookieState::Forged => return Ok(Visit::Lost),
            CookieState::Signed(id) => id,
        };
        let record = match backend.store.load(id.as_str()).await? {
            Loaded::Found(record) if clock::now_ms().saturating_sub(record.last_seen_ms) <= self.timeout_ms() => Some(record),
            Loaded::Found(_) => {
                backend.store.remove(id.as_str()).await?;
                None
            }
            Loaded::Missing => None,
            Loaded::Unreadable => {
                // Damaged, or written by another version: this visitor starts again; others are
                // not touched.
                eprintln!("Verhuizing doorgeven: a session record could not be read; that visitor starts again");
                backend.store.remove(id.as_str()).await?;
                None
            }
        };
        Ok(match record {
            Some(record) => Visit::Known(id, record),
            None => Visit::Lost,
        })
    }

    /// Saves `record` with "now" as the last activity; returns the time it will expire.
    async fn save(&self, backend: &Arc<Backend>, id: &SessionId, mut record: Record) -> Result<u64, StoreError> {
        record.last_seen_ms = clock::now_ms();
        let expires = record.last_seen_ms + self.timeout_ms();
        backend.store.save(id.as_str(), &record, expires).await?;
        Ok(expires)
    }

    /// A new, empty session.
    async fn create(&self, backend: &Arc<Backend>) -> Result<(SessionId, u64), StoreError> {
        let id = SessionId::random();
        let expires = self.save(backend, &id, Record::default()).await?;
        Ok((id, expires))
    }

    /// Deletes expired sessions and saved codes for as long as the journey's routes exist: once
    /// the store has opened (a server started after a pause clears what expired meanwhile), then
    /// every `sweep_every`, whether or not visitors come. On PostgreSQL each is one `DELETE` on an
    /// indexed `expires_at`, so several servers sweeping the same tables is harmless. A sweep that
    /// fails (the database away) is logged and simply tried again at the next one.
    fn start_sweeping(&self, backend: Arc<Backend>) {
        let inner = Arc::downgrade(&self.0);
        let every = self.0.options.sweep_every;
        tokio::spawn(async move {
            loop {
                let Some(timeout_ms) = inner.upgrade().map(|inner| inner.options.timeout.as_millis() as u64) else { break };
                if let Err(error) = backend.store.remove_expired(clock::now_ms(), timeout_ms).await {
                    eprintln!("Verhuizing doorgeven: deleting expired sessions failed ({error}); trying again in {} s", every.as_secs());
                }
                tokio::time::sleep(every).await;
            }
        });
    }

    fn page<V: IntoView + 'static>(&self, status: StatusCode, frame: Frame, content: impl FnOnce() -> V) -> Response {
        self.page_with_code(status, frame, None, content)
    }

    /// A page whose help block shows the visitor's saved code (when there is one).
    fn page_with_code<V: IntoView + 'static>(&self, status: StatusCode, frame: Frame, code: Option<&str>, content: impl FnOnce() -> V) -> Response {
        let options = self.0.leptos.clone();
        let code = code.and_then(|code| ReferenceCode::parse(code).ok());
        crate::response::html_response(
            status,
            render_page(&self.0.leptos, move || {
                // Components read the language when they are built, and `content` is built before
                // the page template that would provide it.
                eenheid::i18n::provide_lang(frame.lang);
                let content = content();
                pages::frame_with_help(options, frame, code, content)
            }),
        )
    }

    /// The error page: 503 when the store could not be reached (trying again later helps), 500
    /// otherwise. Nothing was changed, so what the visitor saved before is kept.
    fn failure(&self, lang: Lang, error: StoreError) -> Response {
        eprintln!("Verhuizing doorgeven: {error}");
        let status = if error.unavailable { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::INTERNAL_SERVER_ERROR };
        crate::limits::journey_error_page(&self.0.leptos, lang, status)
    }
}

/// What the cookie told us.
enum Visit {
    /// A live session and its record.
    Known(SessionId, Box<Record>),
    /// No cookie: a first visit.
    New,
    /// A cookie that is not ours, or whose session is gone.
    Lost,
}

fn with_cookie(mut response: Response, cookie: Option<HeaderValue>) -> Response {
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// A 303 to `to`, with the same security headers as every page.
fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(to) {
        headers.insert(header::LOCATION, location);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    crate::response::security_headers(headers, None);
    response
}

fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn has_query(query: &Option<String>, marker: &str) -> bool {
    query.as_deref().is_some_and(|q| q.split('&').any(|part| part == marker))
}

/// A fresh, empty journey: new cookie, and to the start page with the message.
async fn start_again(state: &JourneyState, backend: &Arc<Backend>, headers: &HeaderMap, lang: Lang) -> Response {
    match state.create(backend).await {
        Ok((id, _)) => {
            let cookie = session::set_cookie(&id, &backend.secret, session::came_over_https(headers));
            with_cookie(see_other(&format!("{BASE}?{LOST_QUERY}")), Some(cookie))
        }
        Err(error) => state.failure(lang, error),
    }
}

/// The session of a page request: the known one, a new one (with its cookie), or a response
/// (start again).
async fn page_session(
    state: &JourneyState,
    backend: &Arc<Backend>,
    headers: &HeaderMap,
    lang: Lang,
    create: bool,
) -> Result<(SessionId, Record, Option<HeaderValue>), Response> {
    match state.visit(backend, headers).await {
        Ok(Visit::Known(id, record)) => Ok((id, *record, None)),
        Ok(Visit::New) if create => match state.create(backend).await {
            Ok((id, _)) => {
                let cookie = session::set_cookie(&id, &backend.secret, session::came_over_https(headers));
                Ok((id, Record::default(), Some(cookie)))
            }
            Err(error) => Err(state.failure(lang, error)),
        },
        Ok(Visit::New) => Err(see_other(BASE)),
        Ok(Visit::Lost) => Err(start_again(state, backend, headers, lang).await),
        Err(error) => Err(state.failure(lang, error)),
    }
}

/// The session of a post whose CSRF token checks out; otherwise the response (start again, or 403).
async fn post_session(
    state: &JourneyState,
    backend: &Arc<Backend>,
    headers: &HeaderMap,
    lang: Lang,
    pairs: &[(String, String)],
    path: &str,
) -> Result<(SessionId, Record), Response> {
    match state.visit(backend, headers).await {
        Ok(Visit::Known(id, record)) => {
            if csrf::is_valid(&backend.secret, &id, field(pairs, csrf::FIELD)) {
                Ok((id, *record))
            } else {
                let frame = Frame { lang, title: texts::FORM_NOT_ACCEPTED_TITLE.get(lang).into(), path: path.into(), back: None, narrow: true };
                Err(state.page(StatusCode::FORBIDDEN, frame, move || pages::forbidden(lang)))
            }
        }
        // No cookie or a lost one: nothing to change; start again with the message.
        Ok(Visit::New | Visit::Lost) => Err(start_again(state, backend, headers, lang).await),
        Err(error) => Err(state.failure(lang, error)),
    }
}

macro_rules! backend_or_fail {
    ($state:expr, $lang:expr) => {
        match $state.backend().await {
            Ok(backend) => backend,
            Err(error) => return $state.failure($lang, error),
        }
    };
}

async fn start(State(state): State<JourneyState>, SiteLang(lang): SiteLang, RawQuery(query): RawQuery) -> Response {
    let lost = has_query(&query, LOST_QUERY);
    let path = if lost { format!("{BASE}?{LOST_QUERY}") } else { BASE.to_owned() };
    let frame = Frame { lang, title: pages::service(lang).into(), path, back: None, narrow: true };
    state.page(StatusCode::OK, frame, move || pages::start(lang, lost))
}

/// Where a visitor on `step` should be instead, if anywhere: after sending, the confirmation;
/// before answering an earlier step, that step.
fn redirect_for(step: Step, record: &Record) -> Option<String> {
    if record.answers.submitted.is_some() {
        return Some(CONFIRMATION_PATH.to_owned());
    }
    Step::first_unanswered(&record.answers).filter(|first| first.number() < step.number()).map(Step::path)
}

fn question_frame(lang: Lang, step: Step, changing: bool, error: bool) -> Frame {
    let back = if changing { CHECK_PATH.to_owned() } else { step.previous().map(Step::path).unwrap_or_else(|| BASE.to_owned()) };
    let question = step.question(lang);
    let title = if error { format!("{} {question}", eenheid::i18n::ERROR_PREFIX.get(lang)) } else { question.to_owned() };
    Frame { lang, title, path: pages::action(step, changing), back: Some(back), narrow: true }
}

async fn step_page(
    State(state): State<JourneyState>,
    SiteLang(lang): SiteLang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let Some(step) = Step::from_slug(&slug) else {
        return crate::limits::journey_error_page(&state.0.leptos, lang, StatusCode::NOT_FOUND);
    };
    let backend = backend_or_fail!(state, lang);
    let (id, record, cookie) = match page_session(&state, &backend, &headers, lang, true).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    if let Some(to) = redirect_for(step, &record) {
        return with_cookie(see_other(&to), cookie);
    }
    let changing = has_query(&query, CHANGE_QUERY);
    let typed = match &record.draft {
        Some(draft) if draft.step == step.slug() => Typed::from_pairs(&draft.fields),
        _ => Typed::from_answers(&record.answers),
    };
    let answers = record.answers.clone();
    let code = record.saved_code.clone();
    let expires = match state.save(&backend, &id, record).await {
        Ok(expires) => expires,
        Err(error) => return state.failure(lang, error),
    };
    let page = QuestionPage {
        step,
        typed,
        problems: Default::default(),
        answers,
        token: csrf::token(&backend.secret, &id),
        expires_ms: expires,
        changing,
        kept_longer: false,
    };
    with_cookie(state.page_with_code(StatusCode::OK, question_frame(lang, step, changing, false), code.as_deref(), move || pages::question(lang, page)), cookie)
}

async fn step_post(
    State(state): State<JourneyState>,
    SiteLang(lang): SiteLang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(step) = Step::from_slug(&slug) else {
        return crate::limits::journey_error_page(&state.0.leptos, lang, StatusCode::NOT_FOUND);
    };
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    let changing = has_query(&query, CHANGE_QUERY);
    let (id, mut record) = match post_session(&state, &backend, &headers, lang, &pairs, &pages::action(step, changing)).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    if let Some(to) = redirect_for(step, &record) {
        return see_other(&to);
    }
    let typed = Typed::from_pairs(&pairs);
    // "Langer bewaren" without JavaScript submits this form: keep the answers longer and show the
    // page again with what was typed, unchecked and unsaved (only "Doorgaan" saves an answer).
    let kept_longer = field(&pairs, eenheid::page::session_timeout::KEEP_FIELD) == Some(eenheid::page::session_timeout::KEEP_VALUE);
    let mut answers = record.answers.clone();
    let checked = if kept_longer { Err(Default::default()) } else { steps::validate(step, &typed, lang, &mut answers) };
    if eenheid::patterns::save_and_continue::wants_save(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) {
        // Save for later: a right answer is saved as one; anything else is kept as typed.
        match checked {
            Ok(()) => {
                record.answers = answers;
                record.draft = None;
            }
            Err(_) => record.draft = Some(draft_of(step, &pairs)),
        }
        return match save_under_code(&state, &backend, &id, record).await {
            Ok(()) => see_other(SAVED_PATH),
            Err(error) => state.failure(lang, error),
        };
    }
    match checked {
        Ok(()) => {
            record.answers = answers;
            record.draft = None;
            if let Err(error) = state.save(&backend, &id, record).await {
                return state.failure(lang, error);
            }
            let next = match (changing, step.next()) {
                (false, Some(next)) => next.path(),
                _ => CHECK_PATH.to_owned(),
            };
            see_other(&next)
        }
        Err(problems) => {
            // Nothing saved but the activity: the typed values go back into the page as they came.
            let answers = record.answers.clone();
            let code = record.saved_code.clone();
            let expires = match state.save(&backend, &id, record).await {
                Ok(expires) => expires,
                Err(error) => return state.failure(lang, error),
            };
            let page = QuestionPage {
                step,
                typed,
                problems,
                answers,
                token: csrf::token(&backend.secret, &id),
                expires_ms: expires,
                changing,
                kept_longer,
            };
            state.page_with_code(StatusCode::OK, question_frame(lang, step, changing, !kept_longer), code.as_deref(), move || pages::question(lang, page))
        }
    }
}

async fn check_page(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap) -> Response {
    let backend = backend_or_fail!(state, lang);
    let (id, record, cookie) = match page_session(&state, &backend, &headers, lang, true).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    if record.answers.submitted.is_some() {
        return with_cookie(see_other(CONFIRMATION_PATH), cookie);
    }
    if let Some(first) = Step::first_unanswered(&record.answers) {
        return with_cookie(see_other(&first.path()), cookie);
    }
    let answers = record.answers.clone();
    let code = record.saved_code.clone();
    let expires = match state.save(&backend, &id, record).await {
        Ok(expires) => expires,
        Err(error) => return state.failure(lang, error),
    };
    let token = csrf::token(&backend.secret, &id);
    let last = Step::ALL[Step::ALL.len() - 1].path();
    let frame = Frame { lang, title: texts::CHECK_YOUR_ANSWERS.get(lang).into(), path: CHECK_PATH.into(), back: Some(last), narrow: true };
    state.page_with_code(StatusCode::OK, frame, code.as_deref(), move || pages::check(lang, &answers, token, expires))
}

/// A reference number people can read out on the phone: no 0/O, 1/I/L.
fn reference() -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let bytes = session::random_bytes::<8>();
    let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
    format!("VH-{}-{}", &chars[..4], &chars[4..])
}

async fn send(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap, body: Bytes) -> Response {
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    let (id, mut record) = match post_session(&state, &backend, &headers, lang, &pairs, CHECK_PATH).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    if record.answers.submitted.is_some() {
        return see_other(CONFIRMATION_PATH);
    }
    if let Some(first) = Step::first_unanswered(&record.answers) {
        return see_other(&first.path());
    }
    record.answers.submitted = Some(Submitted { reference: reference(), at_ms: clock::now_ms() });
    match state.save(&backend, &id, record).await {
        Ok(_) => see_other(CONFIRMATION_PATH),
        Err(error) => state.failure(lang, error),
    }
}

/// A new, empty journey after a sent one (the old session stays until it expires, unread).
async fn again(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap, body: Bytes) -> Response {
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    if let Err(response) = post_session(&state, &backend, &headers, lang, &pairs, CONFIRMATION_PATH).await {
        return response;
    }
    match state.create(&backend).await {
        Ok((id, _)) => {
            let cookie = session::set_cookie(&id, &backend.secret, session::came_over_https(&headers));
            with_cookie(see_other(&Step::ALL[0].path()), Some(cookie))
        }
        Err(error) => state.failure(lang, error),
    }
}

/// The session of the confirmation or status page (it must have been sent), and its CSRF token.
async fn sent_session(state: &JourneyState, headers: &HeaderMap, lang: Lang) -> Result<(Record, Submitted, String), Response> {
    let backend = state.backend().await.map_err(|error| state.failure(lang, error))?;
    let (id, record, _) = page_session(state, &backend, headers, lang, false).await?;
    let Some(submitted) = record.answers.submitted.clone() else {
        return Err(see_other(CHECK_PATH));
    };
    state.save(&backend, &id, record.clone()).await.map_err(|error| state.failure(lang, error))?;
    Ok((record, submitted, csrf::token(&backend.secret, &id)))
}

async fn confirmation(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap) -> Response {
    let (_, submitted, token) = match sent_session(&state, &headers, lang).await {
        Ok(sent) => sent,
        Err(response) => return response,
    };

    let frame = Frame { lang, title: texts::MOVE_REPORTED.get(lang).into(), path: CONFIRMATION_PATH.into(), back: None, narrow: true };
    state.page(StatusCode::OK, frame, move || pages::confirmation(lang, &submitted, token))
}

async fn status(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap) -> Response {
    let (record, submitted, _) = match sent_session(&state, &headers, lang).await {
        Ok(sent) => sent,
        Err(response) => return response,
    };
    let frame = Frame { lang, title: texts::WHERE_IS_YOUR_MOVE.get(lang).into(), path: STATUS_PATH.into(), back: Some(CONFIRMATION_PATH.into()), narrow: true };
    state.page(StatusCode::OK, frame, move || pages::status(lang, &record.answers, &submitted))
}

/// Keeps the answers for another full time-out. From a plain form: back to the page (`terug`,
/// only pages of this journey). From a script (`Accept: application/json`): the new expiry.
async fn extend(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap, body: Bytes) -> Response {
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    let back = field(&pairs, "terug")
        .filter(|path| crate::lang::is_local_path(path) && path.starts_with(BASE))
        .unwrap_or(BASE)
        .to_owned();
    let (id, record) = match post_session(&state, &backend, &headers, lang, &pairs, &back).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    let expires = match state.save(&backend, &id, record).await {
        Ok(expires) => expires,
        Err(error) => return state.failure(lang, error),
    };
    let wants_json = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("application/json"));
    if wants_json {
        let body = serde_json::json!({
            "expires_ms": expires,
            "seconds_left": state.0.options.timeout.as_secs(),
            "until": clock::clock_time(expires),
        }).to_string();
        let mut response = (StatusCode::OK, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        crate::response::security_headers(headers, None);
        return response;
    }
    see_other(&back)
}

/// The fields of a question form as typed, without the token and the button: kept as a [`Draft`].
fn draft_of(step: Step, pairs: &[(String, String)]) -> Draft {
    let fields = pairs
        .iter()
        .filter(|(name, _)| name != csrf::FIELD && name != eenheid::patterns::save_and_continue::SAVE_FIELD)
        .cloned()
        .collect();
    Draft { step: step.slug().to_owned(), fields }
}

/// Saves the visitor's answers (and draft) under their code: the one they already have, else a
/// new one. Remembers the code in the session.
async fn save_under_code(state: &JourneyState, backend: &Arc<Backend>, id: &SessionId, mut record: Record) -> Result<(), StoreError> {
    let saved = SavedCode { answers: record.answers.clone(), draft: record.draft.clone(), expires_ms: saved::expiry(clock::now_ms()) };
    let code = match record.saved_code.as_deref().and_then(|code| ReferenceCode::parse(code).ok()) {
        Some(code) => {
            backend.store.replace_code(code.as_str(), &saved).await?;
            code
        }
        None => {
            let mut made = None;
            // A taken code (1 in 27 billion per live code) gets another draw.
            for _ in 0..8 {
                let code = saved::new_code();
                if backend.store.add_code(code.as_str(), &saved).await? {
                    made = Some(code);
                    break;
                }
            }
            made.ok_or_else(|| StoreError::failed("no free reference code after 8 tries"))?
        }
    };
    record.saved_code = Some(code.as_str().to_owned());
    state.save(backend, id, record).await.map(|_| ())
}

/// Where a visitor continues: the page they saved on, else the first open question, else the
/// check page (after sending: the confirmation).
fn resume_path(record: &Record) -> String {
    if record.answers.submitted.is_some() {
        return CONFIRMATION_PATH.to_owned();
    }
    if let Some(step) = record.draft.as_ref().and_then(|draft| Step::from_slug(&draft.step)) {
        return step.path();
    }
    Step::first_unanswered(&record.answers).map_or_else(|| CHECK_PATH.to_owned(), Step::path)
}

fn saved_frame(lang: Lang) -> Frame {
    Frame { lang, title: texts::ANSWERS_SAVED.get(lang).into(), path: SAVED_PATH.into(), back: None, narrow: true }
}

/// The page after saving: the code and its last day, how to continue, and the e-mail form.
async fn saved_page(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap) -> Response {
    let backend = backend_or_fail!(state, lang);
    let (id, record, _) = match page_session(&state, &backend, &headers, lang, false).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    show_saved(&state, &backend, &id, record, lang, pages::EmailForm::default()).await
}

async fn show_saved(state: &JourneyState, backend: &Arc<Backend>, id: &SessionId, record: Record, lang: Lang, email: pages::EmailForm) -> Response {
    let Some(code) = record.saved_code.as_deref().and_then(|code| ReferenceCode::parse(code).ok()) else {
        return see_other(&resume_path(&record));
    };
    let saved = match backend.store.load_code(code.as_str(), clock::now_ms()).await {
        Ok(Some(saved)) => saved,
        // Gone (expired): nothing to show; back to the questions, where saving makes it again.
        Ok(None) => return see_other(&resume_path(&record)),
        Err(error) => return state.failure(lang, error),
    };
    let resume = resume_path(&record);
    if let Err(error) = state.save(backend, id, record).await {
        return state.failure(lang, error);
    }
    let token = csrf::token(&backend.secret, id);
    let mut frame = saved_frame(lang);
    if email.error.is_some() {
        frame.title = format!("{} {}", eenheid::i18n::ERROR_PREFIX.get(lang), frame.title);
    }
    let page = pages::SavedPage { code: code.clone(), last_day: saved::last_day(saved.expires_ms), resume, token, email };
    state.page_with_code(StatusCode::OK, frame, Some(code.as_str()), move || pages::saved(lang, page))
}

/// The e-mail form on the saved page: checks the address and confirms. The example service sends
/// no e-mail; a real one sends the code (never the answers) here.
async fn email_code(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap, body: Bytes) -> Response {
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    let (id, record) = match post_session(&state, &backend, &headers, lang, &pairs, SAVED_PATH).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    let typed = field(&pairs, "e-mail").unwrap_or("").trim().to_owned();
    let email = match saved::email_address(&typed) {
        Ok(address) => pages::EmailForm { value: address.clone(), error: None, sent_to: Some(address) },
        Err(problem) => pages::EmailForm { value: typed, error: Some(problem.message(lang)), sent_to: None },
    };
    show_saved(&state, &backend, &id, record, lang, email).await
}

fn continue_frame(lang: Lang, error: bool) -> Frame {
    let title = texts::CONTINUE_WITH_A_CODE.get(lang);
    let title = if error { format!("{} {title}", eenheid::i18n::ERROR_PREFIX.get(lang)) } else { title.to_owned() };
    Frame { lang, title, path: CONTINUE_PATH.into(), back: Some(BASE.into()), narrow: true }
}

/// "Verder met een code": the form.
async fn continue_page(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap) -> Response {
    let backend = backend_or_fail!(state, lang);
    let (id, record, cookie) = match page_session(&state, &backend, &headers, lang, true).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    if let Err(error) = state.save(&backend, &id, record).await {
        return state.failure(lang, error);
    }
    let token = csrf::token(&backend.secret, &id);
    with_cookie(state.page(StatusCode::OK, continue_frame(lang, false), move || pages::continue_with_code(lang, token, String::new(), None)), cookie)
}

/// Checks a typed code. A well-formed code that is not found or has expired gets one message,
/// which says nothing about whether it ever existed, and counts as a wrong try; while the visitor
/// must wait, no code is looked up. Found: a new session (new cookie) with the saved answers, and
/// on to where the visitor left off.
async fn continue_with_code(
    State(state): State<JourneyState>,
    SiteLang(lang): SiteLang,
    address: Option<Extension<ConnectInfo<std::net::SocketAddr>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    let (id, _) = match post_session(&state, &backend, &headers, lang, &pairs, CONTINUE_PATH).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    let typed = field(&pairs, "code").unwrap_or("").to_owned();
    let visitor = saved::Visitor { session: id.as_str().to_owned(), address: address.map(|Extension(ConnectInfo(addr))| addr.ip().to_string()) };
    let now = clock::now_ms();
    let token = csrf::token(&backend.secret, &id);
    let refuse = |status: StatusCode, message: String, typed: String| {
        state.page(status, continue_frame(lang, true), move || pages::continue_with_code(lang, token, typed, Some(message)))
    };
    if let Some(until) = state.0.tries.waiting_until(&visitor, now) {
        return refuse(StatusCode::TOO_MANY_REQUESTS, saved::wait_message(lang, until - now), typed);
    }
    let code = match ReferenceCode::parse(&typed) {
        Ok(code) => code,
        Err(problem) => return refuse(StatusCode::OK, problem.message(lang), typed),
    };
    let saved = match backend.store.load_code(code.as_str(), now).await {
        Ok(Some(saved)) => saved,
        Ok(None) => {
            state.0.tries.wrong(&visitor, now);
            return refuse(StatusCode::OK, saved::not_found_message(lang), typed);
        }
        Err(error) => return state.failure(lang, error),
    };
    // A new session id for the continued answers; the empty one of this page is dropped.
    let record = Record { last_seen_ms: now, answers: saved.answers, saved_code: Some(code.as_str().to_owned()), draft: saved.draft, call_back: None };
    let resume = resume_path(&record);
    let fresh = SessionId::random();
    if let Err(error) = state.save(&backend, &fresh, record).await {
        return state.failure(lang, error);
    }
    if let Err(error) = backend.store.remove(id.as_str()).await {
        return state.failure(lang, error);
    }
    let cookie = session::set_cookie(&fresh, &backend.secret, session::came_over_https(&headers));
    with_cookie(see_other(&resume), Some(cookie))
}

fn call_back_frame(lang: Lang, error: bool) -> Frame {
    let title = eenheid::i18n::CALL_BACK_TITLE.get(lang);
    let title = if error { format!("{} {title}", eenheid::i18n::ERROR_PREFIX.get(lang)) } else { title.to_owned() };
    Frame { lang, title, path: CALLBACK_PATH.into(), back: None, narrow: true }
}

/// The marker of the confirmation after a call-back request.
const ASKED_QUERY: &str = "verstuurd";

/// "Bel mij terug": the form, or, right after a request (`?verstuurd`), what was asked and what
/// happens now. Open to anyone (a visitor may ask before answering anything): it makes a session
/// when there is none. Opened again later, it is the form again: the confirmation tells people
/// with a wrong number to ask again. The help block keeps showing a saved code, so the employee
/// who calls can find the answers.
async fn call_back_page(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap, RawQuery(query): RawQuery) -> Response {
    let backend = backend_or_fail!(state, lang);
    let (id, record, cookie) = match page_session(&state, &backend, &headers, lang, true).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    let code = record.saved_code.clone();
    let asked = record.call_back.clone().filter(|_| has_query(&query, ASKED_QUERY));
    if let Err(error) = state.save(&backend, &id, record).await {
        return state.failure(lang, error);
    }
    let token = csrf::token(&backend.secret, &id);
    let page = match asked {
        Some(request) => {
            let frame = Frame { title: eenheid::i18n::CALL_BACK_DONE.get(lang).into(), path: format!("{CALLBACK_PATH}?{ASKED_QUERY}"), ..call_back_frame(lang, false) };
            state.page_with_code(StatusCode::OK, frame, code.as_deref(), move || pages::call_back_done(request))
        }
        None => state.page_with_code(StatusCode::OK, call_back_frame(lang, false), code.as_deref(), move || {
            pages::call_back_form(token, eenheid::patterns::call_back::CallBackTyped::default(), Default::default())
        }),
    };
    with_cookie(page, cookie)
}

/// Checks a call-back request: errors come back with everything as it was typed; a right one is
/// kept with the session and the page shows the confirmation (post, then redirect, so a reload
/// does not send it twice).
async fn call_back_post(State(state): State<JourneyState>, SiteLang(lang): SiteLang, headers: HeaderMap, body: Bytes) -> Response {
    let backend = backend_or_fail!(state, lang);
    let pairs = form_pairs(&body);
    let (id, mut record) = match post_session(&state, &backend, &headers, lang, &pairs, CALLBACK_PATH).await {
        Ok(session) => session,
        Err(response) => return response,
    };
    let typed = eenheid::patterns::call_back::CallBackTyped::from_fields(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    match typed.check(lang) {
        Ok(request) => {
            record.call_back = Some(request);
            match state.save(&backend, &id, record).await {
                Ok(_) => see_other(&format!("{CALLBACK_PATH}?{ASKED_QUERY}")),
                Err(error) => state.failure(lang, error),
            }
        }
        Err(errors) => {
            let code = record.saved_code.clone();
            let token = csrf::token(&backend.secret, &id);
            state.page_with_code(StatusCode::OK, call_back_frame(lang, true), code.as_deref(), move || pages::call_back_form(token, typed, errors))
        }
    }
}
