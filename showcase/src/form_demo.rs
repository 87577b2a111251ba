//! A real form built only from Eenheid components: it posts with a plain `<form method="post">`,
//! the server validates with `eenheid::validation`, and on a problem the page comes back with the
//! error summary, inline errors and *every value the user gave* — text, textarea, select, radios,
//! checkboxes, each date part. With JavaScript on, the same happens; the islands only enhance.

use eenheid::form::button::Button;
use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::{Choice, ChoiceItem};
use eenheid::form::date_input::{DateInput, DateValue, part_id};
use eenheid::form::error_summary::ErrorSummary;
use eenheid::form::radios::Radios;
use eenheid::form::select::{Select, SelectOption};
use eenheid::form::text_input::{InputWidth, TextInput};
use eenheid::form::textarea::Textarea;
use eenheid::i18n::{Lang, Text};
use eenheid::validation::{self, DatePart, FormErrors, Problem};
use leptos::prelude::*;

use crate::texts;

/// Where the form lives (GET shows it, POST checks it).
pub const PATH: &str = "/patronen/formulier";

/// The form's field ids (and names), declared once: the view, the parser and the errors use them.
mod field {
    pub const NAAM: &str = "naam";
    pub const POSTCODE: &str = "postcode";
    pub const PROVINCIE: &str = "provincie";
    pub const WIE: &str = "wie";
    pub const CONTACT_EMAIL: &str = "contact-email";
    pub const MELDEN: &str = "melden";
    pub const DATUM: &str = "datum";
    pub const TOELICHTING: &str = "toelichting";
}

/// Most characters a text answer may have; longer posts get a clear error, not a crash.
const MAX_TEXT: usize = 500;

/// What the user sent. Kept as typed, so it can be shown again exactly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub naam: String,
    pub postcode: String,
    pub provincie: String,
    pub wie: String,
    pub contact_email: String,
    pub melden: Vec<String>,
    pub datum: DateValue,
    pub toelichting: String,
}

impl Answers {
    /// Reads an `application/x-www-form-urlencoded` body; unknown fields are ignored, repeated
    /// checkbox fields are collected.
    pub fn from_form(body: &[u8]) -> Answers {
        let mut answers = Answers::default();
        for (key, value) in form_urlencoded::parse(body) {
            let value = value.into_owned();
            let key = key.as_ref();
            match key {
                field::NAAM => answers.naam = value,
                field::POSTCODE => answers.postcode = value,
                field::PROVINCIE => answers.provincie = value,
                field::WIE => answers.wie = value,
                field::CONTACT_EMAIL => answers.contact_email = value,
                field::MELDEN => answers.melden.push(value),
                field::TOELICHTING => answers.toelichting = value,
                _ if key == part_id(field::DATUM, DatePart::Day) => answers.datum.day = value,
                _ if key == part_id(field::DATUM, DatePart::Month) => answers.datum.month = value,
                _ if key == part_id(field::DATUM, DatePart::Year) => answers.datum.year = value,
                _ => {}
            }
        }
        answers
    }
}

/// The problems, per field, in page order, and which boxes of the date are wrong.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    pub errors: FormErrors,
    pub date_parts: Vec<DatePart>,
}

impl Problems {
    /// Whether everything is fine.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Checks the answers the way an agency's handler would.
pub fn validate(answers: &Answers, lang: Lang) -> Problems {
    let message = |problem: Problem| problem.message(lang);
    let text = |value: &str, what: Text| -> Option<String> {
        validation::required(value, what.nl, what.en)
            .and_then(|value| validation::max_length(value, MAX_TEXT))
            .err()
            .map(message)
    };
    // In page order: the error summary lists them as they are added.
    let mut problems = Problems::default();
    let errors = &mut problems.errors;
    let mut add = |field: &str, message: Option<String>| {
        if let Some(message) = message {
            errors.add(field, message);
        }
    };
    add(field::NAAM, text(&answers.naam, texts::YOUR_NAME));
    add(field::POSTCODE, validation::postcode(&answers.postcode).err().map(message));
    if answers.provincie.is_empty() {
        add(field::PROVINCIE, Some(texts::CHOOSE_A_PROVINCE.get(lang).to_owned()));
    }
    match answers.wie.as_str() {
        "email" => add(field::CONTACT_EMAIL, text(&answers.contact_email, texts::YOUR_EMAIL_ADDRESS)),
        "post" => {}
        _ => add(field::WIE, Some(texts::CHOOSE_HOW_TO_HEAR.get(lang).to_owned())),
    }
    let melden = if answers.melden.is_empty() {
        Some(texts::CHOOSE_WHO_WE_TELL.get(lang))
    } else if answers.melden.iter().any(|m| m == "geen") && answers.melden.len() > 1 {
        Some(texts::NONE_OF_THESE_ALONE.get(lang))
    } else if answers.melden.len() > 3 || answers.melden.iter().any(|m| !["belastingdienst", "duo", "uwv", "geen"].contains(&m.as_str())) {
        Some(texts::CHOOSE_FROM_THE_LIST.get(lang))
    } else {
        None
    };
    add(field::MELDEN, melden.map(str::to_owned));
    let mut date_parts = Vec::new();
    if let Err((problem, parts)) = validation::date(&answers.datum.day, &answers.datum.month, &answers.datum.year) {
        // The summary links to the first wrong box.
        let target = part_id(field::DATUM, parts.first().copied().unwrap_or(DatePart::Day));
        errors.add_at(field::DATUM, target, message(problem));
        date_parts = parts;
    }
    if let Err(problem) = validation::max_length(&answers.toelichting, MAX_TEXT) {
        errors.add(field::TOELICHTING, message(problem));
    }
    problems.date_parts = date_parts;
    problems
}

/// The form, filled with `answers`, with `problems` shown.
pub fn form(answers: Answers, problems: Problems) -> impl IntoView {
    let errors = problems.errors;
    view! {
        <ErrorSummary errors=errors.links() />
        <h1>"Uw verhuizing"</h1>
        <p>"Een voorbeeldformulier. Het werkt ook zonder JavaScript: de server controleert de antwoorden."</p>
        <form method="post" action=PATH novalidate>
            <TextInput id=field::NAAM label="Wat is uw naam?" autocomplete="name" spellcheck=false
                value=answers.naam error=errors.get(field::NAAM) />
            <TextInput id=field::POSTCODE label="Wat is uw nieuwe postcode?" hint="Bijvoorbeeld 1234 AB"
                width=InputWidth::Chars7 autocomplete="postal-code" spellcheck=false
                value=answers.postcode error=errors.get(field::POSTCODE) />
            <Select id=field::PROVINCIE label="In welke provincie gaat u wonen?" selected=answers.provincie
                error=errors.get(field::PROVINCIE) options=vec![
                    SelectOption::new("", "Kies een provincie"),
                    SelectOption::new("groningen", "Groningen"),
                    SelectOption::new("utrecht", "Utrecht"),
                    SelectOption::new("zeeland", "Zeeland"),
                ] />
            <Radios id=field::WIE legend="Hoe wilt u bericht krijgen?" selected=answers.wie error=errors.get(field::WIE) items=vec![
                Choice::new("email", "Per e-mail").conditional({
                    let (value, error) = (answers.contact_email.clone(), errors.get(field::CONTACT_EMAIL));
                    move || view! {
                        <TextInput id=field::CONTACT_EMAIL label="E-mailadres" autocomplete="email" spellcheck=false
                            value=value.clone() error=error.clone() />
                    }
                }).into(),
                Choice::new("post", "Per post").into(),
            ] />
            <Checkboxes id=field::MELDEN legend="Aan wie geven we uw nieuwe adres door?" hint="Kies alles wat voor u geldt."
                selected=answers.melden error=errors.get(field::MELDEN) items=vec![
                    Choice::new("belastingdienst", "Belastingdienst").into(),
                    Choice::new("duo", "Dienst Uitvoering Onderwijs (DUO)").into(),
                    Choice::new("uwv", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)").into(),
                    ChoiceItem::Divider,
                    Choice::new("geen", "Geen van deze").exclusive().into(),
                ] />
            <DateInput id=field::DATUM legend="Wanneer verhuist u?" hint="Bijvoorbeeld 27 3 2026" value=answers.datum
                error=errors.get(field::DATUM) error_parts=problems.date_parts />
            <Textarea id=field::TOELICHTING label="Wilt u nog iets vertellen? (niet verplicht)"
                value=answers.toelichting error=errors.get(field::TOELICHTING) />
            <Button>"Versturen"</Button>
        </form>
    }
}

/// The page after a successful post.
pub fn done(answers: &Answers) -> impl IntoView + use<> {
    let name = answers.naam.trim().to_owned();
    view! {
        <h1>"Gelukt"</h1>
        <p>{format!("Bedankt, {name}. We hebben uw verhuizing ontvangen.")}</p>
        <p><a href=PATH>"Nog een keer invullen"</a></p>
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> Answers {
        Answers::from_form(
            b"naam=Ada&postcode=1234+ab&provincie=utrecht&wie=email&contact-email=ada%40example.nl\
              &melden=duo&melden=uwv&datum-dag=1&datum-maand=2&datum-jaar=2027&toelichting=",
        )
    }

    #[test]
    fn a_complete_form_has_no_problems() {
        let answers = filled();
        assert_eq!(answers.melden, vec!["duo", "uwv"]);
        assert!(validate(&answers, Lang::Nl).is_empty(), "{:?}", validate(&answers, Lang::Nl));
    }

    #[test]
    fn problems_link_to_the_first_wrong_input_in_page_order() {
        let mut answers = filled();
        answers.postcode = "12".into();
        answers.datum.month = String::new();
        answers.melden = vec!["geen".into(), "duo".into()];
        let links = validate(&answers, Lang::Nl).errors.links();
        let ids: Vec<&str> = links.iter().map(|l| l.field_id.as_str()).collect();
        assert_eq!(ids, ["postcode", "melden", "datum-maand"]);
    }

    #[test]
    fn oversized_answers_get_an_error_not_a_crash() {
        let mut answers = filled();
        answers.naam = "x".repeat(1_000_000);
        answers.melden = (0..10_000).map(|i| i.to_string()).collect();
        let problems = validate(&answers, Lang::En);
        assert_eq!(problems.errors.get("naam").as_deref(), Some("Use 500 characters or fewer"));
        assert!(problems.errors.get("melden").is_some());
    }
}
