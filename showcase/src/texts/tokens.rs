//! The texts of the design tokens page, `/tokens` (`crate::tokens_page`), Dutch first and English
//! second, at language level B1, in the order a visitor meets them. The token names, values and
//! contrast ratios on that page come from `tokens.json`, not from here.

use eenheid::i18n::Text;

// --- The top of the page ---

/// The tokens page's title and heading, also the text of its footer link on every showcase page.
pub const TOKENS_TITLE: Text = Text { nl: "Ontwerptokens", en: "Design tokens" };
/// The tokens page's introduction, under its heading.
pub const TOKENS_INTRO: Text = Text {
    nl: "Alle kleuren, afstanden, letters, randen en de focusstijl van Eenheid. Ze staan in één bestand, tokens.json. Daaruit maken we CSS-variabelen en Rust-constanten. Een organisatie kan ze niet veranderen: zo ziet elke dienst van de overheid er hetzelfde uit.",
    en: "Every colour, spacing, type size, border and the focus style of Eenheid. They are kept in one file, tokens.json. From it we make CSS variables and Rust constants. An organisation cannot change them: that is how every government service looks the same.",
};
/// The heading of the page's table of contents (the links to its sections).
pub const CONTENTS: Text = Text { nl: "Op deze pagina", en: "On this page" };

// --- Colours: one card per colour ---

/// The heading of the colours section, also its link in the table of contents.
pub const COLOURS: Text = Text { nl: "Kleuren", en: "Colours" };
/// Under the colours heading: what a colour card shows and what WCAG AA asks.
pub const COLOURS_INTRO: Text = Text {
    nl: "Bij elke kleur staan de naam en de waarde in tekst. De contrastverhouding is uitgerekend uit de waarde. WCAG AA vraagt 4,5:1 voor tekst en 3:1 voor grote tekst, randen en knoppen.",
    en: "Each colour shows its name and value as text. The contrast ratio is calculated from the value. WCAG AA asks for 4.5:1 for text and 3:1 for large text, borders and controls.",
};
/// On a colour card: its contrast against white.
pub const ON_WHITE: Text = Text { nl: "Op wit", en: "On white" };
/// On a colour card: its contrast against black.
pub const ON_BLACK: Text = Text { nl: "Op zwart", en: "On black" };
/// On a colour card, after a contrast against white or black of at least 4.5:1.
pub const AA_TEXT: Text = Text { nl: "AA: voldoet voor tekst", en: "AA: passes for text" };
/// On a colour card, after a contrast against white or black of at least 3:1 but below 4.5:1.
pub const AA_LARGE: Text = Text { nl: "AA: alleen voor grote tekst en onderdelen", en: "AA: only for large text and controls" };
/// On a colour card, after a contrast against white or black below 3:1.
pub const AA_FAIL: Text = Text { nl: "AA: voldoet niet", en: "AA: fails" };
/// The verdict of a colour pair that reaches its minimum: on a colour card and in the pairs table.
pub const PASSES: Text = Text { nl: "voldoet", en: "passes" };
/// The verdict of a colour pair that does not reach its minimum: on a colour card and in the pairs table.
pub const FAILS: Text = Text { nl: "voldoet niet", en: "fails" };
/// On a colour card, in a pair's line before its minimum ("4,52:1, nodig 4,5:1: voldoet").
pub const NEEDS: Text = Text { nl: "nodig", en: "needs" };
/// On a colour card: the pairs where this colour is the foreground.
pub const AS_TEXT_ON: Text = Text { nl: "Als voorgrond op", en: "As foreground on" };
/// On a colour card: the pairs where this colour is the background.
pub const AS_BACKGROUND_FOR: Text = Text { nl: "Als achtergrond voor", en: "As background for" };
/// On a colour card, before the colour's value in another mode ("Modus prefers-contrast: more:
/// …"); also the pairs table's column header for the mode.
pub const MODE: Text = Text { nl: "Modus", en: "Mode" };
/// The mode of the base values, in the pairs table's mode column.
pub const BASE_MODE: Text = Text { nl: "standaard", en: "default" };

// --- Colour pairs: the table of every pair ---

/// The heading of the colour pairs section, also its link in the table of contents.
pub const PAIRS: Text = Text { nl: "Kleurparen", en: "Colour pairs" };
/// Under the colour pairs heading: where the pairs come from and what the tests check.
pub const PAIRS_INTRO: Text = Text {
    nl: "Elke combinatie van voorgrond en achtergrond die de componenten gebruiken, staat in tokens.json. De tests falen als een paar zijn minimum niet haalt, ook in de modus met meer contrast.",
    en: "Every combination of foreground and background the components use is listed in tokens.json. The tests fail when a pair does not reach its minimum, also in the more-contrast mode.",
};
/// The caption of the pairs table.
pub const PAIRS_CAPTION: Text = Text { nl: "Contrast van alle kleurparen", en: "Contrast of every colour pair" };
/// The pairs table's column header: the foreground colour.
pub const FOREGROUND: Text = Text { nl: "Voorgrond", en: "Foreground" };
/// The pairs table's column header: the background colour.
pub const BACKGROUND: Text = Text { nl: "Achtergrond", en: "Background" };
/// The pairs table's column header: what the pair is used for.
pub const USAGE: Text = Text { nl: "Gebruik", en: "Used for" };
/// The pairs table's column header: the contrast ratio.
pub const RATIO: Text = Text { nl: "Contrast", en: "Contrast" };
/// The pairs table's column header: the verdict.
pub const RESULT: Text = Text { nl: "Resultaat", en: "Result" };
/// In the pairs table's verdict, before the pair's minimum ("voldoet (minimaal 4,5:1)").
pub const MINIMUM: Text = Text { nl: "minimaal", en: "minimum" };
/// Hidden after the caption of both tables, for screen readers: the table scrolls sideways.
pub const TABLE_REGION: Text = Text { nl: "tabel, schuift opzij", en: "table, scrolls sideways" };

// --- Spacing, type, borders ---

/// The heading of the spacing section, also its link in the table of contents.
pub const SPACING: Text = Text { nl: "Afstanden", en: "Spacing" };
/// Under the spacing heading: how the bars are drawn.
pub const SPACING_INTRO: Text = Text {
    nl: "Elke balk is precies zo breed als de afstand: hij gebruikt dezelfde CSS-variabele als de componenten.",
    en: "Each bar is exactly as wide as the spacing: it uses the same CSS variable as the components.",
};
/// The heading of the type section, also its link in the table of contents.
pub const TYPE: Text = Text { nl: "Letters", en: "Type" };
/// Under the type heading: the sizes are real, the font is the system's.
pub const TYPE_INTRO: Text = Text {
    nl: "Elke lettergrootte op ware grootte. Het lettertype is dat van het systeem: het lettertype van de Rijksoverheid mogen we niet verspreiden.",
    en: "Each type size at its real size. The font is the system font: the government typeface may not be redistributed.",
};
/// The sample text shown in every type size, font family and font weight.
pub const TYPE_SAMPLE: Text = Text { nl: "Verhuizing doorgeven", en: "Report a move" };
/// The heading of the borders and corners section, also its link in the table of contents.
pub const BORDERS: Text = Text { nl: "Randen en hoeken", en: "Borders and corners" };

// --- The focus style ---

/// The heading of the focus section, also its link in the table of contents.
pub const FOCUS: Text = Text { nl: "Focusstijl", en: "Focus style" };
/// Under the focus heading: what the focus looks like and why.
pub const FOCUS_INTRO: Text = Text {
    nl: "Wie met het toetsenbord werkt, ziet altijd waar de focus is: een gele achtergrond met zwarte tekst en een zwarte lijn eronder bij links, en een gele rand met een zwarte lijn bij velden en knoppen. Geel op wit heeft te weinig contrast; daarom draagt het zwart de focus. Druk op Tab om het op deze pagina te zien.",
    en: "People using a keyboard always see where the focus is: a yellow background with black text and a black line underneath for links, and a yellow ring with a black line for fields and buttons. Yellow on white has too little contrast, so the black carries the focus. Press Tab to see it on this page.",
};
/// The focus section's sample of a focused link.
pub const FOCUS_LINK_SAMPLE: Text = Text { nl: "Zo ziet een link met focus eruit", en: "This is what a focused link looks like" };
/// The focus section's sample of a focused field.
pub const FOCUS_CONTROL_SAMPLE: Text = Text { nl: "Zo ziet een veld met focus eruit", en: "This is what a focused field looks like" };

// --- All tokens: the table of every token ---

/// The heading of the all-tokens section, also its link in the table of contents.
pub const ALL_TOKENS: Text = Text { nl: "Alle tokens", en: "All tokens" };
/// Under the all-tokens heading: what the table lists.
pub const ALL_TOKENS_INTRO: Text = Text {
    nl: "Elke token met zijn CSS-variabele en zijn Rust-constante (in eenheid_tokens::constants).",
    en: "Every token with its CSS variable and its Rust constant (in eenheid_tokens::constants).",
};
/// The caption of the all-tokens table.
pub const ALL_TOKENS_CAPTION: Text = Text { nl: "Alle tokens uit tokens.json", en: "Every token in tokens.json" };
/// The all-tokens table's column header: the token's name.
pub const NAME: Text = Text { nl: "Naam", en: "Name" };
/// The all-tokens table's column header: the token's type.
pub const KIND: Text = Text { nl: "Soort", en: "Type" };
/// The all-tokens table's column header: the token's value.
pub const VALUE: Text = Text { nl: "Waarde", en: "Value" };
/// The all-tokens table's column header: the token's CSS variable.
pub const CSS_VARIABLE: Text = Text { nl: "CSS-variabele", en: "CSS variable" };
/// The all-tokens table's column header: the token's Rust constant.
pub const RUST_CONSTANT: Text = Text { nl: "Rust-constante", en: "Rust constant" };
