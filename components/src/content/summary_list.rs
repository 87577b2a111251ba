//! The summary list: questions and answers as a list of key/value rows, each with a link to change
//! the answer. Used on "Controleer uw antwoorden" pages and to show what the government already
//! knows (R12). A `<dl>`, so screen readers announce the pairs.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::{Heading, HeadingLevel};
use crate::examples::Example;
use crate::i18n::{CHANGE, use_lang};
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// A link in a row (or on a card): "Wijzigen" by default.
///
/// The visible text is short ("Wijzigen"); `context` is added for screen readers only, so a list
/// of links reads "Wijzigen uw postcode", not ten times "Wijzigen" (WCAG 2.4.4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryAction {
    /// The visible text; `None` is the built-in "Wijzigen" / "Change".
    pub text: Option<String>,
    /// Where the link goes (usually the question's page, with the field's id as fragment).
    pub href: String,
    /// What the link is about, read only by screen readers after the text ("uw postcode").
    pub context: String,
}

impl SummaryAction {
    /// A "Wijzigen" link to `href` about `context` ("uw postcode").
    pub fn change(href: impl Into<String>, context: impl Into<String>) -> Self {
        SummaryAction { text: None, href: href.into(), context: context.into() }
    }

    /// A link with its own visible `text` ("Verwijderen"), to `href`, about `context`.
    pub fn new(text: impl Into<String>, href: impl Into<String>, context: impl Into<String>) -> Self {
        SummaryAction { text: Some(text.into()), href: href.into(), context: context.into() }
    }
}

/// One row: the question (key), the answer (value, one or more lines) and its links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// The question or what the value is ("Postcode").
    pub key: String,
    /// The answer, one entry per line (an address has several lines).
    pub lines: Vec<String>,
    /// The links of the row; none for answers that cannot be changed.
    pub actions: Vec<SummaryAction>,
}

impl SummaryRow {
    /// A row; a `value` with newlines (`"Straat 1\n1234 AB Utrecht"`) shows as several lines.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        let value: String = value.into();
        // A one-line value (the usual) is kept as it is rather than copied line by line.
        let lines = if !value.is_empty() && !value.contains(['\n', '\r']) {
            vec![value]
        } else {
            value.lines().map(str::to_owned).collect()
        };
        SummaryRow { key: key.into(), lines, actions: Vec::new() }
    }

    /// A row whose value is the given lines.
    pub fn lines<I, S>(key: impl Into<String>, lines: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        SummaryRow { key: key.into(), lines: lines.into_iter().map(Into::into).collect(), actions: Vec::new() }
    }

    /// Adds a "Wijzigen" link to `href`; `context` ("uw postcode") is read only by screen readers.
    pub fn change(mut self, href: impl Into<String>, context: impl Into<String>) -> Self {
        self.actions.push(SummaryAction::change(href, context));
        self
    }

    /// Adds any link.
    pub fn action(mut self, action: SummaryAction) -> Self {
        self.actions.push(action);
        self
    }
}

/// Renders one link: visible text, then the screen-reader context.
fn action_link(lang: crate::i18n::Lang, action: SummaryAction) -> impl IntoView {
    // The built-in "Wijzigen" is rendered as the static text it is, not copied into a String.
    let text = match action.text {
        Some(text) => Either::Left(text),
        None => Either::Right(CHANGE.get(lang)),
    };
    let context = action.context.trim();
    let context = (!context.is_empty()).then(|| format!(" {context}"));
    view! {
        <a href=crate::url::safe_href_owned(action.href) {..fixed_class("eh-summary-list__link")}>
            {text}
            {context.map(|context| view! { <span {..fixed_class("eh-visually-hidden")}>{context}</span> })}
        </a>
    }
}

/// The links of a row or card: a single link as it is, several as a list.
fn actions_view(lang: crate::i18n::Lang, actions: Vec<SummaryAction>) -> impl IntoView + use<> {
    // `Either`, not `into_any()`: an erased view copies its attribute strings on every render.
    if actions.len() == 1 {
        let action = actions.into_iter().next().expect("one action");
        return Either::Left(action_link(lang, action));
    }
    Either::Right(view! {
        <ul {..fixed_class("eh-summary-list__actions-list")}>
            {actions.into_iter().map(|action| view! { <li>{action_link(lang, action)}</li> }).collect_view()}
        </ul>
    })
}

/// A summary list: each row a question, its answer and (optionally) a "Wijzigen" link.
///
/// When some rows have links and others not, the rows without keep an empty column so the answers
/// stay aligned. Renders nothing for an empty list.
///
/// # Panics
/// In debug builds, when there are no rows (leave the list out instead).
///
/// ```
/// use eenheid::content::summary_list::{SummaryList, SummaryRow};
/// use leptos::prelude::*;
/// let html = view! {
///     <SummaryList rows=vec![
///         SummaryRow::new("Postcode", "1234 AB").change("/adres#postcode", "uw postcode"),
///         SummaryRow::new("Adres", "Straat 1\n1234 AB Utrecht"),
///     ] />
/// }.to_html();
/// assert!(html.contains(r#"Wijzigen<span class="eh-visually-hidden"> uw postcode</span>"#));
/// assert!(html.contains("Straat 1<br>1234 AB Utrecht"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Op de pagina "Controleer uw antwoorden", met een link "Wijzigen" per antwoord.
/// - Voor een paar gegevens over één ding, zoals een aanvraag.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor gegevens die mensen willen vergelijken of sorteren: gebruik een tabel.
///
/// # Toegankelijkheid
///
/// De lijst is een `dl` met vraag en antwoord als paar. Elke link "Wijzigen" heeft verborgen tekst
/// met de vraag erbij, zodat schermlezers horen wat er wijzigt. Gebruik dezelfde woorden als in de
/// vragen.
///
/// # When to use
///
/// - On the "Check your answers" page, with a "Change" link for each answer.
/// - For a few details about one thing, such as an application.
///
/// # When not to use
///
/// - Not for data people want to compare or sort: use a table.
///
/// # Accessibility
///
/// The list is a `dl` with question and answer as a pair. Each "Change" link has hidden text with
/// the question, so screen readers hear what changes. Use the same words as in the questions.
#[component]
pub fn SummaryList(
    /// The rows, in the order the questions were asked.
    rows: Vec<SummaryRow>,
    /// A fixed id for the list (also names it in debug messages).
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// Leave out the lines between rows (e.g. inside a card, or for a single row).
    #[prop(optional)]
    no_border: bool,
) -> impl IntoView {
    let lang = use_lang();
    let id = id.get_untracked();
    debug_assert!(!rows.is_empty(), "Eenheid SummaryList {id:?}: there are no rows; leave the list out instead");
    if rows.is_empty() {
        // Nothing to show: the same empty marker as before (`Either` below keeps the rest of the
        // view typed, so its attribute strings are not copied into `Arc<str>`s on every render).
        return Either::Left(().into_any());
    }
    let any_actions = rows.iter().any(|row| !row.actions.is_empty());
    let class = if no_border { "eh-summary-list eh-summary-list--no-border" } else { "eh-summary-list" };
    let rows = rows
        .into_iter()
        .map(|row| {
            let row_class = if any_actions && row.actions.is_empty() {
                "eh-summary-list__row eh-summary-list__row--no-actions"
            } else {
                "eh-summary-list__row"
            };
            let lines = row
                .lines
                .into_iter()
                .enumerate()
                .map(|(index, line)| view! { {(index > 0).then(|| view! { <br /> })}{line} })
                .collect_view();
            view! {
                <div {..fixed_class(row_class)}>
                    <dt {..fixed_class("eh-summary-list__key")}>{row.key}</dt>
                    <dd {..fixed_class("eh-summary-list__value")}>{lines}</dd>
                    {(!row.actions.is_empty()).then(|| view! {
                        <dd {..fixed_class("eh-summary-list__actions")}>{actions_view(lang, row.actions)}</dd>
                    })}
                </div>
            }
        })
        .collect_view();
    Either::Right(view! { <dl class=class id=id>{rows}</dl> })
}

/// A summary list in a card with a title, for one of several things of the same kind (each
/// person who moves, each child): the card's links act on the whole thing.
///
/// ```
/// use eenheid::content::summary_list::{SummaryAction, SummaryCard, SummaryList, SummaryRow};
/// use leptos::prelude::*;
/// let html = view! {
///     <SummaryCard title="Ada de Vries" actions=vec![SummaryAction::new("Verwijderen", "/wie/1/verwijderen", "Ada de Vries")]>
///         <SummaryList rows=vec![SummaryRow::new("Geboortedatum", "10 december 1990")] />
///     </SummaryCard>
/// }.to_html();
/// assert!(html.contains(r#"<h2 class="eh-summary-card__title">Ada de Vries</h2>"#));
/// assert!(html.contains(r#"Verwijderen<span class="eh-visually-hidden"> Ada de Vries</span>"#));
/// ```
#[component]
pub fn SummaryCard(
    /// The card's title: what the rows are about ("Ada de Vries").
    #[prop(into)]
    title: String,
    /// The title's heading level (`<h2>` unless the page outline needs another).
    #[prop(optional)]
    heading_level: HeadingLevel,
    /// Links that act on the whole card ("Verwijderen"); their context should name the card.
    #[prop(optional)]
    actions: Vec<SummaryAction>,
    /// The card's content: a [`SummaryList`].
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="eh-summary-card">
            <div class="eh-summary-card__header">
                <Heading level=heading_level class="eh-summary-card__title">{title}</Heading>
                {(!actions.is_empty()).then(|| view! { <div class="eh-summary-card__actions">{actions_view(lang, actions)}</div> })}
            </div>
            <div class="eh-summary-card__content">{children()}</div>
        </div>
    }
}

/// [`sheet`] under its class `eh-summary-list`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-summary-list", sheet };

/// The summary list's sheet: stacked on small screens, three columns from tablet width.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin: 0 0 var(--eh-space-6) 0;
        padding: 0;
        .eh-summary-list__row {
            margin-bottom: var(--eh-space-4);
            border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        }
        &.eh-summary-list--no-border .eh-summary-list__row {
            border-bottom: 0;
        }
        .eh-summary-list__key,
        .eh-summary-list__value,
        .eh-summary-list__actions {
            margin: 0;
            overflow-wrap: anywhere;
        }
        .eh-summary-list__key {
            margin-bottom: var(--eh-space-1);
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-summary-list__value {
            margin-bottom: var(--eh-space-2);
        }
        .eh-summary-list__actions {
            margin-bottom: var(--eh-space-3);
        }
        .eh-summary-list__actions-list {
            margin: 0;
            padding: 0;
            list-style: none;
            display: flex;
            flex-wrap: wrap;
            gap: 0 var(--eh-space-4);
        }
        .eh-summary-list__link {
            display: inline-block;
            padding: var(--eh-space-2) 0;
        }
        @media (min-width: ${tablet}) {
            display: table;
            width: 100%;
            table-layout: fixed;
            border-collapse: collapse;
            .eh-summary-list__row {
                display: table-row;
                margin-bottom: 0;
            }
            .eh-summary-list__key,
            .eh-summary-list__value,
            .eh-summary-list__actions {
                display: table-cell;
                padding: var(--eh-space-3) var(--eh-space-4) var(--eh-space-3) 0;
                vertical-align: top;
            }
            .eh-summary-list__key {
                width: 30%;
            }
            .eh-summary-list__actions {
                width: 20%;
                padding-right: 0;
                text-align: right;
            }
            .eh-summary-list__actions-list {
                justify-content: flex-end;
            }
            .eh-summary-list__link {
                padding: 0;
            }
            .eh-summary-list__row--no-actions::after {
                content: "";
                display: table-cell;
                width: 20%;
            }
        }
        "#,
        tablet = eenheid_tokens::constants::BREAKPOINT_TABLET
    )
}

/// [`card_sheet`] under its class `eh-summary-card`, as the stylesheet writes it.
pub const CARD_SHEET: ComponentSheet = ComponentSheet { class: "eh-summary-card", sheet: card_sheet };

/// The summary card's sheet.
pub fn card_sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        border: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        .eh-summary-card__header {
            display: flex;
            flex-wrap: wrap;
            align-items: baseline;
            justify-content: space-between;
            gap: var(--eh-space-2) var(--eh-space-4);
            padding: var(--eh-space-3) var(--eh-space-4);
            background-color: var(--eh-color-surface);
        }
        .eh-summary-card__title {
            margin: 0;
            font-size: var(--eh-font-size-m);
        }
        .eh-summary-card__actions {
            margin: 0;
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-summary-card__content {
            padding: var(--eh-space-3) var(--eh-space-4) 0 var(--eh-space-4);
        }
        .eh-summary-card__content .eh-summary-list {
            margin-bottom: var(--eh-space-3);
        }
        "#
    )
}

/// The summary list's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Controleer uw antwoorden",
        description: "Elke vraag met het antwoord en een link om het te wijzigen. De link zegt voor schermlezers waar hij over gaat: \u{201c}Wijzigen uw postcode\u{201d}.",
        view: view! {
            <h2>"Uw verhuizing"</h2>
            <SummaryList id="antwoorden" rows=vec![
                SummaryRow::new("Wie verhuist er?", "Ik en mijn gezin").change("/verhuizen/wie", "wie er verhuist"),
                SummaryRow::new("Nieuw adres", "Oudegracht 231\n3511 NK Utrecht").change("/verhuizen/adres", "uw nieuwe adres"),
                SummaryRow::new("Postcode", "3511 NK").change("/verhuizen/adres#postcode", "uw postcode"),
                SummaryRow::new("Verhuisdatum", "1 mei 2026").change("/verhuizen/datum", "de verhuisdatum"),
            ] />
        }
    },
    crate::example! {
        name: "zonder-links",
        title: "Zonder links",
        description: "Gegevens die de overheid al kent en die hier niet te wijzigen zijn. Een rij zonder link houdt de kolommen recht als andere rijen wel een link hebben.",
        view: view! {
            <SummaryList id="gegevens" rows=vec![
                SummaryRow::new("Naam", "Ada de Vries"),
                SummaryRow::new("Burgerservicenummer", "123456782"),
                SummaryRow::new("Telefoonnummer", "06 12345678").change("/gegevens/telefoon", "uw telefoonnummer"),
            ] />
        }
    },
    crate::example! {
        name: "zonder-lijnen",
        title: "Zonder lijnen",
        description: "Zonder scheidingslijnen, bijvoorbeeld voor een korte lijst zonder links.",
        view: view! {
            <SummaryList id="aanvraag" no_border=true rows=vec![
                SummaryRow::new("Referentienummer", "HDJ2123F"),
                SummaryRow::new("Ingediend op", "3 maart 2026"),
            ] />
        }
    },
    crate::example! {
        name: "meerdere-links",
        title: "Meerdere links per rij",
        description: "Een rij met twee acties; elke link zegt voor schermlezers waar hij over gaat.",
        view: view! {
            <SummaryList id="bijlagen" rows=vec![
                SummaryRow::lines("Bijlagen", ["huurcontract.pdf", "loonstrook-maart.pdf"])
                    .change("/bijlagen", "de bijlagen")
                    .action(SummaryAction::new("Verwijderen", "/bijlagen/verwijderen", "de bijlagen")),
            ] />
        }
    },
    crate::example! {
        name: "kaart",
        title: "Kaart",
        description: "Een kaart per persoon of per ding, met een titel en acties voor de hele kaart.",
        view: view! {
            <SummaryCard title="Ada de Vries" actions=vec![SummaryAction::new("Verwijderen", "/verhuizen/wie/1/verwijderen", "Ada de Vries")]>
                <SummaryList id="persoon-1" no_border=true rows=vec![
                    SummaryRow::new("Geboortedatum", "10 december 1990").change("/verhuizen/wie/1#geboortedatum", "geboortedatum van Ada de Vries"),
                    SummaryRow::new("Relatie", "Partner").change("/verhuizen/wie/1#relatie", "relatie van Ada de Vries"),
                ] />
            </SummaryCard>
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET, CARD_SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "summary-list",
    title: "Samenvattingslijst",
    title_en: "Summary list",
    family: crate::examples::Family::Content,
    summary: "Vragen en antwoorden op een rij, met een link om elk antwoord te wijzigen: \u{201c}Controleer uw antwoorden\u{201d}.",
    summary_en: "Questions and answers in rows, with a link to change each answer: “Check your answers”.",
    components: &["SummaryList", "SummaryCard"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
