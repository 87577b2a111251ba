//! The one example registry. Every component declares its examples once, beside its code; this
//! list drives the showcase pages, the HTML snapshot tests and the accessibility audit, so a new
//! example is shown, snapshotted and audited without any other change.

use leptos::prelude::*;

/// How an example is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExampleLayout {
    /// A fragment, shown inside a showcase page.
    Fragment,
    /// A whole HTML document (the page template), served as it is.
    FullPage,
}

/// One example of a component.
pub struct Example {
    /// The URL slug ("met-fout").
    pub name: &'static str,
    /// The title shown in the showcase.
    pub title: &'static str,
    /// What the example shows and when to use it.
    pub description: &'static str,
    /// The Leptos code of the example, taken from the same tokens as `render` (so it cannot drift).
    pub code: &'static str,
    /// Fragment or full page.
    pub layout: ExampleLayout,
    /// Renders the example.
    pub render: fn() -> AnyView,
    /// Renders the example with every text and URL literal passed through [`hostile_text`], so a
    /// test can swap them all for XSS vectors (feature `hostile-examples`, tests only).
    #[cfg(feature = "hostile-examples")]
    pub render_hostile: fn() -> AnyView,
}

#[cfg(feature = "hostile-examples")]
thread_local! {
    static HOSTILE_TEXT: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
    static HOSTILE_COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The literal as written, or, while [`with_hostile_text`] runs, its text with a running number
/// (so values that must differ, such as two radio values, still differ). Leaks: tests only.
#[cfg(feature = "hostile-examples")]
#[doc(hidden)]
pub fn hostile_text(literal: &'static str) -> &'static str {
    match HOSTILE_TEXT.with(|text| text.get()) {
        Some(text) => {
            let count = HOSTILE_COUNT.with(|count| count.replace(count.get() + 1));
            // Keep template placeholders such as `{page}`: a template without them is a
            // programming error the component reports, not an injection.
            let placeholders: String = literal
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
                .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                .map(|name| format!("{{{name}}}"))
                .collect();
            Box::leak(format!("{text}{count}{placeholders}").into_boxed_str())
        }
        None => literal,
    }
}

/// Runs `render` with every example literal replaced by `text` (see [`Example::render_hostile`]).
#[cfg(feature = "hostile-examples")]
pub fn with_hostile_text<R>(text: &'static str, render: impl FnOnce() -> R) -> R {
    let previous = HOSTILE_TEXT.with(|cell| cell.replace(Some(text)));
    let result = render();
    HOSTILE_TEXT.with(|cell| cell.set(previous));
    result
}

/// Declares an [`Example`] from a `view!`: the same tokens become both the code shown in the
/// showcase and the rendered example.
#[macro_export]
macro_rules! example {
    (name: $name:literal, title: $title:literal, description: $description:literal, view: $($view:tt)+) => {
        $crate::example!(@layout Fragment, name: $name, title: $title, description: $description, view: $($view)+)
    };
    (@layout $layout:ident, name: $name:literal, title: $title:literal, description: $description:literal, view: $($view:tt)+) => {
        $crate::examples::Example {
            name: $name,
            title: $title,
            description: $description,
            code: stringify!($($view)+),
            layout: $crate::examples::ExampleLayout::$layout,
            render: || ::leptos::prelude::IntoAny::into_any($($view)+),
            #[cfg(feature = "hostile-examples")]
            render_hostile: || ::leptos::prelude::IntoAny::into_any(
                $crate::__hostile_literals!{ ($crate::examples::hostile_text) $($view)+ }
            ),
        }
    };
}

/// A component and its examples.
pub struct ComponentEntry {
    /// The URL slug ("text-input").
    pub slug: &'static str,
    /// The name shown in the showcase ("Tekstveld").
    pub title: &'static str,
    /// The name in English ("Text input"), for the showcase in English.
    pub title_en: &'static str,
    /// The family it belongs to.
    pub family: Family,
    /// One sentence: what it is for.
    pub summary: &'static str,
    /// The same sentence in English.
    pub summary_en: &'static str,
    /// The components (function names) whose props and guidance the showcase shows, the main one
    /// first: its doc comment holds the guidance (`# Wanneer gebruiken`, `# When to use`, …).
    pub components: &'static [&'static str],
    /// Its examples.
    pub examples: &'static [Example],
}

/// The component families, in their layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Form elements.
    Form,
    /// Progress trackers.
    Progress,
    /// Page layouts.
    Page,
    /// Content components (summary list, table, panel, …).
    Content,
    /// Patterns: whole pages composed of the components (start page, question page, …).
    Pattern,
}

impl Family {
    /// The family's name in the showcase.
    pub fn title(self) -> &'static str {
        match self {
            Family::Form => "Formulierelementen",
            Family::Progress => "Voortgang",
            Family::Page => "Paginaopbouw",
            Family::Content => "Inhoud",
            Family::Pattern => "Patronen",
        }
    }

    /// The family's name in the showcase in English.
    pub fn title_en(self) -> &'static str {
        match self {
            Family::Form => "Form elements",
            Family::Progress => "Progress",
            Family::Page => "Page layout",
            Family::Content => "Content",
            Family::Pattern => "Patterns",
        }
    }
}

/// Every component with examples, in showcase order.
pub fn registry() -> &'static [ComponentEntry] {
    use crate::{form, page, progress};
    &[
        ComponentEntry {
            slug: "page-template",
            title: "Paginasjabloon",
            title_en: "Page template",
            family: Family::Page,
            summary: "Een complete pagina: taal, skiplink, kop met de naam van de organisatie, hoofdinhoud en voet.",
            summary_en: "A complete page: language, skip link, header with the organisation's name, main content and footer.",
            components: &["PageTemplate", "Header", "Footer", "SkipLink"],
            examples: page::page_template::EXAMPLES,
        },
        ComponentEntry {
            slug: "help-block",
            title: "Hulp nodig?",
            title_en: "Need help?",
            family: Family::Page,
            summary: "Altijd een weg naar een mens: telefoon met openingstijden en of hij nu open is, afspraak, terugbellen, chat en hulp in de bibliotheek.",
            summary_en: "Always a way to reach a person: phone with opening hours and whether it is open now, appointment, call back, chat and help at the library.",
            components: &["HelpBlock"],
            examples: page::help_block::EXAMPLES,
        },
        ComponentEntry {
            slug: "breadcrumbs",
            title: "Kruimelpad",
            title_en: "Breadcrumbs",
            family: Family::Page,
            summary: "Waar deze pagina staat in de website, met links naar de pagina's erboven.",
            summary_en: "Where this page is in the website, with links to the pages above it.",
            components: &["Breadcrumbs"],
            examples: page::breadcrumbs::EXAMPLES,
        },
        ComponentEntry {
            slug: "back-link",
            title: "Terug-link",
            title_en: "Back link",
            family: Family::Page,
            summary: "Een link terug naar de vorige vraag, die ook zonder JavaScript werkt.",
            summary_en: "A link back to the previous question that also works without JavaScript.",
            components: &["BackLink"],
            examples: page::back_link::EXAMPLES,
        },
        ComponentEntry {
            slug: "phase-banner",
            title: "Fasebanner",
            title_en: "Phase banner",
            family: Family::Page,
            summary: "Zegt dat een dienst nieuw is (alfa of bèta) en vraagt om een mening.",
            summary_en: "Says that a service is new (alpha or beta) and asks for feedback.",
            components: &["PhaseBanner"],
            examples: page::phase_banner::EXAMPLES,
        },
        ComponentEntry {
            slug: "notification-banner",
            title: "Meldingsbanner",
            title_en: "Notification banner",
            family: Family::Page,
            summary: "Eén belangrijke melding bovenaan de pagina: informatie vooraf, of dat iets gelukt is.",
            summary_en: "One important message at the top of the page: information up front, or that something worked.",
            components: &["NotificationBanner"],
            examples: page::notification_banner::EXAMPLES,
        },
        ComponentEntry {
            slug: "session-timeout",
            title: "Bewaartijd",
            title_en: "Session time-out",
            family: Family::Page,
            summary: "Tot hoe laat de dienst de antwoorden bewaart, met een knop om ze langer te bewaren; met JavaScript een waarschuwing vooraf.",
            summary_en: "Until when the service keeps the answers, with a button to keep them longer; with JavaScript a warning beforehand.",
            components: &["SessionTimeout"],
            examples: page::session_timeout::EXAMPLES,
        },
        ComponentEntry {
            slug: "language-switch",
            title: "Taalkeuze",
            title_en: "Language switch",
            family: Family::Page,
            summary: "Dezelfde pagina in het Nederlands of het Engels; elke taal in haar eigen taal geschreven.",
            summary_en: "The same page in Dutch or English; each language written in its own language.",
            components: &["LanguageSwitch"],
            examples: page::language_switch::EXAMPLES,
        },
        ComponentEntry {
            slug: "service-navigation",
            title: "Dienstnavigatie",
            title_en: "Service navigation",
            family: Family::Page,
            summary: "De belangrijkste onderdelen van een dienst, met de huidige pagina gemarkeerd.",
            summary_en: "The main parts of a service, with the current page marked.",
            components: &["ServiceNavigation"],
            examples: page::service_navigation::EXAMPLES,
        },
        ComponentEntry {
            slug: "sign-in",
            title: "Inloggen",
            title_en: "Sign in",
            family: Family::Page,
            summary: "Inlogknoppen voor DigiD en eHerkenning, zonder plaatjes van buiten.",
            summary_en: "Sign-in buttons for DigiD and eHerkenning, without images from elsewhere.",
            components: &["SignIn"],
            examples: page::sign_in::EXAMPLES,
        },
        ComponentEntry {
            slug: "acting-on-behalf",
            title: "Handelen namens",
            title_en: "Acting on behalf",
            family: Family::Page,
            summary: "\u{201c}U handelt namens \u{2026}\u{201d}: laat op elke pagina zien voor wie iemand iets regelt.",
            summary_en: "“You are acting on behalf of …”: shows on every page for whom someone is arranging something.",
            components: &["ActingOnBehalf"],
            examples: page::acting_on_behalf::EXAMPLES,
        },
        ComponentEntry {
            slug: "cookie-banner",
            title: "Cookiemelding",
            title_en: "Cookie banner",
            family: Family::Page,
            summary: "Vraagt of meetcookies mogen, met twee even grote knoppen in een formulier zonder JavaScript.",
            summary_en: "Asks whether measuring cookies are allowed, with two equal buttons in a form that works without JavaScript.",
            components: &["CookieBanner"],
            examples: page::cookie_banner::EXAMPLES,
        },
        ComponentEntry {
            slug: "grid",
            title: "Raster",
            title_en: "Grid",
            family: Family::Page,
            summary: "Kolommen van een half, een derde en twee derde, die op een telefoon onder elkaar komen.",
            summary_en: "Columns of one half, one third and two thirds that stack on a phone.",
            components: &["GridRow", "GridColumn"],
            examples: page::grid::EXAMPLES,
        },
        ComponentEntry {
            slug: "text-input",
            title: "Tekstveld",
            title_en: "Text input",
            family: Family::Form,
            summary: "Eén regel tekst, met label, hint en foutmelding aan elkaar gekoppeld.",
            summary_en: "One line of text, with label, hint and error message linked together.",
            components: &["TextInput"],
            examples: form::text_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "textarea",
            title: "Tekstvak",
            title_en: "Textarea",
            family: Family::Form,
            summary: "Meerdere regels vrije tekst.",
            summary_en: "Several lines of free text.",
            components: &["Textarea"],
            examples: form::textarea::EXAMPLES,
        },
        ComponentEntry {
            slug: "select",
            title: "Keuzelijst",
            title_en: "Select",
            family: Family::Form,
            summary: "Eén keuze uit een lange lijst; gebruik keuzerondjes als het er weinig zijn.",
            summary_en: "One choice from a long list; use radios when there are only a few.",
            components: &["Select"],
            examples: form::select::EXAMPLES,
        },
        ComponentEntry {
            slug: "radios",
            title: "Keuzerondjes",
            title_en: "Radios",
            family: Family::Form,
            summary: "Eén antwoord kiezen, met vervolgvragen die zonder JavaScript werken.",
            summary_en: "Choose one answer, with follow-up questions that work without JavaScript.",
            components: &["Radios"],
            examples: form::radios::EXAMPLES,
        },
        ComponentEntry {
            slug: "checkboxes",
            title: "Aanvinkvakjes",
            title_en: "Checkboxes",
            family: Family::Form,
            summary: "Meerdere antwoorden kiezen, met een 'Geen van deze' die de rest uitsluit.",
            summary_en: "Choose several answers, with a ‘None of these’ that excludes the rest.",
            components: &["Checkboxes"],
            examples: form::checkboxes::EXAMPLES,
        },
        ComponentEntry {
            slug: "date-input",
            title: "Datum",
            title_en: "Date input",
            family: Family::Form,
            summary: "Een datum in drie vakjes: dag, maand en jaar.",
            summary_en: "A date in three boxes: day, month and year.",
            components: &["DateInput"],
            examples: form::date_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "address-input",
            title: "Adres (postcode en huisnummer)",
            title_en: "Address (postcode and house number)",
            family: Family::Form,
            summary: "Postcode, huisnummer en toevoeging in één vraag.",
            summary_en: "Postcode, house number and addition in one question.",
            components: &["AddressInput"],
            examples: form::address_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "bsn-input",
            title: "Burgerservicenummer (BSN)",
            title_en: "Citizen service number (BSN)",
            family: Family::Form,
            summary: "Negen cijfers, met een hint waar het nummer staat.",
            summary_en: "Nine digits, with a hint where to find the number.",
            components: &["BsnInput"],
            examples: form::bsn_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "iban-input",
            title: "Rekeningnummer (IBAN)",
            title_en: "Bank account number (IBAN)",
            family: Family::Form,
            summary: "Een bankrekeningnummer, met een voorbeeld in de hint.",
            summary_en: "A bank account number, with an example in the hint.",
            components: &["IbanInput"],
            examples: form::iban_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "phone-input",
            title: "Telefoonnummer",
            title_en: "Phone number",
            family: Family::Form,
            summary: "Een telefoonnummer, met het cijfertoetsenbord op een telefoon.",
            summary_en: "A phone number, with the number keypad on a phone.",
            components: &["PhoneInput"],
            examples: form::phone_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "prefilled-field",
            title: "Vooraf ingevuld veld",
            title_en: "Pre-filled field",
            family: Family::Form,
            summary: "Wat de overheid al weet, met de bron en een knop \u{2018}Wijzigen\u{2019}.",
            summary_en: "What the government already knows, with the source and a ‘Change’ button.",
            components: &["PrefilledField"],
            examples: form::prefilled_field::EXAMPLES,
        },
        ComponentEntry {
            slug: "character-count",
            title: "Tekstvak met tekenteller",
            title_en: "Textarea with character count",
            family: Family::Form,
            summary: "Een tekstvak met een grens; met JavaScript telt een melding af.",
            summary_en: "A textarea with a limit; with JavaScript a message counts down.",
            components: &["CharacterCount"],
            examples: form::character_count::EXAMPLES,
        },
        ComponentEntry {
            slug: "password-input",
            title: "Wachtwoord",
            title_en: "Password",
            family: Family::Form,
            summary: "Een wachtwoordveld; met JavaScript kan de gebruiker het wachtwoord tonen.",
            summary_en: "A password field; with JavaScript the user can show the password.",
            components: &["PasswordInput"],
            examples: form::password_input::EXAMPLES,
        },
        ComponentEntry {
            slug: "file-upload",
            title: "Bestand uploaden",
            title_en: "File upload",
            family: Family::Form,
            summary: "Eén of meer bestanden kiezen met de bestandskiezer van de browser.",
            summary_en: "Choose one or more files with the browser's file picker.",
            components: &["FileUpload"],
            examples: form::file_upload::EXAMPLES,
        },
        ComponentEntry {
            slug: "error-summary",
            title: "Foutenoverzicht",
            title_en: "Error summary",
            family: Family::Form,
            summary: "Alle fouten bovenaan de pagina, elk als link naar het veld.",
            summary_en: "All errors at the top of the page, each as a link to the field.",
            components: &["ErrorSummary"],
            examples: form::error_summary::EXAMPLES,
        },
        ComponentEntry {
            slug: "button",
            title: "Knop",
            title_en: "Button",
            family: Family::Form,
            summary: "Een knop die een formulier verstuurt, of een link die eruitziet als een knop.",
            summary_en: "A button that submits a form, or a link that looks like a button.",
            components: &["Button"],
            examples: form::button::EXAMPLES,
        },
        ComponentEntry {
            slug: "step-indicator",
            title: "Stappenindicator",
            title_en: "Step indicator",
            family: Family::Progress,
            summary: "Laat zien bij welke stap iemand is: \u{201c}Stap 2 van 4\u{201d}.",
            summary_en: "Shows which step someone is at: “Step 2 of 4”.",
            components: &["StepIndicator"],
            examples: progress::step_indicator::EXAMPLES,
        },
        ComponentEntry {
            slug: "task-list",
            title: "Takenlijst",
            title_en: "Task list",
            family: Family::Progress,
            summary: "Een lange dienst in losse taken, met per taak de status in woorden en hoeveel er klaar is.",
            summary_en: "A long service split into separate tasks, with each task's status in words and how many are done.",
            components: &["TaskList"],
            examples: progress::task_list::EXAMPLES,
        },
        ComponentEntry {
            slug: "status-timeline",
            title: "Statusoverzicht",
            title_en: "Status timeline",
            family: Family::Progress,
            summary: "Waar staat mijn aanvraag? Wat er gebeurd is, wat nu gebeurt en wat er nog komt, met data en wie ermee bezig is.",
            summary_en: "Where is my application? What has happened, what is happening now and what is still to come, with dates and who is working on it.",
            components: &["StatusTimeline"],
            examples: progress::status_timeline::EXAMPLES,
        },
        ComponentEntry {
            slug: "progress-bar",
            title: "Voortgangsbalk",
            title_en: "Progress bar",
            family: Family::Progress,
            summary: "Hoe ver iets is, met een label en de waarde in tekst.",
            summary_en: "How far something has got, with a label and the value in text.",
            components: &["ProgressBar"],
            examples: progress::progress_bar::EXAMPLES,
        },
        // Content
        ComponentEntry {
            slug: "summary-list",
            title: "Samenvattingslijst",
            title_en: "Summary list",
            family: Family::Content,
            summary: "Vragen en antwoorden op een rij, met een link om elk antwoord te wijzigen: \u{201c}Controleer uw antwoorden\u{201d}.",
            summary_en: "Questions and answers in rows, with a link to change each answer: “Check your answers”.",
            components: &["SummaryList", "SummaryCard"],
            examples: crate::content::summary_list::EXAMPLES,
        },
        ComponentEntry {
            slug: "panel",
            title: "Bevestigingspaneel",
            title_en: "Confirmation panel",
            family: Family::Content,
            summary: "Bovenaan de bevestigingspagina: het is gelukt, met het referentienummer.",
            summary_en: "At the top of the confirmation page: it worked, with the reference number.",
            components: &["Panel"],
            examples: crate::content::panel::EXAMPLES,
        },
        ComponentEntry {
            slug: "tag",
            title: "Label (status)",
            title_en: "Tag (status)",
            family: Family::Content,
            summary: "Een korte status in tekst, met een kleur die de tekst ondersteunt.",
            summary_en: "A short status in words, with a colour that supports the words.",
            components: &["Tag"],
            examples: crate::content::tag::EXAMPLES,
        },
        ComponentEntry {
            slug: "warning-text",
            title: "Waarschuwing",
            title_en: "Warning text",
            family: Family::Content,
            summary: "Iets wat mensen moeten weten voordat ze verdergaan, zoals een boete of een termijn.",
            summary_en: "Something people must know before they go on, such as a fine or a deadline.",
            components: &["WarningText"],
            examples: crate::content::warning_text::EXAMPLES,
        },
        ComponentEntry {
            slug: "icon",
            title: "Icoon",
            title_en: "Icon",
            family: Family::Content,
            summary: "Eén set kleine tekeningen in de kleur van de tekst: vinkje, kruisje, uitroepteken, pijlen, telefoon en meer, met wanneer u welk icoon gebruikt.",
            summary_en: "One set of small drawings in the colour of the text: check mark, cross, exclamation mark, arrows, phone and more, with when to use which icon.",
            components: &["Icon"],
            examples: crate::content::icon::EXAMPLES,
        },
        ComponentEntry {
            slug: "inset-text",
            title: "Uitgelichte tekst",
            title_en: "Inset text",
            family: Family::Content,
            summary: "Extra informatie die opvalt door een lijn aan de linkerkant.",
            summary_en: "Extra information that stands out with a line on the left.",
            components: &["InsetText"],
            examples: crate::content::inset_text::EXAMPLES,
        },
        ComponentEntry {
            slug: "details",
            title: "Uitklaptekst",
            title_en: "Details",
            family: Family::Content,
            summary: "Hulp achter een korte vraag die opent en sluit, ook zonder JavaScript.",
            summary_en: "Help behind a short question that opens and closes, also without JavaScript.",
            components: &["Details"],
            examples: crate::content::details::EXAMPLES,
        },
        ComponentEntry {
            slug: "table",
            title: "Tabel",
            title_en: "Table",
            family: Family::Content,
            summary: "Gegevens in rijen en kolommen, met een bijschrift en bedragen rechts uitgelijnd.",
            summary_en: "Data in rows and columns, with a caption and amounts aligned right.",
            components: &["Table"],
            examples: crate::content::table::EXAMPLES,
        },
        ComponentEntry {
            slug: "pagination",
            title: "Paginering",
            title_en: "Pagination",
            family: Family::Content,
            summary: "Naar de vorige, volgende of een andere pagina met resultaten.",
            summary_en: "To the previous, next or another page of results.",
            components: &["Pagination"],
            examples: crate::content::pagination::EXAMPLES,
        },
        ComponentEntry {
            slug: "accordion",
            title: "Accordeon",
            title_en: "Accordion",
            family: Family::Content,
            summary: "Secties die mensen een voor een openen; zonder JavaScript werkt elke sectie apart.",
            summary_en: "Sections people open one by one; without JavaScript each section works on its own.",
            components: &["Accordion"],
            examples: crate::content::accordion::EXAMPLES,
        },
        ComponentEntry {
            slug: "tabs",
            title: "Tabbladen",
            title_en: "Tabs",
            family: Family::Content,
            summary: "Een paar delen van hetzelfde onderwerp, een voor een; zonder JavaScript staan ze onder elkaar.",
            summary_en: "A few parts of the same subject, one at a time; without JavaScript they are shown one below the other.",
            components: &["Tabs"],
            examples: crate::content::tabs::EXAMPLES,
        },
        // Patterns: whole pages built from the components above.
        ComponentEntry {
            slug: "start-page",
            title: "Startpagina",
            title_en: "Start page",
            family: Family::Pattern,
            summary: "Waar de dienst voor is, wat u nodig hebt, hoe lang het duurt, één weg naar binnen, en hoe het ook zonder internet kan.",
            summary_en: "What the service is for, what you need, how long it takes, one way in, and how to do it without the internet.",
            components: &["StartPage"],
            examples: crate::patterns::start_page::EXAMPLES,
        },
        ComponentEntry {
            slug: "question-page",
            title: "Vraagpagina",
            title_en: "Question page",
            family: Family::Pattern,
            summary: "Eén vraag per pagina: terug-link, foutenoverzicht, de vraag als kop en een knop Doorgaan.",
            summary_en: "One question per page: back link, error summary, the question as the heading and a Continue button.",
            components: &["QuestionPage"],
            examples: crate::patterns::question_page::EXAMPLES,
        },
        ComponentEntry {
            slug: "task-list-page",
            title: "Takenlijstpagina",
            title_en: "Task list page",
            family: Family::Pattern,
            summary: "Een lange dienst in taken die u in elke volgorde doet, met opslaan en later verdergaan.",
            summary_en: "A long service in tasks you do in any order, with save and continue later.",
            components: &["TaskListPage"],
            examples: crate::patterns::task_list_page::EXAMPLES,
        },
        ComponentEntry {
            slug: "save-and-continue",
            title: "Opslaan en later verder",
            title_en: "Save and continue later",
            family: Family::Pattern,
            summary: "Halverwege stoppen en later verder, op een ander apparaat of aan de telefoon: een code die u kunt voorlezen, en de pagina Verder met een code.",
            summary_en: "Stop halfway and continue later, on another device or on the phone: a code you can read out, and the Continue with a code page.",
            components: &["SaveForLaterButton", "SavedCode", "SendCodeByEmail", "ContinueWithCode"],
            examples: crate::patterns::save_and_continue::EXAMPLES,
        },
        ComponentEntry {
            slug: "call-back",
            title: "Bel mij terug",
            title_en: "Call me back",
            family: Family::Pattern,
            summary: "Vragen om teruggebeld te worden: naam, telefoonnummer, wanneer het u uitkomt en uw vraag.",
            summary_en: "Ask to be called back: name, phone number, when it suits you and your question.",
            components: &["CallBackForm", "CallBackConfirmation"],
            examples: crate::patterns::call_back::EXAMPLES,
        },
        ComponentEntry {
            slug: "life-event",
            title: "Levensgebeurtenis",
            title_en: "Life event",
            family: Family::Pattern,
            summary: "Eén ingang voor iets wat in uw leven gebeurt: wat u regelt, in welke volgorde, bij wie en wanneer, en wat wij voor u doorgeven.",
            summary_en: "One way in for something that happens in your life: what you arrange, in which order, with whom and when, and what we pass on for you.",
            components: &["LifeEvent", "LifeEventPage"],
            examples: crate::patterns::life_event::EXAMPLES,
        },
        ComponentEntry {
            slug: "choice-guide",
            title: "Keuzehulp",
            title_en: "Choice guide",
            family: Family::Pattern,
            summary: "Een paar vragen, één per pagina, en dan welke diensten voor u gelden en waarom; elk antwoord is te wijzigen.",
            summary_en: "A few questions, one per page, then which services apply to you and why; every answer can be changed.",
            components: &["ChoiceGuideQuestion", "ChoiceGuideResult"],
            examples: crate::patterns::choice_guide::EXAMPLES,
        },
        ComponentEntry {
            slug: "check-answers",
            title: "Controleer uw antwoorden",
            title_en: "Check your answers",
            family: Family::Pattern,
            summary: "Alle antwoorden op één pagina, elk te wijzigen, en dan één keer versturen.",
            summary_en: "Every answer on one page, each one can be changed, then send once.",
            components: &["CheckAnswersPage"],
            examples: crate::patterns::check_answers::EXAMPLES,
        },
        ComponentEntry {
            slug: "confirmation",
            title: "Bevestigingspagina",
            title_en: "Confirmation page",
            family: Family::Pattern,
            summary: "Het is gelukt: referentienummer, wat er nu gebeurt, wanneer en door wie.",
            summary_en: "It worked: reference number, what happens next, when and by whom.",
            components: &["ConfirmationPage"],
            examples: crate::patterns::confirmation::EXAMPLES,
        },
        ComponentEntry {
            slug: "status-page",
            title: "Statuspagina",
            title_en: "Status page",
            family: Family::Pattern,
            summary: "Waar staat mijn aanvraag? Wanneer het besluit komt, en de tijdlijn met stille weken en wie ermee bezig is.",
            summary_en: "Where is my request? When the decision comes, and the timeline with quiet weeks and who is working on it.",
            components: &["StatusPage"],
            examples: crate::patterns::status_page::EXAMPLES,
        },
        ComponentEntry {
            slug: "contact-page",
            title: "Contactpagina",
            title_en: "Contact page",
            family: Family::Pattern,
            summary: "Bellen met openingstijden, afspraak of chat, wat u bij de hand houdt, en het bezoek- en postadres.",
            summary_en: "Call with opening hours, appointment or chat, what to have ready, and the visiting and postal address.",
            components: &["ContactPage"],
            examples: crate::patterns::contact_page::EXAMPLES,
        },
    ]
}

/// Finds a component and one of its examples by their slugs.
pub fn find(component: &str, example: &str) -> Option<(&'static ComponentEntry, &'static Example)> {
    let entry = registry().iter().find(|entry| entry.slug == component)?;
    let example = entry.examples.iter().find(|e| e.name == example)?;
    Some((entry, example))
}

/// The showcase path of an example: `/voorbeelden/<component>/<example>`.
pub fn path(component: &str, example: &str) -> String {
    format!("/voorbeelden/{component}/{example}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_url_safe() {
        let mut seen = std::collections::HashSet::new();
        for entry in registry() {
            assert!(crate::ids::is_valid_id(entry.slug), "bad component slug {}", entry.slug);
            assert!(!entry.examples.is_empty(), "{} has no examples", entry.slug);
            for example in entry.examples {
                assert!(crate::ids::is_valid_id(example.name), "bad example slug {}", example.name);
                assert!(seen.insert((entry.slug, example.name)), "duplicate {}/{}", entry.slug, example.name);
                assert!(example.code.contains("view!"), "{}/{}: code is not the view", entry.slug, example.name);
            }
        }
    }
}
