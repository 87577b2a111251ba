//! The table: data in rows and columns, with a caption, header cells and right-aligned numbers.
//!
//! Narrow screens: the table keeps its real table semantics (every cell stays linked to its
//! headers) inside a labelled, keyboard-focusable scroll region. Only the table scrolls
//! sideways, never the page: at 320 CSS px the page reflows (WCAG 1.4.10 allows two-dimensional
//! scrolling for data tables) and keyboard users can scroll it too (WCAG 2.1.1).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// What a column holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text: left-aligned.
    #[default]
    Text,
    /// Numbers and amounts: right-aligned with equal-width digits, so they line up to compare.
    Numeric,
}

/// One column: its header and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The header text.
    pub header: String,
    /// Text or numbers.
    pub kind: ColumnKind,
}

impl Column {
    /// A text column.
    pub fn text(header: impl Into<String>) -> Self {
        Column { header: header.into(), kind: ColumnKind::Text }
    }

    /// A numeric column (right-aligned).
    pub fn numeric(header: impl Into<String>) -> Self {
        Column { header: header.into(), kind: ColumnKind::Numeric }
    }
}

impl From<&str> for Column {
    fn from(header: &str) -> Self {
        Column::text(header)
    }
}

fn cell_class(kind: ColumnKind, header: bool) -> &'static str {
    match (kind, header) {
        (ColumnKind::Text, true) => "eh-table__header",
        (ColumnKind::Numeric, true) => "eh-table__header eh-table__cell--numeric",
        (ColumnKind::Text, false) => "eh-table__cell",
        (ColumnKind::Numeric, false) => "eh-table__cell eh-table__cell--numeric",
    }
}

/// A data table in a scroll region.
///
/// # Panics
/// In debug builds, when `id` is not a usable id, there are no columns, or a row has a different
/// number of cells than there are columns. In release builds short rows are padded with empty
/// cells and long rows cut.
///
/// ```
/// use eenheid::content::table::{Column, Table};
/// use leptos::prelude::*;
/// let html = view! {
///     <Table id="kosten" caption="Kosten per document"
///         columns=vec![Column::text("Document"), Column::numeric("Kosten")]
///         rows=vec![vec!["Paspoort".into(), "€ 81,40".into()]] />
/// }.to_html();
/// assert!(html.contains(r#"role="region" aria-labelledby="kosten-caption" tabindex="0""#));
/// assert!(html.contains(r#"<th scope="col" class="eh-table__header eh-table__cell--numeric">Kosten</th>"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Om gegevens te vergelijken in rijen en kolommen, zoals bedragen per maand.
///
/// # Wanneer niet gebruiken
///
/// - Niet om een pagina op te maken.
/// - Niet voor een paar gegevens over één ding: gebruik een samenvattingslijst.
///
/// # Toegankelijkheid
///
/// De tabel heeft een bijschrift (`caption`) en koppen (`th` met `scope`), zodat schermlezers bij
/// elke cel de kop noemen. Bedragen staan rechts. Houd de tabel smal genoeg voor een telefoon, of
/// zet het bijschrift zo dat duidelijk is wat er staat.
///
/// # When to use
///
/// - To compare data in rows and columns, such as amounts per month.
///
/// # When not to use
///
/// - Not to lay out a page.
/// - Not for a few details about one thing: use a summary list.
///
/// # Accessibility
///
/// The table has a caption and headers (`th` with `scope`), so screen readers name the header with
/// every cell. Amounts are aligned right. Keep the table narrow enough for a phone.
#[component]
pub fn Table(
    /// The table's id; the caption's id (`<id>-caption`), which names the scroll region, is
    /// derived from it.
    #[prop(into)]
    id: String,
    /// What the table shows: read first by screen readers and names the scroll region.
    #[prop(into)]
    caption: String,
    /// Show the caption as a large heading-like text (the table is the main content of a section).
    #[prop(optional)]
    caption_large: bool,
    /// The columns.
    columns: Vec<Column>,
    /// The rows: one `String` per column.
    rows: Vec<Vec<String>>,
    /// The first cell of each row is the row's header (`<th scope="row">`), e.g. a name or month.
    #[prop(optional)]
    first_cell_is_header: bool,
) -> impl IntoView {
    debug_assert!(is_valid_id(&id), "Eenheid Table: {id:?} is not a usable id");
    debug_assert!(!columns.is_empty(), "Eenheid Table {id:?}: there are no columns");
    let width = columns.len();
    for (index, row) in rows.iter().enumerate() {
        debug_assert!(
            row.len() == width,
            "Eenheid Table {id:?}: row {} has {} cells, but there are {width} columns",
            index + 1,
            row.len()
        );
    }
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    let kinds: Vec<ColumnKind> = columns.iter().map(|column| column.kind).collect();
    let head = columns
        .into_iter()
        .map(|column| view! { <th scope="col" class=cell_class(column.kind, true)>{column.header}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|mut row| {
            row.resize(width, String::new());
            let cells = row
                .into_iter()
                .zip(kinds.iter().copied())
                .enumerate()
                .map(|(index, (text, kind))| {
                    if index == 0 && first_cell_is_header {
                        view! { <th scope="row" class=cell_class(kind, true)>{text}</th> }.into_any()
                    } else {
                        view! { <td class=cell_class(kind, false)>{text}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr class="eh-table__row">{cells}</tr> }
        })
        .collect_view();
    let caption_class = if caption_large { "eh-table__caption eh-table__caption--large" } else { "eh-table__caption" };
    view! {
        <div class="eh-table" role="region" aria-labelledby=region_label tabindex="0">
            <table class="eh-table__table" id=id>
                <caption class=caption_class id=caption_id>{caption}</caption>
                <thead class="eh-table__head">
                    <tr class="eh-table__row">{head}</tr>
                </thead>
                <tbody class="eh-table__body">{body}</tbody>
            </table>
        </div>
    }
}

/// [`sheet`] under its class `eh-table`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-table", sheet };

/// The table's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        max-width: 100%;
        margin-bottom: var(--eh-space-6);
        overflow-x: auto;
        &:focus-visible {
            /* A black ring right around the scroll region, yellow beyond it: a line drawn inside would
               be covered by what the scroll region holds. */
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
            box-shadow: 0 0 0 calc(2 * var(--eh-focus-width)) var(--eh-color-focus);
        }
        .eh-table__table {
            width: 100%;
            border-collapse: collapse;
            border-spacing: 0;
        }
        .eh-table__caption {
            margin-bottom: var(--eh-space-3);
            font-weight: var(--eh-font-weight-bold);
            text-align: left;
        }
        .eh-table__caption--large {
            font-size: var(--eh-font-size-l);
        }
        .eh-table__header,
        .eh-table__cell {
            padding: var(--eh-space-3) var(--eh-space-4) var(--eh-space-3) 0;
            border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
            text-align: left;
            vertical-align: top;
        }
        .eh-table__header {
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-table__header:last-child,
        .eh-table__cell:last-child {
            padding-right: 0;
        }
        .eh-table__cell--numeric {
            text-align: right;
            font-variant-numeric: tabular-nums;
            white-space: nowrap;
        }
        "#
    )
}

/// The table's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Een bijschrift, een kopregel en bedragen rechts uitgelijnd. Op een smal scherm schuift alleen de tabel; de koppen blijven aan de cellen gekoppeld.",
        view: view! {
            <Table id="kosten" caption="Kosten van reisdocumenten in 2026"
                columns=vec![Column::text("Document"), Column::text("Geldig"), Column::numeric("Kosten")]
                rows=vec![
                    vec!["Paspoort".into(), "10 jaar".into(), "€ 81,40".into()],
                    vec!["Identiteitskaart".into(), "10 jaar".into(), "€ 64,70".into()],
                    vec!["Paspoort, jonger dan 18".into(), "5 jaar".into(), "€ 61,05".into()],
                ] />
        }
    },
    crate::example! {
        name: "rijkoppen",
        title: "Met rijkoppen",
        description: "De eerste cel van elke rij is de kop van die rij. Veel kolommen: op een smal scherm kunt u de tabel met het toetsenbord of de vinger opzij schuiven.",
        view: view! {
            <Table id="uitkering" caption="Uw uitkering per maand" caption_large=true first_cell_is_header=true
                columns=vec![
                    Column::text("Maand"), Column::numeric("Bruto"), Column::numeric("Loonheffing"),
                    Column::numeric("Netto"), Column::numeric("Vakantiegeld"), Column::text("Betaald op"),
                ]
                rows=vec![
                    vec!["Januari".into(), "€ 1.540,00".into(), "€ 212,35".into(), "€ 1.327,65".into(), "€ 123,20".into(), "23 januari".into()],
                    vec!["Februari".into(), "€ 1.540,00".into(), "€ 212,35".into(), "€ 1.327,65".into(), "€ 123,20".into(), "23 februari".into()],
                    vec!["Maart".into(), "€ 1.620,00".into(), "€ 231,10".into(), "€ 1.388,90".into(), "€ 129,60".into(), "24 maart".into()],
                ] />
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "row 1 has 1 cells, but there are 2 columns")]
    fn rows_must_fit_the_columns() {
        let _ = view! {
            <Table id="t" caption="c" columns=vec![Column::text("a"), Column::numeric("b")] rows=vec![vec!["x".into()]] />
        }
        .to_html();
    }
}

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "table",
    title: "Tabel",
    title_en: "Table",
    family: crate::examples::Family::Content,
    summary: "Gegevens in rijen en kolommen, met een bijschrift en bedragen rechts uitgelijnd.",
    summary_en: "Data in rows and columns, with a caption and amounts aligned right.",
    components: &["Table"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
