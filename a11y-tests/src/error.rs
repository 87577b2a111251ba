//! One error type whose `Display` is always a single readable line: it ends up in CI logs.

use std::fmt;
use std::path::PathBuf;

/// Everything that can go wrong while auditing. `Display` is one line, no backtrace, no debug dump.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The Chromium binary does not exist at the configured or default path (setup problem).
    ChromiumNotFound {
        /// The path that was checked.
        path: PathBuf,
    },
    /// The `axe.min.js` given instead of the embedded one (`--axe`, `EENHEID_AXE`) cannot be read
    /// (setup problem).
    AxeNotFound {
        /// The path that was given.
        path: PathBuf,
    },
    /// Chromium exists but could not be started, or a work folder could not be prepared (setup problem).
    Launch(String),
    /// The page could not be loaded (connection refused, DNS, unsafe port, …).
    Navigation {
        /// The URL that failed.
        url: String,
        /// Chromium's reason, e.g. `net::ERR_CONNECTION_REFUSED`.
        reason: String,
    },
    /// Something did not finish in time (page load, axe run, `wait_for`).
    Timeout {
        /// What was being waited for.
        what: String,
        /// The limit, in seconds.
        secs: f64,
    },
    /// JavaScript threw, or returned something unexpected.
    Script(String),
    /// No element matched a CSS selector.
    NoElement(String),
    /// A keyboard walk reached its limit of Tab stops before the end of the page.
    TabStopLimit {
        /// The limit.
        max: usize,
    },
    /// The DevTools connection to Chromium is gone (crashed, killed, or idle too long).
    ConnectionLost,
    /// Any other DevTools protocol failure.
    Browser(String),
}

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// True for problems with the machine rather than with a page: Chromium or axe-core missing,
    /// or Chromium failing to start. The CLI exits with code 2 for these.
    pub fn is_setup(&self) -> bool {
        matches!(self, Error::ChromiumNotFound { .. } | Error::AxeNotFound { .. } | Error::Launch(_))
    }

    /// Converts a headless_chrome (anyhow) error into one line, recognising a closed connection.
    pub(crate) fn from_cdp(err: anyhow::Error) -> Error {
        if err.downcast_ref::<headless_chrome::browser::ConnectionClosed>().is_some() {
            return Error::ConnectionLost;
        }
        let text = one_line(&format!("{err:#}"));
        if text.contains("underlying connection is closed") {
            return Error::ConnectionLost;
        }
        Error::Browser(text)
    }
}

/// Collapses whitespace (including newlines from multi-line upstream messages) into single spaces.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::ChromiumNotFound { path } => write!(
                f,
                "Chromium not found at {}: install it with `apt-get install chromium` (or set EENHEID_CHROMIUM)",
                path.display()
            ),
            Error::AxeNotFound { path } => write!(
                f,
                "axe-core not found at {} (given with --axe or EENHEID_AXE): fix the path, or leave both out to use the built-in axe-core {}",
                path.display(),
                crate::axe::EMBEDDED_AXE_VERSION
            ),
            Error::Launch(msg) => write!(f, "could not start Chromium: {msg}"),
            Error::Navigation { url, reason } => write!(f, "could not load {url}: {reason}"),
            Error::Timeout { what, secs } => write!(f, "timed out after {secs:.1} s: {what}"),
            Error::Script(msg) => write!(f, "JavaScript error: {msg}"),
            Error::NoElement(sel) => write!(f, "no element matches `{sel}`"),
            Error::TabStopLimit { max } => write!(
                f,
                "the keyboard walk reached its limit of {max} Tab stops before the end of the page: raise the limit to judge every stop"
            ),
            Error::ConnectionLost => write!(f, "the connection to Chromium is closed"),
            Error::Browser(msg) => write!(f, "Chromium DevTools error: {msg}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_one_line() {
        let errors = [
            Error::ChromiumNotFound { path: "/usr/bin/chromium".into() },
            Error::AxeNotFound { path: "/x/axe.min.js".into() },
            Error::Launch("x".into()),
            Error::Navigation { url: "http://x/".into(), reason: "net::ERR_CONNECTION_REFUSED".into() },
            Error::Timeout { what: "loading http://x/".into(), secs: 30.0 },
            Error::Script("ReferenceError: a is not defined".into()),
            Error::NoElement("#a".into()),
            Error::TabStopLimit { max: 60 },
            Error::ConnectionLost,
            Error::from_cdp(anyhow::anyhow!("first\nsecond")),
        ];
        for e in errors {
            assert!(!e.to_string().contains('\n'), "{e}");
        }
        assert_eq!(
            Error::ChromiumNotFound { path: "/usr/bin/chromium".into() }.to_string(),
            "Chromium not found at /usr/bin/chromium: install it with `apt-get install chromium` (or set EENHEID_CHROMIUM)"
        );
    }
}
