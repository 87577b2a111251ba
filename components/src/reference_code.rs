//! Reference codes people read out over the phone or type on another device ("K7QM-4XHT"): the
//! code behind "save and continue later". A leaf module (no components), because the service that
//! stores answers under a code and the components that show it must agree on one format.
//!
//! - **Alphabet**: 31 characters, `2`–`9` and `A`–`Z` without `I`, `L` and `O`: no `0`/`O` or
//!   `1`/`I`/`L` to mix up when reading aloud or copying a handwritten note.
//! - **Check character**: the last of the 8 characters. With the values 0–30 of the alphabet and
//!   weights 2, 3, …, 8 for the seven others, the check value makes `Σ weight × value + check`
//!   a multiple of 31. Because 31 is prime and every weight (and the check's weight 1) is
//!   non-zero and differs from its neighbour's, any one wrong character and any two neighbours
//!   swapped change that sum: a typo is caught before the service looks anything up (a unit test
//!   tries every case).
//! - **Randomness**: seven characters from a cryptographic random source (31⁷ ≈ 2.75 × 10¹⁰
//!   codes); the caller passes the random bytes, so this module needs no random source itself.
//! - **Forgiving input**: lower case, spaces and dashes are fine ("k7qm 4xht"); any other
//!   character is refused with a message that says which characters a code has, never guessed
//!   into another one.
//!
//! ```
//! use eenheid::reference_code::{CodeProblem, ReferenceCode};
//! let code = ReferenceCode::from_random([0; 7]);
//! assert_eq!(ReferenceCode::parse(&code.grouped().to_lowercase()), Ok(code.clone()));
//! assert_eq!(ReferenceCode::parse(""), Err(CodeProblem::Empty));
//! assert_eq!(ReferenceCode::parse("K7QM-4XH0"), Err(CodeProblem::NotInAlphabet('0')));
//! ```

use crate::i18n::Lang;

/// The characters a code is made of, in value order (value = index).
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Characters in a code, the check character included.
pub const LENGTH: usize = 8;
/// Random characters in a code (all but the check character).
pub const RANDOM_LENGTH: usize = LENGTH - 1;
const MODULUS: u32 = 31;

/// A well-formed code (right alphabet, right length, right check character), kept without the
/// dash. Whether a service ever gave it out is the service's business.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReferenceCode(String);

/// Why typed text is not a code. The messages never say whether a code exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Nothing typed.
    Empty,
    /// A character that is in no code (`0`, `O`, `1`, `I`, `L`, punctuation, …).
    NotInAlphabet(char),
    /// Too few or too many characters (the number typed, spaces and dashes not counted).
    WrongLength(usize),
    /// The check character does not fit: a typing mistake.
    WrongCheck,
}

impl CodeProblem {
    /// What to do, in plain language.
    pub fn message(self, lang: Lang) -> String {
        match self {
            CodeProblem::Empty => lang.pick("Vul uw code in", "Enter your code").to_owned(),
            CodeProblem::NotInAlphabet(_) => lang
                .pick(
                    "Een code heeft alleen de cijfers 2 tot en met 9 en letters, maar nooit de letters I, L of O. Controleer uw code",
                    "A code only has the digits 2 to 9 and letters, but never the letters I, L or O. Check your code",
                )
                .to_owned(),
            CodeProblem::WrongLength(_) => lang
                .pick("Een code heeft 8 tekens, bijvoorbeeld K7QM-4XH9. Controleer uw code", "A code has 8 characters, for example K7QM-4XH9. Check your code")
                .to_owned(),
            CodeProblem::WrongCheck => lang
                .pick(
                    "Deze code klopt niet. Er zit waarschijnlijk een typefout in. Controleer uw code",
                    "This code is not right. It probably has a typing mistake. Check your code",
                )
                .to_owned(),
        }
    }
}

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|i| i as u32)
}

/// The check value of the seven random values.
fn check_value(values: impl Iterator<Item = u32>) -> u32 {
    let sum: u32 = values.zip(2..).map(|(v, weight)| v * weight).sum();
    (MODULUS - sum % MODULUS) % MODULUS
}

impl ReferenceCode {
    /// A code from 7 random bytes (from a cryptographic source). Each byte is reduced modulo 31;
    /// the slight unevenness (256 = 8 × 31 + 8) costs under 0.1 bit per character.
    pub fn from_random(bytes: [u8; RANDOM_LENGTH]) -> ReferenceCode {
        let values: Vec<u32> = bytes.iter().map(|b| u32::from(*b) % MODULUS).collect();
        let check = check_value(values.iter().copied());
        let text = values.iter().chain(std::iter::once(&check)).map(|v| ALPHABET[*v as usize] as char).collect();
        ReferenceCode(text)
    }

    /// Reads a typed code: case, spaces and dashes do not matter; anything else must be right.
    pub fn parse(typed: &str) -> Result<ReferenceCode, CodeProblem> {
        let mut text = String::with_capacity(LENGTH);
        for c in typed.chars() {
            if c.is_whitespace() || matches!(c, '-' | '‐' | '–') {
                continue;
            }
            let upper = c.to_ascii_uppercase();
            if !upper.is_ascii() || value(upper as u8).is_none() {
                return Err(CodeProblem::NotInAlphabet(c));
            }
            text.push(upper);
        }
        match text.len() {
            0 => return Err(CodeProblem::Empty),
            LENGTH => {}
            n => return Err(CodeProblem::WrongLength(n)),
        }
        let values: Vec<u32> = text.bytes().filter_map(value).collect();
        if check_value(values[..RANDOM_LENGTH].iter().copied()) != values[RANDOM_LENGTH] {
            return Err(CodeProblem::WrongCheck);
        }
        Ok(ReferenceCode(text))
    }

    /// The 8 characters without a dash ("K7QM4XHT"): the form to store and compare.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// "K7QM-4XHT": the form to show.
    pub fn grouped(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }

    /// The characters one by one, for a screen reader or reading aloud: "K 7 Q M, 4 X H T".
    pub fn spelled(&self) -> String {
        let spell = |part: &str| part.chars().map(String::from).collect::<Vec<_>>().join(" ");
        format!("{}, {}", spell(&self.0[..4]), spell(&self.0[4..]))
    }
}

impl std::fmt::Display for ReferenceCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.grouped())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A spread of valid codes: every value at every position at least once.
    fn sample_codes() -> Vec<ReferenceCode> {
        (0..31u8).flat_map(|v| [ReferenceCode::from_random([v; 7]), ReferenceCode::from_random([v, 30 - v, 7, v, 3, 30 - v, v])]).collect()
    }

    #[test]
    fn the_alphabet_has_no_confusable_characters() {
        for c in [b'0', b'O', b'1', b'I', b'L'] {
            assert!(!ALPHABET.contains(&c), "{}", c as char);
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), 31, "no character twice");
    }

    #[test]
    fn every_single_substitution_is_caught() {
        let mut tried = 0;
        for code in sample_codes() {
            for position in 0..LENGTH {
                for &other in ALPHABET.iter().filter(|&&c| c != code.0.as_bytes()[position]) {
                    let mut typo = code.0.clone().into_bytes();
                    typo[position] = other;
                    let typo = String::from_utf8(typo).unwrap();
                    assert_eq!(ReferenceCode::parse(&typo), Err(CodeProblem::WrongCheck), "{code} → {typo}");
                    tried += 1;
                }
            }
        }
        assert_eq!(tried, 62 * 8 * 30);
    }

    #[test]
    fn every_swap_of_neighbours_is_caught() {
        let assert_swap_caught = |code: &ReferenceCode, position: usize| -> bool {
            let mut swapped = code.0.clone().into_bytes();
            if swapped[position] == swapped[position + 1] {
                return false;
            }
            swapped.swap(position, position + 1);
            let swapped = String::from_utf8(swapped).unwrap();
            assert_eq!(ReferenceCode::parse(&swapped), Err(CodeProblem::WrongCheck), "{code} → {swapped}");
            true
        };
        let mut tried = 0;
        // Every pair of different values at every pair of neighbouring random characters.
        for position in 0..RANDOM_LENGTH - 1 {
            for a in 0..31u8 {
                for b in (0..31u8).filter(|b| *b != a) {
                    let mut bytes = [4u8; RANDOM_LENGTH];
                    bytes[position] = a;
                    bytes[position + 1] = b;
                    tried += usize::from(assert_swap_caught(&ReferenceCode::from_random(bytes), position));
                }
            }
        }
        assert_eq!(tried, 6 * 31 * 30);
        // The last random character and the check character: every value of each (the first
        // character runs through all values, so the check character does too).
        let mut pairs = std::collections::HashSet::new();
        for last in 0..31u8 {
            for first in 0..31u8 {
                let code = ReferenceCode::from_random([first, 4, 4, 4, 4, 4, last]);
                if assert_swap_caught(&code, RANDOM_LENGTH - 1) {
                    pairs.insert((code.0.as_bytes()[6], code.0.as_bytes()[7]));
                }
            }
        }
        assert_eq!(pairs.len(), 31 * 30, "every pair of different last and check characters");
    }

    #[test]
    fn typing_is_forgiving_but_never_guesses() {
        let code = ReferenceCode::from_random([10, 20, 3, 0, 30, 15, 8]);
        let grouped = code.grouped();
        assert_eq!(grouped.len(), 9);
        assert_eq!(&grouped[4..5], "-");
        for typed in [grouped.clone(), grouped.to_lowercase(), format!("  {} ", code.as_str().to_lowercase()), format!("{} {}", &grouped[..4], &grouped[5..])] {
            assert_eq!(ReferenceCode::parse(&typed), Ok(code.clone()), "{typed:?}");
        }
        assert_eq!(ReferenceCode::parse("   - "), Err(CodeProblem::Empty));
        assert_eq!(ReferenceCode::parse("K7QM-4XH"), Err(CodeProblem::WrongLength(7)));
        assert_eq!(ReferenceCode::parse("K7QM-4XHTT"), Err(CodeProblem::WrongLength(9)));
        for bad in ['o', 'O', '0', '1', 'i', 'l', '/', 'é'] {
            assert_eq!(ReferenceCode::parse(&format!("K7QM-4XH{bad}")), Err(CodeProblem::NotInAlphabet(bad)), "{bad}");
        }
        for problem in [CodeProblem::Empty, CodeProblem::NotInAlphabet('0'), CodeProblem::WrongLength(3), CodeProblem::WrongCheck] {
            assert!(!problem.message(Lang::Nl).is_empty() && problem.message(Lang::Nl) != problem.message(Lang::En));
        }
    }

    proptest! {
        #[test]
        fn made_codes_read_back(bytes in any::<[u8; 7]>()) {
            let code = ReferenceCode::from_random(bytes);
            prop_assert!(code.as_str().bytes().all(|c| ALPHABET.contains(&c)));
            prop_assert_eq!(ReferenceCode::parse(&code.grouped().to_lowercase()), Ok(code.clone()));
            prop_assert_eq!(ReferenceCode::parse(&code.spelled().replace(',', "")), Ok(code));
        }

        #[test]
        fn any_text_parses_or_gives_a_problem(text in ".{0,24}") {
            match ReferenceCode::parse(&text) {
                Ok(code) => prop_assert_eq!(code.as_str().len(), LENGTH),
                Err(problem) => prop_assert!(!problem.message(Lang::En).is_empty()),
            }
        }

        #[test]
        fn one_wrong_character_anywhere_is_caught(bytes in any::<[u8; 7]>(), position in 0..LENGTH, shift in 1u32..31) {
            let code = ReferenceCode::from_random(bytes);
            let mut typo = code.as_str().as_bytes().to_vec();
            let v = value(typo[position]).unwrap();
            typo[position] = ALPHABET[((v + shift) % 31) as usize];
            prop_assert_eq!(ReferenceCode::parse(std::str::from_utf8(&typo).unwrap()), Err(CodeProblem::WrongCheck));
        }
    }
}
