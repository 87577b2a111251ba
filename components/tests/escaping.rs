//! Every text and URL prop of every form control is escaped: XSS vectors, mixed with random text,
//! go into each prop; the HTML is parsed with an HTML5 parser and must contain no element, event
//! attribute or URL scheme that the input brought in.

use eenheid::form::button::{Button, ButtonVariant};
use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::Choice;
use eenheid::form::date_input::{DateInput, DateValue};
use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
use eenheid::form::radios::Radios;
use eenheid::form::select::{Select, SelectOption};
use eenheid::form::text_input::TextInput;
use eenheid::form::textarea::Textarea;
use eenheid::render::render_html;
use leptos::prelude::*;
use proptest::prelude::*;
use scraper::Html;

const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "\" autofocus onfocus=\"alert(1)",
    "<!--<script>-->",
    "\u{202e}<iframe src=javascript:alert(1)>",
    "&lt;script&gt;",
];

fn payload() -> impl Strategy<Value = String> {
    (proptest::sample::select(VECTORS), "[a-zA-Z <>\"'=&/]{0,12}").prop_map(|(vector, noise)| format!("{noise}{vector}{noise}"))
}

/// Eenheid's own `<script type="module" src="/pkg/eenheid.js">` (an enhanced component brings it),
/// exactly: nothing else may carry a `src`.
fn is_enhancement_loader(element: &scraper::node::Element) -> bool {
    let mut attributes: Vec<(&str, &str)> = element.attrs().collect();
    attributes.sort();
    element.name() == "script" && attributes == [("src", "/pkg/eenheid.js"), ("type", "module")]
}

/// Eenheid's own decorative icon (`Icon`, which the start button, pagination, step indicator and
/// warning text draw their marks with), exactly: an `<svg class="eh-icon …">` with the icon's fixed
/// attributes and nothing else. Its `<path>` children are not on the forbidden list.
fn is_eenheid_icon(element: &scraper::node::Element) -> bool {
    let mut attributes: Vec<(&str, &str)> = element.attrs().collect();
    attributes.sort();
    let class = element.attr("class").unwrap_or_default();
    element.name() == "svg"
        && ["eh-icon eh-icon--text", "eh-icon eh-icon--m", "eh-icon eh-icon--l"].contains(&class)
        && attributes
            == [
                ("aria-hidden", "true"),
                ("class", class),
                ("fill", "none"),
                ("focusable", "false"),
                ("stroke", "currentColor"),
                ("stroke-linecap", "round"),
                ("stroke-linejoin", "round"),
                ("stroke-width", "2.25"),
                ("viewBox", "0 0 24 24"),
            ]
}

/// No element, event handler or dangerous URL that the markup does not have by itself.
fn assert_inert(html: &str) {
    let doc = Html::parse_document(html);
    for node in doc.tree.nodes() {
        if let Some(element) = node.value().as_element() {
            let name = element.name();
            if is_enhancement_loader(element) || is_eenheid_icon(element) {
                continue;
            }
            assert!(!matches!(name, "script" | "img" | "svg" | "iframe" | "object" | "embed"), "injected <{name}> in:\n{html}");
            for (attribute, value) in element.attrs() {
                assert!(!attribute.starts_with("on"), "injected {attribute}= in:\n{html}");
                assert!(attribute != "autofocus" && attribute != "src", "injected {attribute} in:\n{html}");
                if matches!(attribute, "href" | "action" | "formaction") {
                    let scheme = value.trim().to_ascii_lowercase();
                    assert!(!scheme.starts_with("javascript:") && !scheme.starts_with("data:"), "unsafe {attribute}={value:?}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn text_controls_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        assert_inert(&render_html(|| view! { <TextInput id="x" label=a.clone() hint=b.clone() error=c.clone() value=d.clone() autocomplete=a.clone() /> }));
        assert_inert(&render_html(|| view! { <TextInput id="x" name=a.clone() label=b.clone() label_is_page_heading=true /> }));
        assert_inert(&render_html(|| view! { <Textarea id="x" label=a.clone() hint=b.clone() error=c.clone() value=d.clone() /> }));
        assert_inert(&render_html(|| view! {
            <Select id="x" label=a.clone() hint=b.clone() error=c.clone() selected=d.clone()
                options=vec![SelectOption::new(d.clone(), a.clone()), SelectOption::new(b.clone(), c.clone())] />
        }));
    }

    #[test]
    fn choice_controls_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        let items = || vec![
            Choice::new(a.clone(), b.clone()).hint(c.clone()).into(),
            Choice::new(d.clone() + "2", a.clone()).conditional({ let c = c.clone(); move || c.clone() }).into(),
        ];
        assert_inert(&render_html(|| view! { <Radios id="x" name=a.clone() legend=b.clone() hint=c.clone() error=d.clone() selected=a.clone() items=items() /> }));
        assert_inert(&render_html(|| view! { <Checkboxes id="x" legend=b.clone() hint=c.clone() error=d.clone() selected=vec![a.clone()] items=items() legend_is_page_heading=true /> }));
        assert_inert(&render_html(|| view! {
            <DateInput id="x" name=a.clone() legend=b.clone() hint=c.clone() error=d.clone() value=DateValue::new(a.clone(), b.clone(), c.clone()) />
        }));
    }

    #[test]
    fn buttons_and_summary_escape_text_and_urls(a in payload(), b in payload()) {
        let (href, text) = (a.clone(), b.clone());
        assert_inert(&render_html(move || view! { <Button variant=ButtonVariant::Start href=href>{text}</Button> }));
        let (name, value, text) = (a.clone(), b.clone(), a.clone());
        assert_inert(&render_html(move || view! { <Button name=name value=value>{text}</Button> }));
        assert_inert(&render_html(|| view! { <ErrorSummary errors=vec![ErrorLink::new("veld", a.clone())] /> }));
    }

    #[test]
    fn save_and_continue_escapes_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::patterns::save_and_continue::{ContinueWithCode, SaveForLaterButton, SendCodeByEmail};
        let hidden = vec![(a.clone(), b.clone())];
        assert_inert(&render_html(|| view! { <ContinueWithCode action=a.clone() hidden_fields=hidden.clone() value=c.clone() error=d.clone() /> }));
        assert_inert(&render_html(|| view! { <SendCodeByEmail action=b.clone() hidden_fields=hidden.clone() value=c.clone() error=d.clone() /> }));
        assert_inert(&render_html(|| view! { <SendCodeByEmail action=b.clone() sent_to=c.clone() /> }));
        assert_inert(&render_html(|| view! { <SaveForLaterButton text=d.clone() /> }));
    }
}

// ---- Form elements, slice 2: Dutch inputs, pre-filled field, character count, password, file ----
proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn dutch_inputs_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::form::address_input::{AddressInput, AddressValue};
        use eenheid::form::bsn_input::BsnInput;
        use eenheid::form::iban_input::IbanInput;
        use eenheid::form::phone_input::PhoneInput;
        assert_inert(&render_html(|| view! {
            <AddressInput id="x" name=a.clone() legend=b.clone() hint=c.clone() error=d.clone()
                value=AddressValue::new(a.clone(), b.clone(), c.clone()) />
        }));
        assert_inert(&render_html(|| view! { <BsnInput id="x" name=a.clone() label=b.clone() hint=c.clone() error=d.clone() value=a.clone() /> }));
        assert_inert(&render_html(|| view! { <IbanInput id="x" name=a.clone() label=b.clone() hint=c.clone() error=d.clone() value=b.clone() /> }));
        assert_inert(&render_html(|| view! { <PhoneInput id="x" name=a.clone() label=b.clone() hint=c.clone() error=d.clone() value=c.clone() /> }));
    }

    #[test]
    fn enhanced_fields_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::form::character_count::CharacterCount;
        use eenheid::form::file_upload::FileUpload;
        use eenheid::form::password_input::PasswordInput;
        use eenheid::form::prefilled_field::PrefilledField;
        assert_inert(&render_html(|| view! {
            <PrefilledField id="x" name=a.clone() label=b.clone() known_value=c.clone() source=d.clone()
                hint=a.clone() error=b.clone() value=c.clone() autocomplete=d.clone() />
        }));
        assert_inert(&render_html(|| view! {
            <CharacterCount id="x" name=a.clone() label=b.clone() hint=c.clone() error=d.clone() value=a.clone() max=5 />
        }));
        assert_inert(&render_html(|| view! { <PasswordInput id="x" name=a.clone() label=b.clone() hint=c.clone() error=d.clone() /> }));
        assert_inert(&render_html(|| view! {
            <FileUpload id="x" name=a.clone() label=b.clone() hint=c.clone() error=d.clone() accept=a.clone() multiple=true />
        }));
        let (name, value, text) = (a.clone(), b.clone(), c.clone());
        assert_inert(&render_html(move || view! { <Button name=name value=value prevent_double_click=true>{text}</Button> }));
    }
}

// Progress trackers and page parts: every text and URL prop.
proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn progress_trackers_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::progress::progress_bar::{ProgressBar, ProgressText};
        use eenheid::progress::status_timeline::{Date, EventKind, EventState, StatusTimeline, TimelineEvent};
        use eenheid::progress::task_list::{Task, TaskList, TaskSection, TaskStatus};
        let sections = vec![TaskSection::new(a.clone(), vec![
            Task::new(b.clone(), TaskStatus::Completed).href(c.clone()).hint(d.clone()),
            Task::new(a.clone(), TaskStatus::CannotStartYet).href(b.clone()),
        ])];
        assert_inert(&render_html(move || view! { <TaskList id="x" sections=sections /> }));
        let events = vec![
            TimelineEvent::new(a.clone(), EventState::Done).date(Date::new(2026, 3, 1)).description(b.clone()).organisation(c.clone())
                .kind(EventKind::HandedOver { to: d.clone() }),
            TimelineEvent::new(b.clone(), EventState::Quiet { weeks: 8 }).kind(EventKind::Returned),
        ];
        let heading = c.clone();
        assert_inert(&render_html(move || view! { <StatusTimeline id="x" events=events heading=heading /> }));
        assert_inert(&render_html(|| view! { <ProgressBar id="x" label=a.clone() value=1 max=3 text=ProgressText::Count(b.clone()) /> }));
        assert_inert(&render_html(|| view! { <ProgressBar id="x" label=a.clone() value=1 text=ProgressText::Custom(c.clone()) /> }));
    }

    #[test]
    fn page_parts_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::i18n::Lang;
        use eenheid::page::acting_on_behalf::ActingOnBehalf;
        use eenheid::page::back_link::BackLink;
        use eenheid::page::breadcrumbs::{Breadcrumbs, Crumb};
        use eenheid::page::cookie_banner::CookieBanner;
        use eenheid::page::help_block::{ChatAnswerer, HelpBlock, HelpInfo, OpenStatus, PhoneHelp};
        use eenheid::page::language_switch::{LanguageOption, LanguageSwitch};
        use eenheid::page::notification_banner::NotificationBanner;
        use eenheid::page::phase_banner::PhaseBanner;
        use eenheid::page::service_navigation::{NavItem, ServiceNavigation};
        use eenheid::page::sign_in::SignIn;
        assert_inert(&render_html(|| view! { <Breadcrumbs crumbs=vec![Crumb::new(a.clone(), b.clone()), Crumb::current(c.clone())] /> }));
        assert_inert(&render_html(|| view! { <BackLink href=a.clone() text=b.clone() /> }));
        assert_inert(&render_html(|| view! { <PhaseBanner feedback_href=c.clone() /> }));
        let title = d.clone();
        assert_inert(&render_html(move || view! { <NotificationBanner id="x" title=title>"tekst"</NotificationBanner> }));
        let help = HelpInfo::new()
            .phone(PhoneHelp::new(a.clone(), b.clone()).status(OpenStatus::Closed).when_closed(c.clone()))
            .appointment(d.clone()).callback(a.clone()).chat(b.clone(), ChatAnswerer::Bot).library(c.clone());
        let heading = d.clone();
        assert_inert(&render_html(move || view! { <HelpBlock id="x" help=help heading=heading /> }));
        assert_inert(&render_html(|| view! { <LanguageSwitch options=vec![LanguageOption::new(Lang::En, a.clone())] /> }));
        assert_inert(&render_html(|| view! { <ServiceNavigation label=a.clone() items=vec![NavItem::current(b.clone(), c.clone())] /> }));
        assert_inert(&render_html(|| view! { <SignIn href=d.clone() /> }));
        assert_inert(&render_html(|| view! {
            <ActingOnBehalf name=a.clone() detail=b.clone() switch_href=c.clone() stop_href=d.clone() />
        }));
        assert_inert(&render_html(|| view! { <CookieBanner action=a.clone() more_href=b.clone() text=c.clone() /> }));
        assert_inert(&render_html(|| view! {
            <eenheid::page::session_timeout::SessionTimeout id="x" until=a.clone() seconds_left=60 extend_href=b.clone()
                hidden_fields=vec![(c.clone(), d.clone())] />
        }));
    }
}

// Content: every text and URL prop.
proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn content_escapes_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::content::accordion::{Accordion, AccordionSection};
        use eenheid::content::details::Details;
        use eenheid::content::inset_text::InsetText;
        use eenheid::content::pagination::Pagination;
        use eenheid::content::panel::Panel;
        use eenheid::content::summary_list::{SummaryAction, SummaryCard, SummaryList, SummaryRow};
        use eenheid::content::table::{Column, Table};
        use eenheid::content::tabs::{TabItem, Tabs};
        use eenheid::content::tag::Tag;
        use eenheid::content::warning_text::WarningText;
        let rows = vec![
            SummaryRow::new(a.clone(), format!("{b}\n{c}")).change(c.clone(), d.clone()),
            SummaryRow::lines(d.clone(), [a.clone(), b.clone()]).action(SummaryAction::new(a.clone(), b.clone(), c.clone())),
        ];
        let (title, actions) = (d.clone(), vec![SummaryAction::new(a.clone(), b.clone(), c.clone())]);
        assert_inert(&render_html(move || view! {
            <SummaryCard title=title actions=actions><SummaryList rows=rows /></SummaryCard>
        }));
        assert_inert(&render_html(|| view! { <Panel title=a.clone() reference=b.clone() reference_text=c.clone() /> }));
        assert_inert(&render_html(|| view! { <Tag text=a.clone() /> }));
        assert_inert(&render_html(|| view! { <WarningText text=b.clone() prefix=c.clone() /> }));
        let inset = d.clone();
        assert_inert(&render_html(move || view! { <InsetText>{inset}</InsetText> }));
        let (details, summary) = (a.clone(), b.clone());
        assert_inert(&render_html(move || view! { <Details summary=summary>{details}</Details> }));
        assert_inert(&render_html(|| view! {
            <Table id="x" caption=a.clone() columns=vec![Column::text(b.clone()), Column::numeric(c.clone())]
                rows=vec![vec![d.clone(), a.clone()]] first_cell_is_header=true />
        }));
        assert_inert(&render_html(|| view! { <Pagination current=2 total=9 href_template=format!("{a}{{page}}") label=b.clone() /> }));
        let (heading, summary, content) = (a.clone(), b.clone(), c.clone());
        let sections = vec![AccordionSection::new(heading, move || content.clone()).summary(summary)];
        assert_inert(&render_html(move || view! { <Accordion id="x" sections=sections /> }));
        let (label, content) = (d.clone(), a.clone());
        let tabs = vec![TabItem::new("een", b.clone(), move || content.clone()), TabItem::new("twee", c.clone(), || "tekst")];
        assert_inert(&render_html(move || view! { <Tabs id="x" label=label tabs=tabs /> }));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn patterns_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::content::summary_list::SummaryRow;
        use eenheid::page::footer::FooterLink;
        use eenheid::page::help_block::{HelpInfo, PhoneHelp};
        use eenheid::page::sign_in::SignInMethod;
        use eenheid::patterns::ServiceFrame;
        use eenheid::patterns::check_answers::{AnswerSection, CheckAnswersPage};
        use eenheid::patterns::confirmation::ConfirmationPage;
        use eenheid::patterns::contact_page::{Address, ContactPage};
        use eenheid::patterns::question_page::QuestionPage;
        use eenheid::patterns::start_page::{SignInOption, StartPage};
        use eenheid::patterns::status_page::StatusPage;
        use eenheid::patterns::task_list_page::TaskListPage;
        use eenheid::progress::status_timeline::{EventState, TimelineEvent};
        use eenheid::progress::task_list::{Task, TaskSection, TaskStatus};
        let frame = ServiceFrame::new(a.clone(), b.clone()).service(c.clone(), d.clone()).footer_link(FooterLink::new(a.clone(), b.clone()));
        let f = frame.clone();
        let (title, action, back, cont) = (a.clone(), b.clone(), c.clone(), d.clone());
        let errors = vec![ErrorLink::new("veld", a.clone())];
        assert_inert(&render_html(move || view! {
            <QuestionPage frame=f title=title action=action back_href=back continue_text=cont errors=errors>
                <TextInput id="veld" label="Vraag" />
            </QuestionPage>
        }));
        let f = frame.clone();
        let sections = vec![AnswerSection::new(a.clone(), vec![SummaryRow::new(b.clone(), c.clone()).change(d.clone(), a.clone())])];
        let (title, action, back, declaration, send) = (a.clone(), b.clone(), c.clone(), d.clone(), a.clone());
        assert_inert(&render_html(move || view! {
            <CheckAnswersPage frame=f sections=sections title=title action=action back_href=back declaration=declaration send_text=send />
        }));
        let f = frame.clone();
        let (title, reference, sent_to, status, feedback) = (a.clone(), b.clone(), c.clone(), d.clone(), a.clone());
        let steps = vec![b.clone(), c.clone()];
        assert_inert(&render_html(move || view! {
            <ConfirmationPage frame=f title=title reference=reference sent_to=sent_to next_steps=steps status_href=status feedback_href=feedback />
        }));
        let f = frame.clone();
        let (title, lead, duration, start, text, other) = (a.clone(), b.clone(), c.clone(), d.clone(), a.clone(), b.clone());
        let (ready, sign_in) = (vec![c.clone()], vec![SignInOption::new(SignInMethod::DigiD, d.clone())]);
        assert_inert(&render_html(move || view! {
            <StartPage frame=f title=title lead=lead duration=duration start_href=start start_text=text
                before_you_start=ready sign_in=sign_in other_ways=move || other.clone() />
        }));
        let f = frame.clone();
        let (title, intro, back, save) = (a.clone(), b.clone(), c.clone(), d.clone());
        let tasks = vec![TaskSection::new(a.clone(), vec![Task::new(b.clone(), TaskStatus::NotStarted).href(c.clone()).hint(d.clone())])];
        assert_inert(&render_html(move || view! {
            <TaskListPage frame=f id="taken" title=title intro=intro back_href=back save_href=save sections=tasks />
        }));
        let f = frame.clone();
        let (title, expected, heading) = (a.clone(), b.clone(), c.clone());
        let (details, events) = (vec![SummaryRow::new(c.clone(), d.clone())], vec![TimelineEvent::new(d.clone(), EventState::Current).description(a.clone())]);
        assert_inert(&render_html(move || view! {
            <StatusPage frame=f id="status" title=title expected=expected details=details events=events timeline_heading=heading />
        }));
        let f = frame;
        let help = HelpInfo::new().phone(PhoneHelp::new(a.clone(), b.clone())).appointment(c.clone());
        let (title, lead, ready) = (d.clone(), a.clone(), vec![b.clone()]);
        let (visit, post) = (Address::new([c.clone(), d.clone()]).note(a.clone()), Address::new([b.clone()]));
        assert_inert(&render_html(move || view! {
            <ContactPage frame=f help=help title=title lead=lead have_ready=ready visiting=visit postal=post />
        }));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn life_events_and_choice_guides_escape_every_prop(a in payload(), b in payload(), c in payload(), d in payload()) {
        use eenheid::patterns::ServiceFrame;
        use eenheid::patterns::choice_guide::{ChoiceGuideQuestion, ChoiceGuideResult, GuideAnswers, GuideOption, GuideOutcome, GuideQuestion};
        use eenheid::patterns::life_event::{LifeEventPage, LifeEventStage, LifeEventTask, WhoArranges};
        let stages = vec![LifeEventStage::new(a.clone(), vec![
            LifeEventTask::yourself(b.clone(), c.clone(), d.clone()).deadline(a.clone()),
            LifeEventTask::passed_on(c.clone(), d.clone()).deadline(b.clone()),
            LifeEventTask::new(d.clone(), a.clone(), WhoArranges::Yourself { href: None }),
        ])];
        let frame = ServiceFrame::new(a.clone(), b.clone());
        let (title, intro, guide_text, guide_href, back) = (b.clone(), c.clone(), d.clone(), a.clone(), b.clone());
        assert_inert(&render_html(move || view! {
            <LifeEventPage frame=frame id="gebeurtenis" title=title intro=intro guide_text=guide_text guide_href=guide_href back_href=back stages=stages />
        }));
        // Hostile values, labels and texts (the keys are ids the service writes: a bad one is a
        // debug panic): the question, its hidden fields and the result.
        let mut question = GuideQuestion::new("waar", b.clone(), &[], c.clone()).hint(d.clone());
        question.options = vec![GuideOption { value: c.clone(), label: d.clone() }, GuideOption { value: a.clone(), label: b.clone() }];
        let other = GuideQuestion { key: "huur".to_owned(), options: vec![GuideOption { value: b.clone(), label: c.clone() }], ..question.clone() };
        let questions = vec![question.clone(), other];
        let answers = GuideAnswers::read(&questions, &[("waar".to_owned(), c.clone()), ("huur".to_owned(), b.clone())]);
        let (base, q, ans) = (b.clone(), question, answers.clone());
        assert_inert(&render_html(move || view! {
            <ChoiceGuideQuestion base=base question=q number=1 total=2 answers=ans error=true />
        }));
        let (base, q, ans) = (a.clone(), questions[1].clone(), answers.clone());
        assert_inert(&render_html(move || view! {
            <ChoiceGuideQuestion base=base question=q number=2 total=2 answers=ans changing=true />
        }));
        let outcomes = vec![GuideOutcome::new(a.clone(), b.clone(), c.clone(), d.clone())];
        let (base, title) = (c.clone(), d.clone());
        assert_inert(&render_html(move || view! {
            <ChoiceGuideResult base=base title=title questions=questions answers=answers outcomes=outcomes />
        }));
    }
}
