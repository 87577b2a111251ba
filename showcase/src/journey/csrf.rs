//! Protection against cross-site request forgery, without JavaScript: every form of the journey
//! carries a hidden token that only this server can make for this visitor's session (an HMAC of the
//! session id). A post from another site has the visitor's cookie (in browsers that ignore
//! `SameSite`) but cannot know the token, so it is refused and nothing changes.

use hmac::Mac;
use leptos::prelude::*;

use super::session::{Secret, SessionId, hex};

/// The name of the hidden field.
pub const FIELD: &str = "csrf";

/// The token for `session`.
pub fn token(secret: &Secret, session: &SessionId) -> String {
    hex(&secret.mac("csrf", session.as_str()).finalize().into_bytes())
}

/// Whether `posted` is the token for `session` (constant-time compare).
pub fn is_valid(secret: &Secret, session: &SessionId, posted: Option<&str>) -> bool {
    posted.is_some_and(|posted| secret.verify("csrf", session.as_str(), posted))
}

/// The hidden field, for inside a `<form>`.
pub fn hidden_field(token: String) -> impl IntoView {
    view! { <input type="hidden" name=FIELD value=token /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_fits_only_its_own_session_and_secret() {
        let (secret, id) = (Secret::random(), SessionId::random());
        let good = token(&secret, &id);
        assert!(is_valid(&secret, &id, Some(&good)));
        assert!(!is_valid(&secret, &SessionId::random(), Some(&good)));
        assert!(!is_valid(&Secret::random(), &id, Some(&good)));
        assert!(!is_valid(&secret, &id, None));
        assert!(!is_valid(&secret, &id, Some("")));
        assert!(!is_valid(&secret, &id, Some("é")));
    }
}
