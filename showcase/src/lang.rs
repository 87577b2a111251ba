//! The visitor's language for the whole site: Dutch unless they chose English.
//!
//! The choice is a plain link (`/taal/en?terug=/componenten/knop`), so it works without JavaScript:
//! the server sets a cookie and sends the visitor back to the page they were on. Every handler
//! reads the choice with the [`SiteLang`] extractor.

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use eenheid::i18n::Lang;
use eenheid::page::language_switch::LanguageOption;
use serde::Deserialize;

/// The cookie that keeps the visitor's choice.
pub const COOKIE: &str = "eh-taal";

/// The route that switches language: `/taal/{nl|en}?terug=<local path>`.
pub const SWITCH_ROUTE: &str = "/taal/{code}";

/// The visitor's language, from the `eh-taal` cookie (Dutch when absent or unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SiteLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for SiteLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(SiteLang(from_headers(&parts.headers)))
    }
}

/// The language a request's cookies ask for.
pub fn from_headers(headers: &HeaderMap) -> Lang {
    cookie(headers, COOKIE).and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

/// The value of cookie `name`, if the request carries it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The language switch's two links for the page at `path` (a local path, with its query).
pub fn switch_options(path: &str) -> Vec<LanguageOption> {
    let back = form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>();
    [Lang::Nl, Lang::En]
        .into_iter()
        .map(|lang| LanguageOption::new(lang, format!("/taal/{}?terug={back}", lang.code())))
        .collect()
}

#[derive(Deserialize)]
pub struct Back {
    terug: Option<String>,
}

/// `GET /taal/{code}?terug=/path`: remember the language for a year and go back to the page.
/// Only local paths are followed, so the link cannot send anyone to another site.
pub async fn switch(Path(code): Path<String>, Query(back): Query<Back>) -> Response {
    let Some(lang) = Lang::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let target = back.terug.filter(|path| is_local_path(path)).unwrap_or_else(|| "/".to_owned());
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response();
    let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", lang.code());
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// A path on this site: starts with one `/`, no scheme, no `//host`, no backslash tricks.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/componenten/knop?x=1"));
        for bad in ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "/a\nb", ""] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
    }

    #[test]
    fn cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; eh-taal=en; b=2"));
        assert_eq!(from_headers(&headers), Lang::En);
        headers.insert(header::COOKIE, HeaderValue::from_static("eh-taal=xx"));
        assert_eq!(from_headers(&headers), Lang::Nl);
    }
}
