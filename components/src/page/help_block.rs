//! The help block, "Hulp nodig?": a way to reach a person on every page (the personal channel
//! always stays open). A phone number with its opening hours and whether it is open *now*, what
//! to do when it is closed, and other ways: an appointment, a call back, a chat that says whether
//! a person or a computer answers, and free help at the library (Informatiepunt Digitale
//! Overheid).
//!
//! The component never reads the clock: the server says whether the line is open
//! ([`OpenStatus`]), so the same input always gives the same HTML.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{
    HELP_APPOINTMENT, HELP_CALL, HELP_CALLBACK, HELP_CHAT_BOT, HELP_CHAT_BOT_NOTE, HELP_CHAT_BOT_THEN_HUMAN_NOTE,
    HELP_CHAT_HUMAN, HELP_CHAT_HUMAN_NOTE, HELP_CLOSED_ALTERNATIVE, HELP_CLOSED_NOW, HELP_HEADING, HELP_LIBRARY,
    HELP_LIBRARY_LINK, HELP_OPEN_NOW, HELP_SAVED_CODE, Lang, use_lang,
};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// Whether the phone line is open at the moment the page is made. The server decides (it knows
/// the time and the holidays); the component only shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OpenStatus {
    /// Not known (e.g. a cached page): show only the opening hours.
    #[default]
    NotShown,
    /// Open now: "Nu open".
    Open,
    /// Closed now: "Nu gesloten", with what to do instead.
    Closed,
}

/// A phone number with its opening hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneHelp {
    /// The number as people dial it in the Netherlands ("14 030", "088 123 45 67").
    pub number: String,
    /// When it is open, in words ("Maandag tot en met vrijdag van 8.00 tot 17.00 uur").
    pub opening_hours: String,
    /// Open or closed right now, as the server knows it.
    pub status: OpenStatus,
    /// What to do while closed; a general sentence when `None`.
    pub when_closed: Option<String>,
}

impl PhoneHelp {
    /// A phone number and its opening hours.
    pub fn new(number: impl Into<String>, opening_hours: impl Into<String>) -> Self {
        PhoneHelp { number: number.into(), opening_hours: opening_hours.into(), status: OpenStatus::NotShown, when_closed: None }
    }

    /// Whether the line is open now.
    pub fn status(mut self, status: OpenStatus) -> Self {
        self.status = status;
        self
    }

    /// What to do while closed ("Stel uw vraag via het contactformulier. U krijgt binnen 2
    /// werkdagen antwoord.").
    pub fn when_closed(mut self, text: impl Into<String>) -> Self {
        self.when_closed = Some(text.into());
        self
    }

    /// The `tel:` address: the digits (and a leading `+`) of the number.
    fn tel_href(&self) -> String {
        let digits: String = self.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        format!("tel:{digits}")
    }
}

/// Who answers in a chat. People have the right to know whether they talk to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatAnswerer {
    /// A member of staff.
    Human,
    /// A computer (a chatbot), never a person.
    Bot,
    /// A chatbot first; people can ask for a member of staff.
    BotThenHuman,
}

/// A chat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChatHelp {
    /// Where the chat starts.
    pub href: String,
    /// Who answers.
    pub answered_by: ChatAnswerer,
}

/// All the ways to get help, for [`HelpBlock`] and the page template's `help` slot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpInfo {
    /// A phone number with opening hours.
    pub phone: Option<PhoneHelp>,
    /// Where to make an appointment.
    pub appointment_href: Option<String>,
    /// Where to ask for a call back.
    pub callback_href: Option<String>,
    /// A chat, and who answers it.
    pub chat: Option<ChatHelp>,
    /// Where to find help at the library (Informatiepunt Digitale Overheid).
    pub library_href: Option<String>,
    /// The code the visitor saved their answers under ("Opslaan en later verder"), so a helpdesk
    /// employee on the phone can open the same answers.
    pub saved_code: Option<crate::reference_code::ReferenceCode>,
}

/// Where to find an Informatiepunt Digitale Overheid (the public libraries' page about them).
pub const LIBRARY_HELP_HREF: &str = "https://www.debibliotheken.nl/informatie/informatiepunt-digitale-overheid-ido/";

impl HelpInfo {
    /// No ways to get help yet: add them with the builder methods.
    pub fn new() -> Self {
        HelpInfo::default()
    }

    /// The general help of the Dutch government, for a page whose agency gave none of its own:
    /// Informatie Rijksoverheid on 1400 and help at the library.
    pub fn government(lang: Lang) -> Self {
        HelpInfo::new()
            .phone(PhoneHelp::new(
                "1400",
                lang.pick(
                    "Informatie Rijksoverheid. Maandag tot en met vrijdag van 8.00 tot 20.00 uur.",
                    "Public Information Service of the Dutch government. Monday to Friday, 8.00 to 20.00.",
                ),
            ))
            .library(LIBRARY_HELP_HREF)
    }

    /// A phone number with opening hours.
    pub fn phone(mut self, phone: PhoneHelp) -> Self {
        self.phone = Some(phone);
        self
    }

    /// Where to make an appointment.
    pub fn appointment(mut self, href: impl Into<String>) -> Self {
        self.appointment_href = Some(href.into());
        self
    }

    /// Where to ask for a call back.
    pub fn callback(mut self, href: impl Into<String>) -> Self {
        self.callback_href = Some(href.into());
        self
    }

    /// A chat and who answers it.
    pub fn chat(mut self, href: impl Into<String>, answered_by: ChatAnswerer) -> Self {
        self.chat = Some(ChatHelp { href: href.into(), answered_by });
        self
    }

    /// Help at the library.
    pub fn library(mut self, href: impl Into<String>) -> Self {
        self.library_href = Some(href.into());
        self
    }

    /// The visitor's saved code, to quote when they call.
    pub fn saved_code(mut self, code: crate::reference_code::ReferenceCode) -> Self {
        self.saved_code = Some(code);
        self
    }

    fn is_empty(&self) -> bool {
        self.phone.is_none()
            && self.appointment_href.is_none()
            && self.callback_href.is_none()
            && self.chat.is_none()
            && self.library_href.is_none()
    }
}

/// The help block: "Hulp nodig?" with every way to reach a person that the agency offers.
///
/// Renders nothing when `help` has no ways at all.
///
/// # Panics
/// In debug builds, when `id` is not a usable id or `help` is empty.
///
/// ```
/// use eenheid::page::help_block::{HelpBlock, HelpInfo, OpenStatus, PhoneHelp};
/// use leptos::prelude::*;
/// let help = HelpInfo::new()
///     .phone(PhoneHelp::new("14 030", "Maandag tot en met vrijdag van 8.00 tot 17.00 uur").status(OpenStatus::Closed))
///     .appointment("/afspraak");
/// let html = view! { <HelpBlock id="hulp" help=help /> }.to_html();
/// assert!(html.contains("Hulp nodig?"));
/// assert!(html.contains(r#"href="tel:14030""#));
/// assert!(html.contains("Nu gesloten"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Onder de inhoud van elke pagina van een dienst, zodat mensen altijd een mens kunnen bereiken.
/// - Met het eigen telefoonnummer en de openingstijden van uw organisatie.
///
/// # Wanneer niet gebruiken
///
/// - Verstop het telefoonnummer niet achter een formulier of chat.
/// - Niet twee keer op één pagina: het paginasjabloon toont het blok al.
///
/// # Toegankelijkheid
///
/// Het blok is een sectie met een kop "Hulp nodig?". Telefoonnummers zijn `tel:`-links en de
/// openingstijden staan in tekst, niet alleen in een kleur. U moet zelf de tijden en nummers juist
/// en actueel houden.
///
/// # When to use
///
/// - Under the content of every page of a service, so people can always reach a person.
/// - With your organisation's own phone number and opening hours.
///
/// # When not to use
///
/// - Do not hide the phone number behind a form or chat.
/// - Not twice on one page: the page template already shows the block.
///
/// # Accessibility
///
/// The block is a section with the heading "Need help?". Phone numbers are `tel:` links and opening
/// hours are in words, not only in a colour. You must keep the hours and numbers correct and up to
/// date.
#[component]
pub fn HelpBlock(
    /// A fixed id; the heading's id (`<id>-titel`) is derived from it.
    #[prop(into)]
    id: String,
    /// The ways to get help.
    help: HelpInfo,
    /// Another heading than "Hulp nodig?".
    #[prop(optional, into)]
    heading: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid HelpBlock {id:?}: not a usable HTML id");
    debug_assert!(!help.is_empty(), "Eenheid HelpBlock {id:?}: no ways to get help; give at least a phone number");
    if help.is_empty() {
        return ().into_any();
    }
    let title_id = format!("{id}-titel");
    let heading = heading.get_untracked().unwrap_or_else(|| HELP_HEADING.get(lang).to_owned());
    let phone = help.phone.map(|phone| {
        let tel = crate::url::safe_href(&phone.tel_href());
        let status = match phone.status {
            OpenStatus::NotShown => None,
            OpenStatus::Open => Some(view! {
                <p class="eh-help-block__status eh-help-block__status--open">
                    <strong class="eh-help-block__status-tag">{HELP_OPEN_NOW.get(lang)}</strong>
                </p>
            }
            .into_any()),
            OpenStatus::Closed => {
                let alternative = phone.when_closed.clone().unwrap_or_else(|| HELP_CLOSED_ALTERNATIVE.get(lang).to_owned());
                Some(view! {
                    <p class="eh-help-block__status eh-help-block__status--closed">
                        <strong class="eh-help-block__status-tag">{HELP_CLOSED_NOW.get(lang)}"."</strong>
                        " "{alternative}
                    </p>
                }
                .into_any())
            }
        };
        view! {
            <div class="eh-help-block__phone">
                <p class="eh-help-block__number">
                    {HELP_CALL.get(lang)}" "<a href=tel class="eh-help-block__tel">{phone.number}</a>
                </p>
                <p class="eh-help-block__hours">{phone.opening_hours}</p>
                {status}
            </div>
        }
    });
    let link = |href: String, text: &'static str| {
        view! { <li class="eh-help-block__option"><a href=crate::url::safe_href(&href)>{text}</a></li> }
    };
    let appointment = help.appointment_href.map(|href| link(href, HELP_APPOINTMENT.get(lang)));
    let callback = help.callback_href.map(|href| link(href, HELP_CALLBACK.get(lang)));
    let chat_note_id = format!("{id}-chat");
    let chat = help.chat.map(|chat| {
        let (text, note) = match chat.answered_by {
            ChatAnswerer::Human => (HELP_CHAT_HUMAN, HELP_CHAT_HUMAN_NOTE),
            ChatAnswerer::Bot => (HELP_CHAT_BOT, HELP_CHAT_BOT_NOTE),
            ChatAnswerer::BotThenHuman => (HELP_CHAT_BOT, HELP_CHAT_BOT_THEN_HUMAN_NOTE),
        };
        view! {
            <li class="eh-help-block__option">
                <a href=crate::url::safe_href(&chat.href) aria-describedby=chat_note_id.clone()>{text.get(lang)}</a>
                <p class="eh-help-block__note" id=chat_note_id>{note.get(lang)}</p>
            </li>
        }
    });
    let library = help.library_href.map(|href| {
        view! {
            <li class="eh-help-block__option">
                <p class="eh-help-block__note">{HELP_LIBRARY.get(lang)}</p>
                <a href=crate::url::safe_href(&href)>{HELP_LIBRARY_LINK.get(lang)}</a>
            </li>
        }
    });
    let has_options = appointment.is_some() || callback.is_some() || chat.is_some() || library.is_some();
    let options = has_options.then(|| {
        view! { <ul class="eh-help-block__options">{appointment}{callback}{chat}{library}</ul> }
    });
    let saved_code = help.saved_code.map(|code| {
        let text = HELP_SAVED_CODE.get(lang);
        let (before, after) = text.split_once("{code}").unwrap_or((text, ""));
        view! { <p class="eh-help-block__code">{before}<strong>{code.grouped()}</strong>{after}</p> }
    });
    let labelled_by = title_id.clone();
    view! {
        <section class="eh-help-block" id=id aria-labelledby=labelled_by>
            <h2 class="eh-help-block__title" id=title_id>{heading}</h2>
            {phone}
            {options}
            {saved_code}
        </section>
    }
    .into_any()
}

/// [`sheet`] under its class `eh-help-block`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-help-block", sheet };

/// The help block's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-top: var(--eh-space-6);
        margin-bottom: var(--eh-space-6);
        padding: var(--eh-space-5);
        border-top: var(--eh-border-width-xl) solid var(--eh-color-accent);
        background-color: var(--eh-color-surface);
        max-width: var(--eh-size-text-max);
        .eh-help-block__title {
            margin-bottom: var(--eh-space-3);
        }
        .eh-help-block__phone {
            margin-bottom: var(--eh-space-4);
        }
        .eh-help-block__phone p {
            margin-bottom: var(--eh-space-1);
        }
        .eh-help-block__number {
            font-size: var(--eh-font-size-l);
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-help-block__tel {
            white-space: nowrap;
        }
        .eh-help-block__status-tag {
            display: inline-block;
            padding: 0 var(--eh-space-2);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            background-color: var(--eh-color-background);
        }
        .eh-help-block__status--open .eh-help-block__status-tag {
            border-color: var(--eh-color-success);
        }
        .eh-help-block__options {
            list-style: none;
            margin: 0;
            padding: 0;
        }
        .eh-help-block__option {
            padding: var(--eh-space-1) 0;
        }
        .eh-help-block__option + .eh-help-block__option {
            border-top: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        }
        /* The design's touch target: the link fills the row's height. */
        .eh-help-block__option a {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-help-block__note {
            margin: 0;
            color: var(--eh-color-text-secondary);
        }
        "#
    )
}

/// The help block's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "open",
        title: "Telefoon nu open",
        description: "De server weet dat de telefoon nu open is. Daaronder: een afspraak, terugbellen, chat met een mens en hulp in de bibliotheek.",
        view: view! {
            <HelpBlock id="hulp-voorbeeld" help=HelpInfo::new()
                .phone(PhoneHelp::new("14 030", "Maandag tot en met vrijdag van 8.00 tot 17.00 uur").status(OpenStatus::Open))
                .appointment("#afspraak")
                .callback("#terugbellen")
                .chat("#chat", ChatAnswerer::Human)
                .library(LIBRARY_HELP_HREF) />
        }
    },
    crate::example! {
        name: "gesloten",
        title: "Telefoon nu gesloten",
        description: "Buiten kantoortijd: het blok zegt dat de telefoon dicht is en wat iemand dan wel kan doen. De chatbot zegt dat er geen mens antwoordt.",
        view: view! {
            <HelpBlock id="hulp-voorbeeld" help=HelpInfo::new()
                .phone(PhoneHelp::new("088 123 45 67", "Maandag tot en met vrijdag van 8.00 tot 17.00 uur")
                    .status(OpenStatus::Closed)
                    .when_closed("Laat u morgen terugbellen, of stel uw vraag aan onze chatbot."))
                .callback("#terugbellen")
                .chat("#chat", ChatAnswerer::Bot)
                .library(LIBRARY_HELP_HREF) />
        }
    },
    crate::example! {
        name: "algemeen",
        title: "Algemene hulp van de overheid",
        description: "Wat het paginasjabloon laat zien als de organisatie zelf niets opgeeft: Informatie Rijksoverheid (1400) en hulp in de bibliotheek.",
        view: view! { <HelpBlock id="hulp-voorbeeld" help=HelpInfo::government(crate::i18n::Lang::Nl) /> }
    },
    crate::example! {
        name: "met-code",
        title: "Met een opgeslagen code",
        description: "Wie antwoorden heeft opgeslagen met Opslaan en later verder, ziet de code in het blok. Aan de telefoon kan een medewerker daarmee dezelfde antwoorden openen.",
        view: view! {
            <HelpBlock id="hulp-voorbeeld" help=HelpInfo::new()
                .phone(PhoneHelp::new("14 030", "Maandag tot en met vrijdag van 8.00 tot 17.00 uur"))
                .saved_code(crate::reference_code::ReferenceCode::from_random([17, 5, 21, 18, 2, 28, 15])) />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "help-block",
    title: "Hulp nodig?",
    title_en: "Need help?",
    family: crate::examples::Family::Page,
    summary: "Altijd een weg naar een mens: telefoon met openingstijden en of hij nu open is, afspraak, terugbellen, chat en hulp in de bibliotheek.",
    summary_en: "Always a way to reach a person: phone with opening hours and whether it is open now, appointment, call back, chat and help at the library.",
    components: &["HelpBlock"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
