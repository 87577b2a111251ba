//! The showcase's own texts, Dutch first and English second, at language level B1. Kept together
//! (like the components' `i18n.rs`) so a translator or B1 reviewer sees them all at once.

use eenheid::i18n::Text;

/// The organisation in the header of every showcase page.
pub const AGENCY: Text = Text { nl: "Eenheid, het ontwerpsysteem van de overheid", en: "Eenheid, the design system of the Dutch government" };
/// The footer link to the home page.
pub const ALL_COMPONENTS: Text = Text { nl: "Alle componenten", en: "All components" };
/// The footer link to the form demo.
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

/// The 404 page.
pub const NOT_FOUND_TITLE: Text = Text { nl: "Pagina niet gevonden", en: "Page not found" };
/// See [`NOT_FOUND_TITLE`].
pub const NOT_FOUND_TEXT: Text = Text {
    nl: "Klopt het adres? Controleer of u het goed hebt getypt.",
    en: "Is the address right? Check that you typed it correctly.",
};
