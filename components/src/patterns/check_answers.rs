//! Check your answers: before sending, people see every answer on one page and can change any of
//! them, then send with one button (R12). The button guards against a double click.

use leptos::prelude::*;

use crate::content::summary_list::{SummaryList, SummaryRow};
use crate::examples::Example;
use crate::form::button::Button;
use crate::i18n::{CHECK_ANSWERS_SEND, CHECK_ANSWERS_SEND_HEADING, CHECK_ANSWERS_TITLE};
use crate::page::back_link::BackLink;
use crate::page::page_template::PageLayout;
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::style::component_sheet::ComponentSheet;

/// One group of answers under its own heading ("Uw nieuwe adres"); without a heading for a
/// short service with a single group.
#[derive(Clone, Debug)]
pub struct AnswerSection {
    /// The `<h2>` above the answers.
    pub heading: Option<String>,
    /// The questions and answers, each with a "Wijzigen" link back to its question.
    pub rows: Vec<SummaryRow>,
}

impl AnswerSection {
    /// A group of answers with a heading.
    pub fn new(heading: impl Into<String>, rows: Vec<SummaryRow>) -> Self {
        AnswerSection { heading: Some(heading.into()), rows }
    }

    /// A group of answers without a heading.
    pub fn untitled(rows: Vec<SummaryRow>) -> Self {
        AnswerSection { heading: None, rows }
    }
}

/// A whole "check your answers" page: the answers in summary lists, then "Nu versturen" with the
/// declaration and the send button, in a POST form.
///
/// # Panics
/// In debug builds, when there are no answers at all.
///
/// ```
/// use eenheid::content::summary_list::SummaryRow;
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::check_answers::{AnswerSection, CheckAnswersPage};
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Gemeente Utrecht", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <CheckAnswersPage frame=frame action="/verhuizen/versturen"
///         sections=vec![AnswerSection::untitled(vec![
///             SummaryRow::new("Verhuisdatum", "27 maart 2026").change("/verhuizen/datum", "de verhuisdatum"),
///         ])] />
/// });
/// assert!(html.contains("<h1>Controleer uw antwoorden</h1>"));
/// assert!(html.contains(r#"href="/verhuizen/datum""#));
/// assert!(html.contains("Nu versturen"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Vlak voor het versturen: alle antwoorden op één pagina, met een link "Wijzigen" bij elk
///   antwoord.
///
/// # Wanneer niet gebruiken
///
/// - Niet halverwege een formulier als controle van maar een paar vragen.
///
/// # Toegankelijkheid
///
/// De antwoorden staan in een samenvattingslijst; elke link "Wijzigen" zegt met verborgen tekst
/// welke vraag hij wijzigt. Er is één knop om te versturen, die een dubbele klik tegenhoudt. Zeg
/// boven de knop wat er gebeurt als mensen versturen.
///
/// # When to use
///
/// - Just before sending: all answers on one page, with a "Change" link next to each answer.
///
/// # When not to use
///
/// - Not halfway through a form as a check of only a few questions.
///
/// # Accessibility
///
/// The answers are in a summary list; each "Change" link says with hidden text which question it
/// changes. There is one button to send, which holds back a double click. Say above the button what
/// happens when people send.
#[component]
pub fn CheckAnswersPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// The answers, grouped as the questions were.
    sections: Vec<AnswerSection>,
    /// Where the send button posts.
    #[prop(into)]
    action: String,
    /// Another heading than "Controleer uw antwoorden".
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// The last question; no back link when not given.
    #[prop(optional, into)]
    back_href: MaybeProp<String>,
    /// What people declare by sending ("Door te versturen verklaart u dat uw antwoorden kloppen."),
    /// shown above the button.
    #[prop(optional, into)]
    declaration: MaybeProp<String>,
    /// Another text for the button than "Versturen".
    #[prop(optional, into)]
    send_text: MaybeProp<String>,
    /// Extra elements for `<head>`, e.g. Leptos's `HydrationScripts` for the service's own islands
    /// (the double-click guard brings its own script).
    #[prop(optional)]
    head: Option<Children>,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    debug_assert!(
        sections.iter().any(|section| !section.rows.is_empty()),
        "Eenheid CheckAnswersPage: there are no answers to check"
    );
    let title = title.get_untracked().unwrap_or_else(|| CHECK_ANSWERS_TITLE.get(lang).to_owned());
    let send_text = send_text.get_untracked().unwrap_or_else(|| CHECK_ANSWERS_SEND.get(lang).to_owned());
    let back = back_href.get_untracked().map(|href| view! { <BackLink href=href /> }.into_any());
    let sections = sections
        .into_iter()
        .filter(|section| !section.rows.is_empty())
        .map(|section| {
            view! {
                {section.heading.map(|heading| view! { <h2>{heading}</h2> })}
                <SummaryList rows=section.rows />
            }
        })
        .collect_view();
    let declaration = declaration.get_untracked().map(|text| view! { <p>{text}</p> });
    let action = crate::url::safe_href(&action);
    let content = view! {
        <h1>{title.clone()}</h1>
        {sections}
        <h2>{CHECK_ANSWERS_SEND_HEADING.get(lang)}</h2>
        {declaration}
        <form method="post" action=action novalidate>
            <Button prevent_double_click=true>{send_text}</Button>
        </form>
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, back, None, head, content)
}

/// The check-your-answers page's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    @layout FullPage,
    name: "standaard",
    title: "Verhuizing controleren",
    description: "Alle antwoorden in groepen, elk met een link om het te wijzigen; daaronder de verklaring en de knop Versturen.",
    view: view! {
        <CheckAnswersPage
            frame=crate::patterns::ServiceFrame::new("Gemeente Utrecht", crate::style::stylesheet_href("/static"))
                .service("Verhuizing doorgeven", "#start")
            action="#versturen" back_href="#vorige-vraag"
            declaration="Door te versturen verklaart u dat uw antwoorden kloppen. Wij controleren uw nieuwe adres bij de eigenaar van de woning."
            sections=vec![
                AnswerSection::new("Uw verhuizing", vec![
                    SummaryRow::new("Wie verhuist er?", "Ik en mijn gezin").change("#wie", "wie er verhuist"),
                    SummaryRow::new("Verhuisdatum", "27 maart 2026").change("#verhuisdatum", "de verhuisdatum"),
                ]),
                AnswerSection::new("Uw nieuwe adres", vec![
                    SummaryRow::lines("Adres", ["Oudegracht 12 bis", "3511 AB Utrecht"]).change("#adres", "uw nieuwe adres"),
                    SummaryRow::new("Eigenaar van de woning", "Nee, ik huur").change("#eigenaar", "of u eigenaar bent"),
                ]),
            ] />
    }
}];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "check-answers",
    title: "Controleer uw antwoorden",
    title_en: "Check your answers",
    family: crate::examples::Family::Pattern,
    summary: "Alle antwoorden op één pagina, elk te wijzigen, en dan één keer versturen.",
    summary_en: "Every answer on one page, each one can be changed, then send once.",
    components: &["CheckAnswersPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
