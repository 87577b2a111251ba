//! The cookie banner: asks once whether analytics cookies may be used. It works without
//! JavaScript: a plain `<form method="post">` with two equal buttons (saying no is as easy as
//! saying yes). The server stores the answer and stops showing the banner.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{COOKIE_ACCEPT, COOKIE_HEADING, COOKIE_MORE, COOKIE_REJECT, COOKIE_TEXT, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// The form field the banner posts: `cookies=accepteren` or `cookies=weigeren`.
pub const COOKIE_FIELD: &str = "cookies";
/// The value posted when analytics cookies are accepted.
pub const COOKIE_ACCEPT_VALUE: &str = "accepteren";
/// The value posted when analytics cookies are rejected.
pub const COOKIE_REJECT_VALUE: &str = "weigeren";

/// The cookie banner. Put it first in `<body>`'s content, before the header, and show it until
/// the server has an answer.
///
/// ```
/// use eenheid::page::cookie_banner::CookieBanner;
/// use leptos::prelude::*;
/// let html = view! { <CookieBanner action="/cookies" more_href="/cookies" /> }.to_html();
/// assert!(html.contains(r#"<form method="post" action="/cookies""#));
/// assert!(html.contains(r#"name="cookies" value="weigeren""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Alleen als u cookies gebruikt die toestemming nodig hebben, zoals meetcookies.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor cookies die de website nodig heeft om te werken: daarvoor is geen vraag nodig.
/// - Maak "Weigeren" nooit kleiner of minder zichtbaar dan "Accepteren".
///
/// # Toegankelijkheid
///
/// De vraag staat bovenaan de pagina in een regio met een naam. De twee knoppen zijn even groot en
/// zitten in een gewoon formulier, dus het werkt zonder JavaScript. Zorg dat de keuze later nog te
/// wijzigen is via een link in de voet.
///
/// # When to use
///
/// - Only when you use cookies that need consent, such as measuring cookies.
///
/// # When not to use
///
/// - Not for cookies the website needs to work: those need no question.
/// - Never make "Reject" smaller or less visible than "Accept".
///
/// # Accessibility
///
/// The question is at the top of the page in a region with a name. The two buttons are the same
/// size and sit in a plain form, so it works without JavaScript. Make sure people can change their
/// choice later through a link in the footer.
#[component]
pub fn CookieBanner(
    /// Where the answer is posted.
    #[prop(into)]
    action: String,
    /// The page that explains the cookies.
    #[prop(into)]
    more_href: String,
    /// Another text than the standard one (what is measured and why).
    #[prop(optional, into)]
    text: MaybeProp<String>,
    /// Hidden inputs to post along, e.g. a CSRF token or the page to return to.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let lang = use_lang();
    let text = text.get_untracked().unwrap_or_else(|| COOKIE_TEXT.get(lang).to_owned());
    view! {
        <section class="eh-cookie-banner" aria-label=COOKIE_HEADING.get(lang)>
            <div class="eh-width-container">
                <h2 class="eh-cookie-banner__heading">{COOKIE_HEADING.get(lang)}</h2>
                <p class="eh-cookie-banner__text">{text}</p>
                <form method="post" action=crate::url::safe_href(&action) class="eh-cookie-banner__form">
                    {children.map(|children| children())}
                    <button type="submit" class="eh-button" name=COOKIE_FIELD value=COOKIE_ACCEPT_VALUE>
                        {COOKIE_ACCEPT.get(lang)}
                    </button>
                    <button type="submit" class="eh-button" name=COOKIE_FIELD value=COOKIE_REJECT_VALUE>
                        {COOKIE_REJECT.get(lang)}
                    </button>
                    <a class="eh-cookie-banner__more" href=crate::url::safe_href(&more_href)>{COOKIE_MORE.get(lang)}</a>
                </form>
            </div>
        </section>
    }
}

/// [`sheet`] under its class `eh-cookie-banner`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-cookie-banner", sheet };

/// The cookie banner's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        padding-top: var(--eh-space-5);
        padding-bottom: var(--eh-space-3);
        background-color: var(--eh-color-surface);
        border-bottom: var(--eh-border-width-s) solid var(--eh-color-border-subtle);
        .eh-cookie-banner__heading {
            font-size: var(--eh-font-size-l);
            margin-bottom: var(--eh-space-3);
        }
        .eh-cookie-banner__form {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            gap: var(--eh-space-3) var(--eh-space-4);
            margin-bottom: var(--eh-space-3);
        }
        .eh-cookie-banner__form .eh-button {
            margin: 0;
        }
        .eh-cookie-banner__more {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
        }
        "#
    )
}

/// The cookie banner's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Standaard",
    description: "Twee even grote knoppen in een gewoon formulier: werkt zonder JavaScript.",
    view: view! { <CookieBanner action="#cookies" more_href="#cookiebeleid" /> }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "cookie-banner",
    title: "Cookiemelding",
    title_en: "Cookie banner",
    family: crate::examples::Family::Page,
    summary: "Vraagt of meetcookies mogen, met twee even grote knoppen in een formulier zonder JavaScript.",
    summary_en: "Asks whether measuring cookies are allowed, with two equal buttons in a form that works without JavaScript.",
    components: &["CookieBanner"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
