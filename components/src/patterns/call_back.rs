//! "Bel mij terug": a request to be called back by a person (R7, R9). Someone who is stuck
//! halfway through a form, or cannot make sense of a letter, leaves a name, a phone number, the
//! best time of day and the question; an employee calls back. A plain form: it posts without
//! JavaScript, the server checks it with [`CallBackTyped::check`] like every other form, and
//! what was typed comes back unchanged with the errors.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::content::panel::Panel;
use crate::content::summary_list::{SummaryList, SummaryRow};
use crate::examples::Example;
use crate::form::button::Button;
use crate::form::character_count::CharacterCount;
use crate::form::choice::{Choice, ChoiceItem};
use crate::form::error_summary::ErrorSummary;
use crate::form::phone_input::PhoneInput;
use crate::form::radios::Radios;
use crate::form::text_input::TextInput;
use crate::i18n::{
    CALL_BACK_BUTTON, CALL_BACK_DONE, CALL_BACK_HOURS, CALL_BACK_LEAD, CALL_BACK_NAME, CALL_BACK_NEXT, CALL_BACK_NEXT_TEXT,
    CALL_BACK_PHONE_HINT, CALL_BACK_QUESTION, CALL_BACK_QUESTION_HINT, CALL_BACK_TIME, CALL_BACK_TIME_KEY, CALL_BACK_TITLE, Lang, use_lang,
};
use crate::style::component_sheet::ComponentSheet;
use crate::validation::{self, FormErrors, Problem};

/// The form's field names, which are also the ids: the form, [`CallBackTyped::from_fields`] and
/// the errors use these, so they cannot drift apart.
pub mod field {
    /// The name.
    pub const NAME: &str = "naam";
    /// The phone number.
    pub const PHONE: &str = "telefoonnummer";
    /// The best time of day.
    pub const TIME: &str = "belmoment";
    /// The question.
    pub const QUESTION: &str = "vraag";
}

/// The most characters a question may have: enough for a few sentences, the call does the rest.
pub const QUESTION_MAX: usize = 500;
/// The most characters a name may have.
pub const NAME_MAX: usize = 100;

/// When the visitor would rather be called.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CallTime {
    /// In the morning.
    Morning,
    /// In the afternoon.
    Afternoon,
    /// Any time the helpdesk calls.
    AnyTime,
}

impl CallTime {
    /// Every choice, in the order of the form.
    pub const ALL: [CallTime; 3] = [CallTime::Morning, CallTime::Afternoon, CallTime::AnyTime];

    /// The value the form posts.
    pub fn value(self) -> &'static str {
        match self {
            CallTime::Morning => "ochtend",
            CallTime::Afternoon => "middag",
            CallTime::AnyTime => "maakt-niet-uit",
        }
    }

    /// Reads a posted value.
    pub fn from_value(value: &str) -> Option<CallTime> {
        CallTime::ALL.into_iter().find(|time| time.value() == value)
    }

    /// The choice as the form and the confirmation say it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CallTime::Morning => lang.pick("In de ochtend", "In the morning"),
            CallTime::Afternoon => lang.pick("In de middag", "In the afternoon"),
            CallTime::AnyTime => lang.pick("Dat maakt niet uit", "Any time"),
        }
    }
}

/// The form as it was typed: shown again, unchanged, when something is wrong.
///
/// ```
/// use eenheid::i18n::Lang;
/// use eenheid::patterns::call_back::{CallBackTyped, CallTime};
/// let typed = CallBackTyped::from_fields([("naam", " Ada de Vries "), ("telefoonnummer", "06-1234 5678"),
///     ("belmoment", "ochtend"), ("vraag", "Mijn verhuizing staat nog niet in de BRP.")]);
/// let request = typed.check(Lang::Nl).unwrap();
/// assert_eq!((request.name.as_str(), request.phone.as_str(), request.time), ("Ada de Vries", "0612345678", CallTime::Morning));
///
/// let errors = CallBackTyped::default().check(Lang::Nl).unwrap_err();
/// assert_eq!(errors.get("belmoment").as_deref(), Some("Kies wanneer wij u het beste kunnen bellen"));
/// assert_eq!(errors.iter().count(), 4);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallBackTyped {
    /// The name, as typed.
    pub name: String,
    /// The phone number, as typed.
    pub phone: String,
    /// The posted value of the chosen time (empty: none chosen).
    pub time: String,
    /// The question, as typed.
    pub question: String,
}

impl CallBackTyped {
    /// Reads the posted fields (see [`field`]); other fields (a CSRF token) are left alone.
    pub fn from_fields<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut typed = CallBackTyped::default();
        for (name, value) in fields {
            let slot = match name {
                field::NAME => &mut typed.name,
                field::PHONE => &mut typed.phone,
                field::TIME => &mut typed.time,
                field::QUESTION => &mut typed.question,
                _ => continue,
            };
            *slot = value.to_owned();
        }
        typed
    }

    /// The checked request, or every error in the order of the form.
    pub fn check(&self, lang: Lang) -> Result<CallBackRequest, FormErrors> {
        let mut errors = FormErrors::default();
        let mut report = |id: &str, problem: Problem| errors.add(id, problem.message(lang));
        let name = validation::required(&self.name, "uw naam", "your name").and_then(|name| validation::max_length(name, NAME_MAX));
        let phone = validation::required(&self.phone, "uw telefoonnummer", "your phone number").and_then(validation::phone);
        let time = CallTime::from_value(&self.time).ok_or_else(|| {
            Problem::not_chosen("wanneer wij u het beste kunnen bellen", "when we can best call you")
        });
        let question =
            validation::required(&self.question, "uw vraag", "your question").and_then(|question| validation::max_length(question, QUESTION_MAX));
        let (name, phone, time, question) = (
            name.map_err(|problem| report(field::NAME, problem)),
            phone.map_err(|problem| report(field::PHONE, problem)),
            time.map_err(|problem| report(field::TIME, problem)),
            question.map_err(|problem| report(field::QUESTION, problem)),
        );
        match (name, phone, time, question) {
            (Ok(name), Ok(phone), Ok(time), Ok(question)) => {
                Ok(CallBackRequest { name: name.to_owned(), phone, time, question: question.to_owned() })
            }
            _ => Err(errors),
        }
    }
}

/// A checked request: what goes into the helpdesk's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallBackRequest {
    /// The name, trimmed.
    pub name: String,
    /// The phone number as [`validation::phone`] gives it: digits, perhaps after a `+`.
    pub phone: String,
    /// The best time of day.
    pub time: CallTime,
    /// The question, trimmed.
    pub question: String,
}

/// The call-back form: the error summary (when something is wrong), a heading, what happens, and
/// four questions: name, phone number, best time of day, the question.
///
/// ```
/// use eenheid::patterns::call_back::{CallBackForm, CallBackTyped};
/// use eenheid::i18n::Lang;
/// use leptos::prelude::*;
/// let html = view! { <CallBackForm action="/terugbellen" /> }.to_html();
/// assert!(html.contains(r#"autocomplete="name""#) && html.contains(r#"autocomplete="tel""#));
/// assert!(html.contains(r#"name="belmoment""#) && !html.contains("maxlength"), "typing past the limit stays possible");
///
/// let typed = CallBackTyped { phone: "06-12".into(), ..CallBackTyped::default() };
/// let errors = typed.check(Lang::Nl).unwrap_err();
/// let html = view! { <CallBackForm action="/terugbellen" typed=typed errors=errors /> }.to_html();
/// assert!(html.contains("Er is een probleem") && html.contains(r#"value="06-12""#));
/// assert!(html.contains(r#"aria-describedby="telefoonnummer-hint telefoonnummer-error""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als mensen een vraag hebben die ze liever aan een mens stellen, en uw organisatie kan
///   terugbellen. Link ernaar vanuit het hulpblok ("Laat u terugbellen").
/// - Halverwege een formulier: zet dan ook de code van "Opslaan en later verder" in het hulpblok,
///   zodat de medewerker dezelfde antwoorden ziet.
///
/// # Wanneer niet gebruiken
///
/// - Niet in plaats van een telefoonnummer: laat het nummer en de openingstijden ook zien.
/// - Vraag niet meer dan dit. Een burgerservicenummer of adres vraagt de medewerker aan de
///   telefoon, als dat nodig is.
///
/// # Toegankelijkheid
///
/// Elk veld heeft een label en een uitleg; fouten staan in het foutenoverzicht bovenaan en bij het
/// veld, gekoppeld met `aria-describedby`. Naam en telefoonnummer vult de browser in
/// (`autocomplete`). De vraag telt de tekens mee, maar typen na de grens kan: dan komt een
/// melding.
///
/// # When to use
///
/// - When people have a question they would rather ask a person, and your organisation can call
///   back. Link to it from the help block ("Ask us to call you").
/// - Halfway through a form: also put the "Save and continue later" code in the help block, so
///   the employee sees the same answers.
///
/// # When not to use
///
/// - Not instead of a phone number: show the number and the opening hours too.
/// - Do not ask for more than this. The employee asks for a citizen service number or an address
///   on the phone, when needed.
///
/// # Accessibility
///
/// Every field has a label and a hint; errors are in the error summary at the top and at the
/// field, linked with `aria-describedby`. The browser fills in name and phone number
/// (`autocomplete`). The question counts its characters, but typing past the limit is possible:
/// a message says so.
#[component]
pub fn CallBackForm(
    /// Where the form posts.
    #[prop(into)]
    action: String,
    /// Hidden fields sent along (the CSRF token).
    #[prop(optional)]
    hidden_fields: Vec<(String, String)>,
    /// What was typed (after an error).
    #[prop(optional)]
    typed: CallBackTyped,
    /// What is wrong, from [`CallBackTyped::check`].
    #[prop(optional)]
    errors: FormErrors,
    /// When the helpdesk calls, as a hint to the time question (the built-in text says: on
    /// working days). Give your own hours: "Wij bellen op werkdagen tussen 9.00 en 17.00 uur."
    #[prop(optional, into)]
    call_hours: MaybeProp<String>,
    /// The sentence under the heading; the built-in one says what to leave and that a person
    /// calls back.
    #[prop(optional, into)]
    lead: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let times: Vec<ChoiceItem> = CallTime::ALL.into_iter().map(|time| Choice::new(time.value(), time.label(lang)).into()).collect();
    let hours = call_hours.get_untracked().unwrap_or_else(|| CALL_BACK_HOURS.get(lang).to_owned());
    let lead = lead.get_untracked().unwrap_or_else(|| CALL_BACK_LEAD.get(lang).to_owned());
    let CallBackTyped { name, phone, time, question } = typed;
    let selected = (!time.is_empty()).then_some(time);
    view! {
        {(!errors.is_empty()).then(|| view! { <ErrorSummary errors=errors.links() /> })}
        <h1>{CALL_BACK_TITLE.get(lang)}</h1>
        <p>{lead}</p>
        <form method="post" action=crate::url::safe_href(&action) novalidate>
            {hidden_fields.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()}
            <TextInput id=field::NAME label=CALL_BACK_NAME.get(lang) autocomplete="name" spellcheck=false value=name error=errors.get(field::NAME) />
            <PhoneInput id=field::PHONE hint=CALL_BACK_PHONE_HINT.get(lang) value=phone error=errors.get(field::PHONE) />
            <Radios id=field::TIME legend=CALL_BACK_TIME.get(lang) hint=hours items=times selected=selected error=errors.get(field::TIME) />
            <CharacterCount id=field::QUESTION label=CALL_BACK_QUESTION.get(lang) hint=CALL_BACK_QUESTION_HINT.get(lang)
                max=QUESTION_MAX value=question error=errors.get(field::QUESTION) />
            <Button>{CALL_BACK_BUTTON.get(lang)}</Button>
        </form>
    }
}

/// After the request: a panel that says it arrived, what was asked, and what happens now.
///
/// ```
/// use eenheid::patterns::call_back::{CallBackConfirmation, CallBackRequest, CallTime};
/// use leptos::prelude::*;
/// let request = CallBackRequest { name: "Ada de Vries".into(), phone: "0612345678".into(),
///     time: CallTime::Afternoon, question: "Waar blijft mijn paspoort?".into() };
/// let html = view! { <CallBackConfirmation request=request /> }.to_html();
/// assert!(html.contains("Wij bellen u terug") && html.contains("0612345678") && html.contains("In de middag"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Direct na een verzoek om terug te bellen.
///
/// # Wanneer niet gebruiken
///
/// - Beloof geen tijd die uw organisatie niet haalt: geef uw eigen tekst met `next`.
///
/// # Toegankelijkheid
///
/// De kop staat in het paneel; het telefoonnummer en de vraag staan eronder, zodat iemand ziet of
/// het nummer klopt.
///
/// # When to use
///
/// - Right after a call-back request.
///
/// # When not to use
///
/// - Do not promise a time your organisation does not keep: give your own text with `next`.
///
/// # Accessibility
///
/// The heading is in the panel; the phone number and the question follow, so people can see
/// whether the number is right.
#[component]
pub fn CallBackConfirmation(
    /// The request as it was checked.
    request: CallBackRequest,
    /// What happens now; the built-in text says a person calls back at the time asked for.
    #[prop(optional, into)]
    next: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let next = next.get_untracked().unwrap_or_else(|| CALL_BACK_NEXT_TEXT.get(lang).to_owned());
    let rows = vec![
        SummaryRow::new(CALL_BACK_NAME.get(lang), request.name),
        SummaryRow::new(lang.pick("Telefoonnummer", "Phone number"), request.phone),
        SummaryRow::new(CALL_BACK_TIME_KEY.get(lang), request.time.label(lang)),
        SummaryRow::new(CALL_BACK_QUESTION.get(lang), request.question),
    ];
    view! {
        <Panel title=CALL_BACK_DONE.get(lang) />
        <SummaryList rows=rows />
        <h2>{CALL_BACK_NEXT.get(lang)}</h2>
        <p>{next}</p>
    }
}

/// The examples of the call-back request.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "formulier",
        title: "Bel mij terug",
        description: "Naam, telefoonnummer, wanneer we het beste kunnen bellen en de vraag. Een gewoon formulier dat zonder JavaScript werkt.",
        view: view! { <CallBackForm action="#terugbellen" /> }
    },
    crate::example! {
        name: "met-fouten",
        title: "Bel mij terug, met fouten",
        description: "Een telefoonnummer met te weinig cijfers, geen tijd gekozen en een lege vraag: de fouten staan bovenaan en bij de velden, en wat al was ingevuld blijft staan.",
        view: {
            let typed = CallBackTyped { name: "Ada de Vries".into(), phone: "06-1234".into(), ..CallBackTyped::default() };
            let errors = typed.check(Lang::Nl).unwrap_err();
            view! { <CallBackForm action="#terugbellen" typed=typed errors=errors /> }
        }
    },
    crate::example! {
        name: "verstuurd",
        title: "Verzoek ontvangen",
        description: "Na het versturen: wat is gevraagd, zodat iemand ziet of het nummer klopt, en wat er nu gebeurt.",
        view: view! {
            <CallBackConfirmation request=CallBackRequest { name: "Ada de Vries".into(), phone: "0612345678".into(),
                time: CallTime::Morning, question: "Ik ben halverwege mijn verhuizing doorgeven en weet niet welke datum ik moet invullen.".into() } />
        }
    },
];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "call-back",
    title: "Bel mij terug",
    title_en: "Call me back",
    family: crate::examples::Family::Pattern,
    summary: "Vragen om teruggebeld te worden: naam, telefoonnummer, wanneer het u uitkomt en uw vraag.",
    summary_en: "Ask to be called back: name, phone number, when it suits you and your question.",
    components: &["CallBackForm", "CallBackConfirmation"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
