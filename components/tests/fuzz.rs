//! Property-based fuzzing of every validator in `eenheid::validation` (stable Rust: proptest, no
//! nightly fuzzer). Two kinds of checks:
//!
//! - **no panic, and consistent** on any input: arbitrary Unicode, form-like strings built from
//!   the characters that matter (digits of other scripts, odd spaces, `+ - . ( )`, letters that
//!   change length when upper-cased), and every line of the committed corpus
//!   `tests/fuzz-corpus/validators.jsonl`. "Consistent": a cleaned value passes its own validator
//!   unchanged (postcode, BSN, IBAN, phone, house number), and `max_length` counts characters;
//! - **properties** of real values: a BSN built to pass the elfproef is accepted (with spaces and
//!   dots) and every single-digit typo is caught; an IBAN with computed check digits is accepted
//!   in any case and spacing, and a changed digit is caught; postcodes, phone numbers, house
//!   numbers and dates are normalised the same however they are typed.
//!
//! `cargo test` runs each property with proptest's default case count (fast). `cargo xtask fuzz
//! --seconds N` runs them all until a deadline (`EENHEID_FUZZ_DEADLINE_MS`, Unix milliseconds) with
//! fresh random seeds; a failure is shrunk, saved under `target/fuzz-failures/` and printed: add
//! that input to the corpus when you fix the bug, so it is checked on every run from then on.

use std::fmt::Debug;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use eenheid::i18n::Lang;
use eenheid::validation::{self, Problem};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

/// Runs `test` on values of `strategy`: once with the default config, or until the fuzz deadline.
fn fuzz<S>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let deadline = std::env::var("EENHEID_FUZZ_DEADLINE_MS").ok().and_then(|v| v.parse::<u64>().ok());
    let mut rounds = 0u64;
    loop {
        let config = match deadline {
            Some(_) => Config { cases: 1_000, failure_persistence: None, ..Config::default() },
            None => Config { failure_persistence: None, ..Config::default() },
        };
        let mut runner = TestRunner::new(config);
        if let Err(error) = runner.run(&strategy, &test) {
            let input = match &error {
                TestError::Fail(_, value) => format!("{value:?}"),
                TestError::Abort(reason) => format!("(aborted: {reason})"),
            };
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("{input}\n"));
            panic!("fuzz {name}: {error}\nminimal input: {input}\n(saved in target/fuzz-failures/{name}.txt; add it to tests/fuzz-corpus/validators.jsonl with the fix)");
        }
        rounds += 1;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_millis() as u64;
        match deadline {
            Some(deadline) if now < deadline => continue,
            Some(_) => {
                eprintln!("fuzz {name}: {rounds} rounds of 1000 cases, no failure");
                return;
            }
            None => return,
        }
    }
}

/// Characters that trip up naive validators.
const TRICKY: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '\t', '\n', '\u{a0}', '\u{2003}', '\u{200b}', '.', '-', '+',
    '(', ')', '/', 'A', 'B', 'N', 'L', 'S', 'a', 'b', 'n', 'l', 's', 'z', 'Z', 'ß', 'İ', 'ı', 'ﬀ', 'é', '١', '٣', '０', '９',
    '\u{0}', '\u{feff}', '😀', '\u{301}',
];

/// Form-like input: arbitrary Unicode, or strings of tricky characters.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(proptest::sample::select(TRICKY), 0..40).prop_map(|c| c.into_iter().collect()),
        "[0-9 .\\-]{0,14}",
        "[0-9]{4} ?[a-zA-Z]{2}",
        "[a-zA-Z]{2}[0-9]{2}[A-Za-z0-9 ]{10,34}",
        "\\+?[0-9 ()\\-]{0,20}",
    ]
}

/// Every validator on one input, with the invariants that hold for all inputs.
fn check_all(input: &str) -> Result<(), TestCaseError> {
    let message_ok = |problem: &Problem| !problem.message(Lang::Nl).is_empty() && !problem.message(Lang::En).is_empty();
    match validation::postcode(input) {
        Ok(clean) => {
            prop_assert_eq!(clean.len(), 7);
            prop_assert_eq!(validation::postcode(&clean), Ok(clean.clone()), "a cleaned postcode passes unchanged");
        }
        Err(problem) => prop_assert!(problem == Problem::Postcode && message_ok(&problem)),
    }
    match validation::bsn(input) {
        Ok(clean) => {
            prop_assert!(clean.len() == 9 && validation::elfproef(&clean));
            prop_assert_eq!(validation::bsn(&clean), Ok(clean.clone()));
        }
        Err(problem) => prop_assert!(matches!(problem, Problem::BsnLength | Problem::BsnCheck)),
    }
    let _ = validation::elfproef(input);
    match validation::iban(input) {
        Ok(clean) => prop_assert_eq!(validation::iban(&clean), Ok(clean.clone())),
        Err(problem) => prop_assert_eq!(problem, Problem::Iban),
    }
    match validation::phone(input) {
        Ok(clean) => prop_assert_eq!(validation::phone(&clean), Ok(clean.clone())),
        Err(problem) => prop_assert_eq!(problem, Problem::Phone),
    }
    match validation::house_number(input) {
        Ok(n) => {
            prop_assert!((1..=99_999).contains(&n));
            prop_assert_eq!(validation::house_number(&n.to_string()), Ok(n));
        }
        Err(problem) => prop_assert_eq!(problem, Problem::HouseNumber),
    }
    match validation::required(input, "iets", "something") {
        Ok(trimmed) => prop_assert!(!trimmed.is_empty() && trimmed == input.trim()),
        Err(problem) => prop_assert!(input.trim().is_empty() && message_ok(&problem)),
    }
    let count = input.chars().count();
    for max in [0, count.saturating_sub(1), count, count + 1, 500] {
        match validation::max_length(input, max) {
            Ok(same) => prop_assert!(same == input && count <= max),
            Err(problem) => prop_assert!(problem == Problem::TooLong { max } && count > max && message_ok(&problem), "too long"),
        }
    }
    Ok(())
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn check_date(day: &str, month: &str, year: &str) -> Result<(), TestCaseError> {
    match validation::date(day, month, year) {
        Ok((y, m, d)) => {
            prop_assert!((1000..=9999).contains(&y) && (1..=12).contains(&m));
            prop_assert!(d >= 1 && i64::from(d) <= days_in_month(i64::from(y), i64::from(m)));
            prop_assert_eq!(day.trim().parse::<u32>().ok(), Some(d));
        }
        Err((problem, parts)) => {
            prop_assert!(!parts.is_empty() && parts.len() <= 3, "the error highlights 1 to 3 parts");
            prop_assert!(!problem.message(Lang::Nl).is_empty() && !problem.message(Lang::En).is_empty());
        }
    }
    Ok(())
}

#[test]
fn corpus() {
    let text = include_str!("fuzz-corpus/validators.jsonl");
    let mut lines = 0;
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("validators.jsonl line {}: {e}", number + 1));
        let result = match &value {
            serde_json::Value::String(input) => check_all(input),
            serde_json::Value::Array(parts) if parts.len() == 3 => {
                let part = |i: usize| parts[i].as_str().unwrap_or_default().to_owned();
                check_date(&part(0), &part(1), &part(2))
            }
            other => panic!("validators.jsonl line {}: a string or [day, month, year], not {other}", number + 1),
        };
        if let Err(error) = result {
            panic!("validators.jsonl line {} ({line}): {error}", number + 1);
        }
        lines += 1;
    }
    assert!(lines >= 20, "the corpus has {lines} entries");
}

#[test]
fn any_input_never_panics_and_stays_consistent() {
    fuzz("any_input", input(), |input| check_all(&input));
}

#[test]
fn any_date_never_panics() {
    let part = || prop_oneof![input(), "[0-9]{0,5}", " ?0?[0-9]{1,2} ?"];
    fuzz("any_date", (part(), part(), part()), |(d, m, y)| check_date(&d, &m, &y));
}

/// Spaces, dots or nothing between the characters of `text`, chosen by `seps`.
fn spread(text: &str, seps: &[u8], choices: &[&str]) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        out.push(c);
        out.push_str(choices[usize::from(seps.get(i).copied().unwrap_or(0)) % choices.len()]);
    }
    out
}

fn separators() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(any::<u8>(), 40)
}

#[test]
fn valid_bsn_round_trips_and_every_typo_is_caught() {
    let digits = proptest::collection::vec(0u32..10, 8);
    fuzz("bsn", (digits, separators(), 0usize..9, 1u32..10), |(digits, seps, position, delta)| {
        let weighted: u32 = digits.iter().enumerate().map(|(i, d)| (9 - i as u32) * d).sum();
        let check = weighted % 11;
        // The elfproef sum (weighted − check) must be a non-zero multiple of 11.
        prop_assume!(check < 10 && weighted != check, "no check digit makes this a BSN");
        let bsn: String = digits.iter().chain(std::iter::once(&check)).map(|d| char::from_digit(*d, 10).unwrap_or('0')).collect();
        prop_assert!(validation::elfproef(&bsn));
        let typed = spread(&bsn, &seps, &["", "", " ", "."]);
        prop_assert_eq!(validation::bsn(&typed), Ok(bsn.clone()));
        let mut typo: Vec<u32> = bsn.chars().filter_map(|c| c.to_digit(10)).collect();
        typo[position] = (typo[position] + delta) % 10;
        let typo: String = typo.iter().filter_map(|d| char::from_digit(*d, 10)).collect();
        prop_assert_eq!(validation::bsn(&typo), Err(Problem::BsnCheck), "one wrong digit: {}", typo);
        Ok(())
    });
}

/// ISO 13616 check digits for `country` + `bban`.
fn iban_check_digits(country: &str, bban: &str) -> u32 {
    let rearranged = format!("{bban}{country}00");
    let mut remainder = 0u32;
    for b in rearranged.bytes() {
        let value = if b.is_ascii_digit() { u32::from(b - b'0') } else { u32::from(b - b'A') + 10 };
        remainder = if value >= 10 { (remainder * 100 + value) % 97 } else { (remainder * 10 + value) % 97 };
    }
    98 - remainder
}

#[test]
fn iban_with_good_check_digits_is_accepted_however_typed() {
    let strategy = (
        prop_oneof![Just("NL".to_owned()), "[A-Z]{2}"],
        "[A-Z0-9]{30}",
        11usize..=30,
        separators(),
        any::<bool>(),
        any::<prop::sample::Index>(),
        1u8..10,
    );
    fuzz("iban", strategy, |(country, pool, length, seps, lower, index, delta)| {
        // A Dutch IBAN is always 18 characters: 4 letters of the bank, 10 digits.
        let bban = if country == "NL" { format!("ABNA{}", &pool.replace(|c: char| !c.is_ascii_digit(), "7")[..10]) } else { pool[..length].to_owned() };
        let check = iban_check_digits(&country, &bban);
        let compact = format!("{country}{check:02}{bban}");
        let grouped = compact.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
        let mut typed = spread(&compact, &seps, &["", "", " ", "  "]);
        if lower {
            typed = typed.to_lowercase();
        }
        prop_assert_eq!(validation::iban(&typed), Ok(grouped));
        // Change one digit of the account part: mod 97 catches every single-digit change.
        let digits: Vec<usize> = compact.char_indices().skip(4).filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
        if !digits.is_empty() {
            let at = digits[index.index(digits.len())];
            let mut bytes = compact.clone().into_bytes();
            bytes[at] = b'0' + (bytes[at] - b'0' + delta) % 10;
            let typo = String::from_utf8(bytes).unwrap_or_default();
            prop_assert_eq!(validation::iban(&typo), Err(Problem::Iban), "one wrong digit: {}", typo);
        }
        Ok(())
    });
}

#[test]
fn postcode_is_normalised_however_typed() {
    let strategy = ("[1-9][0-9]{3}", "[A-Za-z]{2}", separators());
    fuzz("postcode", strategy, |(digits, letters, seps)| {
        let upper = letters.to_ascii_uppercase();
        let typed = format!(" {}", spread(&format!("{digits}{letters}"), &seps, &["", "", " ", "\t"]));
        let expected = if ["SA", "SD", "SS"].contains(&upper.as_str()) { Err(Problem::Postcode) } else { Ok(format!("{digits} {upper}")) };
        prop_assert_eq!(validation::postcode(&typed), expected);
        Ok(())
    });
}

#[test]
fn phone_and_house_number_are_normalised_however_typed() {
    let strategy = ("0[1-9][0-9]{8}", "[1-9][0-9]{7,14}", 1u32..=99_999, separators());
    fuzz("phone_house_number", strategy, |(dutch, international, number, seps)| {
        prop_assert_eq!(validation::phone(&spread(&dutch, &seps, &["", " ", "-", ""])), Ok(dutch.clone()));
        let plus = format!("+{international}");
        prop_assert_eq!(validation::phone(&spread(&plus, &seps, &["", " ", "(", ")"])), Ok(plus.clone()));
        prop_assert_eq!(validation::house_number(&format!("  {number}\t")), Ok(number));
        Ok(())
    });
}

#[test]
fn real_dates_are_accepted_however_typed() {
    let strategy = (1000i64..=9999, 1i64..=12, 1i64..=31, any::<bool>(), any::<bool>());
    fuzz("date", strategy, |(year, month, day, zero_pad, spaces)| {
        prop_assume!(day <= days_in_month(year, month));
        let show = |n: i64| if zero_pad { format!("{n:02}") } else { n.to_string() };
        let pad = |s: String| if spaces { format!(" {s} ") } else { s };
        let result = validation::date(&pad(show(day)), &pad(show(month)), &pad(year.to_string()));
        prop_assert_eq!(result, Ok((year as i32, month as u32, day as u32)));
        Ok(())
    });
}
