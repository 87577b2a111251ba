//! The journey's pages, built only from Eenheid components, in the visitor's language. Every page
//! has the agency's name, the language switch, the "Hulp nodig?" block (the page template's
//! default) and, on question pages, a back link, the step indicator and until when the answers
//! are kept.

use eenheid::content::panel::Panel;
use eenheid::content::summary_list::{SummaryList, SummaryRow};
use eenheid::form::address_input::AddressInput;
use eenheid::form::button::{Button, ButtonVariant};
use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::{Choice, ChoiceItem};
use eenheid::form::date_input::{DateInput, DateValue};
use eenheid::form::error_summary::ErrorSummary;
use eenheid::form::radios::Radios;
use eenheid::form::text_input::{InputMode, InputWidth, TextInput};
use eenheid::form::textarea::Textarea;
use eenheid::i18n::Lang;
use eenheid::page::back_link::BackLink;
use eenheid::page::footer::FooterLink;
use eenheid::page::language_switch::LanguageSwitch;
use eenheid::page::notification_banner::{NotificationBanner, NotificationKind};
use eenheid::page::help_block::HelpInfo;
use eenheid::page::page_template::{HelpSetting, PageLayout, PageTemplate};
use eenheid::patterns::call_back::{CallBackConfirmation, CallBackForm, CallBackRequest, CallBackTyped};
use eenheid::patterns::save_and_continue::{ContinueWithCode, SaveForLaterButton, SavedCode, SendCodeByEmail};
use eenheid::reference_code::ReferenceCode;
use eenheid::page::session_timeout::SessionTimeout;
use eenheid::progress::status_timeline::{Date, EventState, StatusTimeline, TimelineEvent};
use eenheid::progress::step_indicator::{Step as IndicatorStep, StepIndicator};
use leptos::config::LeptosOptions;
use leptos::prelude::*;

use crate::texts::journey as texts;

use super::answers::{Answers, Submitted};
use super::steps::{NONE, ORGANISATIONS, Problems, Step, Typed, field};
use super::{AGAIN_PATH, BASE, CALLBACK_PATH, CHANGE_QUERY, CONTINUE_PATH, EXTEND_PATH, SAVED_PATH, csrf};

/// The organisation behind the example service.
pub const AGENCY: &str = crate::routes::JOURNEY_AGENCY;

/// The service's name.
pub fn service(lang: Lang) -> &'static str {
    crate::routes::journey_service(lang)
}

/// The message after a lost, changed or expired session.
pub fn lost_message(lang: Lang) -> &'static str {
    texts::ANSWERS_NOT_KEPT.get(lang)
}

/// What every journey page needs besides its content.
pub struct Frame {
    /// The visitor's language.
    pub lang: Lang,
    /// The page title (the template adds service and agency).
    pub title: String,
    /// This page's path and query, for the language switch.
    pub path: String,
    /// Where the back link goes (none on the start and confirmation pages).
    pub back: Option<String>,
    /// Two thirds wide: question and check pages.
    pub narrow: bool,
}

/// `content` in the page template of the example service.
pub fn frame(options: LeptosOptions, frame: Frame, content: impl IntoView + 'static) -> impl IntoView {
    frame_with_help(options, frame, None, content)
}

/// [`frame`], with the visitor's saved code in the help block (for the helpdesk on the phone).
pub fn frame_with_help(_options: LeptosOptions, frame: Frame, code: Option<ReferenceCode>, content: impl IntoView + 'static) -> impl IntoView {
    let Frame { lang, title, path, back, narrow } = frame;
    let switch = crate::lang::switch_options(&path);
    // The general government help, the way to ask for a call back (not on that page itself),
    // and the saved code when there is one.
    let mut help = HelpInfo::government(lang);
    if path != CALLBACK_PATH {
        help = help.callback(CALLBACK_PATH);
    }
    if let Some(code) = code {
        help = help.saved_code(code);
    }
    let help = HelpSetting::Custom(help);
    view! {
        <PageTemplate
            title=title
            agency=AGENCY
            lang=lang
            service=service(lang)
            service_href=BASE
            stylesheet_href=eenheid::style::stylesheet_href("/static")
            layout=if narrow { PageLayout::Narrow } else { PageLayout::Full }
            help=help
            footer_links=vec![
                FooterLink::new(crate::texts::ALL_EENHEID_COMPONENTS.get(lang), "/"),
                FooterLink::new(service(lang), BASE),
            ]
            header_actions=move || view! { <LanguageSwitch options=switch /> }
            before_main=move || back.map(|href| view! { <BackLink href=href /> })
        >
            {content}
        </PageTemplate>
    }
}

/// The start page. `lost`: the visitor's earlier answers are gone (say so first).
pub fn start(lang: Lang, lost: bool) -> impl IntoView + use<> {
    let first = Step::Who.path();
    view! {
        {lost.then(|| view! {
            <NotificationBanner id="melding" kind=NotificationKind::Info>
                <p>{lost_message(lang)}</p>
            </NotificationBanner>
        })}
        <h1>{service(lang)}</h1>
        <p>{texts::START_INTRO.get(lang)}</p>
        <p>{texts::YOU_NEED.get(lang)}</p>
        <ul>
            <li>{texts::NEED_POSTCODE.get(lang)}</li>
            <li>{texts::NEED_MOVING_DATE.get(lang)}</li>
            <li>{texts::NEED_NAMES.get(lang)}</li>
        </ul>
        <p>{texts::TAKES_FIVE_MINUTES.get(lang)}</p>
        <Button variant=ButtonVariant::Start href=first>{texts::START_NOW.get(lang)}</Button>
        <p>{texts::SAVED_BEFORE.get(lang)}
            <a href=CONTINUE_PATH>{texts::CONTINUE_WITH_YOUR_CODE.get(lang)}</a></p>
    }
}

/// The step indicator: the four questions and the check page; done steps link back.
fn progress(lang: Lang, current: usize, answers: &Answers) -> impl IntoView + use<> {
    let mut steps: Vec<IndicatorStep> = Step::ALL
        .into_iter()
        .map(|step| {
            if step.is_answered(answers) {
                IndicatorStep::with_link(step.label(lang), step.path())
            } else {
                IndicatorStep::new(step.label(lang))
            }
        })
        .collect();
    steps.push(IndicatorStep::new(texts::STEP_CHECK.get(lang)));
    view! { <StepIndicator id="voortgang" steps=steps current=current /> }
}

/// The id of a question page's form: without JavaScript "Langer bewaren" submits it.
pub const QUESTION_FORM: &str = "vraag";

/// Until when the answers are kept, and a button to keep them longer: without JavaScript it posts
/// `page_form` (what was typed goes along) or, on a page without fields, a plain form; with
/// JavaScript a warning and a background post (eenheid's `SessionTimeout`). `return_to` is the
/// page to come back to.
fn kept_until(expires_ms: u64, token: String, return_to: String, page_form: Option<&'static str>) -> impl IntoView {
    let seconds_left = (expires_ms.saturating_sub(super::clock::now_ms()) / 1000) as u32;
    view! {
        <SessionTimeout id="bewaren" until=super::clock::clock_time(expires_ms) seconds_left=seconds_left
            extend_href=EXTEND_PATH hidden_fields=vec![(csrf::FIELD.to_owned(), token), ("terug".to_owned(), return_to)]
            page_form=page_form.map(str::to_owned) />
    }
}

/// Everything a question page shows.
pub struct QuestionPage {
    /// Which question.
    pub step: Step,
    /// What is in the fields (typed, or saved).
    pub typed: Typed,
    /// What is wrong (empty on a fresh page).
    pub problems: Problems,
    /// The saved answers (for the step indicator's links).
    pub answers: Answers,
    /// The CSRF token of this session.
    pub token: String,
    /// When the answers are gone (Unix milliseconds), unless the visitor keeps them longer.
    pub expires_ms: u64,
    /// Came from the check page: save returns there.
    pub changing: bool,
    /// The page is back after "Langer bewaren" without JavaScript: say so.
    pub kept_longer: bool,
}

/// The form action of a step (with the change marker when changing).
pub fn action(step: Step, changing: bool) -> String {
    if changing { format!("{}?{CHANGE_QUERY}", step.path()) } else { step.path() }
}

/// A question page's content.
pub fn question(lang: Lang, page: QuestionPage) -> impl IntoView + use<> {
    let QuestionPage { step, typed, problems, answers, token, expires_ms, changing, kept_longer } = page;
    let form_action = action(step, changing);
    let fields = match step {
        Step::Who => {
            let (count, names) = (typed.aantal.clone(), typed.namen.clone());
            let (count_error, names_error) = (problems.errors.get(field::AANTAL), problems.errors.get(field::NAMEN));
            view! {
                <Radios id=field::WIE legend=step.question(lang) legend_is_page_heading=true selected=typed.wie.clone()
                    error=problems.errors.get(field::WIE) items=vec![
                        Choice::new("alleen", texts::JUST_ME.get(lang)).into(),
                        Choice::new("met-anderen", texts::ME_AND_OTHERS.get(lang)).conditional(move || view! {
                            <TextInput id=field::AANTAL label=texts::HOW_MANY_PEOPLE.get(lang)
                                width=InputWidth::Chars2 inputmode=InputMode::Numeric value=count.clone() error=count_error.clone() />
                            <Textarea id=field::NAMEN label=texts::THEIR_NAMES_QUESTION.get(lang)
                                hint=texts::NAME_PER_LINE.get(lang)
                                value=names.clone() error=names_error.clone() />
                        }).into(),
                    ] />
            }
            .into_any()
        }
        Step::Address => view! {
            <AddressInput id=field::ADRES legend=step.question(lang) legend_is_page_heading=true value=typed.adres.clone()
                error=problems.errors.get(field::ADRES) error_parts=problems.address_parts.clone() />
        }
        .into_any(),
        Step::Date => {
            let value = DateValue::new(typed.datum.day.clone(), typed.datum.month.clone(), typed.datum.year.clone());
            // The example is a date that can be reported today (the server's clock).
            let hint = texts::date_hint(lang, super::clock::add_days(super::clock::today(), 14));
            view! {
                <DateInput id=field::DATUM legend=step.question(lang) legend_is_page_heading=true
                    hint=hint value=value
                    error=problems.errors.get(field::DATUM) error_parts=problems.date_parts.clone() />
            }
            .into_any()
        }
        Step::Inform => {
            let mut items: Vec<ChoiceItem> =
                ORGANISATIONS.iter().map(|(value, name)| Choice::new(*value, name.get(lang)).into()).collect();
            items.push(ChoiceItem::Divider);
            items.push(Choice::new(NONE, texts::NONE_OF_THESE.get(lang)).exclusive().into());
            view! {
                <Checkboxes id=field::DOORGEVEN legend=step.question(lang) legend_is_page_heading=true
                    hint=texts::CHOOSE_ALL_THAT_APPLY.get(lang)
                    selected=typed.doorgeven.clone() error=problems.errors.get(field::DOORGEVEN) items=items />
            }
            .into_any()
        }
    };
    let kept = kept_longer.then(|| {
        let until = super::clock::clock_time(expires_ms);
        view! {
            <NotificationBanner id="bewaard" kind=NotificationKind::Success>
                <p>{texts::kept_until(lang, &until)}</p>
            </NotificationBanner>
        }
    });
    view! {
        {kept}
        <ErrorSummary errors=problems.errors.links() />
        {progress(lang, step.number(), &answers)}
        <form id=QUESTION_FORM method="post" action=form_action novalidate>
            {csrf::hidden_field(token.clone())}
            {fields}
            <Button>{if changing { texts::SAVE_AND_BACK_TO_CHECK.get(lang) } else { texts::CONTINUE.get(lang) }}</Button>
            <SaveForLaterButton />
        </form>
        {kept_until(expires_ms, token, action(step, changing), Some(QUESTION_FORM))}
    }
}

/// "1 februari 2027".
pub fn long_date(lang: Lang, day: &str, month: &str, year: &str) -> String {
    match (day.parse::<u8>(), month.parse::<u8>(), year.parse::<u16>()) {
        (Ok(d), Ok(m), Ok(y)) if (1..=12).contains(&m) => Date::new(y, m, d).format(lang),
        _ => format!("{day}-{month}-{year}"),
    }
}

/// The answers as summary rows, each with a change link that returns to the check page.
pub fn summary_rows(lang: Lang, answers: &Answers) -> Vec<SummaryRow> {
    let change = |step: Step| format!("{}?{CHANGE_QUERY}", step.path());
    let mut rows = Vec::new();
    if let Some(who) = &answers.who {
        let lines: Vec<String> = if who.choice == "alleen" {
            vec![texts::JUST_ME.get(lang).to_owned()]
        } else {
            let mut lines = vec![texts::me_and_others(lang, &who.count)];
            lines.extend(who.names.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned));
            lines
        };
        rows.push(SummaryRow::lines(texts::WHO_IS_MOVING.get(lang), lines)
            .change(change(Step::Who), texts::CHANGE_WHO.get(lang)));
    }
    if let Some(address) = &answers.address {
        let number = format!("{} {}", address.house_number, address.addition).trim().to_owned();
        rows.push(SummaryRow::lines(texts::NEW_ADDRESS.get(lang), [
            format!("{}: {}", texts::POSTCODE.get(lang), address.postcode),
            format!("{}: {number}", texts::HOUSE_NUMBER.get(lang)),
        ])
        .change(change(Step::Address), texts::CHANGE_ADDRESS.get(lang)));
    }
    if let Some(date) = &answers.date {
        rows.push(SummaryRow::new(texts::MOVING_DATE.get(lang), long_date(lang, &date.day, &date.month, &date.year))
            .change(change(Step::Date), texts::CHANGE_MOVING_DATE.get(lang)));
    }
    if let Some(inform) = &answers.inform {
        let lines: Vec<String> = if inform.iter().any(|v| v == NONE) {
            vec![texts::NO_ONE.get(lang).to_owned()]
        } else {
            ORGANISATIONS.iter().filter(|(v, _)| inform.iter().any(|i| i == v)).map(|(_, name)| name.get(lang).to_owned()).collect()
        };
        rows.push(SummaryRow::lines(texts::PASS_ON_TO.get(lang), lines)
            .change(change(Step::Inform), texts::CHANGE_PASS_ON_TO.get(lang)));
    }
    rows
}

/// The check page's content.
pub fn check(lang: Lang, answers: &Answers, token: String, expires_ms: u64) -> impl IntoView + use<> {
    let rows = summary_rows(lang, answers);
    let path = format!("{BASE}/controleren");
    view! {
        {progress(lang, Step::ALL.len() + 1, answers)}
        <h1>{texts::CHECK_YOUR_ANSWERS.get(lang)}</h1>
        <SummaryList id="antwoorden" rows=rows />
        <h2>{texts::SEND_YOUR_MOVE.get(lang)}</h2>
        <p>{texts::SENDING_CONFIRMS.get(lang)}</p>
        <form method="post" action=path.clone() novalidate>
            {csrf::hidden_field(token.clone())}
            <Button prevent_double_click=true>{texts::SEND.get(lang)}</Button>
        </form>
        {kept_until(expires_ms, token, path, None)}
    }
}

/// The confirmation page's content.
pub fn confirmation(lang: Lang, submitted: &Submitted, token: String) -> impl IntoView + use<> {
    view! {
        <Panel title=texts::MOVE_REPORTED.get(lang) reference=submitted.reference.clone() />
        <h2>{texts::WHAT_HAPPENS_NEXT.get(lang)}</h2>
        <p>{texts::WE_CHECK_YOUR_ADDRESS.get(lang)}</p>
        <p>{texts::QUOTE_YOUR_REFERENCE.get(lang)}</p>
        <p><a href=format!("{BASE}/status")>{texts::SEE_WHERE_YOUR_MOVE_IS.get(lang)}</a></p>
        <form method="post" action=AGAIN_PATH>
            {csrf::hidden_field(token)}
            <Button variant=ButtonVariant::Secondary>{texts::REPORT_ANOTHER_MOVE.get(lang)}</Button>
        </form>
    }
}

/// The status page's content.
pub fn status(lang: Lang, answers: &Answers, submitted: &Submitted) -> impl IntoView + use<> {
    let ((year, month, day), _, _) = super::clock::amsterdam(submitted.at_ms);
    let received = Date::new(year as u16, month as u8, day as u8);
    let (ey, em, ed) = super::clock::civil_from_days(super::clock::days_from_civil(year, month, day) + 7);
    let expected = Date::new(ey as u16, em as u8, ed as u8);
    let mut events = vec![
        TimelineEvent::new(texts::MOVE_RECEIVED.get(lang), EventState::Done).date(received),
        TimelineEvent::new(texts::CHECKING_YOUR_ADDRESS.get(lang), EventState::Quiet { weeks: 1 })
            .date(received)
            .organisation(AGENCY),
        TimelineEvent::new(texts::ADDRESS_REGISTERED.get(lang), EventState::Expected)
            .date(expected)
            .description(texts::YOU_GET_A_LETTER.get(lang)),
    ];
    let informed: Vec<&str> = ORGANISATIONS
        .iter()
        .filter(|(v, _)| answers.inform.as_ref().is_some_and(|i| i.iter().any(|x| x == v)))
        .map(|(_, name)| name.get(lang))
        .collect();
    if !informed.is_empty() {
        events.push(
            TimelineEvent::new(texts::ADDRESS_PASSED_ON.get(lang), EventState::Expected)
                .date(expected)
                .description(informed.join(", ")),
        );
    }
    view! {
        <h1>{texts::WHERE_IS_YOUR_MOVE.get(lang)}</h1>
        <p>{texts::reference_number(lang, &submitted.reference)}</p>
        <StatusTimeline id="status" events=events heading=texts::STEPS.get(lang) />
    }
}

/// The page for a refused post (no or wrong form token).
pub fn forbidden(lang: Lang) -> impl IntoView + use<> {
    view! {
        <h1>{texts::FORM_NOT_ACCEPTED.get(lang)}</h1>
        <p>{texts::FORM_NOT_FROM_HERE.get(lang)}</p>
        <p>{texts::TRY_AGAIN_WITH_COOKIES.get(lang)}</p>
        <p><a href=BASE>{texts::TO_THE_START.get(lang)}</a></p>
    }
}

/// The e-mail form on the saved page: as typed, what is wrong, or where the code went.
#[derive(Clone, Debug, Default)]
pub struct EmailForm {
    /// What was typed.
    pub value: String,
    /// What is wrong with it.
    pub error: Option<String>,
    /// The address the code was sent to.
    pub sent_to: Option<String>,
}

/// Everything the saved page shows.
pub struct SavedPage {
    /// The code.
    pub code: ReferenceCode,
    /// The last day it works.
    pub last_day: (i32, u32, u32),
    /// Where to go on in this browser.
    pub resume: String,
    /// The CSRF token.
    pub token: String,
    /// The e-mail form.
    pub email: EmailForm,
}

/// The page after "Opslaan en later verder".
pub fn saved(lang: Lang, page: SavedPage) -> impl IntoView + use<> {
    let SavedPage { code, last_day: (year, month, day), resume, token, email } = page;
    let errors = email.error.iter().map(|message| eenheid::form::error_summary::ErrorLink::new("e-mail", message.clone())).collect::<Vec<_>>();
    let sent_note = email.sent_to.is_some().then(|| view! {
        <p>{texts::NO_REAL_EMAIL.get(lang)}</p>
    });
    view! {
        <ErrorSummary errors=errors />
        <SavedCode id="opgeslagen" code=code valid_until=Date::new(year as u16, month as u8, day as u8) />
        <h2>{texts::HOW_TO_CONTINUE.get(lang)}</h2>
        <p>{texts::WRITE_DOWN_THE_CODE.get(lang)}<a href=CONTINUE_PATH>{texts::CONTINUE_WITH_A_CODE.get(lang)}</a>{texts::ENTER_THE_CODE_THERE.get(lang)}</p>
        <p><a href=resume>{texts::CONTINUE_NOW.get(lang)}</a></p>
        <h2>{texts::CODE_BY_EMAIL.get(lang)}</h2>
        <SendCodeByEmail action=SAVED_PATH hidden_fields=vec![(csrf::FIELD.to_owned(), token)]
            value=email.value error=email.error sent_to=email.sent_to />
        {sent_note}
    }
}

/// The "Verder met een code" page; `error` after a wrong code.
pub fn continue_with_code(lang: Lang, token: String, typed: String, error: Option<String>) -> impl IntoView + use<> {
    let errors = error.iter().map(|message| eenheid::form::error_summary::ErrorLink::new("code", message.clone())).collect::<Vec<_>>();
    view! {
        <ErrorSummary errors=errors />
        <ContinueWithCode action=CONTINUE_PATH hidden_fields=vec![(csrf::FIELD.to_owned(), token)] value=typed error=error />
        <p>{texts::NO_CODE.get(lang)}<a href=BASE>{texts::START_AGAIN.get(lang)}</a></p>
    }
}

/// "Bel mij terug": the form, with what was typed and what is wrong.
pub fn call_back_form(token: String, typed: CallBackTyped, errors: eenheid::validation::FormErrors) -> impl IntoView + use<> {
    view! { <CallBackForm action=CALLBACK_PATH hidden_fields=vec![(csrf::FIELD.to_owned(), token)] typed=typed errors=errors /> }
}

/// After a call-back request: what was asked and what happens now.
pub fn call_back_done(request: CallBackRequest) -> impl IntoView + use<> {
    view! { <CallBackConfirmation request=request /> }
}
