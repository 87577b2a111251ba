//! The task list page: a long service split into tasks people can do in any order, with the status
//! of each in words and how many are done, and a way to stop and come back later (R5, R9).

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::button::{Button, ButtonVariant};
use crate::i18n::TASK_LIST_SAVE;
use crate::page::back_link::BackLink;
use crate::page::page_template::PageLayout;
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::progress::task_list::{Task, TaskList, TaskSection, TaskStatus};
use crate::style::component_sheet::ComponentSheet;

/// A whole task list page: heading, a short introduction, the task list and, when given, a
/// "Opslaan en later verdergaan" link.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or there are no tasks (see [`TaskList`]).
///
/// ```
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::task_list_page::TaskListPage;
/// use eenheid::progress::task_list::{Task, TaskSection, TaskStatus};
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Kamer van Koophandel", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <TaskListPage frame=frame id="taken" title="Uw bedrijf inschrijven" save_href="/opslaan"
///         sections=vec![TaskSection::untitled(vec![Task::new("Uw gegevens", TaskStatus::Completed).href("/gegevens")])] />
/// });
/// assert!(html.contains("<h1>Uw bedrijf inschrijven</h1>"));
/// assert!(html.contains("1 van 1 taak afgerond"));
/// assert!(html.contains("Opslaan en later verdergaan"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een lange dienst die mensen in delen doen, in hun eigen volgorde en soms over meer dagen.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor een korte dienst: laat mensen dan gewoon de vragen één voor één doorlopen.
///
/// # Toegankelijkheid
///
/// De status van elke taak staat in woorden en is aan de link gekoppeld. Bovenaan staat hoeveel
/// taken klaar zijn. Zeg hoe mensen kunnen stoppen en later verdergaan, en hoe lang hun antwoorden
/// bewaard blijven.
///
/// # When to use
///
/// - For a long service people do in parts, in their own order and sometimes over several days.
///
/// # When not to use
///
/// - Not for a short service: let people go through the questions one by one.
///
/// # Accessibility
///
/// The status of each task is in words and linked to the link. The top says how many tasks are
/// done. Say how people can stop and continue later, and how long their answers are kept.
#[component]
pub fn TaskListPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// A fixed id for the task list; the ids of its parts are derived from it.
    #[prop(into)]
    id: String,
    /// What people are doing ("Uw bedrijf inschrijven"): the page heading.
    #[prop(into)]
    title: String,
    /// One or two sentences under the heading: that the tasks can be done in any order, and what
    /// happens when all are done.
    #[prop(optional, into)]
    intro: MaybeProp<String>,
    /// The tasks, in sections.
    sections: Vec<TaskSection>,
    /// The page before (e.g. the start page); no back link when not given.
    #[prop(optional, into)]
    back_href: MaybeProp<String>,
    /// Where people save and get a code or link to continue later, on this or another device.
    #[prop(optional, into)]
    save_href: MaybeProp<String>,
    /// Extra elements for `<head>`.
    #[prop(optional)]
    head: Option<Children>,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    let back = back_href.get_untracked().map(|href| view! { <BackLink href=href /> }.into_any());
    let intro = intro.get_untracked().map(|text| view! { <p>{text}</p> });
    let save = save_href.get_untracked().map(|href| {
        view! { <Button variant=ButtonVariant::Secondary href=href>{TASK_LIST_SAVE.get(lang)}</Button> }
    });
    let content = view! {
        <h1>{title.clone()}</h1>
        {intro}
        <TaskList id=id sections=sections />
        {save}
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, back, None, head, content)
}

/// The task list page's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    @layout FullPage,
    name: "standaard",
    title: "Bedrijf inschrijven",
    description: "Taken in twee groepen, elk met een status in woorden; bovenaan hoeveel er klaar is, onderaan opslaan en later verdergaan.",
    view: view! {
        <TaskListPage
            frame=crate::patterns::ServiceFrame::new("Kamer van Koophandel", crate::style::stylesheet_href("/static"))
                .service("Bedrijf inschrijven", "#start")
            id="inschrijving" title="Uw bedrijf inschrijven" back_href="#start" save_href="#opslaan"
            intro="U kunt de taken in elke volgorde doen. Als alles klaar is, controleert u uw antwoorden en verstuurt u de inschrijving."
            sections=vec![
                TaskSection::new("Over u", vec![
                    Task::new("Uw persoonlijke gegevens", TaskStatus::Completed).href("#persoon"),
                    Task::new("Uw woonadres", TaskStatus::Completed).href("#woonadres"),
                ]),
                TaskSection::new("Over uw bedrijf", vec![
                    Task::new("Naam en activiteiten", TaskStatus::InProgress).href("#bedrijf"),
                    Task::new("Vestigingsadres", TaskStatus::NotStarted).href("#vestiging")
                        .hint("Het adres waar u uw bedrijf uitoefent, als dat niet uw woonadres is"),
                    Task::new("Controleren en versturen", TaskStatus::CannotStartYet).href("#controleren"),
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
    slug: "task-list-page",
    title: "Takenlijstpagina",
    title_en: "Task list page",
    family: crate::examples::Family::Pattern,
    summary: "Een lange dienst in taken die u in elke volgorde doet, met opslaan en later verdergaan.",
    summary_en: "A long service in tasks you do in any order, with save and continue later.",
    components: &["TaskListPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
