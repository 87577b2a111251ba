//! The choice guide (keuzehulp): a few yes/no or multiple-choice questions, one per page, that end
//! on a result page saying which services apply and why, with a link to change every answer (R13).
//!
//! It works without JavaScript and without a server-side store: every page is a plain GET (the
//! answers so far are in the address), every answer a POST of one form that carries the other
//! answers in hidden fields; the service checks it and answers with a 303 to the next page
//! (Post/Redirect/Get). So Back (the back link, which carries every answer) loses nothing, a result
//! can be bookmarked, and a question opened halfway without the earlier answers sends the visitor
//! to the first unanswered one.
//!
//! The answers are advice input, not data anyone acts on: [`GuideAnswers::read`] keeps only known
//! questions with one of their own options, so a changed address can only change the visitor's own
//! advice. Ask nothing sensitive in a guide (the answers end up in the browser's history); a
//! question that is, belongs in a service with a session.

use leptos::prelude::*;

use crate::content::summary_list::{SummaryList, SummaryRow};
use crate::examples::Example;
use crate::form::button::Button;
use crate::form::choice::Choice;
use crate::form::error_summary::{ErrorLink, ErrorSummary};
use crate::form::radios::Radios;
use crate::i18n::{
    GUIDE_APPLIES, GUIDE_NEXT, GUIDE_NOTHING, GUIDE_SHOW_RESULT, GUIDE_START_AGAIN, GUIDE_WHY, GUIDE_YOUR_ANSWERS,
    guide_question_of, life_event_where, use_lang,
};
use crate::style::component_sheet::ComponentSheet;

/// The last part of the result page's path: `{base}/uitkomst`.
pub const RESULT_SLUG: &str = "uitkomst";
/// The query marker of a change link: after the answer, back to the result.
pub const CHANGE_MARKER: &str = "terug=uitkomst";

/// One answer a question offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideOption {
    /// The value in the address and the form (lower case, `a-z`, digits and `-`).
    pub value: String,
    /// What people choose, in plain words.
    pub label: String,
}

/// One question of the guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideQuestion {
    /// The field name and the last part of the question's path (`{base}/{key}`).
    pub key: String,
    /// The question ("Huurt u uw nieuwe woning?").
    pub question: String,
    /// Extra help under the question.
    pub hint: Option<String>,
    /// The answers, two for yes/no.
    pub options: Vec<GuideOption>,
    /// What to do when nothing was chosen ("Kies of u uw nieuwe woning huurt").
    pub error: String,
}

impl GuideQuestion {
    /// A question with its options as (value, label) and the message for "nothing chosen".
    pub fn new(key: impl Into<String>, question: impl Into<String>, options: &[(&str, &str)], error: impl Into<String>) -> Self {
        GuideQuestion {
            key: key.into(),
            question: question.into(),
            hint: None,
            options: options.iter().map(|(value, label)| GuideOption { value: (*value).into(), label: (*label).into() }).collect(),
            error: error.into(),
        }
    }

    /// Extra help under the question.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The label of the option `value`.
    pub fn label_of(&self, value: &str) -> Option<&str> {
        self.options.iter().find(|option| option.value == value).map(|option| option.label.as_str())
    }
}

/// The answers so far, in question order: only known questions, each with one of its own options.
///
/// ```
/// use eenheid::patterns::choice_guide::{GuideAnswers, GuideQuestion};
/// let questions = [
///     GuideQuestion::new("huur", "Huurt u?", &[("ja", "Ja"), ("nee", "Nee")], "Kies ja of nee"),
///     GuideQuestion::new("kinderen", "Kinderen?", &[("ja", "Ja"), ("nee", "Nee")], "Kies ja of nee"),
/// ];
/// let pairs = [("kinderen".to_owned(), "ja".to_owned()), ("huur".to_owned(), "misschien".to_owned()), ("x".to_owned(), "y".to_owned())];
/// let answers = GuideAnswers::read(&questions, &pairs);
/// assert_eq!(answers.query(), "kinderen=ja");
/// assert_eq!(answers.first_unanswered(&questions), Some(0), "an unknown value is no answer");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuideAnswers(Vec<(String, String)>);

impl GuideAnswers {
    /// The answers in `pairs` (a query string or a form, decoded): the first valid value of each
    /// question, in question order; anything else is left out.
    pub fn read(questions: &[GuideQuestion], pairs: &[(String, String)]) -> Self {
        GuideAnswers(
            questions
                .iter()
                .filter_map(|question| {
                    pairs
                        .iter()
                        .filter(|(key, _)| *key == question.key)
                        .find(|(_, value)| question.label_of(value).is_some())
                        .map(|(key, value)| (key.clone(), value.clone()))
                })
                .collect(),
        )
    }

    /// The answer to question `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// The index of the first question without an answer (`None`: all answered).
    pub fn first_unanswered(&self, questions: &[GuideQuestion]) -> Option<usize> {
        questions.iter().position(|question| self.get(&question.key).is_none())
    }

    /// The answers without question `key` (for the hidden fields of that question's form).
    pub fn without(&self, key: &str) -> GuideAnswers {
        GuideAnswers(self.0.iter().filter(|(k, _)| k != key).cloned().collect())
    }

    /// The answers as a query string (`huur=ja&kinderen=nee`), percent-encoded.
    pub fn query(&self) -> String {
        self.0.iter().map(|(key, value)| [encode(key), encode(value)].join("=")).collect::<Vec<_>>().join("&")
    }

    /// The path of page `slug` (a question's key or [`RESULT_SLUG`]) under `base`, with every
    /// answer; `changing` adds [`CHANGE_MARKER`].
    pub fn href(&self, base: &str, slug: &str, changing: bool) -> String {
        let query = self.query();
        let marker = if changing { CHANGE_MARKER } else { "" };
        let joined = [query.as_str(), marker].iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join("&");
        if joined.is_empty() { format!("{base}/{slug}") } else { format!("{base}/{slug}?{joined}") }
    }

    /// The answers as (key, value) pairs, in question order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }
}

/// Percent-encodes everything but `A-Z a-z 0-9 - _ . ~`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A service that applies, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideOutcome {
    /// The service ("Huurtoeslag aanpassen").
    pub title: String,
    /// Where it is arranged; without it the title is plain text.
    pub href: Option<String>,
    /// The organisation ("Dienst Toeslagen").
    pub organisation: String,
    /// Why it applies, in terms of the answers ("U gaat huren.").
    pub why: String,
}

impl GuideOutcome {
    /// A service at `href`, at `organisation`, that applies because of `why`.
    pub fn new(title: impl Into<String>, href: impl Into<String>, organisation: impl Into<String>, why: impl Into<String>) -> Self {
        GuideOutcome { title: title.into(), href: Some(href.into()), organisation: organisation.into(), why: why.into() }
    }
}

/// One question page of a choice guide: "Vraag 2 van 3", the question as the page heading
/// (radios), the other answers in hidden fields, and a button. The form posts to `{base}/{key}`
/// (with [`CHANGE_MARKER`] when `changing`); the service answers with a 303 to the next page, or
/// shows this page again with `error`.
///
/// # Panics
/// In debug builds, when `number` is 0 or more than `total`, or the question has no options.
///
/// ```
/// use eenheid::patterns::choice_guide::{ChoiceGuideQuestion, GuideAnswers, GuideQuestion};
/// use leptos::prelude::*;
/// let questions = vec![
///     GuideQuestion::new("waar", "Waar gaat u wonen?", &[("nl", "In Nederland"), ("buitenland", "In het buitenland")], "Kies waar u gaat wonen"),
///     GuideQuestion::new("huur", "Huurt u uw nieuwe woning?", &[("ja", "Ja"), ("nee", "Nee")], "Kies of u gaat huren"),
/// ];
/// let answers = GuideAnswers::read(&questions, &[("waar".into(), "nl".into())]);
/// let html = eenheid::render::render_html(|| view! {
///     <ChoiceGuideQuestion base="/keuzehulp" question=questions[1].clone() number=2 total=2 answers=answers error=true />
/// });
/// assert!(html.contains(r#"<form method="post" action="/keuzehulp/huur" novalidate"#));
/// assert!(html.contains(r#"<input type="hidden" name="waar" value="nl""#));
/// assert!(html.contains("Vraag 2 van 2") && html.contains("Kies of u gaat huren"));
/// assert!(html.contains(">Bekijk wat voor u geldt<"), "the last question leads to the result");
/// ```
///
/// # Wanneer gebruiken
///
/// - Als mensen niet weten welke diensten voor hen gelden, en een paar vragen dat duidelijk maken.
/// - Stel zo weinig vragen als kan: drie tot vijf, elk met ja/nee of een paar keuzes.
///
/// # Wanneer niet gebruiken
///
/// - Niet om een aanvraag te doen: de uitkomst is advies, geen besluit.
/// - Niet met vragen over gevoelige gegevens: de antwoorden staan in het webadres.
///
/// # Toegankelijkheid
///
/// Eén vraag per pagina, met de vraag als kop (de `legend` is de `h1`) en "Vraag 2 van 3" erboven.
/// Zonder keuze komt de pagina terug met een foutenoverzicht en "Fout:" in de titel. De
/// terug-link neemt alle antwoorden mee, dus terug gaat er niets verloren. Werkt zonder JavaScript.
///
/// # When to use
///
/// - When people do not know which services apply to them, and a few questions make that clear.
/// - Ask as few questions as you can: three to five, each yes/no or a few choices.
///
/// # When not to use
///
/// - Not to apply for something: the result is advice, not a decision.
/// - Not with questions about sensitive data: the answers are in the web address.
///
/// # Accessibility
///
/// One question per page, with the question as the heading (the `legend` is the `h1`) and
/// "Question 2 of 3" above it. Without a choice the page comes back with an error summary and
/// "Error:" in the title. The back link carries every answer, so nothing is lost going back. Works
/// without JavaScript.
#[component]
pub fn ChoiceGuideQuestion(
    /// The guide's path: questions are at `{base}/{key}`, the result at `{base}/uitkomst`.
    #[prop(into)]
    base: String,
    /// The question on this page.
    question: GuideQuestion,
    /// Its place, from 1.
    number: usize,
    /// How many questions the guide has.
    total: usize,
    /// Every answer so far (the one to this question is the choice shown as chosen; the others go
    /// into hidden fields).
    #[prop(optional)]
    answers: GuideAnswers,
    /// Came from the result page: the answer goes back there.
    #[prop(optional)]
    changing: bool,
    /// The page came back because nothing was chosen: show the question's error.
    #[prop(optional)]
    error: bool,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!((1..=total).contains(&number), "Eenheid ChoiceGuideQuestion {:?}: question {number} of {total}", question.key);
    debug_assert!(!question.options.is_empty(), "Eenheid ChoiceGuideQuestion {:?}: no options", question.key);
    // The other answers travel in the hidden fields, not in the action: the form is the one source.
    let action = crate::url::safe_href(&GuideAnswers::default().href(&base, &question.key, changing));
    let selected = answers.get(&question.key).map(str::to_owned);
    let hidden = answers
        .without(&question.key)
        .pairs()
        .iter()
        .map(|(name, value)| view! { <input type="hidden" name=name.clone() value=value.clone() /> })
        .collect_view();
    let error_text = error.then(|| question.error.clone());
    let summary = error_text.clone().map(|text| view! { <ErrorSummary errors=vec![ErrorLink::new(question.key.clone(), text)] /> });
    let button = if number == total || changing { GUIDE_SHOW_RESULT.get(lang) } else { GUIDE_NEXT.get(lang) };
    let inline = question.options.len() == 2;
    let items = question.options.iter().map(|option| Choice::new(option.value.clone(), option.label.clone()).into()).collect();
    view! {
        {summary}
        <p>{guide_question_of(lang, number, total)}</p>
        <form method="post" action=action novalidate>
            {hidden}
            <Radios id=question.key.clone() legend=question.question.clone() legend_is_page_heading=true
                hint=question.hint.clone() error=error_text selected=selected inline=inline items=items />
            <Button>{button}</Button>
        </form>
    }
}

/// The result of a choice guide: which services apply and why, every answer with a "Wijzigen"
/// link back to its question, and a link to start again.
///
/// Only answered questions get a row: a service sends a visitor with a missing answer to the first
/// unanswered question instead of showing a result.
///
/// ```
/// use eenheid::patterns::choice_guide::{ChoiceGuideResult, GuideAnswers, GuideOutcome, GuideQuestion};
/// use leptos::prelude::*;
/// let questions = vec![GuideQuestion::new("huur", "Huurt u uw nieuwe woning?", &[("ja", "Ja"), ("nee", "Nee")], "Kies ja of nee")];
/// let answers = GuideAnswers::read(&questions, &[("huur".into(), "ja".into())]);
/// let html = eenheid::render::render_html(|| view! {
///     <ChoiceGuideResult base="/keuzehulp" title="Dit moet u regelen" questions=questions answers=answers
///         outcomes=vec![GuideOutcome::new("Huurtoeslag aanpassen", "/huurtoeslag", "Dienst Toeslagen", "U gaat huren.")] />
/// });
/// assert!(html.contains("Waarom:") && html.contains("U gaat huren."));
/// assert!(html.contains(r#"href="/keuzehulp/huur?huur=ja&amp;terug=uitkomst""#), "{html}");
/// ```
#[component]
pub fn ChoiceGuideResult(
    /// The guide's path (as for [`ChoiceGuideQuestion`]).
    #[prop(into)]
    base: String,
    /// The page heading ("Dit moet u regelen als u verhuist").
    #[prop(into)]
    title: String,
    /// The questions, in order.
    questions: Vec<GuideQuestion>,
    /// Every answer.
    answers: GuideAnswers,
    /// The services that apply, in the order to arrange them; empty: nothing to arrange.
    outcomes: Vec<GuideOutcome>,
) -> impl IntoView {
    let lang = use_lang();
    let outcomes = if outcomes.is_empty() {
        view! { <p>{GUIDE_NOTHING.get(lang)}</p> }.into_any()
    } else {
        let items = outcomes
            .into_iter()
            .map(|outcome| {
                let title = match outcome.href {
                    Some(href) => view! { <a href=crate::url::safe_href_owned(href)>{outcome.title}</a> }.into_any(),
                    None => outcome.title.into_any(),
                };
                view! {
                    <h3>{title}</h3>
                    <p>{GUIDE_WHY.get(lang)}" "{outcome.why}</p>
                    <p>{life_event_where(lang, &outcome.organisation)}</p>
                }
            })
            .collect_view();
        view! { <h2>{GUIDE_APPLIES.get(lang)}</h2>{items} }.into_any()
    };
    let rows: Vec<SummaryRow> = questions
        .iter()
        .filter_map(|question| {
            let label = question.label_of(answers.get(&question.key)?)?;
            Some(SummaryRow::new(question.question.clone(), label).change(answers.href(&base, &question.key, true), question.question.clone()))
        })
        .collect();
    let first = questions.first().map(|question| format!("{base}/{}", question.key)).unwrap_or_else(|| base.clone());
    view! {
        <h1>{title}</h1>
        {outcomes}
        <h2>{GUIDE_YOUR_ANSWERS.get(lang)}</h2>
        {(!rows.is_empty()).then(|| view! { <SummaryList id="antwoorden" rows=rows /> })}
        <p><a href=crate::url::safe_href_owned(first)>{GUIDE_START_AGAIN.get(lang)}</a></p>
    }
}

/// The guide of the examples: moving house.
#[doc(hidden)]
pub fn example_questions() -> Vec<GuideQuestion> {
    vec![
        GuideQuestion::new(
            "waar",
            "Waar gaat u wonen?",
            &[("zelfde-gemeente", "In dezelfde gemeente"), ("andere-gemeente", "In een andere gemeente in Nederland"), ("buitenland", "In het buitenland")],
            "Kies waar u gaat wonen",
        ),
        GuideQuestion::new("huur", "Gaat u huren?", &[("ja", "Ja"), ("nee", "Nee")], "Kies of u gaat huren"),
    ]
}

/// The choice guide's examples: a question, a question with its error, and the result.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "vraag",
        title: "Een vraag",
        description: "Vraag 2 van 2: de vraag is de kop. Het antwoord op de eerste vraag gaat mee in een verborgen veld.",
        view: view! {
            <ChoiceGuideQuestion base="#keuzehulp" question=example_questions()[1].clone() number=2 total=2
                answers=GuideAnswers::read(&example_questions(), &[("waar".into(), "andere-gemeente".into())]) />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Niets gekozen",
        description: "Zonder keuze komt de vraag terug met een foutenoverzicht, en met \u{201c}Fout:\u{201d} vooraan in de titel van de pagina.",
        view: view! {
            <ChoiceGuideQuestion base="#keuzehulp" question=example_questions()[0].clone() number=1 total=2 error=true />
        }
    },
    crate::example! {
        name: "uitkomst",
        title: "Uitkomst",
        description: "Welke diensten voor u gelden en waarom, met elk antwoord en een link om het te wijzigen.",
        view: view! {
            <ChoiceGuideResult base="#keuzehulp" title="Dit moet u regelen als u verhuist" questions=example_questions()
                answers=GuideAnswers::read(&example_questions(), &[("waar".into(), "andere-gemeente".into()), ("huur".into(), "ja".into())])
                outcomes=vec![
                    GuideOutcome::new("Uw verhuizing doorgeven", "#verhuizing-doorgeven", "uw nieuwe gemeente",
                        "U verhuist naar een andere gemeente. Uw nieuwe gemeente schrijft u in."),
                    GuideOutcome::new("Huurtoeslag aanpassen", "#huurtoeslag", "Dienst Toeslagen",
                        "U gaat huren. Uw huur en uw adres bepalen hoeveel huurtoeslag u krijgt."),
                ] />
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn answers_keep_question_order_and_drop_the_unknown() {
        let questions = example_questions();
        let answers = GuideAnswers::read(&questions, &pairs(&[("huur", "ja"), ("waar", "<script>"), ("waar", "buitenland"), ("waar", "zelfde-gemeente")]));
        assert_eq!(answers.query(), "waar=buitenland&huur=ja", "first valid value, question order");
        assert_eq!(answers.first_unanswered(&questions), None);
        assert_eq!(answers.href("/k", "huur", true), "/k/huur?waar=buitenland&huur=ja&terug=uitkomst");
        assert_eq!(GuideAnswers::default().href("/k", "waar", false), "/k/waar");
        assert_eq!(encode("a b&c=ä"), "a%20b%26c%3D%C3%A4");
    }

    #[test]
    fn a_question_carries_the_other_answers_and_shows_its_own() {
        let questions = example_questions();
        let answers = GuideAnswers::read(&questions, &pairs(&[("waar", "buitenland"), ("huur", "nee")]));
        let html = crate::render::render_html(|| view! {
            <ChoiceGuideQuestion base="/k" question=questions[0].clone() number=1 total=2 answers=answers changing=true />
        });
        assert!(html.contains(r#"action="/k/waar?terug=uitkomst""#), "{html}");
        assert!(html.contains(r#"name="huur" value="nee""#), "later answers are kept: {html}");
        assert!(!html.contains(r#"type="hidden" name="waar""#), "its own answer is the radio, not a hidden field: {html}");
        assert!(html.contains(r#"value="buitenland" checked"#), "{html}");
        assert!(!html.contains("eh-error-summary"), "{html}");
    }

    #[test]
    fn nothing_applies_is_said_in_words() {
        let questions = example_questions();
        let answers = GuideAnswers::read(&questions, &pairs(&[("waar", "zelfde-gemeente"), ("huur", "nee")]));
        let html = crate::render::render_html(|| view! {
            <ChoiceGuideResult base="/k" title="Uitkomst" questions=questions answers=answers outcomes=vec![] />
        });
        assert!(html.contains("hoeft u niets te regelen"), "{html}");
        assert!(html.contains("Wijzigen"), "{html}");
    }
}

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "choice-guide",
    title: "Keuzehulp",
    title_en: "Choice guide",
    family: crate::examples::Family::Pattern,
    summary: "Een paar vragen, één per pagina, en dan welke diensten voor u gelden en waarom; elk antwoord is te wijzigen.",
    summary_en: "A few questions, one per page, then which services apply to you and why; every answer can be changed.",
    components: &["ChoiceGuideQuestion", "ChoiceGuideResult"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
