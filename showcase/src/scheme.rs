//! The visitor's colour scheme for the whole site: the device's, unless they chose light or dark.
//!
//! The choice is a form on the display page ([`PATH`]) sent with GET, so it works without
//! JavaScript: the server keeps it in a cookie and sends the visitor back to the page they came
//! from. Every page is then rendered with `data-eh-scheme` on `<html>` (see
//! `eenheid::page::page_template::ColourScheme`), so it arrives in the chosen colours: no script,
//! no flash of the other scheme.
//!
//! [`remember`] reads the cookie once per request and keeps it for the request's task;
//! `render::render_page` hands it to every page template as context, so handlers need not pass
//! it on (the journey, the error pages and the showcase's own pages all get it).

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use eenheid::form::button::Button;
use eenheid::form::choice::Choice;
use eenheid::form::radios::Radios;
use eenheid::i18n::Lang;
use eenheid::page::page_template::ColourScheme;
use leptos::prelude::*;

use crate::lang::{cookie, is_local_path};
use crate::texts;

/// The cookie that keeps the visitor's choice: `licht` or `donker` (absent: the device's).
pub const COOKIE: &str = "eh-weergave";

/// The display page: shows the choice, and with `?schema=…` saves it.
pub const PATH: &str = "/weergave";

/// The form field with the choice.
const FIELD: &str = "schema";
/// The form field with the page to return to.
const BACK_FIELD: &str = "terug";

tokio::task_local! {
    /// The scheme of the request being answered (set by [`remember`]).
    static CHOSEN: ColourScheme;
}

/// The cookie value for a choice, and back.
fn cookie_value(scheme: ColourScheme) -> &'static str {
    match scheme {
        ColourScheme::Device => "apparaat",
        ColourScheme::Light => "licht",
        ColourScheme::Dark => "donker",
    }
}

fn from_value(value: &str) -> Option<ColourScheme> {
    [ColourScheme::Device, ColourScheme::Light, ColourScheme::Dark].into_iter().find(|scheme| cookie_value(*scheme) == value)
}

/// The scheme a request's cookies ask for (the device's when absent or unknown).
pub fn from_headers(headers: &HeaderMap) -> ColourScheme {
    cookie(headers, COOKIE).and_then(|value| from_value(&value)).unwrap_or_default()
}

/// The scheme of the request being answered; the device's outside a request.
pub fn current() -> ColourScheme {
    CHOSEN.try_with(|scheme| *scheme).unwrap_or_default()
}

/// Middleware: reads the choice once and keeps it while the request is answered.
pub async fn remember(request: Request, next: Next) -> Response {
    let scheme = from_headers(request.headers());
    CHOSEN.scope(scheme, next.run(request)).await
}

/// What a query to [`PATH`] asks: a choice to save (and where to go back to), or nothing.
struct Query {
    choice: Option<ColourScheme>,
    back: Option<String>,
}

impl Query {
    fn read(uri: &Uri) -> Query {
        let mut query = Query { choice: None, back: None };
        for (key, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
            match key.as_ref() {
                FIELD => query.choice = from_value(&value),
                BACK_FIELD if is_local_path(&value) => query.back = Some(value.into_owned()),
                _ => {}
            }
        }
        query
    }
}

/// `GET /weergave?schema=donker&terug=/path`: keep the choice for a year (the device's choice
/// removes the cookie) and go back. Only local paths are followed. Without a valid choice: `None`,
/// show the page.
pub fn save(uri: &Uri) -> Option<Response> {
    let Query { choice, back } = Query::read(uri);
    let scheme = choice?;
    let target = back.unwrap_or_else(|| "/".to_owned());
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response();
    let cookie = match scheme {
        ColourScheme::Device => format!("{COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly"),
        chosen => format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", cookie_value(chosen)),
    };
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Some(response)
}

/// The footer link to the display page that comes back to `path`.
pub fn link(path: &str) -> String {
    let back = form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>();
    format!("{PATH}?{BACK_FIELD}={back}")
}

/// The display page's content: the choice as radios, checked as now, and a save button.
pub fn content(lang: Lang, uri: &Uri) -> impl IntoView + use<> {
    let back = Query::read(uri).back.unwrap_or_else(|| "/".to_owned());
    let now = cookie_value(current());
    let items = vec![
        Choice::new(cookie_value(ColourScheme::Device), texts::SCHEME_DEVICE.get(lang)).hint(texts::SCHEME_DEVICE_HINT.get(lang)).into(),
        Choice::new(cookie_value(ColourScheme::Light), texts::SCHEME_LIGHT.get(lang)).into(),
        Choice::new(cookie_value(ColourScheme::Dark), texts::SCHEME_DARK.get(lang)).into(),
    ];
    view! {
        <h1>{texts::DISPLAY_TITLE.get(lang)}</h1>
        <p>{texts::DISPLAY_INTRO.get(lang)}</p>
        <form method="get" action=PATH novalidate>
            <input type="hidden" name=BACK_FIELD value=back />
            <Radios id=FIELD legend=texts::SCHEME_LEGEND.get(lang) selected=now.to_owned() items=items />
            <Button>{texts::SCHEME_SAVE.get(lang)}</Button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_read_among_others_and_unknown_values_follow_the_device() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("eh-taal=en; eh-weergave=donker"));
        assert_eq!(from_headers(&headers), ColourScheme::Dark);
        headers.insert(header::COOKIE, HeaderValue::from_static("eh-weergave=paars"));
        assert_eq!(from_headers(&headers), ColourScheme::Device);
    }

    #[test]
    fn saving_goes_back_to_local_paths_only() {
        let saved = save(&"/weergave?schema=donker&terug=%2Fcomponenten%2Fknop".parse().unwrap()).unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        assert_eq!(saved.headers()[header::LOCATION], "/componenten/knop");
        assert!(saved.headers()[header::SET_COOKIE].to_str().unwrap().starts_with("eh-weergave=donker;"));
        let elsewhere = save(&"/weergave?schema=licht&terug=%2F%2Fevil.example".parse().unwrap()).unwrap();
        assert_eq!(elsewhere.headers()[header::LOCATION], "/");
        let device = save(&"/weergave?schema=apparaat".parse().unwrap()).unwrap();
        assert!(device.headers()[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
        assert!(save(&"/weergave?schema=paars".parse().unwrap()).is_none());
        assert!(save(&"/weergave".parse().unwrap()).is_none());
    }
}
