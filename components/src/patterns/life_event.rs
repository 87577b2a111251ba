//! The life event: one front door for something that happens in someone's life ("Verhuizen",
//! "Een kind krijgen", "Overlijden", "Een bedrijf starten"). People do not think in organisations;
//! they think "I am moving". The page says what to arrange, in which order, with which
//! organisation and by when, and which organisations hear it without the visitor doing anything
//! ("Dit geven wij door aan …"), so nobody fills in the same thing twice (R13, "no wrong door").
//!
//! Built from the [`TaskList`] (one section per stage, each task with its status in words) and the
//! [`InsetText`].

use leptos::prelude::*;

use crate::content::inset_text::InsetText;
use crate::examples::Example;
use crate::i18n::{
    LIFE_EVENT_PASSED_ON_HEADING, life_event_passed_on, life_event_passed_on_to, life_event_when, life_event_where,
    use_lang,
};
use crate::page::back_link::BackLink;
use crate::page::page_template::PageLayout;
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::progress::task_list::{Task, TaskList, TaskSection, TaskStatus};
use crate::style::component_sheet::ComponentSheet;

/// Who does a life-event task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WhoArranges {
    /// The visitor arranges it, at `href` (a service of the organisation); "Zelf regelen".
    Yourself {
        /// Where it is arranged; without it the task is plain text.
        href: Option<String>,
    },
    /// The government passes it on: the organisation hears it without the visitor doing
    /// anything; "Gaat vanzelf", never a link.
    PassedOn,
}

/// One thing to arrange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LifeEventTask {
    /// What, in a few words ("Uw verhuizing doorgeven").
    pub title: String,
    /// The organisation that does it, written out ("Dienst Toeslagen").
    pub organisation: String,
    /// By when, in words that need no calculation ("uiterlijk 5 dagen na de verhuizing").
    pub deadline: Option<String>,
    /// Who does it.
    pub who: WhoArranges,
    /// Where someone already stands, when the service knows (a signed-in page); without it the
    /// status says who does it ("Zelf regelen", "Gaat vanzelf").
    pub status: Option<TaskStatus>,
}

impl LifeEventTask {
    /// A task with its organisation and who does it.
    pub fn new(title: impl Into<String>, organisation: impl Into<String>, who: WhoArranges) -> Self {
        LifeEventTask { title: title.into(), organisation: organisation.into(), deadline: None, who, status: None }
    }

    /// A task the visitor arranges at `organisation`, on `href`.
    pub fn yourself(title: impl Into<String>, organisation: impl Into<String>, href: impl Into<String>) -> Self {
        LifeEventTask {
            title: title.into(),
            organisation: organisation.into(),
            deadline: None,
            who: WhoArranges::Yourself { href: Some(href.into()) },
            status: None,
        }
    }

    /// A task the government passes on to `organisation`.
    pub fn passed_on(title: impl Into<String>, organisation: impl Into<String>) -> Self {
        LifeEventTask {
            title: title.into(),
            organisation: organisation.into(),
            deadline: None,
            who: WhoArranges::PassedOn,
            status: None,
        }
    }

    /// By when.
    pub fn deadline(mut self, deadline: impl Into<String>) -> Self {
        self.deadline = Some(deadline.into());
        self
    }

    /// Where the visitor already stands (for a signed-in page).
    pub fn status(mut self, status: TaskStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// The task list's row: the status, and one line with the organisation and the deadline.
    fn into_task(self, lang: crate::i18n::Lang) -> Task {
        let LifeEventTask { title, organisation, deadline, who, status } = self;
        let when = deadline.map(|deadline| life_event_when(lang, &deadline));
        let (href, hint, status) = match who {
            WhoArranges::Yourself { href } => {
                let hint = match when {
                    Some(when) => format!("{} {when}", life_event_where(lang, &organisation)),
                    None => life_event_where(lang, &organisation),
                };
                (href, hint, status.unwrap_or(TaskStatus::Yourself))
            }
            WhoArranges::PassedOn => {
                let hint = match when {
                    Some(when) => format!("{} {when}", life_event_passed_on(lang, &organisation)),
                    None => life_event_passed_on(lang, &organisation),
                };
                (None, hint, status.unwrap_or(TaskStatus::PassedOn))
            }
        };
        let mut task = Task::new(title, status).hint(hint);
        task.href = href;
        task
    }
}

/// A stage of the life event, in time order ("Vóór de verhuizing").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LifeEventStage {
    /// The stage's heading (an `<h2>`).
    pub heading: String,
    /// Its tasks, in the order to do them.
    pub tasks: Vec<LifeEventTask>,
}

impl LifeEventStage {
    /// A stage with a heading and its tasks.
    pub fn new(heading: impl Into<String>, tasks: Vec<LifeEventTask>) -> Self {
        LifeEventStage { heading: heading.into(), tasks }
    }
}

/// The content of a life-event page: the heading, a short introduction, a link to a choice guide,
/// the block "Dit geven wij door" naming every organisation that hears it without the visitor,
/// and the tasks per stage, in order, each with its organisation, deadline and who does it.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or there are no tasks (see [`TaskList`]).
///
/// ```
/// use eenheid::patterns::life_event::{LifeEvent, LifeEventStage, LifeEventTask};
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <LifeEvent id="verhuizen" title="Verhuizen" stages=vec![LifeEventStage::new("Vóór de verhuizing", vec![
///         LifeEventTask::yourself("Verhuizing doorgeven", "Gemeente Voorbeeldstad", "/verhuizing-doorgeven")
///             .deadline("vanaf 4 weken voor de verhuizing"),
///         LifeEventTask::passed_on("Nieuw adres bij de Belastingdienst", "de Belastingdienst"),
///     ])] />
/// });
/// assert!(html.contains("<h1>Verhuizen</h1>"));
/// assert!(html.contains("Bij: Gemeente Voorbeeldstad. Wanneer: vanaf 4 weken voor de verhuizing."));
/// assert!(html.contains("Wij geven het voor u door aan: de Belastingdienst."));
/// assert!(html.contains(">Gaat vanzelf<") && html.contains(">Zelf regelen<"));
/// assert!(!html.contains("taken afgerond"), "advice, not progress");
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor iets wat in iemands leven gebeurt en waarvoor hij bij meer organisaties iets moet
///   regelen, zoals verhuizen, een kind krijgen, een overlijden of een bedrijf starten.
/// - Zet de taken in de volgorde waarin mensen ze doen, met per taak de organisatie en de termijn.
/// - Zeg wat de overheid zelf doorgeeft, zodat niemand iets twee keer doorgeeft.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor één dienst met één organisatie: gebruik dan een startpagina.
/// - Niet als lijst van alle regels: houd het bij wat mensen moeten doen.
///
/// # Toegankelijkheid
///
/// Elke fase heeft een kop (`h2`), zodat mensen met een schermlezer van fase naar fase springen.
/// De status van elke taak staat in woorden ("Zelf regelen", "Gaat vanzelf"), niet alleen in een
/// kleur, en is met `aria-describedby` aan de link gekoppeld, net als de organisatie en de termijn.
/// Wat vanzelf gaat, is geen link: er valt niets te doen.
///
/// # When to use
///
/// - For something that happens in someone's life and makes them arrange things with more than one
///   organisation, such as moving house, having a baby, a death or starting a business.
/// - Put the tasks in the order people do them, each with its organisation and deadline.
/// - Say what the government passes on itself, so nobody reports the same thing twice.
///
/// # When not to use
///
/// - Not for one service of one organisation: use a start page.
/// - Not as a list of every rule: keep to what people need to do.
///
/// # Accessibility
///
/// Each stage has a heading (`h2`), so screen-reader users can jump from stage to stage. Each
/// task's status is in words ("Arrange it yourself", "Done for you"), not only a colour, and is
/// tied to the link with `aria-describedby`, as are the organisation and the deadline. What is done
/// for people is not a link: there is nothing to do.
#[component]
pub fn LifeEvent(
    /// A fixed id for the task list; the ids of its parts are derived from it.
    #[prop(into)]
    id: String,
    /// The life event, as people would say it ("Verhuizen"): the page heading.
    #[prop(into)]
    title: String,
    /// One or two sentences under the heading.
    #[prop(optional, into)]
    intro: MaybeProp<String>,
    /// A choice guide that tells people which tasks apply to them: its link text ("Wat moet ik
    /// regelen als ik verhuis?").
    #[prop(optional, into)]
    guide_text: MaybeProp<String>,
    /// The choice guide's first page.
    #[prop(optional, into)]
    guide_href: MaybeProp<String>,
    /// The stages, in time order.
    stages: Vec<LifeEventStage>,
) -> impl IntoView {
    let lang = use_lang();
    let passed_on: Vec<String> = stages
        .iter()
        .flat_map(|stage| &stage.tasks)
        .filter(|task| task.who == WhoArranges::PassedOn)
        .map(|task| task.organisation.clone())
        .fold(Vec::new(), |mut seen, organisation| {
            if !seen.contains(&organisation) {
                seen.push(organisation);
            }
            seen
        });
    let passed_on = (!passed_on.is_empty()).then(|| {
        let names: Vec<&str> = passed_on.iter().map(String::as_str).collect();
        let text = life_event_passed_on_to(lang, &names);
        view! {
            <InsetText>
                <h2>{LIFE_EVENT_PASSED_ON_HEADING.get(lang)}</h2>
                <p>{text}</p>
            </InsetText>
        }
    });
    let guide = match (guide_text.get_untracked(), guide_href.get_untracked()) {
        (Some(text), Some(href)) => Some(view! { <p><a href=crate::url::safe_href_owned(href)>{text}</a></p> }),
        _ => None,
    };
    let sections = stages
        .into_iter()
        .map(|stage| TaskSection::new(stage.heading, stage.tasks.into_iter().map(|task| task.into_task(lang)).collect()))
        .collect::<Vec<_>>();
    view! {
        <h1>{title}</h1>
        {intro.get_untracked().map(|text| view! { <p>{text}</p> })}
        {guide}
        {passed_on}
        <TaskList id=id sections=sections hide_summary=true />
    }
}

/// A whole life-event page: [`LifeEvent`] in the page template.
///
/// ```
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::life_event::{LifeEventPage, LifeEventStage, LifeEventTask};
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Rijksoverheid", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <LifeEventPage frame=frame id="kind" title="Een kind krijgen" stages=vec![LifeEventStage::new("Na de geboorte", vec![
///         LifeEventTask::yourself("Geboorteaangifte doen", "uw gemeente", "/aangifte"),
///     ])] />
/// });
/// assert!(html.contains("<title>Een kind krijgen – Rijksoverheid</title>"));
/// ```
#[component]
pub fn LifeEventPage(
    /// The agency, language and stylesheet of the page.
    frame: ServiceFrame,
    /// A fixed id for the task list.
    #[prop(into)]
    id: String,
    /// The life event: the page heading and title.
    #[prop(into)]
    title: String,
    /// One or two sentences under the heading.
    #[prop(optional, into)]
    intro: MaybeProp<String>,
    /// The choice guide's link text.
    #[prop(optional, into)]
    guide_text: MaybeProp<String>,
    /// The choice guide's first page.
    #[prop(optional, into)]
    guide_href: MaybeProp<String>,
    /// The stages, in time order.
    stages: Vec<LifeEventStage>,
    /// The page above (e.g. all life events); no back link when not given.
    #[prop(optional, into)]
    back_href: MaybeProp<String>,
) -> impl IntoView {
    provide_frame_lang(&frame);
    let back = back_href.get_untracked().map(|href| view! { <BackLink href=href /> }.into_any());
    let content = view! {
        <LifeEvent id=id title=title.clone() intro=intro guide_text=guide_text guide_href=guide_href stages=stages />
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, back, None, None, content)
}

/// The life event's examples: four life events.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        @layout FullPage,
        name: "verhuizen",
        title: "Verhuizen",
        description: "Wat u regelt als u verhuist, in volgorde, met de organisatie en de termijn. Wat de gemeente doorgeeft, gaat vanzelf. Een keuzehulp zegt wat voor u geldt.",
        view: view! {
            <LifeEventPage
                frame=crate::patterns::ServiceFrame::new("Gemeente Voorbeeldstad", crate::style::stylesheet_href("/static"))
                id="verhuizen" title="Verhuizen" back_href="#levensgebeurtenissen"
                intro="Gaat u verhuizen? Hier staat wat u moet regelen, en wanneer. Veel geven wij voor u door."
                guide_text="Wat moet ik regelen als ik verhuis?" guide_href="#keuzehulp"
                stages=vec![
                    LifeEventStage::new("Vóór de verhuizing", vec![
                        LifeEventTask::yourself("Uw verhuizing doorgeven", "Gemeente Voorbeeldstad", "#verhuizing-doorgeven")
                            .deadline("vanaf 4 weken voor tot 5 dagen na de verhuizing"),
                    ]),
                    LifeEventStage::new("Dit gaat vanzelf", vec![
                        LifeEventTask::passed_on("Nieuw adres bij de Belastingdienst", "de Belastingdienst"),
                        LifeEventTask::passed_on("Nieuw adres bij DUO", "Dienst Uitvoering Onderwijs (DUO)"),
                        LifeEventTask::passed_on("Nieuw adres bij de SVB", "de Sociale Verzekeringsbank (SVB)"),
                    ]),
                    LifeEventStage::new("Na de verhuizing", vec![
                        LifeEventTask::yourself("Huurtoeslag aanpassen", "Dienst Toeslagen", "#huurtoeslag")
                            .deadline("binnen 4 weken na de verhuizing, als u huurt"),
                        LifeEventTask::yourself("Parkeervergunning aanvragen", "Gemeente Voorbeeldstad", "#parkeervergunning")
                            .deadline("zodra u er woont, als u een auto hebt"),
                    ]),
                ] />
        }
    },
    crate::example! {
        @layout FullPage,
        name: "kind-krijgen",
        title: "Een kind krijgen",
        description: "Vóór en na de geboorte: erkennen, aangifte doen en de zorgverzekering. De SVB hoort het van de gemeente en stuurt zelf een brief over kinderbijslag.",
        view: view! {
            <LifeEventPage
                frame=crate::patterns::ServiceFrame::new("Rijksoverheid", crate::style::stylesheet_href("/static"))
                id="kind" title="Een kind krijgen" back_href="#levensgebeurtenissen"
                intro="Krijgt u een kind? Dan moet u een paar dingen regelen, sommige binnen een paar dagen."
                stages=vec![
                    LifeEventStage::new("Vóór de geboorte", vec![
                        LifeEventTask::yourself("Uw kind erkennen", "uw gemeente", "#erkennen")
                            .deadline("het liefst vóór de geboorte; dit is nodig als u niet getrouwd bent"),
                    ]),
                    LifeEventStage::new("Na de geboorte", vec![
                        LifeEventTask::yourself("Geboorteaangifte doen", "de gemeente waar uw kind is geboren", "#aangifte")
                            .deadline("binnen 3 dagen na de geboorte"),
                        LifeEventTask::passed_on("Kinderbijslag", "de Sociale Verzekeringsbank (SVB)")
                            .deadline("u krijgt binnen 4 weken een brief"),
                        LifeEventTask::yourself("Uw kind aanmelden bij de zorgverzekeraar", "uw zorgverzekeraar", "#zorgverzekering")
                            .deadline("binnen 4 maanden na de geboorte"),
                    ]),
                ] />
        }
    },
    crate::example! {
        @layout FullPage,
        name: "overlijden",
        title: "Overlijden",
        description: "Wat nabestaanden regelen na een overlijden. De uitvaartondernemer doet vaak de aangifte; de gemeente geeft het overlijden door aan de Belastingdienst en de SVB.",
        view: view! {
            <LifeEventPage
                frame=crate::patterns::ServiceFrame::new("Rijksoverheid", crate::style::stylesheet_href("/static"))
                id="overlijden" title="Overlijden" back_href="#levensgebeurtenissen"
                intro="Is iemand overleden die dicht bij u stond? Dan moet er veel geregeld worden. Hier staat wat, in welke volgorde. Neem er de tijd voor: veel heeft geen haast."
                stages=vec![
                    LifeEventStage::new("In de eerste dagen", vec![
                        LifeEventTask::yourself("Aangifte van overlijden doen", "de gemeente waar de persoon is overleden", "#aangifte")
                            .deadline("binnen 6 werkdagen; vaak doet de uitvaartondernemer dit"),
                        LifeEventTask::passed_on("Overlijden bij de Belastingdienst", "de Belastingdienst"),
                        LifeEventTask::passed_on("AOW en kinderbijslag stoppen", "de Sociale Verzekeringsbank (SVB)"),
                    ]),
                    LifeEventStage::new("In de maanden daarna", vec![
                        LifeEventTask::yourself("Nabestaandenuitkering aanvragen", "de Sociale Verzekeringsbank (SVB)", "#anw")
                            .deadline("zo snel mogelijk, als u de partner bent"),
                        LifeEventTask::yourself("Verklaring van erfrecht laten maken", "een notaris", "#erfrecht"),
                    ]),
                ] />
        }
    },
    crate::example! {
        @layout FullPage,
        name: "bedrijf-starten",
        title: "Een bedrijf starten",
        description: "Een bedrijf starten, in het Engels: inschrijven bij de KVK, die het btw-nummer bij de Belastingdienst regelt, en een vergunning bij de gemeente. Eén taak is al afgerond.",
        view: view! {
            <LifeEventPage
                frame=crate::patterns::ServiceFrame::new("Netherlands Chamber of Commerce (KVK)", crate::style::stylesheet_href("/static"))
                    .lang(crate::i18n::Lang::En)
                id="business" title="Starting a business" back_href="#life-events"
                intro="Are you starting a business? This is what you arrange, and when."
                stages=vec![
                    LifeEventStage::new("Before you start", vec![
                        LifeEventTask::yourself("Check whether you need a permit", "your municipality", "#permit")
                            .deadline("before you start")
                            .status(crate::progress::task_list::TaskStatus::Completed),
                        LifeEventTask::yourself("Register in the Business Register", "the Netherlands Chamber of Commerce (KVK)", "#register")
                            .deadline("from 1 week before until 1 week after you start"),
                    ]),
                    LifeEventStage::new("After you register", vec![
                        LifeEventTask::passed_on("VAT number", "the Tax and Customs Administration (Belastingdienst)")
                            .deadline("you get a letter with your VAT number within 2 weeks"),
                    ]),
                ] />
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn passed_on_tasks_are_never_links_and_are_named_once() {
        let html = crate::render::render_html(|| {
            crate::i18n::provide_lang(Lang::En);
            view! {
                <LifeEvent id="e" title="Moving" stages=vec![
                    LifeEventStage::new("Before", vec![LifeEventTask::yourself("Report", "the municipality", "/report")]),
                    LifeEventStage::new("Automatic", vec![
                        LifeEventTask::passed_on("Tax", "the tax office"),
                        LifeEventTask::passed_on("Tax again", "the tax office"),
                        LifeEventTask::passed_on("Pension", "the SVB"),
                    ]),
                ] />
            }
        });
        // The task list itself never links a passed-on task, whatever href it was given.
        let list = view! { <TaskList id="t" sections=vec![TaskSection::untitled(vec![Task::new("Tax", TaskStatus::PassedOn).href("/never")])] /> }.to_html();
        assert!(!list.contains("/never"), "a passed-on task has nothing to do: {list}");
        assert!(html.contains("We pass it on for you to: the tax office and the SVB."), "{html}");
        assert!(html.contains(r#"href="/report""#) && html.contains("Organisation: the municipality."), "{html}");
        assert_eq!(html.matches(">Done for you<").count(), 3, "{html}");
    }

    #[test]
    fn without_passed_on_tasks_there_is_no_block_and_a_guide_link_is_made_safe() {
        let html = crate::render::render_html(|| view! {
            <LifeEvent id="e" title="Overlijden" guide_text="Wat moet ik regelen?" guide_href="javascript:alert(1)"
                stages=vec![LifeEventStage::new("Eerst", vec![LifeEventTask::yourself("Aangifte", "de gemeente", "/a")])] />
        });
        assert!(!html.contains("Dit geven wij door"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "life-event",
    title: "Levensgebeurtenis",
    title_en: "Life event",
    family: crate::examples::Family::Pattern,
    summary: "Eén ingang voor iets wat in uw leven gebeurt: wat u regelt, in welke volgorde, bij wie en wanneer, en wat wij voor u doorgeven.",
    summary_en: "One way in for something that happens in your life: what you arrange, in which order, with whom and when, and what we pass on for you.",
    components: &["LifeEvent", "LifeEventPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
