//! The language switch: links to the same page in Dutch and English. Each option is written in
//! its own language and marked with `lang` (so a screen reader pronounces "English" in English,
//! WCAG 3.1.2) and `hreflang`; the current language has `aria-current="true"`.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{LANGUAGE_SWITCH, Lang, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// One language the page is available in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageOption {
    /// The language.
    pub lang: Lang,
    /// The same page in that language.
    pub href: String,
}

impl LanguageOption {
    /// The page in `lang` at `href`.
    pub fn new(lang: Lang, href: impl Into<String>) -> Self {
        LanguageOption { lang, href: href.into() }
    }
}

fn own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Nederlands",
        Lang::En => "English",
    }
}

/// The language switch. The current language is the page's language (`use_lang()`).
///
/// ```
/// use eenheid::i18n::Lang;
/// use eenheid::page::language_switch::{LanguageOption, LanguageSwitch};
/// use leptos::prelude::*;
/// let html = view! {
///     <LanguageSwitch options=vec![LanguageOption::new(Lang::Nl, "?lang=nl"), LanguageOption::new(Lang::En, "?lang=en")] />
/// }.to_html();
/// assert!(html.contains(r#"hreflang="en" lang="en""#));
/// assert!(html.contains(r#"aria-current="true""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als dezelfde pagina in meer talen bestaat.
/// - Bovenaan de pagina, in de kop, op dezelfde plek op elke pagina.
///
/// # Wanneer niet gebruiken
///
/// - Gebruik geen vlaggen: een vlag is een land, geen taal.
/// - Niet als de pagina in de andere taal niet bestaat.
///
/// # Toegankelijkheid
///
/// Elke taal staat in haar eigen taal, met `lang` en `hreflang`, zodat een schermlezer "English" in
/// het Engels uitspreekt. De huidige taal heeft `aria-current`. Zorg dat de link naar dezelfde
/// pagina in de andere taal gaat, niet naar de startpagina.
///
/// # When to use
///
/// - When the same page exists in more languages.
/// - At the top of the page, in the header, in the same place on every page.
///
/// # When not to use
///
/// - Do not use flags: a flag is a country, not a language.
/// - Not when the page does not exist in the other language.
///
/// # Accessibility
///
/// Each language is written in its own language, with `lang` and `hreflang`, so a screen reader
/// says "Nederlands" in Dutch. The current language has `aria-current`. Make sure the link goes to
/// the same page in the other language, not to the home page.
#[component]
pub fn LanguageSwitch(
    /// The languages this page is available in, each with its address.
    options: Vec<LanguageOption>,
) -> impl IntoView {
    let current = use_lang();
    let items = options
        .into_iter()
        .map(|option| {
            let code = option.lang.code();
            view! {
                <li class="eh-language-switch__item">
                    <a
                        class="eh-language-switch__link"
                        href=crate::url::safe_href(&option.href)
                        hreflang=code
                        lang=code
                        aria-current=(option.lang == current).then_some("true")
                    >
                        {own_name(option.lang)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="eh-language-switch" aria-label=LANGUAGE_SWITCH.get(current)>
            <ul class="eh-language-switch__list">{items}</ul>
        </nav>
    }
}

/// [`sheet`] under its class `eh-language-switch`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-language-switch", sheet };

/// The language switch's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        .eh-language-switch__list {
            list-style: none;
            margin: 0;
            padding: 0;
            display: flex;
            flex-wrap: wrap;
            gap: 0 var(--eh-space-4);
        }
        .eh-language-switch__link {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
        }
        .eh-language-switch__link[aria-current] {
            font-weight: var(--eh-font-weight-bold);
            color: var(--eh-color-text);
            text-decoration: none;
        }
        /* The current item's text is black already, so only the yellow (1.6:1 on white) and the
           bar below would change: a ring around it makes focus as clear as on the other items. */
        .eh-language-switch__link[aria-current]:focus-visible {
            color: var(--eh-color-focus-text);
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
        }
        "#
    )
}

/// The language switch's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Nederlands en Engels",
    description: "De huidige taal is vet en heeft aria-current. Elke taal staat in haar eigen taal, met lang en hreflang.",
    view: view! {
        <LanguageSwitch options=vec![
            LanguageOption::new(crate::i18n::Lang::Nl, "?lang=nl"),
            LanguageOption::new(crate::i18n::Lang::En, "?lang=en"),
        ] />
    }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "language-switch",
    title: "Taalkeuze",
    title_en: "Language switch",
    family: crate::examples::Family::Page,
    summary: "Dezelfde pagina in het Nederlands of het Engels; elke taal in haar eigen taal geschreven.",
    summary_en: "The same page in Dutch or English; each language written in its own language.",
    components: &["LanguageSwitch"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
