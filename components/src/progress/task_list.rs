//! The task list: a longer service split into tasks that people can do in the order that suits
//! them. Each task says its status in words ("Afgerond", "Kan nog niet worden gestart"), never by
//! colour alone (WCAG 1.4.1), and a summary counts what is done.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{
    Text, TASK_CANNOT_START_YET, TASK_COMPLETED, TASK_ERROR, TASK_IN_PROGRESS, TASK_NOT_STARTED, TASK_PASSED_ON,
    TASK_YOURSELF, tasks_completed, use_lang,
};
use crate::ids::is_valid_id;
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// Where a task stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TaskStatus {
    /// Nothing done yet: "Niet gestart".
    #[default]
    NotStarted,
    /// Started but not finished: "Bezig".
    InProgress,
    /// Finished: "Afgerond". Counts towards the summary.
    Completed,
    /// Another task must be finished first: "Kan nog niet worden gestart". Never a link.
    CannotStartYet,
    /// Something is wrong and the user has to look at it again: "Fout".
    Error,
    /// On a life-event page: something people arrange themselves, at another service or
    /// organisation: "Zelf regelen".
    Yourself,
    /// On a life-event page: something the government passes on for people, so they need not do
    /// it: "Gaat vanzelf". Never a link.
    PassedOn,
}

impl TaskStatus {
    fn text(self) -> &'static Text {
        match self {
            TaskStatus::NotStarted => &TASK_NOT_STARTED,
            TaskStatus::InProgress => &TASK_IN_PROGRESS,
            TaskStatus::Completed => &TASK_COMPLETED,
            TaskStatus::CannotStartYet => &TASK_CANNOT_START_YET,
            TaskStatus::Error => &TASK_ERROR,
            TaskStatus::Yourself => &TASK_YOURSELF,
            TaskStatus::PassedOn => &TASK_PASSED_ON,
        }
    }

    /// The tag's whole `class` value: a constant, so a row builds no class string.
    fn tag_class(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "eh-task-list__tag eh-task-list__tag--not-started",
            TaskStatus::InProgress => "eh-task-list__tag eh-task-list__tag--in-progress",
            TaskStatus::Completed => "eh-task-list__tag eh-task-list__tag--completed",
            TaskStatus::CannotStartYet => "eh-task-list__tag eh-task-list__tag--cannot-start-yet",
            TaskStatus::Error => "eh-task-list__tag eh-task-list__tag--error",
            TaskStatus::Yourself => "eh-task-list__tag eh-task-list__tag--yourself",
            TaskStatus::PassedOn => "eh-task-list__tag eh-task-list__tag--passed-on",
        }
    }
}

/// One task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// What to do, in a few words ("Uw gegevens controleren").
    pub title: String,
    /// Where the task starts. Ignored while the task cannot start yet; without it the task is
    /// plain text.
    pub href: Option<String>,
    /// Where the task stands.
    pub status: TaskStatus,
    /// One short line of extra help under the title.
    pub hint: Option<String>,
}

impl Task {
    /// A task with a `title` and a `status`, without a link.
    pub fn new(title: impl Into<String>, status: TaskStatus) -> Self {
        Task { title: title.into(), href: None, status, hint: None }
    }

    /// The page where the task starts.
    pub fn href(mut self, href: impl Into<String>) -> Self {
        self.href = Some(href.into());
        self
    }

    /// One short line of extra help under the title.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// A group of tasks, with an optional heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskSection {
    /// The heading above the tasks (an `<h2>`); `None` for a list without groups.
    pub heading: Option<String>,
    /// The tasks of this section, in order.
    pub tasks: Vec<Task>,
}

impl TaskSection {
    /// A section with a heading.
    pub fn new(heading: impl Into<String>, tasks: Vec<Task>) -> Self {
        TaskSection { heading: Some(heading.into()), tasks }
    }

    /// A section without a heading.
    pub fn untitled(tasks: Vec<Task>) -> Self {
        TaskSection { heading: None, tasks }
    }
}

/// The task list.
///
/// A task that can be started is a link; the whole row is its click area (CSS only). The status
/// and hint are tied to the link with `aria-describedby`, so a screen reader hears "Uw gegevens
/// controleren, link, Afgerond". The summary ("3 van 5 taken afgerond") is counted from the
/// statuses. An empty list renders nothing.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or when there are no tasks at all.
///
/// ```
/// use eenheid::progress::task_list::{Task, TaskList, TaskSection, TaskStatus};
/// use leptos::prelude::*;
/// let sections = vec![TaskSection::untitled(vec![
///     Task::new("Uw gegevens", TaskStatus::Completed).href("/gegevens"),
///     Task::new("Betalen", TaskStatus::CannotStartYet).href("/betalen"),
/// ])];
/// let html = view! { <TaskList id="taken" sections=sections /> }.to_html();
/// assert!(html.contains("1 van 2 taken afgerond"));
/// assert!(html.contains(r#"href="/gegevens""#));
/// assert!(!html.contains(r#"href="/betalen""#), "a task that cannot start is not a link");
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een lange dienst die mensen in delen en in hun eigen volgorde invullen.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor een kort formulier: vraag dan één ding per pagina.
///
/// # Toegankelijkheid
///
/// Elke taak is een link met de status in woorden, zoals "Niet gestart" of "Afgerond", niet alleen
/// een kleur. De status is aan de link gekoppeld, zodat schermlezers hem samen voorlezen. Zeg
/// bovenaan hoeveel taken klaar zijn.
///
/// # When to use
///
/// - For a long service people complete in parts and in their own order.
///
/// # When not to use
///
/// - Not for a short form: ask one thing per page instead.
///
/// # Accessibility
///
/// Each task is a link with its status in words, such as "Not started" or "Completed", not only a
/// colour. The status is linked to the link, so screen readers read them together. Say at the top
/// how many tasks are done.
#[component]
pub fn TaskList(
    /// A fixed id for the list; the ids of each task's hint and status are derived from it.
    #[prop(into)]
    id: String,
    /// The sections, in order. Use one [`TaskSection::untitled`] for a list without headings.
    sections: Vec<TaskSection>,
    /// Leave out "3 van 5 taken afgerond": for a list that is advice, not progress (a life event).
    #[prop(optional)]
    hide_summary: bool,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid TaskList {id:?}: not a usable HTML id");
    let total: usize = sections.iter().map(|section| section.tasks.len()).sum();
    debug_assert!(total > 0, "Eenheid TaskList {id:?}: there are no tasks; leave the task list out instead");
    if total == 0 {
        // Nothing to show: the same empty marker as before (`Either` below keeps the rest of the
        // view typed, so its attribute strings are not copied into `Arc<str>`s on every render).
        return Either::Left(().into_any());
    }
    let done = sections
        .iter()
        .flat_map(|section| &section.tasks)
        .filter(|task| task.status == TaskStatus::Completed)
        .count();
    let summary_id = [id.as_str(), "-samenvatting"].concat();
    let sections = sections
        .into_iter()
        .enumerate()
        .filter(|(_, section)| !section.tasks.is_empty())
        .map(|(s, section)| {
            let heading = section
                .heading
                .map(|text| view! { <h2 id=format!("{id}-{}", s + 1) {..fixed_class("eh-task-list__section-heading")}>{text}</h2> });
            let tasks = section
                .tasks
                .into_iter()
                .enumerate()
                .map(|(t, task)| task_row(lang, &task_id(&id, s + 1, t + 1), task))
                .collect_view();
            view! {
                <div {..fixed_class("eh-task-list__section")}>
                    {heading}
                    <ul {..fixed_class("eh-task-list__items")}>{tasks}</ul>
                </div>
            }
        })
        .collect_view();
    Either::Right(view! {
        <div class="eh-task-list" id=id>
            {(!hide_summary).then(|| view! { <p class="eh-task-list__summary" id=summary_id>{tasks_completed(lang, done, total)}</p> })}
            {sections}
        </div>
    })
}

/// `{list}-{section}-{task}` (1-based), sized once: `format!` grows its string several times, for
/// every task on every render.
fn task_id(list: &str, section: usize, task: usize) -> String {
    let mut id = String::with_capacity(list.len() + 8);
    // Writing numbers into a String cannot fail.
    let _ = std::fmt::Write::write_fmt(&mut id, format_args!("{list}-{section}-{task}"));
    id
}

fn task_row(lang: crate::i18n::Lang, task_id: &str, task: Task) -> impl IntoView + use<> {
    // Only the ids the row uses are built.
    let status_id = [task_id, "-status"].concat();
    let hint_id = task.hint.as_ref().map(|_| [task_id, "-hint"].concat());
    let href = task.href.filter(|_| !matches!(task.status, TaskStatus::CannotStartYet | TaskStatus::PassedOn));
    let row_class = if href.is_some() {
        "eh-task-list__item eh-task-list__item--with-link"
    } else {
        "eh-task-list__item"
    };
    // `Either`, not `into_any()`: an erased view copies its attribute strings on every render.
    let title = match href {
        Some(href) => {
            let described_by = match &hint_id {
                Some(hint_id) => format!("{hint_id} {status_id}"),
                None => status_id.clone(),
            };
            Either::Left(view! {
                <a class="eh-task-list__link" href=crate::url::safe_href_owned(href) aria-describedby=described_by>{task.title}</a>
            })
        }
        None => Either::Right(view! { <span {..fixed_class("eh-task-list__title")}>{task.title}</span> }),
    };
    let hint = task.hint.map(|text| view! { <p class="eh-task-list__hint" id=hint_id>{text}</p> });
    view! {
        <li {..fixed_class(row_class)}>
            <div {..fixed_class("eh-task-list__name-and-hint")}>
                {title}
                {hint}
            </div>
            <div class="eh-task-list__status" id=status_id>
                <strong {..fixed_class(task.status.tag_class())}>{task.status.text().get(lang)}</strong>
            </div>
        </li>
    }
}

/// [`sheet`] under its class `eh-task-list`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-task-list", sheet };

/// The task list's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-7);
        .eh-task-list__summary {
            font-weight: var(--eh-font-weight-bold);
            margin-bottom: var(--eh-space-6);
        }
        .eh-task-list__section {
            margin-bottom: var(--eh-space-7);
        }
        .eh-task-list__section-heading {
            margin-bottom: var(--eh-space-3);
        }
        .eh-task-list__items {
            list-style: none;
            margin: 0;
            padding: 0;
            max-width: none;
            border-top: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        }
        .eh-task-list__item {
            position: relative;
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            justify-content: space-between;
            gap: var(--eh-space-2) var(--eh-space-4);
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-3) var(--eh-space-2);
            border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        }
        /* The whole row is the link's click area: the link's ::after covers the row. */
        .eh-task-list__item--with-link:hover {
            background-color: var(--eh-color-surface);
        }
        .eh-task-list__link::after {
            content: "";
            position: absolute;
            top: 0;
            right: 0;
            bottom: 0;
            left: 0;
        }
        .eh-task-list__name-and-hint {
            flex: 1 1 15rem;
            min-width: 0;
        }
        .eh-task-list__hint {
            margin: var(--eh-space-1) 0 0 0;
            color: var(--eh-color-text-secondary);
        }
        .eh-task-list__status {
            flex: 0 1 auto;
            min-width: 0;
            max-width: 100%;
        }
        .eh-task-list__tag {
            display: inline-block;
            padding: var(--eh-space-1) var(--eh-space-2);
            border: var(--eh-border-width-m) solid transparent;
            font-weight: var(--eh-font-weight-bold);
            font-size: var(--eh-font-size-s);
            line-height: var(--eh-line-height-body);
        }
        .eh-task-list__tag--not-started {
            color: var(--eh-color-primary);
            background-color: var(--eh-color-highlight);
        }
        .eh-task-list__tag--in-progress {
            color: var(--eh-color-button-primary-text);
            background-color: var(--eh-color-button-primary-background);
        }
        .eh-task-list__tag--completed {
            padding-left: 0;
            padding-right: 0;
            color: var(--eh-color-text);
        }
        .eh-task-list__tag--cannot-start-yet {
            padding-left: 0;
            padding-right: 0;
            font-weight: var(--eh-font-weight-regular);
            color: var(--eh-color-text-secondary);
        }
        .eh-task-list__tag--yourself {
            color: var(--eh-color-primary);
            background-color: var(--eh-color-highlight);
        }
        /* Padding kept: in forced colours the (transparent) border shows, and needs room. */
        .eh-task-list__tag--passed-on {
            color: var(--eh-color-text);
        }
        .eh-task-list__tag--error {
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border-color: var(--eh-color-error);
        }
        "#
    )
}

/// The task list's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Met secties",
        description: "Twee secties met elk een kop. Afgeronde taken, een taak die bezig is, en een taak die pas kan als de rest klaar is. Elke status staat er in woorden.",
        view: view! {
            <TaskList id="taken" sections=vec![
                TaskSection::new("Uw aanvraag", vec![
                    Task::new("Uw gegevens controleren", TaskStatus::Completed).href("#gegevens"),
                    Task::new("Uw nieuwe adres", TaskStatus::Completed).href("#adres"),
                    Task::new("Wie verhuizen er mee", TaskStatus::InProgress).href("#wie")
                        .hint("Vul in wie er met u mee verhuizen."),
                ]),
                TaskSection::new("Versturen", vec![
                    Task::new("Uw antwoorden controleren", TaskStatus::CannotStartYet).href("#controleren")
                        .hint("Dit kan als alle andere taken zijn afgerond."),
                    Task::new("Aanvraag versturen", TaskStatus::CannotStartYet),
                ]),
            ] />
        }
    },
    crate::example! {
        name: "zonder-secties",
        title: "Zonder secties",
        description: "Eén lijst zonder koppen, met alle statussen: niet gestart, bezig, afgerond, fout en kan nog niet worden gestart.",
        view: view! {
            <TaskList id="taken" sections=vec![TaskSection::untitled(vec![
                Task::new("Persoonlijke gegevens", TaskStatus::Completed).href("#persoonlijk"),
                Task::new("Inkomen", TaskStatus::Error).href("#inkomen")
                    .hint("Het bedrag klopt niet met wat de Belastingdienst weet. Kijk het na."),
                Task::new("Vermogen", TaskStatus::InProgress).href("#vermogen"),
                Task::new("Kinderen", TaskStatus::NotStarted).href("#kinderen"),
                Task::new("Aanvraag versturen", TaskStatus::CannotStartYet).href("#versturen"),
            ])] />
        }
    },
    crate::example! {
        name: "alles-afgerond",
        title: "Alles afgerond",
        description: "Alle taken zijn afgerond: de samenvatting telt mee.",
        view: view! {
            <TaskList id="taken" sections=vec![TaskSection::untitled(vec![
                Task::new("Uw gegevens controleren", TaskStatus::Completed).href("#gegevens"),
                Task::new("Uw nieuwe adres", TaskStatus::Completed).href("#adres"),
                Task::new("Aanvraag versturen", TaskStatus::Completed).href("#versturen"),
            ])] />
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_completed_tasks_over_all_sections() {
        let sections = vec![
            TaskSection::new("A", vec![Task::new("1", TaskStatus::Completed), Task::new("2", TaskStatus::Error)]),
            TaskSection::untitled(vec![Task::new("3", TaskStatus::Completed)]),
        ];
        let html = view! { <TaskList id="t" sections=sections /> }.to_html();
        assert!(html.contains("2 van 3 taken afgerond"), "{html}");
        assert!(html.contains(">Fout<"));
    }

    #[test]
    #[should_panic(expected = "there are no tasks")]
    fn an_empty_list_is_caught_in_debug() {
        let _ = view! { <TaskList id="t" sections=vec![TaskSection::new("Leeg", vec![])] /> }.to_html();
    }
}

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "task-list",
    title: "Takenlijst",
    title_en: "Task list",
    family: crate::examples::Family::Progress,
    summary: "Een lange dienst in losse taken, met per taak de status in woorden en hoeveel er klaar is.",
    summary_en: "A long service split into separate tasks, with each task's status in words and how many are done.",
    components: &["TaskList"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
