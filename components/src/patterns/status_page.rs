//! The status page: "Waar staat mijn aanvraag?" — what has happened, what happens now, what comes
//! next and when, and who is working on it, including quiet weeks and returns (R5). The help block
//! below it keeps a person within reach.

use leptos::prelude::*;

use crate::content::inset_text::InsetText;
use crate::content::summary_list::{SummaryList, SummaryRow};
use crate::examples::Example;
use crate::i18n::STATUS_ABOUT;
use crate::page::page_template::PageLayout;
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::progress::status_timeline::{Date, EventKind, EventState, StatusTimeline, TimelineEvent};
use crate::style::component_sheet::ComponentSheet;

/// A whole status page: heading, the key facts of the request, the expected outcome date in
/// words, and the timeline.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or more than one event is current (see
/// [`StatusTimeline`]).
///
/// ```
/// use eenheid::content::summary_list::SummaryRow;
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::status_page::StatusPage;
/// use eenheid::progress::status_timeline::{EventState, TimelineEvent};
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Dienst Uitvoering Onderwijs", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <StatusPage frame=frame id="status" title="Uw aanvraag studiefinanciering"
///         details=vec![SummaryRow::new("Referentienummer", "SF-8812")]
///         expected="U krijgt uiterlijk 15 april 2026 een besluit."
///         events=vec![TimelineEvent::new("Aanvraag ontvangen", EventState::Done)] />
/// });
/// assert!(html.contains("<h1>Uw aanvraag studiefinanciering</h1>"));
/// assert!(html.contains("Over uw aanvraag"));
/// assert!(html.contains("uiterlijk 15 april 2026"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Om te laten zien waar een aanvraag staat: wat er gebeurd is, wat nu gebeurt en wat er nog
///   komt.
/// - Ook als het een tijd stil is: zeg dat en wanneer mensen weer iets horen.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor de stappen van een formulier dat mensen nog invullen.
///
/// # Toegankelijkheid
///
/// Het statusoverzicht is een geordende lijst met de huidige stap gemarkeerd, en elke stap zegt in
/// tekst of hij klaar is. Data staan in woorden. Zeg per stap wie ermee bezig is en of mensen iets
/// moeten doen.
///
/// # When to use
///
/// - To show where an application stands: what has happened, what is happening now and what is
///   still to come.
/// - Also when it is quiet for a while: say so, and when people will hear something again.
///
/// # When not to use
///
/// - Not for the steps of a form people are still filling in.
///
/// # Accessibility
///
/// The status timeline is an ordered list with the current step marked, and each step says in words
/// whether it is done. Dates are in words. Say for each step who is working on it and whether
/// people need to do anything.
#[component]
pub fn StatusPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// A fixed id for the timeline; the ids of its parts are derived from it.
    #[prop(into)]
    id: String,
    /// Which request this is ("Uw aanvraag studiefinanciering"): the page heading.
    #[prop(into)]
    title: String,
    /// Key facts under "Over uw aanvraag": reference number, date sent, what was asked.
    #[prop(optional)]
    details: Vec<SummaryRow>,
    /// When people can expect the outcome, in a sentence ("U krijgt uiterlijk 15 april een
    /// besluit."), highlighted above the timeline.
    #[prop(optional, into)]
    expected: MaybeProp<String>,
    /// The events of the request, oldest first.
    events: Vec<TimelineEvent>,
    /// Another heading for the timeline than "Waar staat mijn aanvraag?".
    #[prop(optional, into)]
    timeline_heading: MaybeProp<String>,
    /// Extra elements for `<head>`.
    #[prop(optional)]
    head: Option<Children>,
    /// Anything else, under the timeline (e.g. what people can do themselves in the meantime).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    let details = (!details.is_empty()).then(|| {
        view! {
            <h2>{STATUS_ABOUT.get(lang)}</h2>
            <SummaryList rows=details />
        }
    });
    let expected = expected.get_untracked().map(|text| view! { <InsetText><p>{text}</p></InsetText> });
    let content = view! {
        <h1>{title.clone()}</h1>
        {expected}
        {details}
        <StatusTimeline id=id events=events heading=timeline_heading />
        {children.map(|children| children())}
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, None, None, head, content)
}

/// The status page's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    @layout FullPage,
    name: "standaard",
    title: "Aanvraag in behandeling",
    description: "Wanneer het besluit komt, de gegevens van de aanvraag, en de tijdlijn: een stille periode, een keer teruggestuurd, en wie ermee bezig is.",
    view: view! {
        <StatusPage
            frame=crate::patterns::ServiceFrame::new("Dienst Uitvoering Onderwijs", crate::style::stylesheet_href("/static"))
                .service("Mijn DUO", "#start")
            id="aanvraag" title="Uw aanvraag studiefinanciering"
            expected="U krijgt uiterlijk 15 april 2026 een besluit. U hoeft tot die tijd niets te doen."
            details=vec![
                SummaryRow::new("Referentienummer", "SF-2026-8812"),
                SummaryRow::new("Verstuurd op", "1 maart 2026"),
                SummaryRow::new("Aangevraagd", "Studiefinanciering voor een hbo-opleiding"),
            ]
            events=vec![
                TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 3, 1)),
                TimelineEvent::new("Bewijs van inschrijving gevraagd", EventState::Done).date(Date::new(2026, 3, 4))
                    .kind(EventKind::Returned)
                    .description("Wij hadden uw inschrijving bij de hogeschool nodig. U hebt die op 6 maart gestuurd."),
                TimelineEvent::new("In behandeling", EventState::Quiet { weeks: 6 }).date(Date::new(2026, 3, 6))
                    .organisation("Dienst Uitvoering Onderwijs, afdeling Studiefinanciering"),
                TimelineEvent::new("Besluit", EventState::Expected).date(Date::new(2026, 4, 15)),
            ] />
    }
}];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "status-page",
    title: "Statuspagina",
    title_en: "Status page",
    family: crate::examples::Family::Pattern,
    summary: "Waar staat mijn aanvraag? Wanneer het besluit komt, en de tijdlijn met stille weken en wie ermee bezig is.",
    summary_en: "Where is my request? When the decision comes, and the timeline with quiet weeks and who is working on it.",
    components: &["StatusPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
