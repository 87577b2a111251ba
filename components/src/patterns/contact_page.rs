//! The contact page: how to reach a person — phone with opening hours (and whether it is open
//! now), appointment, chat — what to have at hand, and the visiting and postal address (R7, R10).
//! It *is* the help, so the page has no separate help block.

use leptos::prelude::*;

use crate::examples::Example;
use crate::i18n::{CONTACT_HAVE_READY, CONTACT_POST, CONTACT_TITLE, CONTACT_VISIT, CONTACT_WAYS};
use crate::page::help_block::{HelpBlock, HelpInfo, OpenStatus, PhoneHelp};
use crate::page::page_template::{HelpSetting, PageLayout};
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::style::component_sheet::ComponentSheet;

/// An address with, for a visiting address, when it is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// The lines of the address ("Stadsplateau 1", "3521 AZ Utrecht").
    pub lines: Vec<String>,
    /// Opening hours or a note ("Alleen op afspraak").
    pub note: Option<String>,
}

impl Address {
    /// An address of these lines.
    pub fn new<I, S>(lines: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Address { lines: lines.into_iter().map(Into::into).collect(), note: None }
    }

    /// Adds opening hours or a note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

/// A whole contact page. The ways to reach a person come first (the [`HelpBlock`] under "Bel,
/// chat of maak een afspraak"), then what to have ready, then the addresses.
///
/// # Panics
/// In debug builds, when `help` has no ways at all (see [`HelpBlock`]).
///
/// ```
/// use eenheid::page::help_block::{HelpInfo, PhoneHelp};
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::contact_page::{Address, ContactPage};
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Gemeente Utrecht", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <ContactPage frame=frame
///         help=HelpInfo::new().phone(PhoneHelp::new("14 030", "Maandag tot en met vrijdag van 8.00 tot 17.00 uur"))
///         have_ready=vec!["uw burgerservicenummer (BSN)".to_owned()]
///         visiting=Address::new(["Stadsplateau 1", "3521 AZ Utrecht"]) />
/// });
/// assert!(html.contains("<h1>Contact</h1>"));
/// assert!(html.contains(r#"href="tel:14030""#));
/// assert!(html.contains("Houd dit bij de hand"));
/// assert!(html.contains("Stadsplateau 1<br>3521 AZ Utrecht"));
/// assert!(!html.contains("Hulp nodig?"), "the page is the help");
/// ```
///
/// # Wanneer gebruiken
///
/// - Als aparte pagina "Contact" van een dienst: telefoon met openingstijden, afspraak, chat, en
///   het bezoek- en postadres.
///
/// # Wanneer niet gebruiken
///
/// - Verstop het telefoonnummer niet achter een formulier.
/// - Zet op deze pagina geen apart hulpblok: de pagina is zelf de hulp.
///
/// # Toegankelijkheid
///
/// Telefoonnummers zijn links die een telefoon direct kan bellen, en de openingstijden staan in
/// tekst, met of het nu open is. Zeg wat mensen bij de hand moeten hebben als ze bellen. Houd de
/// tijden en nummers actueel.
///
/// # When to use
///
/// - As a separate "Contact" page of a service: phone with opening hours, appointment, chat, and
///   the visiting and postal address.
///
/// # When not to use
///
/// - Do not hide the phone number behind a form.
/// - Do not add a separate help block to this page: the page is the help.
///
/// # Accessibility
///
/// Phone numbers are links a phone can call directly, and the opening hours are in text, including
/// whether it is open now. Say what people need at hand when they call. Keep the hours and numbers
/// up to date.
#[component]
pub fn ContactPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// The ways to reach a person: phone with opening hours, appointment, callback, chat.
    help: HelpInfo,
    /// Another heading than "Contact".
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// A sentence under the heading (e.g. which questions this page is for).
    #[prop(optional, into)]
    lead: MaybeProp<String>,
    /// What to have at hand when calling, each a short phrase ("uw burgerservicenummer (BSN)").
    #[prop(optional)]
    have_ready: Vec<String>,
    /// Where to go in person.
    #[prop(optional, into)]
    visiting: Option<Address>,
    /// Where to send letters.
    #[prop(optional, into)]
    postal: Option<Address>,
    /// Extra elements for `<head>`.
    #[prop(optional)]
    head: Option<Children>,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    let title = title.get_untracked().unwrap_or_else(|| CONTACT_TITLE.get(lang).to_owned());
    let lead = lead.get_untracked().map(|text| view! { <p>{text}</p> });
    let have_ready = (!have_ready.is_empty()).then(|| {
        view! {
            <h2>{CONTACT_HAVE_READY.get(lang)}</h2>
            <ul>{have_ready.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
        }
    });
    let address = |heading: &'static str, address: Address| {
        let last = address.lines.len().saturating_sub(1);
        let lines = address
            .lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| view! { {line}{(i < last).then(|| view! { <br /> })} })
            .collect_view();
        view! {
            <h2>{heading}</h2>
            <address>{lines}</address>
            {address.note.map(|note| view! { <p>{note}</p> })}
        }
    };
    let visiting = visiting.map(|a| address(CONTACT_VISIT.get(lang), a));
    let postal = postal.map(|a| address(CONTACT_POST.get(lang), a));
    let content = view! {
        <h1>{title.clone()}</h1>
        {lead}
        <HelpBlock id="contact" help=help heading=CONTACT_WAYS.get(lang) />
        {have_ready}
        {visiting}
        {postal}
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, None, Some(HelpSetting::Off), head, content)
}

/// The contact page's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    @layout FullPage,
    name: "standaard",
    title: "Contact met de gemeente",
    description: "Bellen met openingstijden (en nu gesloten: wat dan), een afspraak of chat, wat u bij de hand houdt, en het bezoek- en postadres.",
    view: view! {
        <ContactPage
            frame=crate::patterns::ServiceFrame::new("Gemeente Utrecht", crate::style::stylesheet_href("/static"))
            lead="Hebt u een vraag over verhuizen, paspoorten of afval? Wij helpen u graag."
            help=HelpInfo::new()
                .phone(PhoneHelp::new("14 030", "Maandag tot en met vrijdag van 8.00 tot 17.00 uur")
                    .status(OpenStatus::Closed)
                    .when_closed("Maak online een afspraak, of bel morgen vanaf 8.00 uur."))
                .appointment("#afspraak")
                .chat("#chat", crate::page::help_block::ChatAnswerer::Human)
            have_ready=vec![
                "uw burgerservicenummer (BSN)".to_owned(),
                "het referentienummer, als u belt over een aanvraag".to_owned(),
            ]
            visiting=Address::new(["Stadskantoor", "Stadsplateau 1", "3521 AZ Utrecht"])
                .note("Alleen op afspraak. Maandag tot en met vrijdag van 8.30 tot 17.00 uur, donderdag tot 20.00 uur.")
            postal=Address::new(["Postbus 16200", "3500 CE Utrecht"]) />
    }
}];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "contact-page",
    title: "Contactpagina",
    title_en: "Contact page",
    family: crate::examples::Family::Pattern,
    summary: "Bellen met openingstijden, afspraak of chat, wat u bij de hand houdt, en het bezoek- en postadres.",
    summary_en: "Call with opening hours, appointment or chat, what to have ready, and the visiting and postal address.",
    components: &["ContactPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
