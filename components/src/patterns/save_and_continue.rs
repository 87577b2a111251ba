//! "Opslaan en later verder" (save and continue later): people stop halfway, switch from phone to
//! computer, or call the helpdesk in the middle of a form. The pieces, all without JavaScript:
//!
//! - [`SaveForLaterButton`]: a second submit button in the question's own form. It sends the
//!   form's fields with [`SAVE_FIELD`]=[`SAVE_VALUE`], so what was typed on this page is saved
//!   too; "Doorgaan" stays the first button, the one Enter presses.
//! - [`SavedCode`]: the confirmation with the [`ReferenceCode`], large and grouped ("K7QM-4XH9"),
//!   spelled out for screen readers, and the last day it works.
//! - [`SendCodeByEmail`]: an optional e-mail address to send the code to, and the confirmation
//!   text once it is sent. Sending is the service's work.
//! - [`ContinueWithCode`]: the form to type the code on another device; it reads the code with
//!   [`ReferenceCode::parse`], so case, spaces and dashes do not matter.
//!
//! The service keeps the answers under the code, says nothing about whether a wrong code ever
//! existed, and slows down visitors who try many codes.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::panel::Panel;
use crate::examples::Example;
use crate::form::button::{Button, ButtonVariant};
use crate::form::text_input::{InputType, InputWidth, TextInput};
use crate::i18n::{
    CODE_CONTINUE, CODE_EMAIL_BUTTON, CODE_EMAIL_HINT, CODE_EMAIL_LABEL, CODE_EMAIL_SENT, CODE_HINT, CODE_IS, CODE_LABEL,
    CODE_SAVED_TITLE, CODE_VALID_UNTIL, SAVE_FOR_LATER, use_lang,
};
use crate::progress::status_timeline::Date;
use crate::reference_code::ReferenceCode;
use crate::style::component_sheet::ComponentSheet;

/// The name of the save button's field.
pub const SAVE_FIELD: &str = "actie";
/// The value the save button sends: a post with it saves instead of going on.
pub const SAVE_VALUE: &str = "opslaan-later";

/// Whether a posted form was sent with the save button.
pub fn wants_save<'a>(mut fields: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
    fields.any(|(name, value)| name == SAVE_FIELD && value == SAVE_VALUE)
}

/// Hidden fields for a form: (name, value) pairs, such as the CSRF token.
fn hidden(fields: Vec<(String, String)>) -> impl IntoView {
    fields.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()
}

/// "Opslaan en later verder": a secondary submit button, placed after the main button inside the
/// question's form.
///
/// ```
/// use eenheid::patterns::save_and_continue::SaveForLaterButton;
/// use leptos::prelude::*;
/// let html = view! { <SaveForLaterButton /> }.to_html();
/// assert!(html.contains(r#"name="actie" value="opslaan-later""#));
/// assert!(html.contains("Opslaan en later verder"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Op elke vraagpagina van een dienst die langer duurt dan een paar minuten, of waarvoor mensen
///   iets moeten opzoeken.
///
/// # Wanneer niet gebruiken
///
/// - Niet als eerste knop: Enter drukt de eerste knop in het formulier, en dat moet "Doorgaan" zijn.
///
/// # Toegankelijkheid
///
/// Een echte submitknop in hetzelfde formulier: wat op de pagina is ingevuld, gaat mee, ook zonder
/// JavaScript. De tekst zegt wat er gebeurt.
///
/// # When to use
///
/// - On every question page of a service that takes more than a few minutes, or for which people
///   need to look something up.
///
/// # When not to use
///
/// - Not as the first button: Enter presses the first button of the form, and that must be
///   "Continue".
///
/// # Accessibility
///
/// A real submit button in the same form: what was typed on the page is sent along, also without
/// JavaScript. The text says what happens.
#[component]
pub fn SaveForLaterButton(
    /// Another text than "Opslaan en later verder".
    #[prop(optional, into)]
    text: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let text = text.get_untracked().unwrap_or_else(|| SAVE_FOR_LATER.get(lang).to_owned());
    // The wrapper keeps the button apart from "Doorgaan": side by side from the tablet
    // breakpoint up (a gap, so neither focus ring runs into the other button), under it on phones.
    view! {
        <span class="eh-save-for-later">
            <Button variant=ButtonVariant::Secondary name=SAVE_FIELD value=SAVE_VALUE>{text}</Button>
        </span>
    }
}

/// [`button_sheet`] under its class `eh-save-for-later`, as the stylesheet writes it.
pub const BUTTON_SHEET: ComponentSheet = ComponentSheet { class: "eh-save-for-later", sheet: button_sheet };

/// The sheet of the save button's wrapper.
pub fn button_sheet() -> Sheet {
    sheet!(
        r#"
        display: block;
        @media (min-width: ${tablet}) {
            display: inline-block;
            margin-inline-start: var(--eh-space-4);
        }
        "#,
        tablet = eenheid_tokens::constants::BREAKPOINT_TABLET
    )
}

/// The confirmation after saving: the code, large and grouped, and the last day it works.
///
/// The code is shown as "K7QM-4XH9" and read out by screen readers letter by letter ("K 7 Q M,
/// 4 X H 9"); the spelled text cannot be selected, so copying the code copies only the code.
///
/// ```
/// use eenheid::patterns::save_and_continue::SavedCode;
/// use eenheid::progress::status_timeline::Date;
/// use eenheid::reference_code::ReferenceCode;
/// use leptos::prelude::*;
/// let code = ReferenceCode::parse("k7qm 4xh9").unwrap();
/// let html = view! { <SavedCode code=code valid_until=Date::new(2026, 12, 30) /> }.to_html();
/// assert!(html.contains(">K7QM-4XH9<"));
/// assert!(html.contains("K 7 Q M, 4 X H 9"));
/// assert!(html.contains("tot en met 30 december 2026"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Direct na "Opslaan en later verder", als pagina-kop.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor het referentienummer na versturen: gebruik het paneel van de bevestigingspagina.
///
/// # Toegankelijkheid
///
/// De code staat groot en in groepen van 4, zodat hij goed voor te lezen is aan de telefoon.
/// Schermlezers lezen hem letter voor letter voor. Er staat in tekst tot wanneer hij werkt.
///
/// # When to use
///
/// - Right after "Save and continue later", as the page heading.
///
/// # When not to use
///
/// - Not for the reference number after sending: use the confirmation page's panel.
///
/// # Accessibility
///
/// The code is large and in groups of 4, so it is easy to read out on the phone. Screen readers
/// read it letter by letter. The text says until when it works.
#[component]
pub fn SavedCode(
    /// The code the answers are saved under.
    code: ReferenceCode,
    /// The last day the code works.
    valid_until: Date,
    /// A fixed id for the panel.
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// Another title than "Uw antwoorden zijn opgeslagen".
    #[prop(optional, into)]
    title: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let title = title.get_untracked().unwrap_or_else(|| CODE_SAVED_TITLE.get(lang).to_owned());
    let until = CODE_VALID_UNTIL.get(lang).replace("{date}", &valid_until.format(lang));
    view! {
        <div class="eh-saved-code">
            <Panel title=title id=id.get_untracked()>
                <p>{CODE_IS.get(lang)}</p>
                <p class="eh-saved-code__code">
                    <span aria-hidden="true">{code.grouped()}</span>
                    <span class="eh-visually-hidden eh-saved-code__spelled">{code.spelled()}</span>
                </p>
                <p>{until}</p>
            </Panel>
        </div>
    }
}

/// An optional e-mail address to send the code to, or, once sent, the confirmation.
///
/// ```
/// use eenheid::patterns::save_and_continue::SendCodeByEmail;
/// use leptos::prelude::*;
/// let html = view! { <SendCodeByEmail action="/opgeslagen" /> }.to_html();
/// assert!(html.contains(r#"type="email""#) && html.contains(r#"autocomplete="email""#));
/// let sent = view! { <SendCodeByEmail action="/opgeslagen" sent_to="a@example.nl" /> }.to_html();
/// assert!(sent.contains("a@example.nl") && !sent.contains("<form"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Onder de opgeslagen code, als uw dienst e-mail kan sturen.
///
/// # Wanneer niet gebruiken
///
/// - Maak het e-mailadres niet verplicht: de code op het scherm is genoeg.
///
/// # Toegankelijkheid
///
/// Een gewoon formulier met een label, een uitleg en `autocomplete="email"`. Na versturen staat
/// in tekst naar welk adres de code gaat.
///
/// # When to use
///
/// - Under the saved code, when your service can send e-mail.
///
/// # When not to use
///
/// - Do not make the e-mail address required: the code on the screen is enough.
///
/// # Accessibility
///
/// A plain form with a label, a hint and `autocomplete="email"`. Once sent, the text says which
/// address the code goes to.
#[component]
pub fn SendCodeByEmail(
    /// Where the form posts the address.
    #[prop(into)]
    action: String,
    /// Hidden fields sent along (the CSRF token).
    #[prop(optional)]
    hidden_fields: Vec<(String, String)>,
    /// What was typed (after an error).
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// What is wrong with the address.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The address the code was sent to: shows the confirmation instead of the form.
    #[prop(optional, into)]
    sent_to: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    match sent_to.get_untracked() {
        Some(address) => {
            let text = CODE_EMAIL_SENT.get(lang).replace("{address}", &address);
            view! { <p class="eh-saved-code__sent">{text}</p> }.into_any()
        }
        None => view! {
            <form method="post" action=crate::url::safe_href(&action) novalidate>
                {hidden(hidden_fields)}
                <TextInput id="e-mail" label=CODE_EMAIL_LABEL.get(lang) hint=CODE_EMAIL_HINT.get(lang)
                    input_type=InputType::Email autocomplete="email" spellcheck=false value=value error=error />
                <Button variant=ButtonVariant::Secondary>{CODE_EMAIL_BUTTON.get(lang)}</Button>
            </form>
        }
        .into_any(),
    }
}

/// The form to continue with a code: one field, read with [`ReferenceCode::parse`].
///
/// ```
/// use eenheid::patterns::save_and_continue::ContinueWithCode;
/// use leptos::prelude::*;
/// let html = view! { <ContinueWithCode action="/verder" error="Vul uw code in" /> }.to_html();
/// assert!(html.contains(r#"name="code""#) && html.contains(r#"autocomplete="off""#));
/// assert!(html.contains(r#"aria-describedby="code-hint code-error""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Op de pagina "Verder met een code" van een dienst met "Opslaan en later verder".
///
/// # Wanneer niet gebruiken
///
/// - Niet als inlogcode: een code geeft alleen de opgeslagen antwoorden terug, geen andere
///   gegevens.
///
/// # Toegankelijkheid
///
/// Het label is de kop van de pagina. De uitleg zegt dat hoofdletters, spaties en streepjes niet
/// uitmaken; een fout staat bij het veld en in het foutenoverzicht, via `aria-describedby`
/// gekoppeld.
///
/// # When to use
///
/// - On the "Continue with a code" page of a service with "Save and continue later".
///
/// # When not to use
///
/// - Not as a sign-in code: a code only gives back the saved answers, no other data.
///
/// # Accessibility
///
/// The label is the page heading. The hint says that capitals, spaces and dashes do not matter; an
/// error is at the field and in the error summary, linked with `aria-describedby`.
#[component]
pub fn ContinueWithCode(
    /// Where the form posts the code.
    #[prop(into)]
    action: String,
    /// Hidden fields sent along (the CSRF token).
    #[prop(optional)]
    hidden_fields: Vec<(String, String)>,
    /// What was typed (after an error).
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// What is wrong.
    #[prop(optional, into)]
    error: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="post" action=crate::url::safe_href(&action) novalidate>
            {hidden(hidden_fields)}
            <TextInput id="code" label=CODE_LABEL.get(lang) label_is_page_heading=true hint=CODE_HINT.get(lang)
                width=InputWidth::Chars10 autocomplete="off" spellcheck=false value=value error=error />
            <Button>{CODE_CONTINUE.get(lang)}</Button>
        </form>
    }
}

/// [`sheet`] under its class `eh-saved-code`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-saved-code", sheet };

/// The sheet of the saved code.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-saved-code__code {
            font-family: var(--eh-font-family-mono);
            font-size: var(--eh-font-size-xxl);
            font-weight: var(--eh-font-weight-bold);
            letter-spacing: .15em;
            overflow-wrap: anywhere;
        }
        .eh-saved-code__spelled {
            user-select: none;
        }
        "#
    )
}

/// The examples of saving and continuing later.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "opslaan-knop",
        title: "Opslaan en later verder",
        description: "Een vraag met de knop Doorgaan en daarna de knop Opslaan en later verder, in hetzelfde formulier: wat is ingevuld, wordt ook opgeslagen.",
        view: view! {
            <form method="post" action="#vraag" novalidate>
                <crate::form::text_input::TextInput id="naam" label="Wat is uw naam?" autocomplete="name" spellcheck=false />
                <crate::form::button::Button>"Doorgaan"</crate::form::button::Button>
                <SaveForLaterButton />
            </form>
        }
    },
    crate::example! {
        name: "opgeslagen",
        title: "Opgeslagen, met de code",
        description: "Na opslaan: de code groot en in twee groepen, zodat iemand hem kan voorlezen aan de telefoon, en tot en met welke dag hij werkt.",
        view: view! {
            <SavedCode id="opgeslagen" code=crate::reference_code::ReferenceCode::from_random([17, 5, 21, 18, 2, 28, 15])
                valid_until=crate::progress::status_timeline::Date::new(2026, 12, 30) />
            <h2>"Hoe gaat u verder?"</h2>
            <p>"Ga naar Verder met een code, op deze of een andere computer of telefoon, en vul de code in. U kunt ook bellen: noem dan de code."</p>
        }
    },
    crate::example! {
        name: "per-e-mail",
        title: "Code per e-mail",
        description: "Onder de code: wie wil, krijgt hem ook per e-mail. Het e-mailadres is niet verplicht.",
        view: view! { <SendCodeByEmail action="#opgeslagen" /> }
    },
    crate::example! {
        name: "e-mail-verstuurd",
        title: "Code per e-mail verstuurd",
        description: "Nadat de dienst de e-mail heeft verstuurd: naar welk adres.",
        view: view! { <SendCodeByEmail action="#opgeslagen" sent_to="j.jansen@example.nl" /> }
    },
    crate::example! {
        name: "verder-met-code",
        title: "Verder met een code",
        description: "Eén veld voor de code. Hoofdletters, spaties en streepjes maken niet uit.",
        view: view! { <ContinueWithCode action="#verder" /> }
    },
    crate::example! {
        name: "verder-met-code-fout",
        title: "Verder met een code, met fout",
        description: "Een code met een typefout: de fout staat in het foutenoverzicht en bij het veld, en zegt niet of een code ooit bestond.",
        view: view! {
            <crate::form::error_summary::ErrorSummary errors=vec![crate::form::error_summary::ErrorLink::new(
                "code", "Deze code klopt niet. Er zit waarschijnlijk een typefout in. Controleer uw code")] />
            <ContinueWithCode action="#verder" value="K7QM-4XHB"
                error="Deze code klopt niet. Er zit waarschijnlijk een typefout in. Controleer uw code" />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET, BUTTON_SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "save-and-continue",
    title: "Opslaan en later verder",
    title_en: "Save and continue later",
    family: crate::examples::Family::Pattern,
    summary: "Halverwege stoppen en later verder, op een ander apparaat of aan de telefoon: een code die u kunt voorlezen, en de pagina Verder met een code.",
    summary_en: "Stop halfway and continue later, on another device or on the phone: a code you can read out, and the Continue with a code page.",
    components: &["SaveForLaterButton", "SavedCode", "SendCodeByEmail", "ContinueWithCode"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
