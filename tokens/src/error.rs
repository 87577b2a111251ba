//! Errors from reading a token document. Every variant names the token (dotted path) it is about,
//! because "invalid colour" without saying *which* token is useless in a 200-token file.

use std::fmt;

use crate::colour::ColourError;

/// Why a DTCG token document could not be turned into a [`TokenSet`](crate::TokenSet).
#[derive(Debug, Clone, PartialEq)]
pub enum TokenError {
    /// The text is not valid JSON (or has a duplicate key).
    Json {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// serde_json's description.
        message: String,
    },
    /// An alias such as `{color.nope}` names no token.
    DanglingReference {
        /// The token (or contrast declaration) containing the reference.
        path: String,
        /// The path that was referenced.
        target: String,
    },
    /// Aliases refer to each other in a loop.
    Cycle {
        /// The token at which the loop was detected.
        path: String,
        /// The loop, first element repeated at the end (`a → b → a`).
        chain: Vec<String>,
    },
    /// `$type` is missing or unknown, or the value does not fit the type.
    WrongType {
        /// The token.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A colour token's value could not be parsed.
    BadColour {
        /// The token.
        path: String,
        /// The parser's reason.
        error: ColourError,
    },
    /// A dimension or duration could not be parsed, or has a unit that is not allowed.
    BadDimension {
        /// The token.
        path: String,
        /// The value as written.
        value: String,
        /// What is wrong.
        message: String,
    },
    /// The document's structure is wrong: a bad name, an unknown `$` property, a malformed
    /// contrast declaration, two tokens with the same CSS variable.
    Invalid {
        /// Where in the document (dotted path; `$extensions…` for root extensions).
        path: String,
        /// What is wrong.
        message: String,
    },
}

impl TokenError {
    /// The dotted path of the token the error is about (`None` for JSON syntax errors).
    pub fn path(&self) -> Option<&str> {
        match self {
            TokenError::Json { .. } => None,
            TokenError::DanglingReference { path, .. }
            | TokenError::Cycle { path, .. }
            | TokenError::WrongType { path, .. }
            | TokenError::BadColour { path, .. }
            | TokenError::BadDimension { path, .. }
            | TokenError::Invalid { path, .. } => Some(path),
        }
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The root group has the empty path; say so instead of printing nothing.
        let at = |path: &str| {
            if path.is_empty() {
                "(root)".to_owned()
            } else {
                path.to_owned()
            }
        };
        match self {
            TokenError::Json {
                line,
                column,
                message,
            } => {
                write!(f, "invalid JSON at line {line}, column {column}: {message}")
            }
            TokenError::DanglingReference { path, target } => write!(
                f,
                "token `{}`: reference {{{target}}} does not name any token",
                at(path)
            ),
            TokenError::Cycle { path, chain } => write!(
                f,
                "token `{}`: aliases form a cycle: {}",
                at(path),
                chain.join(" → ")
            ),
            TokenError::WrongType { path, message } => write!(f, "token `{}`: {message}", at(path)),
            TokenError::BadColour { path, error } => write!(f, "token `{}`: {error}", at(path)),
            TokenError::BadDimension {
                path,
                value,
                message,
            } => {
                write!(
                    f,
                    "token `{}`: invalid value `{value}`: {message}",
                    at(path)
                )
            }
            TokenError::Invalid { path, message } => write!(f, "`{}`: {message}", at(path)),
        }
    }
}

impl std::error::Error for TokenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TokenError::BadColour { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl From<serde_json::Error> for TokenError {
    fn from(e: serde_json::Error) -> Self {
        // serde_json appends " at line X column Y" to its Display; keep only the description,
        // the position has its own fields.
        let full = e.to_string();
        let message = match full.rfind(" at line ") {
            Some(i) => full[..i].to_owned(),
            None => full,
        };
        TokenError::Json {
            line: e.line(),
            column: e.column(),
            message,
        }
    }
}
