//! A real form built only from Eenheid components: it posts with a plain `<form method="post">`,
//! the server validates with `eenheid::validation`, and on a problem the page comes back with the
//! error summary, inline errors and *every value the user gave* — text, textarea, select, radios,
//! checkboxes, each date part. With JavaScript on, the same happens; the islands only enhance.

use eenheid::form::button::Button;
use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::{Choice, ChoiceItem};
use eenheid::form::date_input::{DateInput, DateValue, part_id};
use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
use eenheid::form::radios::Radios;
use eenheid::form::select::{Select, SelectOption};
use eenheid::form::text_input::{InputWidth, TextInput};
use eenheid::form::textarea::Textarea;
use eenheid::i18n::Lang;
use eenheid::validation::{self, DatePart, Problem};
use leptos::prelude::*;

/// Where the form lives (GET shows it, POST checks it).
pub const PATH: &str = "/patronen/formulier";

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
            match key.as_ref() {
                "naam" => answers.naam = value,
                "postcode" => answers.postcode = value,
                "provincie" => answers.provincie = value,
                "wie" => answers.wie = value,
                "contact-email" => answers.contact_email = value,
                "melden" => answers.melden.push(value),
                "datum-dag" => answers.datum.day = value,
                "datum-maand" => answers.datum.month = value,
                "datum-jaar" => answers.datum.year = value,
                "toelichting" => answers.toelichting = value,
                _ => {}
            }
        }
        answers
    }
}

/// The problems, per field, in page order: (id of the input to link to, message).
#[derive(Clone, Debug, Default)]
pub struct Problems {
    pub naam: Option<String>,
    pub postcode: Option<String>,
    pub provincie: Option<String>,
    pub wie: Option<String>,
    pub contact_email: Option<String>,
    pub melden: Option<String>,
    pub datum: Option<(String, Vec<DatePart>)>,
    pub toelichting: Option<String>,
}

impl Problems {
    /// Error-summary links, in the order of the fields on the page.
    pub fn links(&self) -> Vec<ErrorLink> {
        let date_link = self.datum.as_ref().map(|(message, parts)| {
            (part_id("datum", parts.first().copied().unwrap_or(DatePart::Day)), message.clone())
        });
        [
            self.naam.clone().map(|m| ("naam".to_owned(), m)),
            self.postcode.clone().map(|m| ("postcode".to_owned(), m)),
            self.provincie.clone().map(|m| ("provincie".to_owned(), m)),
            self.wie.clone().map(|m| ("wie".to_owned(), m)),
            self.contact_email.clone().map(|m| ("contact-email".to_owned(), m)),
            self.melden.clone().map(|m| ("melden".to_owned(), m)),
            date_link,
            self.toelichting.clone().map(|m| ("toelichting".to_owned(), m)),
        ]
        .into_iter()
        .flatten()
        .map(|(id, message)| ErrorLink::new(id, message))
        .collect()
    }

    /// Whether everything is fine.
    pub fn is_empty(&self) -> bool {
        self.links().is_empty()
    }
}

/// Checks the answers the way an agency's handler would.
pub fn validate(answers: &Answers, lang: Lang) -> Problems {
    let message = |problem: Problem| problem.message(lang);
    let text = |value: &str, what_nl: &str, what_en: &str| -> Option<String> {
        validation::required(value, what_nl, what_en)
            .and_then(|value| validation::max_length(value, MAX_TEXT))
            .err()
            .map(message)
    };
    let mut problems = Problems {
        naam: text(&answers.naam, "uw naam", "your name"),
        postcode: validation::postcode(&answers.postcode).err().map(message),
        ..Problems::default()
    };
    if answers.provincie.is_empty() {
        problems.provincie = Some(lang.pick("Kies een provincie", "Choose a province").to_owned());
    }
    match answers.wie.as_str() {
        "email" => problems.contact_email = text(&answers.contact_email, "uw e-mailadres", "your email address"),
        "post" => {}
        _ => problems.wie = Some(lang.pick("Kies hoe u bericht wilt krijgen", "Choose how you want to hear from us").to_owned()),
    }
    if answers.melden.is_empty() {
        problems.melden = Some(lang.pick("Kies aan wie we het doorgeven, of kies 'Geen van deze'", "Choose who we tell, or choose 'None of these'").to_owned());
    } else if answers.melden.iter().any(|m| m == "geen") && answers.melden.len() > 1 {
        problems.melden = Some(lang.pick("Kies 'Geen van deze' alleen als u niets anders kiest", "Only choose 'None of these' on its own").to_owned());
    } else if answers.melden.len() > 3 || answers.melden.iter().any(|m| !["belastingdienst", "duo", "uwv", "geen"].contains(&m.as_str())) {
        problems.melden = Some(lang.pick("Kies uit de lijst", "Choose from the list").to_owned());
    }
    if let Err((problem, parts)) = validation::date(&answers.datum.day, &answers.datum.month, &answers.datum.year) {
        problems.datum = Some((message(problem), parts));
    }
    if let Err(problem) = validation::max_length(&answers.toelichting, MAX_TEXT) {
        problems.toelichting = Some(message(problem));
    }
    problems
}

/// The form, filled with `answers`, with `problems` shown.
pub fn form(answers: Answers, problems: Problems) -> impl IntoView {
    let datum_error = problems.datum.clone();
    view! {
        <ErrorSummary errors=problems.links() />
        <h1>"Uw verhuizing"</h1>
        <p>"Een voorbeeldformulier. Het werkt ook zonder JavaScript: de server controleert de antwoorden."</p>
        <form method="post" action=PATH novalidate>
            <TextInput id="naam" label="Wat is uw naam?" autocomplete="name" spellcheck=false
                value=answers.naam error=problems.naam />
            <TextInput id="postcode" label="Wat is uw nieuwe postcode?" hint="Bijvoorbeeld 1234 AB"
                width=InputWidth::Chars7 autocomplete="postal-code" spellcheck=false
                value=answers.postcode error=problems.postcode />
            <Select id="provincie" label="In welke provincie gaat u wonen?" selected=answers.provincie
                error=problems.provincie options=vec![
                    SelectOption::new("", "Kies een provincie"),
                    SelectOption::new("groningen", "Groningen"),
                    SelectOption::new("utrecht", "Utrecht"),
                    SelectOption::new("zeeland", "Zeeland"),
                ] />
            <Radios id="wie" legend="Hoe wilt u bericht krijgen?" selected=answers.wie error=problems.wie items=vec![
                Choice::new("email", "Per e-mail").conditional({
                    let (value, error) = (answers.contact_email.clone(), problems.contact_email.clone());
                    move || view! {
                        <TextInput id="contact-email" label="E-mailadres" autocomplete="email" spellcheck=false
                            value=value.clone() error=error.clone() />
                    }
                }).into(),
                Choice::new("post", "Per post").into(),
            ] />
            <Checkboxes id="melden" legend="Aan wie geven we uw nieuwe adres door?" hint="Kies alles wat voor u geldt."
                selected=answers.melden error=problems.melden items=vec![
                    Choice::new("belastingdienst", "Belastingdienst").into(),
                    Choice::new("duo", "Dienst Uitvoering Onderwijs (DUO)").into(),
                    Choice::new("uwv", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)").into(),
                    ChoiceItem::Divider,
                    Choice::new("geen", "Geen van deze").exclusive().into(),
                ] />
            <DateInput id="datum" legend="Wanneer verhuist u?" hint="Bijvoorbeeld 27 3 2026" value=answers.datum
                error=datum_error.as_ref().map(|(message, _)| message.clone())
                error_parts=datum_error.map(|(_, parts)| parts).unwrap_or_default() />
            <Textarea id="toelichting" label="Wilt u nog iets vertellen? (niet verplicht)"
                value=answers.toelichting error=problems.toelichting />
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
        let links = validate(&answers, Lang::Nl).links();
        let ids: Vec<&str> = links.iter().map(|l| l.field_id.as_str()).collect();
        assert_eq!(ids, ["postcode", "melden", "datum-maand"]);
    }

    #[test]
    fn oversized_answers_get_an_error_not_a_crash() {
        let mut answers = filled();
        answers.naam = "x".repeat(1_000_000);
        answers.melden = (0..10_000).map(|i| i.to_string()).collect();
        let problems = validate(&answers, Lang::En);
        assert_eq!(problems.naam.as_deref(), Some("Use 500 characters or fewer"));
        assert!(problems.melden.is_some());
    }
}
