//! The grid: columns of one half, one third and two thirds. On small screens (below the tablet
//! breakpoint) every column takes the full width, one under the other, so nothing needs
//! sideways scrolling at 320 CSS pixels or 400% zoom (WCAG 1.4.10 Reflow).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::style::component_sheet::ComponentSheet;

/// How wide a column is from the tablet breakpoint up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColumnWidth {
    /// The whole row.
    #[default]
    Full,
    /// Two thirds: the width for forms and running text.
    TwoThirds,
    /// One half.
    OneHalf,
    /// One third: related links, a sidebar.
    OneThird,
}

impl ColumnWidth {
    /// The column's classes.
    pub fn class(self) -> &'static str {
        match self {
            ColumnWidth::Full => "eh-grid__column eh-grid__column--full",
            ColumnWidth::TwoThirds => "eh-grid__column eh-grid__column--two-thirds",
            ColumnWidth::OneHalf => "eh-grid__column eh-grid__column--one-half",
            ColumnWidth::OneThird => "eh-grid__column eh-grid__column--one-third",
        }
    }
}

/// A row of columns.
///
/// ```
/// use eenheid::page::grid::{ColumnWidth, GridColumn, GridRow};
/// use leptos::prelude::*;
/// let html = view! {
///     <GridRow>
///         <GridColumn width=ColumnWidth::TwoThirds><p>"Vragen"</p></GridColumn>
///         <GridColumn width=ColumnWidth::OneThird><p>"Zie ook"</p></GridColumn>
///     </GridRow>
/// }.to_html();
/// assert!(html.contains(r#"<div class="eh-grid">"#));
/// assert!(html.contains("eh-grid__column--two-thirds"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Om een pagina in kolommen te delen, zoals twee derde voor een formulier en een derde voor
///   links.
///
/// # Wanneer niet gebruiken
///
/// - Niet om tabelgegevens neer te zetten: gebruik een tabel.
/// - Niet voor meer dan drie kolommen.
///
/// # Toegankelijkheid
///
/// Op een telefoon en bij 400% zoom staan de kolommen onder elkaar, dus niemand hoeft opzij te
/// scrollen. De volgorde in de code is de volgorde waarin schermlezers voorlezen: zet de
/// belangrijkste kolom eerst.
///
/// # When to use
///
/// - To split a page into columns, such as two thirds for a form and one third for links.
///
/// # When not to use
///
/// - Not to lay out tabular data: use a table.
/// - Not for more than three columns.
///
/// # Accessibility
///
/// On a phone and at 400% zoom the columns stack, so nobody has to scroll sideways. The order in
/// the code is the order screen readers read: put the most important column first.
#[component]
pub fn GridRow(
    /// The columns ([`GridColumn`]s).
    children: Children,
) -> impl IntoView {
    view! { <div class="eh-grid">{children()}</div> }
}

/// One column of a [`GridRow`].
#[component]
pub fn GridColumn(
    /// How wide the column is from the tablet breakpoint up; always full width below it.
    #[prop(optional)]
    width: ColumnWidth,
    /// The column's content.
    children: Children,
) -> impl IntoView {
    view! { <div class=width.class()>{children()}</div> }
}

/// [`sheet`] under its class `eh-grid`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-grid", sheet };

/// The grid's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0 var(--eh-space-6);
        .eh-grid__column {
            min-width: 0;
        }
        @media (min-width: ${tablet}) {
            grid-template-columns: repeat(6, minmax(0, 1fr));
            .eh-grid__column--full {
                grid-column: span 6;
            }
            .eh-grid__column--two-thirds {
                grid-column: span 4;
            }
            .eh-grid__column--one-half {
                grid-column: span 3;
            }
            .eh-grid__column--one-third {
                grid-column: span 2;
            }
        }
        "#,
        tablet = eenheid_tokens::constants::BREAKPOINT_TABLET
    )
}

/// The grid's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "twee-derde-een-derde",
        title: "Twee derde en een derde",
        description: "Tekst of een formulier in twee derde, verwante links in een derde. Op een telefoon staan ze onder elkaar.",
        view: view! {
            <GridRow>
                <GridColumn width=ColumnWidth::TwoThirds>
                    <h2>"Verhuizing doorgeven"</h2>
                    <p>"Geef uw nieuwe adres door binnen 5 dagen na de verhuizing."</p>
                </GridColumn>
                <GridColumn width=ColumnWidth::OneThird>
                    <h2>"Zie ook"</h2>
                    <p><a href="#parkeervergunning">"Parkeervergunning"</a></p>
                </GridColumn>
            </GridRow>
        }
    },
    crate::example! {
        name: "helften",
        title: "Twee helften",
        description: "Twee even brede kolommen.",
        view: view! {
            <GridRow>
                <GridColumn width=ColumnWidth::OneHalf><p>"Linkerkolom: wat u nodig heeft."</p></GridColumn>
                <GridColumn width=ColumnWidth::OneHalf><p>"Rechterkolom: hoe lang het duurt."</p></GridColumn>
            </GridRow>
        }
    },
    crate::example! {
        name: "derden",
        title: "Drie derden",
        description: "Drie even brede kolommen.",
        view: view! {
            <GridRow>
                <GridColumn width=ColumnWidth::OneThird><p>"Online"</p></GridColumn>
                <GridColumn width=ColumnWidth::OneThird><p>"Per telefoon"</p></GridColumn>
                <GridColumn width=ColumnWidth::OneThird><p>"Aan de balie"</p></GridColumn>
            </GridRow>
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "grid",
    title: "Raster",
    title_en: "Grid",
    family: crate::examples::Family::Page,
    summary: "Kolommen van een half, een derde en twee derde, die op een telefoon onder elkaar komen.",
    summary_en: "Columns of one half, one third and two thirds that stack on a phone.",
    components: &["GridRow", "GridColumn"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
