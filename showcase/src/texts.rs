//! The showcase's own texts, Dutch first and English second, at language level B1. Kept together
//! (like the components' `i18n.rs`) so a translator or B1 reviewer sees them all at once: the site's
//! pages here (the design tokens page in [`tokens`]), the example service in [`journey`] and the
//! life event in [`life_event`]. Every text
//! is a [`Text`] read with `.get(lang)`, or a small function where it needs values; a test
//! (`tests/texts.rs`) keeps inline `lang.pick("…", "…")` out of the other modules.

use eenheid::i18n::Text;

pub mod journey;
pub mod life_event;
pub mod tokens;

/// The organisation in the header of every showcase page.
pub const AGENCY: Text = Text { nl: "Eenheid, het ontwerpsysteem van de overheid", en: "Eenheid, the design system of the Dutch government" };
/// The footer link to the home page.
pub const ALL_COMPONENTS: Text = Text { nl: "Alle componenten", en: "All components" };
/// The footer link to the form demo, also the heading of its note in the export.
pub const FORM_DEMO: Text = Text { nl: "Voorbeeldformulier", en: "Example form" };

/// The home page's heading.
pub const HOME_HEADING: Text = Text { nl: "Eenheid: één overheid, één ontwerp", en: "Eenheid: one government, one design" };
/// The home page's introduction.
pub const HOME_INTRO: Text = Text {
    nl: "Toegankelijke onderdelen voor websites van de overheid. Elk onderdeel werkt zonder JavaScript, voldoet aan WCAG 2.2 AA en ziet er bij elke organisatie hetzelfde uit.",
    en: "Accessible parts for government websites. Every part works without JavaScript, meets WCAG 2.2 AA and looks the same at every organisation.",
};
/// The search field's label.
pub const SEARCH_LABEL: Text = Text { nl: "Zoek een component", en: "Search for a component" };
/// The search field's hint.
pub const SEARCH_HINT: Text = Text { nl: "Bijvoorbeeld: datum, knop of adres", en: "For example: date, button or address" };
/// The search button.
pub const SEARCH_BUTTON: Text = Text { nl: "Zoeken", en: "Search" };
/// The accessible name of the search landmark.
pub const SEARCH_REGION: Text = Text { nl: "Componenten zoeken", en: "Search components" };
/// Shown when a search finds nothing.
pub const SEARCH_EMPTY_HELP: Text = Text {
    nl: "Controleer de spelling, of zoek met een ander woord. U kunt in het Nederlands en in het Engels zoeken.",
    en: "Check the spelling, or search with another word. You can search in Dutch and in English.",
};
/// The link back to the full list.
pub const SHOW_ALL: Text = Text { nl: "Toon alle componenten", en: "Show all components" };

/// "3 componenten gevonden voor ‘datum’".
pub fn found(lang: eenheid::i18n::Lang, count: usize, query: &str) -> String {
    match (lang, count) {
        (eenheid::i18n::Lang::Nl, 1) => format!("1 component gevonden voor \u{2018}{query}\u{2019}"),
        (eenheid::i18n::Lang::Nl, n) => format!("{n} componenten gevonden voor \u{2018}{query}\u{2019}"),
        (eenheid::i18n::Lang::En, 1) => format!("1 component found for \u{2018}{query}\u{2019}"),
        (eenheid::i18n::Lang::En, n) => format!("{n} components found for \u{2018}{query}\u{2019}"),
    }
}

/// The component page's headings.
pub const USE_WHEN: Text = Text { nl: "Wanneer gebruiken", en: "When to use" };
/// See [`USE_WHEN`].
pub const AVOID_WHEN: Text = Text { nl: "Wanneer niet gebruiken", en: "When not to use" };
/// See [`USE_WHEN`].
pub const EXAMPLES: Text = Text { nl: "Voorbeelden", en: "Examples" };
/// See [`USE_WHEN`].
pub const PROPS: Text = Text { nl: "Eigenschappen (props)", en: "Properties (props)" };
/// See [`USE_WHEN`].
pub const ACCESSIBILITY: Text = Text { nl: "Toegankelijkheid", en: "Accessibility" };
/// The label on the frame around a live example.
pub const EXAMPLE_FRAME: Text = Text { nl: "Voorbeeld", en: "Example" };
/// The heading above an example's code.
pub const CODE: Text = Text { nl: "Code", en: "Code" };
/// The heading above an example's HTML.
pub const HTML: Text = Text { nl: "HTML", en: "HTML" };
/// The button that opens an example's HTML on a component page.
pub const SHOW_HTML: Text = Text { nl: "Bekijk de HTML", en: "Show the HTML" };
/// Above an example's HTML on its own page.
pub const HTML_INTRO: Text = Text {
    nl: "Werkt u niet met Rust? Dit is de HTML van dit voorbeeld. Gebruik hem met het stijlblad van Eenheid. Ook zonder JavaScript werkt alles.",
    en: "Not working with Rust? This is the HTML of this example. Use it with Eenheid's style sheet. Everything also works without JavaScript.",
};
/// The link to an example's own page.
pub const OPEN_EXAMPLE: Text = Text { nl: "Open dit voorbeeld op een eigen pagina", en: "Open this example on its own page" };
/// In place of a full-page example, which cannot sit inside another page.
pub const FULL_PAGE_EXAMPLE: Text = Text {
    nl: "Dit voorbeeld is een hele pagina, met een eigen kop en voet. Open het op een eigen pagina om het te zien.",
    en: "This example is a whole page, with its own header and footer. Open it on its own page to see it.",
};
/// Says that examples keep their Dutch content on an English page.
pub const EXAMPLES_IN_DUTCH: Text = Text {
    nl: "",
    en: "The examples are Dutch government services, so their content is in Dutch.",
};
/// Under the props heading: where the descriptions come from.
pub const PROPS_SOURCE: Text = Text {
    nl: "Uit de documentatie in de code. De beschrijvingen zijn in het Engels, net als de code. Bij \u{2018}(into)\u{2019} mag u ook een waarde geven die hiernaar omzet, zoals \"tekst\" voor een String.",
    en: "From the documentation in the code. \u{2018}(into)\u{2019} means you may also give a value that converts into the type, such as \"text\" for a String.",
};
/// The props table's column headers.
pub const PROP_NAME: Text = Text { nl: "Naam", en: "Name" };
/// See [`PROP_NAME`].
pub const PROP_TYPE: Text = Text { nl: "Type", en: "Type" };
/// See [`PROP_NAME`].
pub const PROP_REQUIRED: Text = Text { nl: "Verplicht", en: "Required" };
/// See [`PROP_NAME`].
pub const PROP_DEFAULT: Text = Text { nl: "Standaard", en: "Default" };
/// See [`PROP_NAME`].
pub const PROP_DESCRIPTION: Text = Text { nl: "Beschrijving", en: "Description" };
/// A required prop.
pub const YES: Text = Text { nl: "Ja", en: "Yes" };
/// An optional prop.
pub const NO: Text = Text { nl: "Nee", en: "No" };
/// A prop that takes anything that converts into its type.
pub const INTO: Text = Text { nl: "(into)", en: "(into)" };
/// The caption of a props table: "Props van <TextInput>".
pub fn props_caption(lang: eenheid::i18n::Lang, component: &str) -> String {
    match lang {
        eenheid::i18n::Lang::Nl => format!("Props van <{component}>"),
        eenheid::i18n::Lang::En => format!("Props of <{component}>"),
    }
}
/// The heading above the types the props use.
pub const PROP_TYPES: Text = Text { nl: "Typen in deze props", en: "Types used by these props" };
/// Marks a component that has no props.
pub const NO_PROPS: Text = Text { nl: "Dit component heeft geen props.", en: "This component has no props." };

/// The title of a 404 page: the showcase's own, and the error page in either look.
pub const NOT_FOUND_TITLE: Text = Text { nl: "Pagina niet gevonden", en: "Page not found" };
/// What to do, on a 404 page (see [`NOT_FOUND_TITLE`]).
pub const NOT_FOUND_TEXT: Text = Text {
    nl: "Klopt het adres? Controleer of u het goed hebt getypt.",
    en: "Is the address right? Check that you typed it correctly.",
};

// --- The footer of the example service's pages (the journey and the life event) ---

/// The footer link back to the showcase on the example service's pages (the journey and the life event).
pub const ALL_EENHEID_COMPONENTS: Text = Text { nl: "Alle componenten van Eenheid", en: "All Eenheid components" };

// --- Links to the example service ---

/// The footer link to the example service on every showcase page, also the heading of its note in
/// the export.
pub const EXAMPLE_SERVICE: Text = Text { nl: "Voorbeelddienst: verhuizing doorgeven", en: "Example service: report a move" };
/// The home page's link to the example service.
pub const SEE_EXAMPLE_SERVICE: Text = Text {
    nl: "Bekijk een hele voorbeelddienst: verhuizing doorgeven",
    en: "See a whole example service: report a move",
};

// --- Conformance: the section "Getest op toegankelijkheid" of a component page ---

/// The heading of the conformance section on a component page.
pub const CONFORMANCE_HEADING: Text = Text { nl: "Getest op toegankelijkheid", en: "Tested for accessibility" };
/// The caption of the conformance table.
pub const CONFORMANCE_CAPTION: Text = Text { nl: "Uitkomst per succescriterium van WCAG 2.2, niveau A en AA", en: "Outcome per WCAG 2.2 success criterion, level A and AA" };
/// Under the conformance section's heading: what ‘Geen fout gevonden’ does and does not mean.
pub const WHAT_NO_FAULT_MEANS: Text = Text {
    nl: "Automatische controles vinden een deel van de problemen. ‘Geen fout gevonden’ betekent: de controles voor dit criterium vonden niets. Het is geen volledig oordeel. Criteria die geen automatische controle kan beoordelen, moet een mens onderzoeken.",
    en: "Automated checks find part of the problems. ‘No fault found’ means: the checks for this criterion found nothing. It is not a full verdict. Criteria that no automated check can judge must be researched by a person.",
};
/// The conformance section's link to the test record as JSON.
pub const DOWNLOAD_RECORD: Text = Text { nl: "Download de gegevens (JSON)", en: "Download the data (JSON)" };
/// The conformance section of a component that has no test record yet.
pub const NO_RECORD: Text = Text {
    nl: "Voor dit onderdeel is nog geen testverslag gemaakt.",
    en: "No test record has been made for this component yet.",
};
/// An outcome in the conformance table (automated or by a person): a fault was found.
pub const OUTCOME_FAILED: Text = Text { nl: "Fout gevonden", en: "Fault found" };
/// An outcome in the conformance table: the check cannot tell, a person must look.
pub const OUTCOME_CANT_TELL: Text = Text { nl: "Een mens moet kijken", en: "A person must look" };
/// An outcome in the conformance table: no fault was found.
pub const OUTCOME_PASSED: Text = Text { nl: "Geen fout gevonden", en: "No fault found" };
/// An outcome in the conformance table: the examples have nothing the criterion is about.
pub const OUTCOME_INAPPLICABLE: Text = Text { nl: "Niets om te controleren", en: "Nothing to check" };
/// An outcome in the conformance table: no automated check covers the criterion.
pub const OUTCOME_NOT_AUTOMATED: Text = Text { nl: "Niet automatisch te testen", en: "Cannot be tested automatically" };
/// The line under the conformance section's heading: when the component was tested, with which
/// tools, how many examples, in which conditions ("Getest op … met …: 3 voorbeelden, in deze
/// situaties (kleuren en breedte in pixels): …").
pub fn tested_on(lang: eenheid::i18n::Lang, date: &str, tools: &str, examples: usize, conditions: &str) -> String {
    match lang {
        eenheid::i18n::Lang::Nl => format!("Getest op {date} met {tools}: {examples} voorbeelden, in deze situaties (kleuren en breedte in pixels): {conditions}."),
        eenheid::i18n::Lang::En => format!("Tested on {date} with {tools}: {examples} examples, in these conditions (colours and width in pixels): {conditions}."),
    }
}
/// The conformance table's column header: the WCAG success criterion.
pub const CRITERION_COLUMN: Text = Text { nl: "Succescriterium", en: "Success criterion" };
/// The conformance table's column header: the criterion's level (A or AA).
pub const LEVEL_COLUMN: Text = Text { nl: "Niveau", en: "Level" };
/// The conformance table's column header: the outcome of the automated checks.
pub const AUTOMATED_COLUMN: Text = Text { nl: "Automatische controles", en: "Automated checks" };
/// The conformance table's column header: the checks that gave that outcome.
pub const BY_COLUMN: Text = Text { nl: "Door", en: "By" };
/// The conformance table's column header: the outcome of research by a person.
pub const MANUAL_COLUMN: Text = Text { nl: "Onderzoek door een mens", en: "Research by a person" };

// --- The form demo's error messages ---

/// Form demo: what the error for an empty name asks for ("Vul uw naam in").
pub const YOUR_NAME: Text = Text { nl: "uw naam", en: "your name" };
/// Form demo: the error when no province is chosen.
pub const CHOOSE_A_PROVINCE: Text = Text { nl: "Kies een provincie", en: "Choose a province" };
/// Form demo: what the error for an empty e-mail address asks for ("Vul uw e-mailadres in").
pub const YOUR_EMAIL_ADDRESS: Text = Text { nl: "uw e-mailadres", en: "your email address" };
/// Form demo: the error when no way to hear from us is chosen.
pub const CHOOSE_HOW_TO_HEAR: Text = Text { nl: "Kies hoe u bericht wilt krijgen", en: "Choose how you want to hear from us" };
/// Form demo: the error when nothing is chosen in "Aan wie geven we uw nieuwe adres door?".
pub const CHOOSE_WHO_WE_TELL: Text = Text {
    nl: "Kies aan wie we het doorgeven, of kies 'Geen van deze'",
    en: "Choose who we tell, or choose 'None of these'",
};
/// Form demo: the error when "Geen van deze" is chosen together with an organisation.
pub const NONE_OF_THESE_ALONE: Text = Text {
    nl: "Kies 'Geen van deze' alleen als u niets anders kiest",
    en: "Only choose 'None of these' on its own",
};
/// Form demo: the error for an answer that is not on the list (a changed form).
pub const CHOOSE_FROM_THE_LIST: Text = Text { nl: "Kies uit de lijst", en: "Choose from the list" };

// --- Error pages (413, 408, 404, 5xx, other 4xx), in the showcase's look and in the example service's ---

/// The title of the error page for a request that is too large (413).
pub const TOO_MUCH_TEXT_TITLE: Text = Text { nl: "U stuurde te veel tekst", en: "You sent too much text" };
/// What happened, on the 413 error page.
pub const TOO_MUCH_TEXT: Text = Text {
    nl: "Wij kunnen zoveel tekst niet in één keer aannemen. Er is niets veranderd: wat u eerder hebt opgeslagen, is bewaard.",
    en: "We cannot accept that much text at once. Nothing was changed: what you saved before is kept.",
};
/// What to do, on the 413 error page.
pub const MAKE_IT_SHORTER: Text = Text {
    nl: "Ga terug, maak uw antwoord korter en probeer het opnieuw.",
    en: "Go back, make your answer shorter and try again.",
};
/// The title of the error page for a request that did not arrive in time (408).
pub const TOO_SLOW_TITLE: Text = Text { nl: "Dit duurde te lang", en: "This took too long" };
/// What happened, on the 408 error page.
pub const TOO_SLOW: Text = Text { nl: "Uw verzoek kwam niet op tijd helemaal bij ons aan.", en: "Your request did not reach us in time." };
/// What to do, on the 408 error page and on the page for another bad request.
pub const GO_BACK_AND_TRY_AGAIN: Text = Text { nl: "Ga terug en probeer het opnieuw.", en: "Go back and try again." };
/// What happened, on the 404 error page (its title is [`NOT_FOUND_TITLE`], what to do [`NOT_FOUND_TEXT`]).
pub const PAGE_DOES_NOT_EXIST: Text = Text { nl: "Deze pagina bestaat niet.", en: "This page does not exist." };
/// The title of the error page for a server error (5xx).
pub const SOMETHING_WENT_WRONG: Text = Text { nl: "Er ging iets mis", en: "Something went wrong" };
/// What happened, on the 5xx error page.
pub const NOT_YOUR_FAULT: Text = Text {
    nl: "Dit ligt niet aan u. Er ging bij ons iets mis.",
    en: "This is not your fault. Something went wrong on our side.",
};
/// What to do, on the 5xx error page.
pub const TRY_AGAIN_LATER: Text = Text {
    nl: "Probeer het over een paar minuten opnieuw. Lukt het dan nog niet? Bel ons.",
    en: "Try again in a few minutes. Still not working? Call us.",
};
/// The title of the error page for another bad request (400, 405 and the like).
pub const CANNOT_HANDLE_REQUEST: Text = Text { nl: "Dit verzoek kunnen wij niet verwerken", en: "We cannot handle this request" };
/// What happened, on the page for another bad request.
pub const BROWSER_SENT_SOMETHING_WRONG: Text = Text {
    nl: "Er ging iets mis met wat uw browser stuurde. Er is niets veranderd.",
    en: "Something was wrong with what your browser sent. Nothing was changed.",
};
/// The link home on an error page in the showcase's own look.
pub const TO_ALL_COMPONENTS: Text = Text { nl: "Naar alle componenten", en: "To all components" };

// --- The patterns page, /patronen ---

/// The patterns page's title and heading, also the text of its footer link on every showcase page.
pub const PATTERNS_TITLE: Text = Text { nl: "Patronen", en: "Patterns" };
/// The patterns page's introduction, under its heading: what a pattern is.
pub const PATTERNS_INTRO: Text = Text {
    nl: "Een patroon is een hele pagina die in elke dienst terugkomt, gemaakt van de componenten van Eenheid. Gebruik ze zoals ze zijn: dan herkent iemand die één dienst van de overheid kent, ook de volgende.",
    en: "A pattern is a whole page that comes back in every service, made from the Eenheid components. Use them as they are: then someone who knows one government service also recognises the next.",
};
/// On the patterns page, after the introduction: the ServiceFrame every pattern gets.
pub const PATTERNS_FRAME: Text = Text {
    nl: "Wat op elke pagina van een dienst hetzelfde is (de organisatie, de naam van de dienst, de taal, het stijlblad en de hulp), geeft u één keer op in een ServiceFrame. Elk patroon krijgt dat frame mee.",
    en: "What is the same on every page of a service (the organisation, the name of the service, the language, the stylesheet and the help) you set once in a ServiceFrame. Every pattern gets that frame.",
};
/// On the patterns page, before the list of patterns: the order they come in.
pub const PATTERNS_ORDER: Text = Text {
    nl: "In een dienst komen ze meestal in deze volgorde: startpagina, vragen (of een takenlijst), controleren, bevestiging, en daarna de status. De contactpagina hoort bij elke dienst.",
    en: "In a service they usually come in this order: start page, questions (or a task list), check answers, confirmation, and then the status. Every service has a contact page.",
};
/// On the patterns page, above each pattern's list of examples.
pub const PATTERN_EXAMPLES: Text = Text { nl: "Voorbeelden:", en: "Examples:" };
/// On the patterns page, the link to a pattern's component page ("Eigenschappen en code: Startpagina").
pub const PATTERN_DETAILS: Text = Text { nl: "Eigenschappen en code", en: "Properties and code" };

// --- The display page, /weergave: the colour scheme ---

/// The display page's title and heading, also the text of its footer link on every showcase page
/// and the heading of its note in the export.
pub const DISPLAY_TITLE: Text = Text { nl: "Weergave", en: "Display" };
/// The display page's introduction, under its heading: the choice and the cookie.
pub const DISPLAY_INTRO: Text = Text {
    nl: "Kies de kleuren van deze website: licht, donker, of zoals u het op uw apparaat hebt ingesteld. We bewaren uw keuze in een cookie op dit apparaat.",
    en: "Choose the colours of this website: light, dark, or as set on your device. We keep your choice in a cookie on this device.",
};
/// The legend of the display page's radios.
pub const SCHEME_LEGEND: Text = Text { nl: "Kleuren", en: "Colours" };
/// The display page's choice: the colours the device is set to.
pub const SCHEME_DEVICE: Text = Text { nl: "Zoals op mijn apparaat", en: "As on my device" };
/// The hint under [`SCHEME_DEVICE`] on the display page.
pub const SCHEME_DEVICE_HINT: Text = Text {
    nl: "Licht of donker, zoals u het op uw computer of telefoon hebt ingesteld.",
    en: "Light or dark, as set on your computer or phone.",
};
/// The display page's choice: light colours.
pub const SCHEME_LIGHT: Text = Text { nl: "Licht", en: "Light" };
/// The display page's choice: dark colours.
pub const SCHEME_DARK: Text = Text { nl: "Donker", en: "Dark" };
/// The display page's button that saves the choice.
pub const SCHEME_SAVE: Text = Text { nl: "Opslaan", en: "Save" };

// --- The export: the notes that stand in for the parts that need the server ---

/// The heading of the export's note for searching and sending forms (the example service, the
/// form demo and the display page have their own names as heading: [`EXAMPLE_SERVICE`],
/// [`FORM_DEMO`], [`DISPLAY_TITLE`]).
pub const SEARCH_AND_FORMS: Text = Text { nl: "Zoeken en formulieren", en: "Search and forms" };
/// On every note in the export, under its heading: this copy has no server.
pub const STATIC_COPY: Text = Text {
    nl: "Dit is een kopie van de showcase zonder server. Daarom werkt dit deel hier niet.",
    en: "This is a copy of the showcase without a server. That is why this part does not work here.",
};
/// On the export's note for the example service: why it needs the server.
pub const JOURNEY_NEEDS_SERVER: Text = Text {
    nl: "De voorbeelddienst bewaart uw antwoorden op de server, stap voor stap.",
    en: "The example service keeps your answers on the server, step by step.",
};
/// On the export's note for the form demo: why it needs the server.
pub const FORM_DEMO_NEEDS_SERVER: Text = Text {
    nl: "Het voorbeeldformulier stuurt uw antwoorden naar de server. De server controleert ze en laat fouten zien.",
    en: "The example form sends your answers to the server. The server checks them and shows any mistakes.",
};
/// On the export's note for the display page: why it needs the server.
pub const DISPLAY_NEEDS_SERVER: Text = Text {
    nl: "De server onthoudt uw keuze voor licht of donker in een cookie. Deze kopie volgt de instelling van uw apparaat.",
    en: "The server remembers your choice of light or dark in a cookie. This copy follows the setting of your device.",
};
/// On the export's note for searching and sending forms: why they need the server.
pub const FORMS_NEED_SERVER: Text = Text {
    nl: "Zoeken en formulieren versturen gaan via de server. Alle componenten staan op de startpagina.",
    en: "Searching and sending forms go through the server. All components are on the home page.",
};
/// On every note in the export, before the command that starts the server (`cargo xtask serve`).
pub const RUN_IT: Text = Text {
    nl: "Wilt u dit deel gebruiken? Start de showcase dan met de server:",
    en: "Do you want to use this part? Then start the showcase with its server:",
};
