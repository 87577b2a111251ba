//! Checkboxes: pick any number of answers, optionally with an exclusive "Geen van deze".

use leptos::either::Either;
use leptos::prelude::*;

use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::form::field::Field;
use crate::form::choice::{Choice, ChoiceItem, ChoiceKind, ChoiceList, debug_check};
use crate::style::component_sheet::ComponentSheet;

/// A checkbox group in a fieldset, with optional hint and error.
///
/// # Panics
/// In debug builds, when there are no choices or two have the same value.
///
/// ```
/// use eenheid::form::checkboxes::Checkboxes;
/// use eenheid::form::choice::Choice;
/// use leptos::prelude::*;
/// let html = view! {
///     <Checkboxes id="melden" legend="Aan wie geven we het door?" selected=vec!["duo".to_owned()]
///         items=vec![Choice::new("belasting", "Belastingdienst").into(), Choice::new("duo", "DUO").into()] />
/// }.to_html();
/// assert!(html.contains(r#"value="duo" checked"#));
/// assert!(!html.contains(r#"value="belasting" checked"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als mensen geen, één of meer antwoorden mogen kiezen.
/// - Met "Geen van deze" als mensen ook niets mogen kiezen.
///
/// # Wanneer niet gebruiken
///
/// - Niet als er maar één antwoord mag: gebruik keuzerondjes.
/// - Niet voor één vakje "Ik ga akkoord" zonder uitleg wat dat betekent.
///
/// # Toegankelijkheid
///
/// De vakjes staan in een `fieldset` met de vraag als `legend`. Elk vakje heeft een eigen label dat
/// ook aanklikbaar is. Met JavaScript haalt "Geen van deze" de andere vinkjes weg; zonder
/// JavaScript controleert de server het.
///
/// Een vervolgvraag staat in de HTML direct na het eigen antwoord, dus schermlezers en de Tab-toets
/// komen er meteen na dat antwoord op. Zolang dat antwoord niet gekozen is, staat de vervolgvraag
/// op `display: none`: niet in de toegankelijkheidsboom en niet met Tab te bereiken (nooit
/// verborgen maar wel focusbaar). Wij zetten geen `aria-expanded` op het vakje: dat is daar niet
/// toegestaan (ARIA 1.2), axe meldt het, en GOV.UK Frontend zit er al jaren mee vast (issue 979).
/// Ook geen `aria-controls`: dat zou meestal wijzen naar iets wat er niet is, en JAWS biedt dan aan
/// naar niets te springen. De toestand die telt, "gekozen", zegt het vakje zelf. Zonder
/// ondersteuning voor `:has()` staat de vervolgvraag gewoon altijd open.
///
/// # When to use
///
/// - When people may choose none, one or more answers.
/// - With "None of these" when people may also choose nothing.
///
/// # When not to use
///
/// - Not when only one answer is allowed: use radios.
/// - Not for a single "I agree" box without saying what that means.
///
/// # Accessibility
///
/// The boxes sit in a `fieldset` with the question as `legend`. Each box has its own label, which
/// can be clicked too. With JavaScript, "None of these" clears the other boxes; without JavaScript
/// the server checks it.
///
/// A follow-up question sits in the HTML straight after its own answer, so screen readers and the
/// Tab key reach it right after that answer. While that answer is not picked, the follow-up is
/// `display: none`: not in the accessibility tree and not reachable with Tab (never hidden but
/// focusable). We put no `aria-expanded` on the checkbox: it is not allowed there (ARIA 1.2), axe
/// reports it, and GOV.UK Frontend has been stuck with it for years (issue 979). No
/// `aria-controls` either: it would mostly point at something that is not there, and JAWS then
/// offers to jump to nothing. The state that matters, "picked", is said by the checkbox itself.
/// Without support for `:has()` the follow-up simply stays open.
#[component]
pub fn Checkboxes(
    /// The group's id: the first checkbox's id and the base of the others (`id-2`, …).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`); each ticked box sends one `name=value` pair.
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question.
    #[prop(into)]
    legend: String,
    /// Show the legend as the page heading.
    #[prop(optional)]
    legend_is_page_heading: bool,
    /// Extra help ("Kies alles wat van toepassing is").
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The choices (and dividers).
    items: Vec<ChoiceItem>,
    /// The ticked values, kept when the page comes back with errors.
    #[prop(optional)]
    selected: Vec<String>,
    /// The smaller variant.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    debug_check("Checkboxes", &id, &items);
    let field = Field::new(&id, legend).page_heading(legend_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let invalid = field.has_error();
    let boxes = match has_exclusive(&items) {
        // "Geen van deze" unticks the others, and ticking any other box unticks it (the
        // `exclusive-choices` enhancement). Without JavaScript the server checks the combination.
        true => Either::Left(view! {
            <div class="eh-choices__group" data-eh-module=module(Enhancement::ExclusiveChoices)>
                <ChoiceList kind=ChoiceKind::Checkbox group_id=id name=name items=items
                    selected=selected small=small invalid=invalid />
            </div>
            <LoaderScript />
        }),
        false => Either::Right(view! {
            <ChoiceList kind=ChoiceKind::Checkbox group_id=id name=name items=items
                selected=selected small=small invalid=invalid />
        }),
    };
    field.render_group(boxes)
}

/// Whether the group has an exclusive "none of these" choice.
fn has_exclusive(items: &[ChoiceItem]) -> bool {
    items.iter().any(|item| matches!(item, ChoiceItem::Choice(choice) if choice.exclusive))
}

/// The checkboxes' examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Met 'Geen van deze'",
        description: "Meerdere antwoorden kiezen; 'Geen van deze' sluit de andere uit.",
        view: view! {
            <Checkboxes id="melden" legend="Aan wie moeten we uw nieuwe adres doorgeven?"
                hint="Kies alles wat voor u geldt." selected=vec!["duo".to_owned()]
                items=vec![
                    Choice::new("belastingdienst", "Belastingdienst").into(),
                    Choice::new("duo", "Dienst Uitvoering Onderwijs (DUO)").into(),
                    Choice::new("uwv", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)").into(),
                    ChoiceItem::Divider,
                    Choice::new("geen", "Geen van deze").exclusive().into(),
                ] />
        }
    },
    crate::example! {
        name: "met-vervolgvraag",
        title: "Met vervolgvraag",
        description: "Een vervolgvraag hoort bij één vakje en staat er direct onder. Bij een vakje zonder vinkje is de vervolgvraag er niet.",
        view: view! {
            <Checkboxes id="contact" legend="Hoe mogen wij contact met u opnemen?" hint="Kies alles wat voor u geldt."
                selected=vec!["telefoon".to_owned()]
                items=vec![
                    Choice::new("telefoon", "Per telefoon").conditional(|| view! {
                        <crate::form::text_input::TextInput id="contact-telefoon" label="Telefoonnummer"
                            input_type=crate::form::text_input::InputType::Tel autocomplete="tel"
                            width=crate::form::text_input::InputWidth::Chars20 />
                    }).into(),
                    Choice::new("email", "Per e-mail").conditional(|| view! {
                        <crate::form::text_input::TextInput id="contact-email" label="E-mailadres"
                            input_type=crate::form::text_input::InputType::Email autocomplete="email" spellcheck=false />
                    }).into(),
                ] />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "Niets aangevinkt.",
        view: view! {
            <Checkboxes id="voorwaarden" legend="Voorwaarden" small=true
                error="Vink aan dat u de voorwaarden hebt gelezen"
                items=vec![Choice::new("gelezen", "Ik heb de voorwaarden gelezen").into()] />
        }
    },
];

/// The sheets this entry needs in the stylesheet: those of the parts it is built from.
pub const SHEETS: &[ComponentSheet] = &[crate::form::choice::SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "checkboxes",
    title: "Aanvinkvakjes",
    title_en: "Checkboxes",
    family: crate::examples::Family::Form,
    summary: "Meerdere antwoorden kiezen, met een 'Geen van deze' die de rest uitsluit.",
    summary_en: "Choose several answers, with a ‘None of these’ that excludes the rest.",
    components: &["Checkboxes"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
