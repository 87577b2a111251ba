//! The text input: one line of text, with its label, hint and error message wired together.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::field::Field;
use crate::style::component_sheet::ComponentSheet;

/// How wide the input is: match the width to the answer, so the field itself hints at what fits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputWidth {
    /// The full width of its container (names, e-mail addresses).
    #[default]
    Full,
    /// About 20 characters.
    Chars20,
    /// About 10 characters (a phone number).
    Chars10,
    /// About 7 characters (a postcode "1234 AB").
    Chars7,
    /// About 4 characters (a house number, a year).
    Chars4,
    /// About 2 characters (a day, a month).
    Chars2,
}

impl InputWidth {
    /// The input's whole `class` value: a constant per width and error state, so a render builds
    /// no class string.
    fn input_class(self, error: bool) -> &'static str {
        match (self, error) {
            (InputWidth::Full, false) => "eh-text-input__input",
            (InputWidth::Full, true) => "eh-text-input__input eh-text-input__input--error",
            (InputWidth::Chars20, false) => "eh-text-input__input eh-text-input__input--width-20",
            (InputWidth::Chars20, true) => "eh-text-input__input eh-text-input__input--width-20 eh-text-input__input--error",
            (InputWidth::Chars10, false) => "eh-text-input__input eh-text-input__input--width-10",
            (InputWidth::Chars10, true) => "eh-text-input__input eh-text-input__input--width-10 eh-text-input__input--error",
            (InputWidth::Chars7, false) => "eh-text-input__input eh-text-input__input--width-7",
            (InputWidth::Chars7, true) => "eh-text-input__input eh-text-input__input--width-7 eh-text-input__input--error",
            (InputWidth::Chars4, false) => "eh-text-input__input eh-text-input__input--width-4",
            (InputWidth::Chars4, true) => "eh-text-input__input eh-text-input__input--width-4 eh-text-input__input--error",
            (InputWidth::Chars2, false) => "eh-text-input__input eh-text-input__input--width-2",
            (InputWidth::Chars2, true) => "eh-text-input__input eh-text-input__input--width-2 eh-text-input__input--error",
        }
    }
}

/// The `type` of the input. Numbers are `Text` with `inputmode="numeric"`: `type="number"` drops
/// leading zeros and changes values on scroll.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputType {
    /// Plain text.
    #[default]
    Text,
    /// An e-mail address.
    Email,
    /// A telephone number.
    Tel,
    /// A web address.
    Url,
}

impl InputType {
    fn as_str(self) -> &'static str {
        match self {
            InputType::Text => "text",
            InputType::Email => "email",
            InputType::Tel => "tel",
            InputType::Url => "url",
        }
    }
}

/// The virtual keyboard a phone shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputMode {
    /// Digits only (BSN, house number, day/month/year).
    Numeric,
    /// Digits and a decimal separator (amounts).
    Decimal,
    /// A phone keypad.
    Tel,
    /// An e-mail keyboard.
    Email,
}

impl InputMode {
    fn as_str(self) -> &'static str {
        match self {
            InputMode::Numeric => "numeric",
            InputMode::Decimal => "decimal",
            InputMode::Tel => "tel",
            InputMode::Email => "email",
        }
    }
}

/// A labelled one-line text input with optional hint and error.
///
/// The hint and error are linked with `aria-describedby` (hint first, then error);
/// `aria-invalid="true"` is set only when there is an error. The `value` keeps what the user typed
/// when the server shows the form again with errors.
///
/// ```
/// use eenheid::form::text_input::{InputWidth, TextInput};
/// use leptos::prelude::*;
/// let html = view! {
///     <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB"
///         error="Vul een postcode in met 4 cijfers en 2 letters" value="12345" width=InputWidth::Chars7 />
/// }.to_html();
/// assert!(html.contains(r#"aria-describedby="postcode-hint postcode-error""#));
/// assert!(html.contains(r#"aria-invalid="true""#));
/// assert!(html.contains(r#"value="12345""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een kort antwoord op één regel, zoals een naam, e-mailadres of postcode.
/// - Maak het veld zo breed als het antwoord dat u verwacht.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor lange antwoorden: gebruik een tekstvak.
/// - Niet voor een datum, BSN of rekeningnummer: daar zijn eigen onderdelen voor.
///
/// # Toegankelijkheid
///
/// Het label hoort bij het veld (`for`/`id`). De hint en de foutmelding worden voorgelezen met
/// `aria-describedby`, en bij een fout staat `aria-invalid`. Zet `autocomplete` voor gegevens over
/// de persoon (WCAG 1.3.5). Schrijf een label dat ook zonder hint te begrijpen is.
///
/// # When to use
///
/// - For a short answer on one line, such as a name, email address or postcode.
/// - Make the field as wide as the answer you expect.
///
/// # When not to use
///
/// - Not for long answers: use a textarea.
/// - Not for a date, BSN or bank account number: those have their own components.
///
/// # Accessibility
///
/// The label belongs to the field (`for`/`id`). The hint and the error message are read out through
/// `aria-describedby`, and an error sets `aria-invalid`. Set `autocomplete` for personal details
/// (WCAG 1.3.5). Write a label that makes sense without the hint.
#[component]
pub fn TextInput(
    /// The input's id; the hint and error ids are derived from it. Also its `name` unless `name` is
    /// given.
    #[prop(into)]
    id: String,
    /// The form field name sent to the server (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question, in plain words.
    #[prop(into)]
    label: String,
    /// Show the label as the page heading (`<h1>`), for a page that asks one question.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help under the label.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it; marks the field invalid.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The current value: what the user typed before, or what the government already knows.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// How wide the input is.
    #[prop(optional)]
    width: InputWidth,
    /// The input type.
    #[prop(optional)]
    input_type: InputType,
    /// The virtual keyboard on phones.
    #[prop(optional)]
    inputmode: Option<InputMode>,
    /// The `autocomplete` token (e.g. `postal-code`, `email`, `bday-day`) so browsers fill in known
    /// answers (WCAG 1.3.5).
    #[prop(optional, into)]
    autocomplete: MaybeProp<String>,
    /// Turn the browser's spell check on or off (off for names, codes and numbers).
    #[prop(optional)]
    spellcheck: Option<bool>,
    /// Disable the input. Prefer not to: a disabled field is skipped by screen readers and cannot
    /// be copied.
    #[prop(optional)]
    disabled: bool,
) -> impl IntoView {
    let field = Field::new(&id, label).page_heading(label_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let class = width.input_class(field.has_error());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let input = view! {
        <input
            class=class
            id=id
            name=name
            type=input_type.as_str()
            value=value.get_untracked()
            inputmode=inputmode.map(InputMode::as_str)
            autocomplete=autocomplete.get_untracked()
            spellcheck=spellcheck.map(|on| if on { "true" } else { "false" })
            aria-describedby=field.described_by()
            aria-invalid=field.invalid()
            disabled=disabled
        />
    };
    field.render("eh-text-input", input)
}

/// [`sheet`] under its class `eh-text-input`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-text-input", sheet };

/// The text input's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-text-input__input {
            display: block;
            width: 100%;
            min-height: var(--eh-size-touch-target);
            margin-top: 0;
            padding: var(--eh-space-1) var(--eh-space-2);
            font: inherit;
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-none);
            appearance: none;
        }
        .eh-text-input__input:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus);
            outline-offset: 0;
            box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
        }
        .eh-text-input__input:disabled {
            opacity: .5;
            cursor: not-allowed;
        }
        .eh-text-input__input--error {
            border-color: var(--eh-color-error);
        }
        .eh-text-input__input--error:focus {
            border-color: var(--eh-color-focus-text);
        }
        .eh-text-input__input--width-20 { max-width: 41ex; }
        .eh-text-input__input--width-10 { max-width: 23ex; }
        .eh-text-input__input--width-7 { max-width: 17ex; }
        .eh-text-input__input--width-4 { max-width: 10.8ex; }
        .eh-text-input__input--width-2 { max-width: 6.8ex; }
        "#
    )
}

/// The text input's examples: one per state.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Een tekstveld met een label.",
        view: view! { <TextInput id="naam" label="Wat is uw naam?" autocomplete="name" spellcheck=false /> }
    },
    crate::example! {
        name: "met-hint",
        title: "Met hint",
        description: "Een hint onder het label helpt bij het invullen.",
        view: view! {
            <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB"
                width=InputWidth::Chars7 autocomplete="postal-code" spellcheck=false />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "De foutmelding zegt wat er mis is en hoe het goed komt. Wat de gebruiker typte, blijft staan.",
        view: view! {
            <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB"
                error="Vul een postcode in met 4 cijfers en 2 letters, bijvoorbeeld 1234 AB"
                value="12345" width=InputWidth::Chars7 autocomplete="postal-code" spellcheck=false />
        }
    },
    crate::example! {
        name: "als-paginakop",
        title: "Label als paginakop",
        description: "Een pagina met één vraag: het label is de kop van de pagina.",
        view: view! {
            <TextInput id="email" label="Wat is uw e-mailadres?" label_is_page_heading=true
                input_type=InputType::Email autocomplete="email" spellcheck=false
                hint="We sturen u een bevestiging." />
        }
    },
    crate::example! {
        name: "vooraf-ingevuld",
        title: "Vooraf ingevuld",
        description: "Een waarde die de overheid al kent, staat er al in en mag worden aangepast.",
        view: view! {
            <TextInput id="telefoon" label="Telefoonnummer" input_type=InputType::Tel
                inputmode=InputMode::Tel autocomplete="tel" value="06 12345678" width=InputWidth::Chars20 />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "text-input",
    title: "Tekstveld",
    title_en: "Text input",
    family: crate::examples::Family::Form,
    summary: "Eén regel tekst, met label, hint en foutmelding aan elkaar gekoppeld.",
    summary_en: "One line of text, with label, hint and error message linked together.",
    components: &["TextInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
