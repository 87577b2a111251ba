//! What a visitor has answered so far, as it is kept between requests (JSON in the store).
//! Answers are only saved once they passed validation; what was typed wrongly lives only in the
//! page that shows the error.

use serde::{Deserialize, Serialize};

/// The journey's answers. `None`: not answered yet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// Who moves.
    pub who: Option<Who>,
    /// The new address.
    pub address: Option<Address>,
    /// The moving date.
    pub date: Option<MoveDate>,
    /// Which organisations to inform (`["geen"]` for none).
    pub inform: Option<Vec<String>>,
    /// Set once the visitor sent the answers.
    pub submitted: Option<Submitted>,
}

/// "Wie verhuizen er?"
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who {
    /// `alleen` or `met-anderen`.
    pub choice: String,
    /// How many people move along (only with `met-anderen`).
    pub count: String,
    /// Their names, one per line (only with `met-anderen`).
    pub names: String,
}

/// The new address, cleaned ("1234 AB").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// The postcode, as "1234 AB".
    pub postcode: String,
    /// The house number, digits only.
    pub house_number: String,
    /// The addition ("A", "2-hoog"), may be empty.
    pub addition: String,
}

/// The moving date, as typed (it passed [`eenheid::validation::date`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveDate {
    /// Day of the month.
    pub day: String,
    /// Month number.
    pub month: String,
    /// Year.
    pub year: String,
}

/// The receipt of a sent journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submitted {
    /// The reference number the visitor quotes when they call ("VH-7K3M-Q9TD").
    pub reference: String,
    /// When it was sent (Unix time in milliseconds).
    pub at_ms: u64,
}
