//! Who is who: a random session id per visitor, in a cookie signed with the server's secret.
//!
//! The id is 128 random bits from the operating system (`getrandom`), so it cannot be guessed; the
//! signature (HMAC-SHA256) means a changed or made-up cookie, or one signed by another server's
//! secret, is simply not ours: the visitor then starts a fresh journey and never sees someone
//! else's answers. The cookie is `HttpOnly` (scripts cannot read it), `SameSite=Lax` (other sites
//! cannot post with it) and `Secure` when the visitor came over https.

use axum::http::{HeaderMap, HeaderValue};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The name of the session cookie.
pub const COOKIE: &str = "eh-sessie";

/// The server's secret key. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    /// A key from bytes (e.g. `EENHEID_SECRET`). Short keys are allowed but weak: use 32 bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Secret {
        Secret(bytes.into())
    }

    /// 32 fresh random bytes.
    pub fn random() -> Secret {
        Secret(random_bytes::<32>().to_vec())
    }

    /// The key as hex, to keep it in the data folder.
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// A key written by [`Secret::to_hex`].
    pub fn from_hex(text: &str) -> Option<Secret> {
        let text = text.trim();
        if text.len() < 32 || !text.len().is_multiple_of(2) {
            return None;
        }
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
            .collect::<Option<Vec<u8>>>()
            .map(Secret)
    }

    /// HMAC-SHA256 of `purpose` and `message`: one key, separate uses that cannot stand in for
    /// each other (a cookie signature is never a valid CSRF token).
    pub(crate) fn mac(&self, purpose: &str, message: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(message.as_bytes());
        mac
    }

    /// Checks `hex_tag` against the HMAC of `purpose` and `message`, in constant time.
    pub(crate) fn verify(&self, purpose: &str, message: &str, hex_tag: &str) -> bool {
        match unhex(hex_tag) {
            Some(tag) => self.mac(purpose, message).verify_slice(&tag).is_ok(),
            None => false,
        }
    }
}

/// A session id: 16 random bytes as 32 lower-case hex digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SessionId(String);

impl SessionId {
    /// A fresh random id.
    pub fn random() -> SessionId {
        SessionId(hex(&random_bytes::<16>()))
    }

    /// The id as text (the store's key).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `n` random bytes from the operating system.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The OS random source only fails on a broken system; then no session is safe to hand out.
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
}

/// What the request's session cookie says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CookieState {
    /// No session cookie at all.
    Missing,
    /// A cookie we signed: the id inside.
    Signed(SessionId),
    /// A cookie that is not ours: changed, made up, or signed with another secret.
    Forged,
}

/// Reads and checks the session cookie.
pub fn read_cookie(headers: &HeaderMap, secret: &Secret) -> CookieState {
    let Some(value) = crate::lang::cookie(headers, COOKIE) else {
        return CookieState::Missing;
    };
    let Some((id, tag)) = value.split_once('.') else {
        return CookieState::Forged;
    };
    let well_formed = id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if well_formed && secret.verify("sessie", id, tag) {
        CookieState::Signed(SessionId(id.to_owned()))
    } else {
        CookieState::Forged
    }
}

/// The `Set-Cookie` value for `id`. No `Max-Age`: the browser forgets it when it closes, and the
/// server forgets the answers after the time-out anyway.
pub fn set_cookie(id: &SessionId, secret: &Secret, secure: bool) -> HeaderValue {
    let tag = hex(&secret.mac("sessie", id.as_str()).finalize().into_bytes());
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!("{COOKIE}={}.{tag}; Path=/; HttpOnly; SameSite=Lax{secure}", id.as_str());
    HeaderValue::from_str(&cookie).expect("hex and ASCII only")
}

/// Whether the visitor reached us over https: directly, or through a proxy that says so in
/// `X-Forwarded-Proto` (the showcase itself only speaks plain http on loopback).
pub fn came_over_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https"))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    fn with_cookie(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn a_signed_cookie_reads_back_and_a_changed_one_does_not() {
        let secret = Secret::random();
        let id = SessionId::random();
        let set = set_cookie(&id, &secret, false);
        let pair = set.to_str().unwrap().split(';').next().unwrap().to_owned();
        assert_eq!(read_cookie(&with_cookie(&pair), &secret), CookieState::Signed(id.clone()));
        // Change the last digit of the id: the signature no longer fits.
        let value = pair.strip_prefix("eh-sessie=").unwrap();
        let (id_text, tag) = value.split_once('.').unwrap();
        let last = if id_text.ends_with('0') { '1' } else { '0' };
        let flipped = format!("eh-sessie={}{last}.{tag}", &id_text[..31]);
        assert_eq!(read_cookie(&with_cookie(&flipped), &secret), CookieState::Forged);
        assert_eq!(read_cookie(&with_cookie(&pair), &Secret::random()), CookieState::Forged, "another server's secret");
        assert_eq!(read_cookie(&with_cookie("eh-sessie=zz"), &secret), CookieState::Forged);
        assert_eq!(read_cookie(&HeaderMap::new(), &secret), CookieState::Missing);
    }

    #[test]
    fn cookie_flags() {
        let value = set_cookie(&SessionId::random(), &Secret::random(), true);
        let value = value.to_str().unwrap();
        assert!(value.contains("; Path=/; HttpOnly; SameSite=Lax; Secure"), "{value}");
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert!(came_over_https(&headers));
        assert!(!came_over_https(&HeaderMap::new()));
    }

    #[test]
    fn secrets_round_trip_as_hex_and_never_print() {
        let secret = Secret::random();
        assert_eq!(Secret::from_hex(&secret.to_hex()).unwrap().0, secret.0);
        assert_eq!(format!("{secret:?}"), "Secret(…)");
        assert_eq!(SessionId::random().as_str().len(), 32);
    }
}
