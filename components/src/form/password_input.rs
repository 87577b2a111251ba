//! The password input. Without JavaScript it is a plain password field. Enhanced, a "Toon" button
//! shows the password as text, so people can check what they typed (fewer typing mistakes, and
//! no need to paste from elsewhere: WCAG 3.3.8).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::form::field::Field;
use crate::i18n::{
    Lang, PASSWORD_HIDDEN, PASSWORD_HIDE, PASSWORD_HIDE_FULL, PASSWORD_SHOW, PASSWORD_SHOW_FULL, PASSWORD_SHOWN,
    use_lang,
};
use crate::style::component_sheet::ComponentSheet;

/// A labelled password input with an enhanced show/hide button.
///
/// The password is never written back into the HTML: after a server error the user types it
/// again (a password in the page source could be cached or logged). The toggle is a
/// `type="button"` rendered `hidden` on the server; once enhanced it shows. Its name says what
/// it does next ("Toon wachtwoord" / "Verberg wachtwoord"), and a polite live region announces
/// the new state.
///
/// ```
/// use eenheid::form::password_input::PasswordInput;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! { <PasswordInput id="wachtwoord" label="Wachtwoord" /> });
/// assert!(html.contains(r#"type="password""#));
/// assert!(html.contains(r#"autocomplete="current-password""#));
/// assert!(html.contains(r#"aria-controls="wachtwoord""#) && html.contains("hidden"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als mensen een wachtwoord maken of invullen.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor andere geheime codes die mensen uit een brief overnemen: gebruik een tekstveld.
/// - Blokkeer plakken niet: dat hindert wachtwoordbeheerders.
///
/// # Toegankelijkheid
///
/// Het veld heeft `autocomplete` (`current-password` of `new-password`), zodat wachtwoordbeheerders
/// werken. Met JavaScript verschijnt een knop "Tonen" die zegt of het wachtwoord zichtbaar is. Zeg
/// vooraf welke eisen er aan het wachtwoord zijn.
///
/// # When to use
///
/// - When people create or enter a password.
///
/// # When not to use
///
/// - Not for other secret codes people copy from a letter: use a text input.
/// - Do not block pasting: it gets in the way of password managers.
///
/// # Accessibility
///
/// The field has `autocomplete` (`current-password` or `new-password`), so password managers work.
/// With JavaScript a "Show" button appears that says whether the password is visible. Say the
/// password rules up front.
#[component]
pub fn PasswordInput(
    /// The input's id (and default name).
    #[prop(into)]
    id: String,
    /// The field name (defaults to `id`).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The question ("Wachtwoord").
    #[prop(into)]
    label: String,
    /// Show the label as the page heading.
    #[prop(optional)]
    label_is_page_heading: bool,
    /// Extra help (the rules for a new password).
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// What is wrong and how to fix it.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// A new password (`autocomplete="new-password"`, so password managers offer a strong one)
    /// instead of the current one (`current-password`).
    #[prop(optional)]
    new_password: bool,
) -> impl IntoView {
    let lang = use_lang();
    let field = Field::new(&id, label).page_heading(label_is_page_heading).hint(hint.get_untracked()).error(error.get_untracked());
    let name = name.get_untracked().unwrap_or_else(|| id.clone());
    let autocomplete = if new_password { "new-password" } else { "current-password" };
    let input = password_field(id, name, autocomplete, field.described_by(), field.has_error(), lang);
    field.render("eh-password-input", input)
}

/// The password field and its toggle: the same HTML with or without JavaScript; the
/// `password-toggle` enhancement shows the `hidden` button and switches the field's `type`.
fn password_field(id: String, name: String, autocomplete: &'static str, described_by: Option<String>, invalid: bool, lang: Lang) -> impl IntoView {
    let class = if invalid { "eh-password-input__input eh-password-input__input--error" } else { "eh-password-input__input" };
    view! {
        <div
            class="eh-password-input__wrapper"
            data-eh-module=module(Enhancement::PasswordToggle)
            data-eh-show=PASSWORD_SHOW.get(lang)
            data-eh-hide=PASSWORD_HIDE.get(lang)
            data-eh-show-full=PASSWORD_SHOW_FULL.get(lang)
            data-eh-hide-full=PASSWORD_HIDE_FULL.get(lang)
            data-eh-shown=PASSWORD_SHOWN.get(lang)
            data-eh-hidden=PASSWORD_HIDDEN.get(lang)
        >
            <input
                class=class
                id=id.clone()
                name=name
                type="password"
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="none"
                aria-describedby=described_by
                aria-invalid=invalid.then_some("true")
            />
            <button
                type="button"
                class="eh-password-input__toggle"
                hidden=true
                aria-controls=id
                aria-label=PASSWORD_SHOW_FULL.get(lang)
            >
                {PASSWORD_SHOW.get(lang)}
            </button>
        </div>
        // Nothing is announced until the user presses the button.
        <div class="eh-visually-hidden eh-password-input__announcer" aria-live="polite"></div>
        <LoaderScript />
    }
}

/// [`sheet`] under its class `eh-password-input`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-password-input", sheet };

/// The password input's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-password-input__wrapper {
            display: flex;
            flex-wrap: wrap;
            align-items: stretch;
            gap: var(--eh-space-2);
            max-width: 41ex;
        }
        .eh-password-input__input {
            flex: 1 1 12em;
            min-width: 0;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-1) var(--eh-space-2);
            font: inherit;
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-none);
        }
        .eh-password-input__input:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus);
            outline-offset: 0;
            box-shadow: inset 0 0 0 var(--eh-focus-inset) var(--eh-color-focus-text);
        }
        .eh-password-input__input--error {
            border-color: var(--eh-color-error);
        }
        .eh-password-input__toggle {
            flex: 0 0 auto;
            min-height: var(--eh-size-touch-target);
            min-width: var(--eh-size-touch-target);
            padding: var(--eh-space-1) var(--eh-space-3);
            font: inherit;
            color: var(--eh-color-link);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-s);
            cursor: pointer;
        }
        .eh-password-input__toggle[hidden] {
            display: none;
        }
        .eh-password-input__toggle:focus-visible {
            outline: var(--eh-focus-width) solid var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            color: var(--eh-color-focus-text);
        }
        "#
    )
}

/// The password input's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Standaard",
        description: "Zonder JavaScript een gewoon wachtwoordveld. Met JavaScript verschijnt een knop \u{2018}Toon\u{2019}.",
        view: view! { <PasswordInput id="wachtwoord" label="Wachtwoord" /> }
    },
    crate::example! {
        name: "nieuw-wachtwoord",
        title: "Nieuw wachtwoord",
        description: "Met de regels in de hint, en autocomplete=\"new-password\" zodat een wachtwoordbeheerder een sterk wachtwoord kan voorstellen.",
        view: view! {
            <PasswordInput id="nieuw-wachtwoord" label="Kies een wachtwoord" new_password=true
                hint="Gebruik minstens 12 tekens. Een zin van een paar woorden is makkelijk te onthouden." />
        }
    },
    crate::example! {
        name: "met-fout",
        title: "Met foutmelding",
        description: "Het wachtwoord is te kort. Om veiligheidsredenen staat het wachtwoord niet opnieuw in het veld.",
        view: view! {
            <PasswordInput id="nieuw-wachtwoord" label="Kies een wachtwoord" new_password=true
                hint="Gebruik minstens 12 tekens." error="Gebruik minstens 12 tekens voor uw wachtwoord" />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "password-input",
    title: "Wachtwoord",
    title_en: "Password",
    family: crate::examples::Family::Form,
    summary: "Een wachtwoordveld; met JavaScript kan de gebruiker het wachtwoord tonen.",
    summary_en: "A password field; with JavaScript the user can show the password.",
    components: &["PasswordInput"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
