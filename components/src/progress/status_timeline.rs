//! The status timeline ("Waar staat mijn aanvraag?"): what happened to a request, what happens
//! now and what comes next — with dates, the organisation responsible for each step, and the
//! paths that are not a straight line: a step done again, an application sent back, a hand-over
//! to another organisation. It also says so when it goes quiet for a while, and that the person
//! does not have to do anything then.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{
    Lang, MONTHS, TIMELINE_CURRENT, TIMELINE_CURRENT_SINCE, TIMELINE_DONE, TIMELINE_DONE_ON, TIMELINE_EMPTY,
    TIMELINE_EXPECTED, TIMELINE_EXPECTED_BEFORE, TIMELINE_HANDED_OVER_TO, TIMELINE_HAPPENED_ON, TIMELINE_HEADING, TIMELINE_NOTHING_TO_DO,
    TIMELINE_ORGANISATION, TIMELINE_REPEATED, TIMELINE_RETURNED, hear_within_weeks, use_lang,
};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// A calendar date, written out in words ("1 maart 2026") and machine-readable in `<time>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// A date.
    ///
    /// # Panics
    /// In debug builds, when the day does not exist (31 April, 29 February in a common year).
    pub fn new(year: u16, month: u8, day: u8) -> Self {
        debug_assert!(
            (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month),
            "Eenheid Date: {year}-{month:02}-{day:02} does not exist"
        );
        Date { year, month, day }
    }

    /// The ISO 8601 form for `<time datetime>`: `2026-03-01`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date in words: "1 maart 2026" in Dutch, "1 March 2026" in English (day first in both,
    /// as GOV.UK writes it).
    ///
    /// ```
    /// use eenheid::i18n::Lang;
    /// use eenheid::progress::status_timeline::Date;
    /// assert_eq!(Date::new(2026, 3, 1).format(Lang::Nl), "1 maart 2026");
    /// assert_eq!(Date::new(2026, 4, 15).format(Lang::En), "15 April 2026");
    /// ```
    pub fn format(self, lang: Lang) -> String {
        let month = MONTHS.get(usize::from(self.month).wrapping_sub(1)).map_or("", |m| m.get(lang));
        format!("{} {month} {}", self.day, self.year)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Where an event stands in time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EventState {
    /// It has happened; the date is when.
    #[default]
    Done,
    /// It is happening now; the date is since when. Marked with `aria-current="step"`.
    Current,
    /// It is happening now and nothing will be heard for a while: "U hoort binnen 8 weken van
    /// ons. U hoeft niets te doen." Also marked as current.
    Quiet {
        /// Within how many weeks the person hears from the organisation.
        weeks: u16,
    },
    /// It is still to come; the date is when it is expected at the latest.
    Expected,
}

impl EventState {
    fn is_current(self) -> bool {
        matches!(self, EventState::Current | EventState::Quiet { .. })
    }
}

/// What kind of event it is, for the paths that are not a straight line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum EventKind {
    /// An ordinary step.
    #[default]
    Step,
    /// A step that happens again (e.g. treatment starts again after more information came in):
    /// the title gets "Opnieuw:" in front.
    Repeated,
    /// The application was sent back to the person: the title gets "Teruggestuurd:" in front
    /// ("Teruggestuurd: wij hebben meer informatie nodig").
    Returned,
    /// The application went to another organisation: "Overgedragen aan …".
    HandedOver {
        /// The organisation that takes over, written out in full.
        to: String,
    },
}

/// One event of a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEvent {
    /// What happened or happens, in a few words ("Aanvraag ontvangen").
    pub title: String,
    /// When: the day it happened, the day it started, or the day it is expected at the latest.
    pub date: Option<Date>,
    /// One or two sentences more, e.g. what the person has to do.
    pub description: Option<String>,
    /// The organisation responsible for this step, written out in full.
    pub organisation: Option<String>,
    /// Done, current, quiet or expected.
    pub state: EventState,
    /// An ordinary step, or a repeat, return or hand-over.
    pub kind: EventKind,
}

impl TimelineEvent {
    /// An ordinary event with a `title` and a `state`.
    pub fn new(title: impl Into<String>, state: EventState) -> Self {
        TimelineEvent { title: title.into(), date: None, description: None, organisation: None, state, kind: EventKind::Step }
    }

    /// The date of the event.
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// One or two sentences more.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The organisation responsible for this step.
    pub fn organisation(mut self, organisation: impl Into<String>) -> Self {
        self.organisation = Some(organisation.into());
        self
    }

    /// What kind of event it is.
    pub fn kind(mut self, kind: EventKind) -> Self {
        self.kind = kind;
        self
    }
}

/// The status timeline: an ordered list (`<ol>`) of the events of one request, oldest first.
///
/// Every state is written in words ("Afgerond op", "Nu bezig", "Verwacht: voor"), dates in a
/// `<time datetime>`, and the current event has `aria-current="step"`. With no events, it shows
/// a clear empty state instead of an empty list.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or when more than one event is current.
///
/// ```
/// use eenheid::progress::status_timeline::{Date, EventState, StatusTimeline, TimelineEvent};
/// use leptos::prelude::*;
/// let events = vec![
///     TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 3, 1)),
///     TimelineEvent::new("In behandeling", EventState::Quiet { weeks: 8 }).date(Date::new(2026, 3, 2)),
///     TimelineEvent::new("Besluit", EventState::Expected).date(Date::new(2026, 4, 15)),
/// ];
/// let html = view! { <StatusTimeline id="status" events=events /> }.to_html();
/// assert!(html.contains(r#"<time datetime="2026-03-01">1 maart 2026</time>"#));
/// assert!(html.contains(r#"aria-current="step""#));
/// assert!(html.contains("U hoort binnen 8 weken van ons."));
/// assert!(html.contains("Verwacht: voor"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Op een statuspagina, om te laten zien wat er met een aanvraag gebeurd is en wat er nog komt.
/// - Zeg het ook als het een tijd stil blijft en wanneer mensen iets kunnen verwachten.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor de stappen van een formulier: gebruik de stappenindicator.
///
/// # Toegankelijkheid
///
/// Het overzicht is een geordende lijst. Elke stap zegt in tekst of hij klaar is, nu bezig is of
/// nog komt, met een datum in woorden. De huidige stap heeft `aria-current`. Schrijf per stap wie
/// ermee bezig is en of mensen iets moeten doen.
///
/// # When to use
///
/// - On a status page, to show what has happened to an application and what is still to come.
/// - Also say when it will be quiet for a while and when people can expect something.
///
/// # When not to use
///
/// - Not for the steps of a form: use the step indicator.
///
/// # Accessibility
///
/// The timeline is an ordered list. Each step says in words whether it is done, in progress or
/// still to come, with a date in words. The current step has `aria-current`. Write for each step
/// who is working on it and whether people need to do anything.
#[component]
pub fn StatusTimeline(
    /// A fixed id; the heading's id is derived from it.
    #[prop(into)]
    id: String,
    /// The events, oldest first.
    events: Vec<TimelineEvent>,
    /// The heading (an `<h2>`); "Waar staat mijn aanvraag?" when not given.
    #[prop(optional, into)]
    heading: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid StatusTimeline {id:?}: not a usable HTML id");
    debug_assert!(
        events.iter().filter(|event| event.state.is_current()).count() <= 1,
        "Eenheid StatusTimeline {id:?}: more than one event is current"
    );
    let heading_id = format!("{id}-kop");
    let heading = heading.get_untracked().unwrap_or_else(|| TIMELINE_HEADING.get(lang).to_owned());
    let body = if events.is_empty() {
        view! { <p class="eh-status-timeline__empty">{TIMELINE_EMPTY.get(lang)}</p> }.into_any()
    } else {
        let items = events.into_iter().map(|event| event_item(lang, event)).collect_view();
        view! { <ol class="eh-status-timeline__list" aria-labelledby=heading_id.clone()>{items}</ol> }.into_any()
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="eh-status-timeline" id=id aria-labelledby=labelled_by>
            <h2 class="eh-status-timeline__heading" id=heading_id>{heading}</h2>
            {body}
        </section>
    }
}

fn event_item(lang: Lang, event: TimelineEvent) -> impl IntoView + use<> {
    let detour = matches!(event.kind, EventKind::Returned | EventKind::HandedOver { .. });
    let (modifier, bare, with_date) = match event.state {
        // A return or hand-over is not "done": it happened on that day.
        EventState::Done if detour => ("done", TIMELINE_DONE.get(lang), TIMELINE_HAPPENED_ON.get(lang)),
        EventState::Done => ("done", TIMELINE_DONE.get(lang), TIMELINE_DONE_ON.get(lang)),
        EventState::Current | EventState::Quiet { .. } => {
            ("current", TIMELINE_CURRENT.get(lang), TIMELINE_CURRENT_SINCE.get(lang))
        }
        EventState::Expected => ("expected", TIMELINE_EXPECTED.get(lang), TIMELINE_EXPECTED_BEFORE.get(lang)),
    };
    let when = match event.date {
        Some(date) => view! {
            <strong class="eh-status-timeline__state">{with_date}</strong>
            " "
            <time datetime=date.iso()>{date.format(lang)}</time>
        }
        .into_any(),
        None => view! { <strong class="eh-status-timeline__state">{bare}</strong> }.into_any(),
    };
    let (prefix, handed_over) = match event.kind {
        EventKind::Step => (None, None),
        EventKind::Repeated => (Some(TIMELINE_REPEATED.get(lang)), None),
        EventKind::Returned => (Some(TIMELINE_RETURNED.get(lang)), None),
        EventKind::HandedOver { to } => (None, Some(to)),
    };
    let kind_class = if detour { " eh-status-timeline__event--detour" } else { "" };
    let quiet = match event.state {
        EventState::Quiet { weeks } => Some(view! {
            <p class="eh-status-timeline__quiet">
                {hear_within_weeks(lang, weeks)}" "{TIMELINE_NOTHING_TO_DO.get(lang)}
            </p>
        }),
        _ => None,
    };
    view! {
        <li
            class=format!("eh-status-timeline__event eh-status-timeline__event--{modifier}{kind_class}")
            aria-current=event.state.is_current().then_some("step")
        >
            <span class="eh-status-timeline__marker" aria-hidden="true"></span>
            <h3 class="eh-status-timeline__title">
                {prefix.map(|text| view! { <span class="eh-status-timeline__kind">{text}</span>" " })}
                {event.title}
            </h3>
            <p class="eh-status-timeline__when">{when}</p>
            {handed_over.map(|to| view! {
                <p class="eh-status-timeline__handed-over">{format!("{} {to}", TIMELINE_HANDED_OVER_TO.get(lang))}</p>
            })}
            {quiet}
            {event.description.map(|text| view! { <p class="eh-status-timeline__description">{text}</p> })}
            {event.organisation.map(|name| view! {
                <p class="eh-status-timeline__organisation">{format!("{} {name}", TIMELINE_ORGANISATION.get(lang))}</p>
            })}
        </li>
    }
}

/// [`sheet`] under its class `eh-status-timeline`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-status-timeline", sheet };

/// The status timeline's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-7);
        .eh-status-timeline__list {
            list-style: none;
            margin: 0;
            padding: 0;
            max-width: var(--eh-size-text-max);
        }
        .eh-status-timeline__event {
            position: relative;
            padding-left: var(--eh-space-7);
            padding-bottom: var(--eh-space-5);
        }
        /* The line between the markers. */
        .eh-status-timeline__event::before {
            content: "";
            position: absolute;
            top: var(--eh-space-2);
            bottom: 0;
            left: calc(var(--eh-space-2) - var(--eh-border-width-m) / 2);
            border-left: var(--eh-border-width-m) solid var(--eh-color-step-done);
        }
        .eh-status-timeline__event--current::before, .eh-status-timeline__event--expected::before {
            border-left-style: dashed;
            border-left-color: var(--eh-color-step-upcoming);
        }
        .eh-status-timeline__event:last-child::before {
            display: none;
        }
        .eh-status-timeline__marker {
            position: absolute;
            top: var(--eh-space-1);
            left: 0;
            width: var(--eh-space-4);
            height: var(--eh-space-4);
            border-radius: 50%;
            border: var(--eh-border-width-m) solid var(--eh-color-step-done);
            background-color: var(--eh-color-step-done);
        }
        .eh-status-timeline__event--current .eh-status-timeline__marker {
            border-color: var(--eh-color-step-current);
            background-color: var(--eh-color-step-current);
            box-shadow: 0 0 0 var(--eh-border-width-l) var(--eh-color-highlight);
        }
        .eh-status-timeline__event--expected .eh-status-timeline__marker {
            border-color: var(--eh-color-step-upcoming);
            background-color: var(--eh-color-background);
        }
        /* A return or hand-over: a square marker, so the detour shows in shape, not colour. */
        .eh-status-timeline__event--detour .eh-status-timeline__marker {
            border-radius: var(--eh-radius-none);
        }
        .eh-status-timeline__title {
            margin-bottom: var(--eh-space-1);
        }
        .eh-status-timeline__kind {
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-status-timeline__when, .eh-status-timeline__handed-over, .eh-status-timeline__quiet,
        .eh-status-timeline__description, .eh-status-timeline__organisation {
            margin-bottom: var(--eh-space-1);
        }
        .eh-status-timeline__organisation {
            color: var(--eh-color-text-secondary);
        }
        .eh-status-timeline__event--current {
            padding-top: var(--eh-space-2);
        }
        .eh-status-timeline__event--current > * {
            max-width: none;
        }
        .eh-status-timeline__event--current .eh-status-timeline__marker {
            top: calc(var(--eh-space-2) + var(--eh-space-1));
        }
        .eh-status-timeline__event--current .eh-status-timeline__title {
            font-size: var(--eh-font-size-l);
        }
        .eh-status-timeline__quiet {
            padding: var(--eh-space-3) var(--eh-space-4);
            margin: var(--eh-space-2) 0;
            border-left: var(--eh-border-width-xl) solid var(--eh-color-accent);
            background-color: var(--eh-color-surface);
        }
        .eh-status-timeline__event--expected .eh-status-timeline__title {
            color: var(--eh-color-text-secondary);
        }
        "#
    )
}

/// The status timeline's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "in-behandeling",
        title: "In behandeling",
        description: "Een gewone aanvraag: ontvangen, nu in behandeling, en wanneer het besluit verwacht wordt. Bij elke stap staat wie ermee bezig is.",
        view: view! {
            <StatusTimeline id="status" events=vec![
                TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 3, 1))
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Aanvraag in behandeling", EventState::Current).date(Date::new(2026, 3, 4))
                    .description("Een medewerker bekijkt uw aanvraag.").organisation("Gemeente Utrecht"),
                TimelineEvent::new("Besluit", EventState::Expected).date(Date::new(2026, 4, 15))
                    .description("U krijgt een brief met het besluit.").organisation("Gemeente Utrecht"),
            ] />
        }
    },
    crate::example! {
        name: "stille-periode",
        title: "Stille periode",
        description: "Het wordt een tijd stil. De tijdlijn zegt wanneer de aanvrager weer iets hoort, en dat hij niets hoeft te doen.",
        view: view! {
            <StatusTimeline id="status" events=vec![
                TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 3, 1))
                    .organisation("Dienst Uitvoering Onderwijs"),
                TimelineEvent::new("Wij beoordelen uw aanvraag", EventState::Quiet { weeks: 8 }).date(Date::new(2026, 3, 2))
                    .organisation("Dienst Uitvoering Onderwijs"),
                TimelineEvent::new("Besluit", EventState::Expected).date(Date::new(2026, 4, 27))
                    .organisation("Dienst Uitvoering Onderwijs"),
            ] />
        }
    },
    crate::example! {
        name: "teruggestuurd",
        title: "Teruggestuurd voor meer informatie",
        description: "Geen rechte lijn: de aanvraag komt terug bij de aanvrager, die informatie aanvult; daarna begint de behandeling opnieuw.",
        view: view! {
            <StatusTimeline id="status" events=vec![
                TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 2, 2))
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Aanvraag in behandeling", EventState::Done).date(Date::new(2026, 2, 5))
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("wij hebben meer informatie nodig", EventState::Done).date(Date::new(2026, 2, 16))
                    .kind(EventKind::Returned)
                    .description("Wij hebben een kopie van uw huurcontract nodig. U heeft die op 20 februari 2026 gestuurd.")
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Aanvraag in behandeling", EventState::Current).date(Date::new(2026, 2, 20))
                    .kind(EventKind::Repeated).organisation("Gemeente Utrecht"),
                TimelineEvent::new("Besluit", EventState::Expected).date(Date::new(2026, 3, 20))
                    .organisation("Gemeente Utrecht"),
            ] />
        }
    },
    crate::example! {
        name: "overgedragen",
        title: "Overgedragen aan een andere organisatie",
        description: "De aanvraag gaat naar een andere organisatie. De tijdlijn zegt aan wie, en wie vanaf dan verantwoordelijk is.",
        view: view! {
            <StatusTimeline id="status" events=vec![
                TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 1, 12))
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Aanvraag doorgestuurd", EventState::Done).date(Date::new(2026, 1, 14))
                    .kind(EventKind::HandedOver { to: "Uitvoeringsinstituut Werknemersverzekeringen".to_owned() })
                    .description("Deze organisatie beslist over uw aanvraag. U hoeft niets opnieuw in te vullen.")
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Aanvraag in behandeling", EventState::Current).date(Date::new(2026, 1, 19))
                    .organisation("Uitvoeringsinstituut Werknemersverzekeringen"),
                TimelineEvent::new("Besluit", EventState::Expected)
                    .organisation("Uitvoeringsinstituut Werknemersverzekeringen"),
            ] />
        }
    },
    crate::example! {
        name: "besluit",
        title: "Besluit genomen",
        description: "Alles is afgerond: er is geen huidige stap meer.",
        view: view! {
            <StatusTimeline id="status" events=vec![
                TimelineEvent::new("Aanvraag ontvangen", EventState::Done).date(Date::new(2026, 3, 1))
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Aanvraag in behandeling", EventState::Done).date(Date::new(2026, 3, 4))
                    .organisation("Gemeente Utrecht"),
                TimelineEvent::new("Besluit genomen", EventState::Done).date(Date::new(2026, 3, 25))
                    .description("Uw aanvraag is toegekend. U krijgt de brief ook per post.")
                    .organisation("Gemeente Utrecht"),
            ] />
        }
    },
    crate::example! {
        name: "leeg",
        title: "Nog niets te zien",
        description: "Er zijn nog geen gebeurtenissen: een duidelijke tekst in plaats van een lege lijst.",
        view: view! { <StatusTimeline id="status" events=vec![] /> }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_and_machine_readable() {
        assert_eq!(Date::new(2026, 1, 9).iso(), "2026-01-09");
        assert_eq!(Date::new(2026, 12, 31).format(Lang::Nl), "31 december 2026");
        assert_eq!(Date::new(2024, 2, 29).format(Lang::En), "29 February 2024");
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
    }

    #[test]
    #[should_panic(expected = "does not exist")]
    fn impossible_dates_are_caught_in_debug() {
        let _ = Date::new(2026, 4, 31);
    }

    #[test]
    #[should_panic(expected = "more than one event is current")]
    fn two_current_events_are_caught_in_debug() {
        let events = vec![TimelineEvent::new("a", EventState::Current), TimelineEvent::new("b", EventState::Quiet { weeks: 2 })];
        let _ = view! { <StatusTimeline id="s" events=events /> }.to_html();
    }

    #[test]
    fn english_timeline() {
        let html = crate::render::render_html(|| {
            crate::i18n::provide_lang(Lang::En);
            let events = vec![
                TimelineEvent::new("Received", EventState::Done).date(Date::new(2026, 3, 1)),
                TimelineEvent::new("More information needed", EventState::Quiet { weeks: 1 }).kind(EventKind::Returned),
                TimelineEvent::new("Decision", EventState::Expected).date(Date::new(2026, 4, 15)),
            ];
            view! { <StatusTimeline id="s" events=events /> }
        });
        assert!(html.contains("Where is my application?"));
        assert!(html.contains(r#"<time datetime="2026-04-15">15 April 2026</time>"#));
        assert!(html.contains("Expected: before"));
        assert!(html.contains("Sent back:"));
        assert!(html.contains("You will hear from us within 1 week."));
    }
}

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "status-timeline",
    title: "Statusoverzicht",
    title_en: "Status timeline",
    family: crate::examples::Family::Progress,
    summary: "Waar staat mijn aanvraag? Wat er gebeurd is, wat nu gebeurt en wat er nog komt, met data en wie ermee bezig is.",
    summary_en: "Where is my application? What has happened, what is happening now and what is still to come, with dates and who is working on it.",
    components: &["StatusTimeline"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
