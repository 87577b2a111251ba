//! Radios: pick exactly one answer. Conditional follow-up questions work without JavaScript.

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::field::Field;
use crate::form::choice::{Choice, ChoiceItem, ChoiceKind, ChoiceList, debug_check};
use crate::form::text_input::TextInput;
use crate::style::component_sheet::ComponentSheet;

/// A radio group in a fieldset, with optional hint and error.
///
/// The first radio's id is `id`, so an error-summary link to `#id` lands on it.
///
/// # Panics
/// In debug builds, when there are no choices or two have the same value.
///
/// ```
/// use eenheid::form::choice::Choice;
/// use eenheid::form::radios::Radios;
/// use leptos::prelude::*;
/// let html = view! {
///     <Radios id="wie" legend="Wie verhuist er?" selected="gezin"
///         items=vec![Choice::new("alleen", "Alleen ik").into(), Choice::new("gezin", "Ik en mijn gezin").into()] />
/// }.to_html();
/// assert!(html.contains(r#"id="wie-2" name="wie" type="radio" value="gezin" checked"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als mensen precies één antwoord kiezen uit een paar opties.
/// - Met een vervolgvraag die alleen bij één antwoord hoort.
///
/// # Wanneer niet gebruiken
///
/// - Niet als mensen meer antwoorden mogen kiezen: gebruik aanvinkvakjes.
/// - Niet voor een lange lijst: gebruik een keuzelijst.
///
/// # Toegankelijkheid
///
/// De rondjes staan in een `fieldset` met de vraag als `legend`, dus schermlezers lezen de vraag
/// bij elk rondje voor. Met de pijltjestoetsen gaat men van rondje naar rondje. Vervolgvragen
/// werken zonder JavaScript. Kies geen antwoord vooraf, tenzij u heel zeker weet dat het klopt.
///
/// Een vervolgvraag staat in de HTML direct na het eigen antwoord, dus schermlezers en de Tab-toets
/// komen er meteen na dat antwoord op. Zolang dat antwoord niet gekozen is, staat de vervolgvraag
/// op `display: none`: niet in de toegankelijkheidsboom en niet met Tab te bereiken (nooit
/// verborgen maar wel focusbaar). Wij zetten geen `aria-expanded` op het rondje: dat is daar niet
/// toegestaan (ARIA 1.2), axe meldt het, en GOV.UK Frontend zit er al jaren mee vast (issue 979).
/// Ook geen `aria-controls`: dat zou meestal wijzen naar iets wat er niet is, en JAWS biedt dan aan
/// naar niets te springen. De toestand die telt, "gekozen", zegt het rondje zelf. Zonder
/// ondersteuning voor `:has()` staat de vervolgvraag gewoon altijd open.
///
/// # When to use
///
/// - When people choose exactly one answer from a few options.
/// - With a follow-up question that only belongs to one answer.
///
/// # When not to use
///
/// - Not when people may choose more answers: use checkboxes.
/// - Not for a long list: use a select.
///
/// # Accessibility
///
/// The radios sit in a `fieldset` with the question as `legend`, so screen readers read the
/// question with each option. Arrow keys move between the options. Follow-up questions work without
/// JavaScript. Do not pre-select an answer unless you are very sure it is right.
///
/// A follow-up question sits in the HTML straight after its own answer, so screen readers and the
/// Tab key reach it right after that answer. While that answer is not picked, the follow-up is
/// `display: none`: not in the accessibility tree and not reachable with Tab (never hidden but
/// focusable). We put no `aria-expanded` on the radio: it is not allowed there (ARIA 1.2), axe
/// reports it, and GOV.UK Frontend has been stuck with it for years (issue 979). No
/// `aria-controls` either: it would mostly point at something that is not there, and JAWS then
/// offers to jump to nothing. The state that matters, "picked", is said by the radio itself.
/// Without support for `:has()` the follow-up simply stays open.
#[component]
pub fn Radios(
    /// The group's id: the first radio's id and the base of the others (`id-2`, …).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question.
    #[prop(into)]
    legend: String,
    /// Show the legend as the page heading.
    #[prop(optional)]
    legend_is_page_heading: bool,
    /// Extra help for the whole question.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The choices (and dividers).
    items: Vec<ChoiceItem>,
    /// The picked value, kept when the page comes back with errors.
    #[prop(optional, into)]
    selected: MaybeProp<String>,
    /// Side by side, for two short answers.
    #[prop(optional)]
    inline: bool,
    /// The smaller variant.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    debug_check("Radios", &id, &items);
    let field = Field::new(&id, legend).page_heading(legend_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let invalid = field.has_error();
    field.render_group(view! {
        <ChoiceList kind=ChoiceKind::Radio group_id=id name=name items=items
            selected=selected.get_untracked().into_iter().collect() inline=inline small=small
            invalid=invalid />
    })
}

/// The radios' examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Eén antwoord kiezen.",
        view: view! {
            <Radios id="wie" legend="Wie verhuist er?" items=vec![
                Choice::new("alleen", "Alleen ik").into(),
                Choice::new("gezin", "Ik en mijn gezin").hint("Partner en kinderen die bij u wonen").into(),
                ChoiceItem::Divider,
                Choice::new("ander", "Iemand anders").into(),
            ] />
        }
    },
    crate::example! {
        name: "met-vervolgvraag",
        title: "Met vervolgvraag",
        description: "De vervolgvraag staat altijd in de HTML en verschijnt onder het gekozen antwoord, ook zonder JavaScript.",
        view: view! {
            <Radios id="contact" legend="Hoe wilt u bericht krijgen?" selected="email" items=vec![
                Choice::new("email", "Per e-mail").conditional(|| view! {
                    <TextInput id="contact-email" label="E-mailadres" autocomplete="email" spellcheck=false />
                }).into(),
                Choice::new("post", "Per post").into(),
            ] />
        }
    },
    crate::example! {
        name: "met-vervolgvraag-dicht",
        title: "Met vervolgvraag, nog niets gekozen",
        description: "Zolang 'Per e-mail' niet gekozen is, is de vervolgvraag er niet: niet te zien, niet voorgelezen en niet met Tab te bereiken.",
        view: view! {
            <Radios id="contact" legend="Hoe wilt u bericht krijgen?" items=vec![
                Choice::new("email", "Per e-mail").conditional(|| view! {
                    <TextInput id="contact-email" label="E-mailadres" autocomplete="email" spellcheck=false />
                }).into(),
                Choice::new("post", "Per post").into(),
            ] />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "Niets gekozen: de foutmelding zegt wat de gebruiker moet doen.",
        view: view! {
            <Radios id="eigenaar" legend="Bent u eigenaar van de woning?" inline=true
                error="Kies of u eigenaar bent van de woning"
                items=vec![Choice::new("ja", "Ja").into(), Choice::new("nee", "Nee").into()] />
        }
    },
];

/// The sheets this entry needs in the stylesheet: those of the parts it is built from.
pub const SHEETS: &[ComponentSheet] = &[crate::form::choice::SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "radios",
    title: "Keuzerondjes",
    title_en: "Radios",
    family: crate::examples::Family::Form,
    summary: "Eén antwoord kiezen, met vervolgvragen die zonder JavaScript werken.",
    summary_en: "Choose one answer, with follow-up questions that work without JavaScript.",
    components: &["Radios"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
