//! Pure validators a server handler runs on posted answers. Each returns the cleaned value or a
//! [`Problem`] that says, in plain Dutch or English (B1), what to do — never "ongeldige invoer".
//!
//! ```
//! use eenheid::i18n::Lang;
//! use eenheid::validation::{Problem, bsn, postcode};
//! assert_eq!(postcode(" 1234ab ").unwrap(), "1234 AB");
//! assert_eq!(postcode("12345"), Err(Problem::Postcode));
//! assert!(bsn("111222333").is_ok());
//! assert_eq!(Problem::Postcode.message(Lang::Nl), "Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB");
//! ```

use crate::form::error_summary::ErrorLink;
use crate::i18n::Lang;

/// The errors of one form, in the order of its fields on the page (add them in that order). Each
/// names its field (the key the page reads it back with, [`FormErrors::get`]), the element the
/// error summary links to (the field's id, or the first wrong box of a date or an address), and
/// the message: one value for the inline error and the summary link, so the two cannot differ.
///
/// ```
/// use eenheid::validation::FormErrors;
/// let mut errors = FormErrors::default();
/// errors.add("postcode", "Vul uw postcode in");
/// errors.add_at("datum", "datum-maand", "Vul de maand in");
/// assert_eq!(errors.get("datum").as_deref(), Some("Vul de maand in"));
/// let targets: Vec<String> = errors.links().into_iter().map(|link| link.field_id).collect();
/// assert_eq!(targets, ["postcode", "datum-maand"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormErrors {
    errors: Vec<FieldError>,
}

/// One field's error in [`FormErrors`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field's key (usually its id).
    pub field: String,
    /// The id the error summary links to.
    pub target: String,
    /// What to do.
    pub message: String,
}

impl FormErrors {
    /// An error for `field`, linked to the element with the same id.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        self.errors.push(FieldError { target: field.clone(), field, message: message.into() });
    }

    /// An error for `field`, linked to `target` (a part of it, such as `datum-maand`).
    pub fn add_at(&mut self, field: impl Into<String>, target: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError { field: field.into(), target: target.into(), message: message.into() });
    }

    /// The message for `field`, if it has an error (the first, if it was given two).
    pub fn get(&self, field: &str) -> Option<String> {
        self.errors.iter().find(|error| error.field == field).map(|error| error.message.clone())
    }

    /// The error summary's links, in page order.
    pub fn links(&self) -> Vec<ErrorLink> {
        self.errors.iter().map(|error| ErrorLink::new(error.target.clone(), error.message.clone())).collect()
    }

    /// No errors: the form can go on.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The errors, in page order.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.errors.iter()
    }
}

/// What is wrong with an answer. The message says how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Nothing filled in. Holds what to fill in, in lower case ("uw postcode" / "your postcode").
    Required { what_nl: String, what_en: String },
    /// No choice made among radios. Holds what to choose, in lower case ("wanneer wij u het
    /// beste kunnen bellen" / "when we can best call you").
    NotChosen { what_nl: String, what_en: String },
    /// Longer than `max` characters.
    TooLong { max: usize },
    /// Not a Dutch postcode.
    Postcode,
    /// Not 9 digits.
    BsnLength,
    /// 9 digits, but the check (elfproef) fails: probably a typing mistake.
    BsnCheck,
    /// Not a valid IBAN.
    Iban,
    /// Not a house number.
    HouseNumber,
    /// Not a phone number.
    Phone,
    /// A date part is missing ("dag", "maand", "jaar").
    DateMissing(DatePart),
    /// The date does not exist (31 februari).
    DateInvalid,
}

/// A part of a date input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// The day.
    Day,
    /// The month.
    Month,
    /// The year.
    Year,
}

impl DatePart {
    /// The part's name (also its label).
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            DatePart::Day => lang.pick("Dag", "Day"),
            DatePart::Month => lang.pick("Maand", "Month"),
            DatePart::Year => lang.pick("Jaar", "Year"),
        }
    }

    /// The id suffix of the part's input (`verhuisdatum-dag`).
    pub fn suffix(self) -> &'static str {
        match self {
            DatePart::Day => "dag",
            DatePart::Month => "maand",
            DatePart::Year => "jaar",
        }
    }
}

impl Problem {
    /// A required answer called `what` (in both languages, lower case).
    pub fn required(what_nl: &str, what_en: &str) -> Problem {
        Problem::Required { what_nl: what_nl.to_owned(), what_en: what_en.to_owned() }
    }

    /// No choice made: choose `what` (in both languages, lower case).
    pub fn not_chosen(what_nl: &str, what_en: &str) -> Problem {
        Problem::NotChosen { what_nl: what_nl.to_owned(), what_en: what_en.to_owned() }
    }

    /// The message: what to do, in plain words.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Problem::Required { what_nl, .. }, Lang::Nl) => format!("Vul {what_nl} in"),
            (Problem::Required { what_en, .. }, Lang::En) => format!("Enter {what_en}"),
            (Problem::NotChosen { what_nl, .. }, Lang::Nl) => format!("Kies {what_nl}"),
            (Problem::NotChosen { what_en, .. }, Lang::En) => format!("Choose {what_en}"),
            (Problem::TooLong { max }, Lang::Nl) => format!("Gebruik niet meer dan {max} tekens"),
            (Problem::TooLong { max }, Lang::En) => format!("Use {max} characters or fewer"),
            (Problem::Postcode, Lang::Nl) => "Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB".into(),
            (Problem::Postcode, Lang::En) => "Enter a postcode with 4 numbers and 2 letters, like 1234 AB".into(),
            (Problem::BsnLength, Lang::Nl) => "Een burgerservicenummer heeft 9 cijfers".into(),
            (Problem::BsnLength, Lang::En) => "A citizen service number (BSN) has 9 numbers".into(),
            (Problem::BsnCheck, Lang::Nl) => "Dit burgerservicenummer bestaat niet. Kijk of u geen tikfout hebt gemaakt".into(),
            (Problem::BsnCheck, Lang::En) => "This citizen service number (BSN) does not exist. Check for a typing mistake".into(),
            (Problem::Iban, Lang::Nl) => "Vul een geldig rekeningnummer (IBAN) in, bijvoorbeeld NL91 ABNA 0417 1643 00".into(),
            (Problem::Iban, Lang::En) => "Enter a valid account number (IBAN), like NL91 ABNA 0417 1643 00".into(),
            (Problem::HouseNumber, Lang::Nl) => "Vul een huisnummer in met alleen cijfers, bijvoorbeeld 12".into(),
            (Problem::HouseNumber, Lang::En) => "Enter a house number using numbers only, like 12".into(),
            (Problem::Phone, Lang::Nl) => "Vul een telefoonnummer in, bijvoorbeeld 06 12345678 of 030 1234567".into(),
            (Problem::Phone, Lang::En) => "Enter a phone number, like 06 12345678 or 030 1234567".into(),
            (Problem::DateMissing(part), Lang::Nl) => format!("Vul ook de {} in", part.name(lang).to_lowercase()),
            (Problem::DateMissing(part), Lang::En) => format!("Also enter the {}", part.name(lang).to_lowercase()),
            (Problem::DateInvalid, Lang::Nl) => "Deze datum bestaat niet. Controleer de dag en de maand".into(),
            (Problem::DateInvalid, Lang::En) => "This date does not exist. Check the day and the month".into(),
        }
    }
}

/// The answer, trimmed, or [`Problem::Required`].
pub fn required<'a>(input: &'a str, what_nl: &str, what_en: &str) -> Result<&'a str, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() { Err(Problem::required(what_nl, what_en)) } else { Ok(trimmed) }
}

/// At most `max` characters (Unicode scalar values, as a person counts them).
pub fn max_length(input: &str, max: usize) -> Result<&str, Problem> {
    if input.chars().count() > max { Err(Problem::TooLong { max }) } else { Ok(input) }
}

/// A Dutch postcode: 4 digits (not starting with 0), 2 letters (not SA, SD or SS); spaces and
/// case are forgiven. Returns it as "1234 AB".
pub fn postcode(input: &str) -> Result<String, Problem> {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let bytes = compact.as_bytes();
    let shape = bytes.len() == 6
        && bytes[0] != b'0'
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(u8::is_ascii_uppercase);
    if !shape || ["SA", "SD", "SS"].contains(&&compact[4..]) {
        return Err(Problem::Postcode);
    }
    Ok(format!("{} {}", &compact[..4], &compact[4..]))
}

/// A house number: digits only, 1 to 99999.
pub fn house_number(input: &str) -> Result<u32, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() || trimmed.len() > 5 || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::HouseNumber);
    }
    match trimmed.parse::<u32>() {
        Ok(0) | Err(_) => Err(Problem::HouseNumber),
        Ok(n) => Ok(n),
    }
}

/// A burgerservicenummer: 9 digits (spaces and dots forgiven) that pass the elfproef
/// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not 0).
pub fn bsn(input: &str) -> Result<String, Problem> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
    if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::BsnLength);
    }
    if elfproef(&digits) { Ok(digits) } else { Err(Problem::BsnCheck) }
}

/// The elfproef of a 9-digit BSN (pure: exposed for agencies that check BSNs elsewhere).
pub fn elfproef(nine_digits: &str) -> bool {
    let values: Vec<i64> = nine_digits.bytes().filter(u8::is_ascii_digit).map(|b| i64::from(b - b'0')).collect();
    if values.len() != 9 {
        return false;
    }
    let sum: i64 = values.iter().enumerate().map(|(i, d)| if i == 8 { -d } else { (9 - i as i64) * d }).sum();
    sum != 0 && sum % 11 == 0
}

/// An IBAN (any country; spaces forgiven): checks length and the ISO 13616 mod-97 check digits.
/// Returns it in groups of four ("NL91 ABNA 0417 1643 00").
pub fn iban(input: &str) -> Result<String, Problem> {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let valid_chars = compact.len() >= 15
        && compact.len() <= 34
        && compact.bytes().take(2).all(|b| b.is_ascii_uppercase())
        && compact.bytes().skip(2).take(2).all(|b| b.is_ascii_digit())
        && compact.bytes().all(|b| b.is_ascii_alphanumeric());
    if !valid_chars || (compact.starts_with("NL") && compact.len() != 18) {
        return Err(Problem::Iban);
    }
    // Move the first four characters to the end, letters become 10..35, then mod 97 must be 1.
    let rearranged = compact[4..].bytes().chain(compact[..4].bytes());
    let mut remainder: u32 = 0;
    for b in rearranged {
        let value = if b.is_ascii_digit() { u32::from(b - b'0') } else { u32::from(b - b'A') + 10 };
        remainder = if value >= 10 { (remainder * 100 + value) % 97 } else { (remainder * 10 + value) % 97 };
    }
    if remainder != 1 {
        return Err(Problem::Iban);
    }
    let grouped: Vec<String> = compact.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    Ok(grouped.join(" "))
}

/// A phone number: 10 digits starting with 0 (Dutch), or + and 8–15 digits; spaces, dashes and
/// brackets forgiven.
pub fn phone(input: &str) -> Result<String, Problem> {
    let compact: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
    let (plus, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, compact.as_str()),
    };
    let ok = digits.bytes().all(|b| b.is_ascii_digit())
        && if plus { (8..=15).contains(&digits.len()) } else { digits.len() == 10 && digits.starts_with('0') };
    if ok { Ok(compact) } else { Err(Problem::Phone) }
}

/// A calendar date from its three typed parts. Returns (year, month, day), or the problem and the
/// parts to highlight (the first of which gets the error-summary link).
pub fn date(day: &str, month: &str, year: &str) -> Result<(i32, u32, u32), (Problem, Vec<DatePart>)> {
    let parts = [(DatePart::Day, day.trim()), (DatePart::Month, month.trim()), (DatePart::Year, year.trim())];
    if parts.iter().all(|(_, text)| text.is_empty()) {
        return Err((Problem::required("een datum", "a date"), vec![DatePart::Day, DatePart::Month, DatePart::Year]));
    }
    if let Some((part, _)) = parts.iter().find(|(_, text)| text.is_empty()) {
        return Err((Problem::DateMissing(*part), vec![*part]));
    }
    let number = |text: &str| -> Option<i64> {
        (text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
    };
    let (Some(d), Some(m), Some(y)) = (number(parts[0].1), number(parts[1].1), number(parts[2].1)) else {
        return Err((Problem::DateInvalid, vec![DatePart::Day, DatePart::Month, DatePart::Year]));
    };
    if !(1..=12).contains(&m) {
        return Err((Problem::DateInvalid, vec![DatePart::Month]));
    }
    if !(1000..=9999).contains(&y) {
        return Err((Problem::DateInvalid, vec![DatePart::Year]));
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=days).contains(&d) {
        return Err((Problem::DateInvalid, vec![DatePart::Day]));
    }
    Ok((y as i32, m as u32, d as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        assert_eq!(postcode("1234AB"), Ok("1234 AB".into()));
        assert_eq!(postcode("1234 ab"), Ok("1234 AB".into()));
        for bad in ["", "0123 AB", "1234 SS", "123 AB", "1234 A", "12345", "1234 ÄB", "1234 A1", "１２３４AB"] {
            assert_eq!(postcode(bad), Err(Problem::Postcode), "{bad:?}");
        }
    }

    #[test]
    fn bsn_elfproef() {
        assert_eq!(bsn("111222333"), Ok("111222333".into()));
        assert_eq!(bsn("1112.22.333"), Ok("111222333".into()));
        assert_eq!(bsn("123456782"), Ok("123456782".into()));
        assert_eq!(bsn("111222334"), Err(Problem::BsnCheck));
        assert_eq!(bsn("000000000"), Err(Problem::BsnCheck));
        assert_eq!(bsn("11122233"), Err(Problem::BsnLength));
        assert_eq!(bsn("11122233a"), Err(Problem::BsnLength));
        assert_eq!(bsn("١١١٢٢٢٣٣٣"), Err(Problem::BsnLength));
    }

    #[test]
    fn ibans() {
        assert_eq!(iban("nl91abna0417164300"), Ok("NL91 ABNA 0417 1643 00".into()));
        assert_eq!(iban("DE89 3704 0044 0532 0130 00"), Ok("DE89 3704 0044 0532 0130 00".into()));
        assert_eq!(iban("NL91ABNA0417164301"), Err(Problem::Iban));
        assert_eq!(iban("NL91ABNA041716430"), Err(Problem::Iban));
        assert_eq!(iban("NL91ABNA04171643ÿ0"), Err(Problem::Iban));
        assert_eq!(iban(""), Err(Problem::Iban));
    }

    #[test]
    fn dates() {
        assert_eq!(date("29", "2", "2024"), Ok((2024, 2, 29)));
        assert_eq!(date("29", "2", "2023"), Err((Problem::DateInvalid, vec![DatePart::Day])));
        assert_eq!(date("1", "13", "2024"), Err((Problem::DateInvalid, vec![DatePart::Month])));
        assert_eq!(date("1", "1", ""), Err((Problem::DateMissing(DatePart::Year), vec![DatePart::Year])));
        assert_eq!(date("", "", "").unwrap_err().1.len(), 3);
        assert_eq!(date("a", "1", "2024").unwrap_err().0, Problem::DateInvalid);
        assert_eq!(date("99999999999999999999", "1", "2024").unwrap_err().0, Problem::DateInvalid);
    }

    #[test]
    fn other_validators() {
        assert_eq!(house_number(" 12 "), Ok(12));
        assert!(house_number("12a").is_err() && house_number("0").is_err() && house_number("").is_err());
        assert_eq!(phone("06-12345678"), Ok("0612345678".into()));
        assert_eq!(phone("+31 6 1234 5678"), Ok("+31612345678".into()));
        assert!(phone("12345").is_err());
        assert_eq!(required("  x ", "iets", "something"), Ok("x"));
        assert_eq!(required(" ", "uw naam", "your name").unwrap_err().message(Lang::Nl), "Vul uw naam in");
        assert_eq!(max_length("ééé", 3), Ok("ééé"));
        assert_eq!(max_length("ééé", 2), Err(Problem::TooLong { max: 2 }));
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        let problems = [
            Problem::required("uw naam", "your name"),
            Problem::TooLong { max: 5 },
            Problem::Postcode,
            Problem::BsnLength,
            Problem::BsnCheck,
            Problem::Iban,
            Problem::HouseNumber,
            Problem::Phone,
            Problem::DateMissing(DatePart::Month),
            Problem::DateInvalid,
        ];
        for problem in problems {
            let (nl, en) = (problem.message(Lang::Nl), problem.message(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{problem:?}");
            assert!(!nl.to_lowercase().contains("ongeldig"), "B1 and helpful: {nl}");
        }
    }
}
