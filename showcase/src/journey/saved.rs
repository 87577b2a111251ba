//! "Opslaan en later verder": what the journey needs to save answers under a reference code and
//! continue with that code later, in another browser, or with the helpdesk on the phone.
//!
//! - The code itself (alphabet, check character, forgiving input) is
//!   [`eenheid::reference_code`]; here it gets its randomness (the operating system's CSPRNG) and
//!   its expiry: [`CODE_LIFETIME_DAYS`] days, to the end of that Dutch calendar day, so "geldig tot
//!   en met 30 december 2026" is exactly true.
//! - Guessing is slowed down by [`TryLimiter`]: per visitor (their session, and their network
//!   address) the first [`FREE_TRIES`] wrong codes are free; after that each wrong try makes the
//!   visitor wait, twice as long each time (from [`FIRST_WAIT`] up to [`LONGEST_WAIT`]). While
//!   waiting, no code is looked up at all, right or wrong. With 31⁷ codes and a wait that grows
//!   to an hour, guessing a live code takes longer than any code lives.
//!
//! The limiter lives in the server's memory: with several servers behind a load balancer each
//! counts on its own (a guesser gets a few more tries per server, still hopeless). Behind a proxy
//! every visitor has the proxy's address; the session counts still hold per visitor, and the
//! address count makes one busy proxy wait together, so the threshold there is higher
//! ([`FREE_TRIES_PER_ADDRESS`]).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use eenheid::i18n::Lang;
use eenheid::reference_code::{RANDOM_LENGTH, ReferenceCode};

use super::clock;
use crate::texts::journey as texts;

/// How long saved answers are kept (to the end of the Dutch day, see [`expiry`]).
pub const CODE_LIFETIME_DAYS: i64 = 30;
/// Wrong codes per session before waiting starts.
pub const FREE_TRIES: u32 = 5;
/// Wrong codes per network address before waiting starts.
pub const FREE_TRIES_PER_ADDRESS: u32 = 20;
/// The first wait; it doubles with each further wrong code.
pub const FIRST_WAIT: Duration = Duration::from_secs(30);
/// The longest wait.
pub const LONGEST_WAIT: Duration = Duration::from_secs(3600);
/// Tries are forgotten this long after the last wrong one.
const FORGET_AFTER_MS: u64 = 24 * 3600 * 1000;
/// Visitors counted at most; beyond this, the oldest are forgotten first (memory stays bounded).
const MAX_VISITORS: usize = 100_000;

/// A fresh code from the operating system's random source.
pub fn new_code() -> ReferenceCode {
    ReferenceCode::from_random(super::session::random_bytes::<RANDOM_LENGTH>())
}

/// When a code saved at `now_ms` stops working: the end (24:00, Dutch time) of the day
/// [`CODE_LIFETIME_DAYS`] days later.
pub fn expiry(now_ms: u64) -> u64 {
    let ((year, month, day), _, _) = clock::amsterdam(now_ms);
    let next_midnight_local = (clock::days_from_civil(year, month, day) + CODE_LIFETIME_DAYS + 1) * 86_400;
    // The offset two hours before local midnight is that evening's (clocks change at night
    // between Saturday and Sunday at 02:00 or 03:00, never near midnight).
    let utc = next_midnight_local - clock::amsterdam_offset(next_midnight_local - 7_200);
    (utc.max(0) as u64) * 1000
}

/// The last day a code expiring at `expires_ms` works: (year, month, day), Dutch time.
pub fn last_day(expires_ms: u64) -> (i32, u32, u32) {
    clock::amsterdam(expires_ms.saturating_sub(1)).0
}

/// Who is trying a code: their session and their network address, each counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visitor {
    /// The session id.
    pub session: String,
    /// The address the request came from (`None` when the server was not told).
    pub address: Option<String>,
}

#[derive(Clone, Copy, Debug, Default)]
struct Tries {
    wrong: u32,
    last_ms: u64,
}

impl Tries {
    /// Until when this visitor must wait, counting from `free` free tries.
    fn wait_until(self, free: u32) -> Option<u64> {
        let over = self.wrong.checked_sub(free)?;
        let wait = FIRST_WAIT.saturating_mul(1 << over.min(16)).min(LONGEST_WAIT);
        Some(self.last_ms + wait.as_millis() as u64)
    }
}

/// Counts wrong codes per visitor (see the module docs).
#[derive(Debug, Default)]
pub struct TryLimiter {
    tries: Mutex<HashMap<String, Tries>>,
}

impl TryLimiter {
    fn keys(visitor: &Visitor) -> impl Iterator<Item = (String, u32)> + '_ {
        std::iter::once((format!("sessie:{}", visitor.session), FREE_TRIES))
            .chain(visitor.address.iter().map(|address| (format!("adres:{address}"), FREE_TRIES_PER_ADDRESS)))
    }

    /// `Some(ms)`: the visitor must wait until then before a code is looked up again.
    pub fn waiting_until(&self, visitor: &Visitor, now_ms: u64) -> Option<u64> {
        let tries = self.tries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        TryLimiter::keys(visitor)
            .filter_map(|(key, free)| tries.get(&key).and_then(|t| t.wait_until(free)))
            .filter(|until| *until > now_ms)
            .max()
    }

    /// Counts a wrong code (one that is well-formed but not found, or expired).
    pub fn wrong(&self, visitor: &Visitor, now_ms: u64) {
        let mut tries = self.tries.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if tries.len() >= MAX_VISITORS {
            tries.retain(|_, t| now_ms.saturating_sub(t.last_ms) < FORGET_AFTER_MS);
            if tries.len() >= MAX_VISITORS {
                let oldest = tries.iter().min_by_key(|(_, t)| t.last_ms).map(|(key, _)| key.clone());
                if let Some(key) = oldest {
                    tries.remove(&key);
                }
            }
        }
        for (key, _) in TryLimiter::keys(visitor) {
            let entry = tries.entry(key).or_default();
            if now_ms.saturating_sub(entry.last_ms) >= FORGET_AFTER_MS {
                *entry = Tries::default();
            }
            entry.wrong += 1;
            entry.last_ms = now_ms;
        }
    }
}

/// "1 minuut", "5 minuten": a wait in whole minutes, rounded up.
pub fn minutes(lang: Lang, wait_ms: u64) -> String {
    let minutes = wait_ms.div_ceil(60_000).max(1);
    texts::minutes(lang, minutes)
}

/// The message for a well-formed code that is not there: unknown, expired, or never given out.
/// One message for all, so it tells nothing about other people's codes.
pub fn not_found_message(lang: Lang) -> String {
    texts::CODE_NOT_FOUND.get(lang).to_owned()
}

/// The message while a visitor must wait after too many wrong codes.
pub fn wait_message(lang: Lang, wait_ms: u64) -> String {
    texts::too_many_wrong_codes(lang, &minutes(lang, wait_ms))
}

/// Why an e-mail address is not usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailProblem {
    /// Nothing typed.
    Empty,
    /// Not shaped like `name@example.nl`.
    Shape,
}

impl EmailProblem {
    /// What to do.
    pub fn message(self, lang: Lang) -> String {
        match self {
            EmailProblem::Empty => texts::ENTER_YOUR_EMAIL.get(lang),
            EmailProblem::Shape => texts::EMAIL_LIKE_EXAMPLE.get(lang),
        }
        .to_owned()
    }
}

/// A plausible e-mail address (one `@`, something before it, a dot in the part after it, no
/// spaces, at most 254 characters), trimmed. Whether it exists only sending can tell.
pub fn email_address(typed: &str) -> Result<String, EmailProblem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(EmailProblem::Empty);
    }
    let plausible = typed.len() <= 254
        && !typed.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ',' | ';'))
        && typed.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && !domain.contains('@') && domain.split('.').count() >= 2 && domain.split('.').all(|part| !part.is_empty())
        });
    if plausible { Ok(typed.to_owned()) } else { Err(EmailProblem::Shape) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visitor(session: &str, address: &str) -> Visitor {
        Visitor { session: session.into(), address: Some(address.into()) }
    }

    #[test]
    fn five_free_tries_then_a_wait_that_doubles() {
        let limiter = TryLimiter::default();
        let me = visitor("a", "10.0.0.1");
        let mut now = 1_000_000;
        for _ in 0..FREE_TRIES {
            assert_eq!(limiter.waiting_until(&me, now), None);
            limiter.wrong(&me, now);
        }
        // After the fifth wrong code: wait 30 seconds before the sixth is looked up.
        assert_eq!(limiter.waiting_until(&me, now), Some(now + 30_000));
        now += 30_000;
        assert_eq!(limiter.waiting_until(&me, now), None, "after the wait, one more try");
        limiter.wrong(&me, now);
        assert_eq!(limiter.waiting_until(&me, now), Some(now + 60_000), "twice as long");
        for _ in 0..40 {
            limiter.wrong(&me, now);
        }
        assert_eq!(limiter.waiting_until(&me, now), Some(now + LONGEST_WAIT.as_millis() as u64), "never longer than an hour");
        // A new session from the same address is not free either once the address is over its count.
        assert!(limiter.waiting_until(&visitor("b", "10.0.0.1"), now).is_some(), "a new cookie does not reset the count");
        assert_eq!(limiter.waiting_until(&visitor("c", "10.0.0.2"), now), None, "others are not slowed down");
        // A day later all is forgotten.
        let later = now + FORGET_AFTER_MS;
        assert_eq!(limiter.waiting_until(&me, later), None);
        limiter.wrong(&me, later);
        assert_eq!(limiter.waiting_until(&me, later), None, "counting starts again");
    }

    #[test]
    fn codes_last_thirty_days_to_the_end_of_the_dutch_day() {
        // 2026-11-30 15:00 UTC (16:00 in Amsterdam) → works to the end of 30 December 2026.
        let now = (clock::days_from_civil(2026, 11, 30) * 86_400 + 15 * 3600) as u64 * 1000;
        let expires = expiry(now);
        assert_eq!(last_day(expires), (2026, 12, 30));
        assert_eq!(clock::amsterdam(expires), ((2026, 12, 31), 0, 0), "midnight, Dutch time");
        // Late in the evening Dutch time (already the next day in Amsterdam, not yet in UTC).
        let late = (clock::days_from_civil(2026, 7, 1) * 86_400 + 22 * 3600 + 30 * 60) as u64 * 1000;
        assert_eq!(last_day(expiry(late)), (2026, 8, 1), "00:30 on 2 July in Amsterdam: 30 days after 2 July");
    }

    #[test]
    fn waits_read_in_whole_minutes() {
        assert_eq!(minutes(Lang::Nl, 30_000), "1 minuut");
        assert_eq!(minutes(Lang::Nl, 61_000), "2 minuten");
        assert_eq!(minutes(Lang::En, 3_600_000), "60 minutes");
    }

    #[test]
    fn email_addresses_are_checked_for_their_shape_only() {
        assert_eq!(email_address("  j.jansen@example.nl "), Ok("j.jansen@example.nl".to_owned()));
        assert_eq!(email_address(""), Err(EmailProblem::Empty));
        for bad in ["jansen", "jansen@", "@example.nl", "j@example", "j@@example.nl", "j jansen@example.nl", "j@example..nl", "<b>@x.nl"] {
            assert_eq!(email_address(bad), Err(EmailProblem::Shape), "{bad}");
        }
    }

    #[test]
    fn new_codes_are_well_formed_and_differ() {
        let a = new_code();
        let b = new_code();
        assert_ne!(a, b);
        assert_eq!(ReferenceCode::parse(&a.grouped()), Ok(a));
    }
}
