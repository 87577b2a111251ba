//! Sign-in buttons for DigiD (citizens) and eHerkenning (businesses and organisations). The marks
//! are text, not the schemes' logo images: no third-party images or requests, and the name is
//! real text that zooms and translates.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{SIGN_IN_DIGID_FOR, SIGN_IN_EHERKENNING_FOR, SIGN_IN_WITH, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// The way to sign in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SignInMethod {
    /// DigiD: for citizens.
    #[default]
    DigiD,
    /// eHerkenning: for businesses and organisations.
    EHerkenning,
}

impl SignInMethod {
    fn name(self) -> &'static str {
        match self {
            SignInMethod::DigiD => "DigiD",
            SignInMethod::EHerkenning => "eHerkenning",
        }
    }

    fn mark(self) -> &'static str {
        match self {
            SignInMethod::DigiD => "DigiD",
            SignInMethod::EHerkenning => "eH",
        }
    }
}

/// A sign-in button: a link to where the sign-in starts, "Inloggen met DigiD", with a text mark
/// and a line saying who it is for.
///
/// ```
/// use eenheid::page::sign_in::{SignIn, SignInMethod};
/// use leptos::prelude::*;
/// let html = view! { <SignIn method=SignInMethod::EHerkenning href="/inloggen/eherkenning" /> }.to_html();
/// assert!(html.contains("Inloggen met eHerkenning"));
/// assert!(html.contains("Voor bedrijven en organisaties"));
/// assert!(!html.contains("<img"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Op de startpagina van een dienst waarvoor mensen moeten inloggen met DigiD of eHerkenning.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor een dienst waar inloggen niet nodig is.
/// - Laad geen logo's of scripts van andere websites.
///
/// # Toegankelijkheid
///
/// De knoppen zijn echte links of knoppen met tekst, zonder plaatjes. Ze zijn groot genoeg om aan
/// te tikken. Zeg in de tekst erboven waarom inloggen nodig is en wat mensen kunnen doen als ze
/// geen DigiD hebben.
///
/// # When to use
///
/// - On the start page of a service where people must sign in with DigiD or eHerkenning.
///
/// # When not to use
///
/// - Not for a service that does not need sign-in.
/// - Do not load logos or scripts from other websites.
///
/// # Accessibility
///
/// The buttons are real links or buttons with text, without images. They are large enough to tap.
/// Say in the text above why signing in is needed and what people can do without DigiD.
#[component]
pub fn SignIn(
    /// DigiD or eHerkenning.
    #[prop(optional)]
    method: SignInMethod,
    /// Where the sign-in starts (your server, which hands over to the scheme).
    #[prop(into)]
    href: String,
) -> impl IntoView {
    let lang = use_lang();
    let (modifier, audience) = match method {
        SignInMethod::DigiD => ("eh-sign-in--digid", SIGN_IN_DIGID_FOR.get(lang)),
        SignInMethod::EHerkenning => ("eh-sign-in--eherkenning", SIGN_IN_EHERKENNING_FOR.get(lang)),
    };
    view! {
        <div class=format!("eh-sign-in {modifier}")>
            <a class="eh-sign-in__button" href=crate::url::safe_href(&href)>
                <span class="eh-sign-in__mark" aria-hidden="true">{method.mark()}</span>
                <span class="eh-sign-in__text">{format!("{} {}", SIGN_IN_WITH.get(lang), method.name())}</span>
            </a>
            <p class="eh-sign-in__audience">{audience}</p>
        </div>
    }
}

/// [`sheet`] under its class `eh-sign-in`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-sign-in", sheet };

/// The sign-in buttons' sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-5);
        .eh-sign-in__button {
            display: inline-flex;
            align-items: stretch;
            min-height: var(--eh-size-touch-target);
            border: var(--eh-border-width-m) solid var(--eh-color-text);
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            text-decoration: none;
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-sign-in__button:visited {
            color: var(--eh-color-text);
        }
        .eh-sign-in__button:hover {
            color: var(--eh-color-text);
            background-color: var(--eh-color-surface);
        }
        .eh-sign-in__button:hover .eh-sign-in__text {
            text-decoration: underline;
        }
        /* The link focus (yellow, a black bar below) on a button with a black border changes too
           little of it: a ring all around (WCAG 2.4.13's measure). */
        .eh-sign-in__button:focus-visible {
            border-color: var(--eh-color-focus-text);
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
        }
        .eh-sign-in__mark {
            display: inline-flex;
            align-items: center;
            justify-content: center;
            min-width: var(--eh-size-touch-target);
            padding: var(--eh-space-1) var(--eh-space-2);
            color: var(--eh-color-background);
            background-color: var(--eh-color-text);
            font-size: var(--eh-font-size-s);
        }
        .eh-sign-in__text {
            display: inline-flex;
            align-items: center;
            padding: var(--eh-space-2) var(--eh-space-4);
        }
        .eh-sign-in__audience {
            margin: var(--eh-space-1) 0 0 0;
            color: var(--eh-color-text-secondary);
            font-size: var(--eh-font-size-s);
        }
        "#
    )
}

/// The sign-in buttons' examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "digid",
        title: "DigiD",
        description: "Inloggen voor burgers. Het merk is tekst, geen plaatje van buiten.",
        view: view! { <SignIn method=SignInMethod::DigiD href="#inloggen-digid" /> }
    },
    crate::example! {
        name: "eherkenning",
        title: "eHerkenning",
        description: "Inloggen voor bedrijven en organisaties.",
        view: view! { <SignIn method=SignInMethod::EHerkenning href="#inloggen-eherkenning" /> }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "sign-in",
    title: "Inloggen",
    title_en: "Sign in",
    family: crate::examples::Family::Page,
    summary: "Inlogknoppen voor DigiD en eHerkenning, zonder plaatjes van buiten.",
    summary_en: "Sign-in buttons for DigiD and eHerkenning, without images from elsewhere.",
    components: &["SignIn"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
