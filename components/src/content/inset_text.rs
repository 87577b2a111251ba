//! Inset text: a quote, an example or extra information set apart from the text around it by a
//! thick line on the left. Not for warnings (use the warning text).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::style::component_sheet::ComponentSheet;

/// Inset text around its children.
///
/// ```
/// use eenheid::content::inset_text::InsetText;
/// use leptos::prelude::*;
/// let html = view! { <InsetText><p>"Het kan 8 weken duren."</p></InsetText> }.to_html();
/// assert!(html.contains(r#"<div class="eh-inset-text"><p>Het kan 8 weken duren.</p></div>"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Om een stukje tekst te laten opvallen, zoals een voorbeeld of een citaat uit een brief.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor iets gevaarlijks of dringends: gebruik de waarschuwing.
/// - Niet te vaak op één pagina.
///
/// # Toegankelijkheid
///
/// Het is gewone tekst met een lijn aan de linkerkant, dus schermlezers lezen het voor als de rest.
/// Zorg dat de tekst ook zonder de lijn te begrijpen is.
///
/// # When to use
///
/// - To make a piece of text stand out, such as an example or a quote from a letter.
///
/// # When not to use
///
/// - Not for something dangerous or urgent: use warning text.
/// - Not too often on one page.
///
/// # Accessibility
///
/// It is plain text with a line on the left, so screen readers read it like the rest. Make sure the
/// text makes sense without the line.
#[component]
pub fn InsetText(
    /// A fixed id, e.g. to point `aria-describedby` at it.
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// The content: one or more short paragraphs.
    children: Children,
) -> impl IntoView {
    view! { <div class="eh-inset-text" id=id.get_untracked()>{children()}</div> }
}

/// [`sheet`] under its class `eh-inset-text`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-inset-text", sheet };

/// The inset text's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        max-width: var(--eh-size-text-max);
        margin: var(--eh-space-6) 0;
        padding: var(--eh-space-4);
        border-left: var(--eh-border-width-xl) solid var(--eh-color-border-subtle);
        overflow-wrap: anywhere;
        & > :first-child {
            margin-top: 0;
        }
        & > :last-child {
            margin-bottom: 0;
        }
        "#
    )
}

/// The inset text's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Standaard",
    description: "Extra informatie die opvalt, maar geen waarschuwing is.",
    view: view! {
        <InsetText>
            <p>"Het kan tot 8 weken duren voordat u een besluit krijgt. U hoeft in die tijd niets te doen."</p>
        </InsetText>
    }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "inset-text",
    title: "Uitgelichte tekst",
    title_en: "Inset text",
    family: crate::examples::Family::Content,
    summary: "Extra informatie die opvalt door een lijn aan de linkerkant.",
    summary_en: "Extra information that stands out with a line on the left.",
    components: &["InsetText"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
