//! Warning text: something people must know before they go on, such as a fine or a deadline.
//! The "!" icon ([`IconName::Warning`]) is decoration; screen readers hear "Waarschuwing:" before
//! the text instead.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::icon::{Icon, IconName, IconSize};
use crate::examples::Example;
use crate::i18n::{WARNING, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// A warning text with a "!" icon: a round mark in the text colour with the "!" cut out, so the
/// page shows through it in light, dark and forced colours alike.
///
/// ```
/// use eenheid::content::warning_text::WarningText;
/// use leptos::prelude::*;
/// let html = view! { <WarningText text="U kunt een boete krijgen als u te laat bent." /> }.to_html();
/// assert!(html.contains(r#"aria-hidden="true" class="eh-icon eh-icon--l""#));
/// assert!(html.contains(r#"<span class="eh-visually-hidden">Waarschuwing: </span>U kunt een boete"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor iets wat mensen echt moeten weten voor ze verdergaan, zoals een boete of een termijn.
///
/// # Wanneer niet gebruiken
///
/// - Niet te vaak: dan lezen mensen er overheen.
/// - Niet voor fouten in een formulier.
///
/// # Toegankelijkheid
///
/// Het uitroepteken is voor schermlezers verborgen. In plaats daarvan staat er verborgen tekst
/// "Waarschuwing" voor de tekst. Schrijf de waarschuwing kort en zeg wat mensen moeten doen.
///
/// # When to use
///
/// - For something people really must know before they go on, such as a fine or a deadline.
///
/// # When not to use
///
/// - Not too often: then people skip it.
/// - Not for errors in a form.
///
/// # Accessibility
///
/// The exclamation mark is hidden from screen readers. Instead, hidden text "Warning" comes before
/// the text. Keep the warning short and say what people need to do.
#[component]
pub fn WarningText(
    /// The warning, in one or two short sentences.
    #[prop(into)]
    text: String,
    /// What screen readers hear before the text, instead of the icon; the built-in
    /// "Waarschuwing:" / "Warning:" when not given.
    #[prop(optional, into)]
    prefix: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let prefix = prefix.get_untracked().unwrap_or_else(|| WARNING.get(lang).to_owned());
    view! {
        <div class="eh-warning-text">
            <Icon name=IconName::Warning size=IconSize::Large />
            <strong class="eh-warning-text__text">
                <span class="eh-visually-hidden">{format!("{} ", prefix.trim_end())}</span>
                {text}
            </strong>
        </div>
    }
}

/// [`sheet`] under its class `eh-warning-text`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-warning-text", sheet };

/// The warning text's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        align-items: flex-start;
        gap: var(--eh-space-4);
        margin-bottom: var(--eh-space-6);
        max-width: var(--eh-size-text-max);
        .eh-warning-text__text {
            padding-top: var(--eh-space-1);
            font-weight: var(--eh-font-weight-bold);
            overflow-wrap: anywhere;
        }
        "#
    )
}

/// The warning text's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Standaard",
    description: "Een waarschuwing met een uitroepteken. Schermlezers horen \u{201c}Waarschuwing:\u{201d} in plaats van het teken.",
    view: view! { <WarningText text="Geeft u uw verhuizing later dan 5 dagen door? Dan kunt u een boete krijgen." /> }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "warning-text",
    title: "Waarschuwing",
    title_en: "Warning text",
    family: crate::examples::Family::Content,
    summary: "Iets wat mensen moeten weten voordat ze verdergaan, zoals een boete of een termijn.",
    summary_en: "Something people must know before they go on, such as a fine or a deadline.",
    components: &["WarningText"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
