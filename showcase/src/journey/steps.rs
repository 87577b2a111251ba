//! The four questions of the journey, in order: what each asks, how its form is read from a post,
//! how it is checked (with `eenheid::validation`) and what is saved. Everything typed is kept as
//! text in [`Typed`], so a page with an error shows exactly what the visitor typed.

use eenheid::form::address_input::{AddressPart, AddressValue};
use eenheid::i18n::{Lang, Text};
use eenheid::validation::{self, DatePart, FormErrors, Problem};

use crate::texts::journey as texts;

use super::answers::{Address, Answers, MoveDate, Who};

/// One question page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Who moves (alone, or with others: how many and who).
    Who,
    /// The new address.
    Address,
    /// The moving date.
    Date,
    /// Which organisations we inform.
    Inform,
}

/// The organisations a visitor can ask us to inform: (value, name).
pub const ORGANISATIONS: &[(&str, Text)] = &[
    ("belastingdienst", texts::BELASTINGDIENST),
    ("duo", texts::DUO),
    ("svb", texts::SVB),
];

/// The exclusive "none of these" answer.
pub const NONE: &str = "geen";

/// Most characters for the names of the people moving along.
const MAX_NAMES: usize = 500;
/// Most characters for the house-number addition.
const MAX_ADDITION: usize = 10;
/// Most people moving along (a household, not a removal company).
const MAX_PEOPLE: u32 = 20;
/// A move is reported at most this many days before it (4 weeks), as the start page says.
pub const DAYS_BEFORE: i64 = 28;
/// … and at the latest this many days after it.
pub const DAYS_AFTER: i64 = 5;

impl Step {
    /// The steps in order.
    pub const ALL: [Step; 4] = [Step::Who, Step::Address, Step::Date, Step::Inform];

    /// The Dutch slug of its page.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Who => "wie-verhuist",
            Step::Address => "nieuw-adres",
            Step::Date => "verhuisdatum",
            Step::Inform => "doorgeven",
        }
    }

    /// The step for a slug.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.slug() == slug)
    }

    /// The page's path.
    pub fn path(self) -> String {
        format!("{}/{}", super::BASE, self.slug())
    }

    /// 1-based position (the step indicator's "Stap 2 van 5").
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step after this one (`None`: the check page comes next).
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step before (`None`: the start page).
    pub fn previous(self) -> Option<Step> {
        self.number().checked_sub(2).map(|i| Step::ALL[i])
    }

    /// The question, as the page heading.
    pub fn question(self, lang: Lang) -> &'static str {
        match self {
            Step::Who => texts::QUESTION_WHO.get(lang),
            Step::Address => texts::QUESTION_ADDRESS.get(lang),
            Step::Date => texts::QUESTION_DATE.get(lang),
            Step::Inform => texts::QUESTION_INFORM.get(lang),
        }
    }

    /// A short name for the step indicator.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Step::Who => texts::STEP_WHO.get(lang),
            Step::Address => texts::STEP_ADDRESS.get(lang),
            Step::Date => texts::STEP_DATE.get(lang),
            Step::Inform => texts::STEP_INFORM.get(lang),
        }
    }

    /// Whether the visitor has answered this step.
    pub fn is_answered(self, answers: &Answers) -> bool {
        match self {
            Step::Who => answers.who.is_some(),
            Step::Address => answers.address.is_some(),
            Step::Date => answers.date.is_some(),
            Step::Inform => answers.inform.is_some(),
        }
    }

    /// The first step without an answer.
    pub fn first_unanswered(answers: &Answers) -> Option<Step> {
        Step::ALL.into_iter().find(|step| !step.is_answered(answers))
    }
}

/// What is in the form fields, as text: posted, or filled in from the saved answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    /// `wie`: `alleen` or `met-anderen`.
    pub wie: String,
    /// `aantal`: how many move along.
    pub aantal: String,
    /// `namen`: their names.
    pub namen: String,
    /// `adres-postcode`, `adres-huisnummer`, `adres-toevoeging`.
    pub adres: AddressValue,
    /// `datum-dag`, `datum-maand`, `datum-jaar`.
    pub datum: MoveDate,
    /// `doorgeven` (repeated).
    pub doorgeven: Vec<String>,
}

impl Typed {
    /// Reads a form post; other fields (the CSRF token) are left to the caller. Only the first
    /// `ORGANISATIONS.len() + 1` checkbox values are kept: more cannot come from our form.
    pub fn from_pairs(pairs: &[(String, String)]) -> Typed {
        let address_part = |part| eenheid::form::address_input::part_id(field::ADRES, part);
        let date_part = |part| eenheid::form::date_input::part_id(field::DATUM, part);
        let mut typed = Typed::default();
        let mut checkbox_values = 0usize;
        for (key, value) in pairs {
            let value = value.clone();
            match key.as_str() {
                field::WIE => typed.wie = value,
                field::AANTAL => typed.aantal = value,
                field::NAMEN => typed.namen = value,
                // The boxes' names come from the components' own part ids.
                key if key == address_part(AddressPart::Postcode) => typed.adres.postcode = value,
                key if key == address_part(AddressPart::HouseNumber) => typed.adres.house_number = value,
                key if key == address_part(AddressPart::Addition) => typed.adres.addition = value,
                key if key == date_part(DatePart::Day) => typed.datum.day = value,
                key if key == date_part(DatePart::Month) => typed.datum.month = value,
                key if key == date_part(DatePart::Year) => typed.datum.year = value,
                field::DOORGEVEN => {
                    checkbox_values += 1;
                    if typed.doorgeven.len() <= ORGANISATIONS.len() {
                        typed.doorgeven.push(value);
                    }
                }
                _ => {}
            }
        }
        if checkbox_values > ORGANISATIONS.len() + 1 {
            // Marks the answer as impossible, so validation says so instead of picking a few.
            typed.doorgeven.push(String::new());
        }
        typed
    }

    /// The saved answers, as the form shows them.
    pub fn from_answers(answers: &Answers) -> Typed {
        let who = answers.who.clone().unwrap_or_default();
        let address = answers.address.clone().unwrap_or_default();
        Typed {
            wie: who.choice,
            aantal: who.count,
            namen: who.names,
            adres: AddressValue::new(address.postcode, address.house_number, address.addition),
            datum: answers.date.clone().unwrap_or_default(),
            doorgeven: answers.inform.clone().unwrap_or_default(),
        }
    }
}

/// The journey's field ids (and names), declared once: the pages, the parser and the errors use them.
pub mod field {
    pub const WIE: &str = "wie";
    pub const AANTAL: &str = "aantal";
    pub const NAMEN: &str = "namen";
    pub const ADRES: &str = "adres";
    pub const DATUM: &str = "datum";
    pub const DOORGEVEN: &str = "doorgeven";
}

/// The problems on one page, in page order, and which parts of the address or date to mark.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    /// Per field: its key, the id the error summary links to, the message.
    pub errors: FormErrors,
    /// The address boxes the error is about.
    pub address_parts: Vec<AddressPart>,
    /// The date boxes the error is about.
    pub date_parts: Vec<DatePart>,
}

/// Checks `typed` for `step` on today's date (the server's clock, Dutch time); on success writes
/// the cleaned answer into `answers`.
pub fn validate(step: Step, typed: &Typed, lang: Lang, answers: &mut Answers) -> Result<(), Problems> {
    validate_on(super::clock::today(), step, typed, lang, answers)
}

/// Why a moving date cannot be reported online today, and what to do instead; `None`: it can.
/// The date lies between [`DAYS_AFTER`] days ago and [`DAYS_BEFORE`] days from `today`.
pub fn moving_date_problem(today: (i32, u32, u32), date: (i32, u32, u32), lang: Lang) -> Option<String> {
    use super::clock::{add_days, days_from_civil};
    let day = |(y, m, d): (i32, u32, u32)| days_from_civil(y, m, d);
    let long = |(y, m, d): (i32, u32, u32)| super::pages::long_date(lang, &d.to_string(), &m.to_string(), &y.to_string());
    let from_today = day(date) - day(today);
    if from_today > DAYS_BEFORE {
        let from = long(add_days(date, -DAYS_BEFORE));
        Some(texts::too_early(lang, &from))
    } else if from_today < -DAYS_AFTER {
        Some(texts::MOVE_TOO_LONG_AGO.get(lang).to_owned())
    } else {
        None
    }
}

/// [`validate`] on the date `today` (tests give their own).
pub fn validate_on(today: (i32, u32, u32), step: Step, typed: &Typed, lang: Lang, answers: &mut Answers) -> Result<(), Problems> {
    let mut problems = Problems::default();
    let message = |problem: Problem| problem.message(lang);
    match step {
        Step::Who => match typed.wie.as_str() {
            "alleen" => answers.who = Some(Who { choice: "alleen".into(), ..Who::default() }),
            "met-anderen" => {
                let count = typed.aantal.trim();
                match count.parse::<u32>() {
                    Ok(n) if (1..=MAX_PEOPLE).contains(&n) && count.len() <= 2 => {}
                    _ => problems.errors.add(field::AANTAL, texts::ENTER_HOW_MANY.get(lang).to_owned()),
                }
                if let Err(problem) = validation::required(&typed.namen, texts::THEIR_NAMES.nl, texts::THEIR_NAMES.en)
                    .and_then(|names| validation::max_length(names, MAX_NAMES))
                {
                    problems.errors.add(field::NAMEN, message(problem));
                }
                if problems.errors.is_empty() {
                    answers.who = Some(Who {
                        choice: "met-anderen".into(),
                        count: count.to_owned(),
                        names: typed.namen.trim().to_owned(),
                    });
                }
            }
            _ => problems.errors.add(field::WIE, texts::CHOOSE_ALONE_OR_WITH_OTHERS.get(lang).to_owned()),
        },
        Step::Address => match typed.adres.validate() {
            Ok(_) if validation::max_length(typed.adres.addition.trim(), MAX_ADDITION).is_err() => {
                problems.address_parts = vec![AddressPart::Addition];
                problems.errors.add_at(field::ADRES, eenheid::form::address_input::part_id(field::ADRES, AddressPart::Addition), message(Problem::TooLong { max: MAX_ADDITION }));
            }
            Ok((postcode, number, addition)) => {
                answers.address = Some(Address { postcode, house_number: number.to_string(), addition })
            }
            Err((problem, parts)) => {
                let target = eenheid::form::address_input::part_id(field::ADRES, parts.first().copied().unwrap_or(AddressPart::Postcode));
                problems.address_parts = parts;
                problems.errors.add_at(field::ADRES, target, message(problem));
            }
        },
        Step::Date => match validation::date(&typed.datum.day, &typed.datum.month, &typed.datum.year) {
            Ok((year, month, day)) => match moving_date_problem(today, (year, month, day), lang) {
                None => answers.date = Some(MoveDate { day: day.to_string(), month: month.to_string(), year: year.to_string() }),
                Some(text) => {
                    // The whole date is out of range, not one box.
                    let target = eenheid::form::date_input::part_id(field::DATUM, DatePart::Day);
                    problems.date_parts = vec![DatePart::Day, DatePart::Month, DatePart::Year];
                    problems.errors.add_at(field::DATUM, target, text);
                }
            },
            Err((problem, parts)) => {
                let target = eenheid::form::date_input::part_id(field::DATUM, parts.first().copied().unwrap_or(DatePart::Day));
                problems.date_parts = parts;
                problems.errors.add_at(field::DATUM, target, message(problem));
            }
        },
        Step::Inform => {
            let chosen = &typed.doorgeven;
            let known = |value: &String| value == NONE || ORGANISATIONS.iter().any(|(v, _)| v == value);
            let problem = if chosen.is_empty() {
                Some(texts::CHOOSE_WHO_WE_PASS_ON_TO.get(lang))
            } else if !chosen.iter().all(known) || chosen.len() > ORGANISATIONS.len() {
                Some(texts::CHOOSE_FROM_THE_LIST.get(lang))
            } else if chosen.iter().any(|v| v == NONE) && chosen.len() > 1 {
                Some(texts::NONE_OF_THESE_ALONE.get(lang))
            } else {
                None
            };
            match problem {
                Some(text) => problems.errors.add(field::DOORGEVEN, text.to_owned()),
                // Saved in list order, each once, whatever order or repeats the post had.
                None if chosen.iter().any(|v| v == NONE) => answers.inform = Some(vec![NONE.to_owned()]),
                None => {
                    let ordered = ORGANISATIONS.iter().map(|(v, _)| (*v).to_owned()).filter(|v| chosen.contains(v)).collect();
                    answers.inform = Some(ordered);
                }
            }
        }
    }
    if problems.errors.is_empty() { Ok(()) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(text.as_bytes()).into_owned().collect()
    }

    /// The day the tests live on.
    const TODAY: (i32, u32, u32) = (2027, 1, 20);

    fn validate(step: Step, typed: &Typed, lang: Lang, answers: &mut Answers) -> Result<(), Problems> {
        validate_on(TODAY, step, typed, lang, answers)
    }

    #[test]
    fn the_moving_date_lies_between_5_days_ago_and_4_weeks_ahead() {
        let date = |d: &str, m: &str, y: &str| Typed { datum: MoveDate { day: d.into(), month: m.into(), year: y.into() }, ..Typed::default() };
        // 20 January 2027: from 15 January to 17 February 2027 (the edges included).
        for (d, m) in [("15", "1"), ("20", "1"), ("17", "2")] {
            let mut answers = Answers::default();
            validate(Step::Date, &date(d, m, "2027"), Lang::Nl, &mut answers).unwrap_or_else(|p| panic!("{d}-{m}: {p:?}"));
            assert_eq!(answers.date.unwrap().day, d);
        }
        let mut answers = Answers::default();
        let early = validate(Step::Date, &date("18", "2", "2027"), Lang::Nl, &mut answers).unwrap_err();
        assert_eq!(early.errors.links()[0].message, "U kunt uw verhuizing pas 4 weken van tevoren doorgeven. Dat kan vanaf 21 januari 2027. Kom dan terug.");
        assert_eq!(early.errors.links()[0].field_id, "datum-dag");
        assert_eq!(early.date_parts, [DatePart::Day, DatePart::Month, DatePart::Year]);
        let late = validate(Step::Date, &date("14", "1", "2027"), Lang::En, &mut answers).unwrap_err();
        assert!(late.errors.links()[0].message.starts_with("Your move was more than 5 days ago. You can no longer report it online."));
        assert_eq!(answers, Answers::default(), "nothing saved");
        // Across a year end: 31 December 2026 allows 26 December up to 28 January.
        assert_eq!(moving_date_problem((2026, 12, 31), (2026, 12, 26), Lang::Nl), None);
        assert_eq!(moving_date_problem((2026, 12, 31), (2027, 1, 28), Lang::Nl), None);
        assert!(moving_date_problem((2026, 12, 31), (2026, 12, 25), Lang::Nl).is_some());
        assert!(moving_date_problem((2026, 12, 31), (2027, 1, 29), Lang::Nl).is_some());
    }

    #[test]
    fn a_whole_journey_validates_and_saves_cleaned_answers() {
        let mut answers = Answers::default();
        for (step, body) in [
            (Step::Who, "wie=met-anderen&aantal=2&namen=Bo%0AAda"),
            (Step::Address, "adres-postcode=1234ab&adres-huisnummer=12&adres-toevoeging=A"),
            (Step::Date, "datum-dag=01&datum-maand=02&datum-jaar=2027"),
            (Step::Inform, "doorgeven=duo&doorgeven=svb"),
        ] {
            validate(step, &Typed::from_pairs(&pairs(body)), Lang::Nl, &mut answers).unwrap();
        }
        assert_eq!(answers.address.as_ref().unwrap().postcode, "1234 AB");
        assert_eq!(answers.date.as_ref().unwrap().day, "1");
        assert_eq!(Step::first_unanswered(&answers), None);
    }

    #[test]
    fn problems_link_to_the_right_box_and_save_nothing() {
        let mut answers = Answers::default();
        let problems = validate(Step::Address, &Typed::from_pairs(&pairs("adres-postcode=1234AB&adres-huisnummer=x")), Lang::Nl, &mut answers).unwrap_err();
        assert_eq!(problems.errors.links()[0].field_id, "adres-huisnummer");
        assert_eq!(answers, Answers::default());
        let problems = validate(Step::Who, &Typed::from_pairs(&pairs("wie=met-anderen&aantal=99")), Lang::En, &mut answers).unwrap_err();
        let ids: Vec<_> = problems.errors.links().into_iter().map(|l| l.field_id).collect();
        assert_eq!(ids, ["aantal", "namen"]);
    }

    #[test]
    fn floods_and_nonsense_get_an_error_not_a_crash() {
        let mut answers = Answers::default();
        let flood: String = (0..10_000).map(|_| "doorgeven=duo&").collect();
        let typed = Typed::from_pairs(&pairs(&flood));
        assert!(typed.doorgeven.len() <= ORGANISATIONS.len() + 2);
        assert!(validate(Step::Inform, &typed, Lang::Nl, &mut answers).is_err());
        let typed = Typed::from_pairs(&pairs("doorgeven=geen&doorgeven=duo"));
        assert!(validate(Step::Inform, &typed, Lang::Nl, &mut answers).is_err());
        let long = format!("wie=met-anderen&aantal=1&namen={}", "x".repeat(100_000));
        assert!(validate(Step::Who, &Typed::from_pairs(&pairs(&long)), Lang::Nl, &mut answers).is_err());
        assert_eq!(answers, Answers::default());
    }

    #[test]
    fn steps_know_their_neighbours() {
        assert_eq!(Step::Who.next(), Some(Step::Address));
        assert_eq!(Step::Inform.next(), None);
        assert_eq!(Step::Who.previous(), None);
        assert_eq!(Step::Date.previous(), Some(Step::Address));
        assert_eq!(Step::from_slug("nieuw-adres"), Some(Step::Address));
    }
}
