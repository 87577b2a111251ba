//! The start page: what the service is for, what people need before they begin, how long it
//! takes, and one way in — a start button or the sign-in buttons. "Liever niet online?" keeps the
//! slow, personal channel in sight (R7).

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::button::{Button, ButtonVariant};
use crate::i18n::{START_BEFORE, START_HAVE_READY, START_NOW, START_OTHER_WAYS, START_SIGN_IN};
use crate::page::page_template::PageLayout;
use crate::page::sign_in::{SignIn, SignInMethod};
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::style::component_sheet::ComponentSheet;

/// One way to sign in on the start page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInOption {
    /// DigiD or eHerkenning.
    pub method: SignInMethod,
    /// Where the sign-in starts (your server).
    pub href: String,
}

impl SignInOption {
    /// Sign in with `method`, starting at `href`.
    pub fn new(method: SignInMethod, href: impl Into<String>) -> Self {
        SignInOption { method, href: href.into() }
    }
}

/// A whole start page.
///
/// Give a `start_href` (a start button) for a service without sign-in, or `sign_in` options for
/// one with; both is allowed. "Voordat u begint" lists what people need at hand, and
/// `other_ways` says how to do the same without a computer.
///
/// # Panics
/// In debug builds, when there is neither a start button nor a sign-in option (no way in).
///
/// ```
/// use eenheid::page::sign_in::SignInMethod;
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::start_page::{SignInOption, StartPage};
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Gemeente Utrecht", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <StartPage frame=frame title="Verhuizing doorgeven" lead="Geef uw nieuwe adres door."
///         before_you_start=vec!["uw DigiD".to_owned()]
///         sign_in=vec![SignInOption::new(SignInMethod::DigiD, "/inloggen")]
///         other_ways=|| view! { <p>"Bel 14 030."</p> } />
/// });
/// assert!(html.contains("<h1>Verhuizing doorgeven</h1>"));
/// assert!(html.contains("Voordat u begint"));
/// assert!(html.contains("Inloggen met DigiD"));
/// assert!(html.contains("Liever niet online?"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als eerste pagina van elke dienst: waar de dienst voor is, wat mensen nodig hebben en hoe lang
///   het duurt.
/// - Met één duidelijke weg naar binnen: een startknop of de inlogknoppen.
///
/// # Wanneer niet gebruiken
///
/// - Niet als de dienst maar één vraag heeft: zet die vraag dan direct op de pagina.
/// - Zet geen lange uitleg op de startpagina: verwijs naar een aparte pagina.
///
/// # Toegankelijkheid
///
/// De pagina heeft één `h1` met de naam van de dienst en de startknop is een link met tekst.
/// "Liever niet online?" zegt hoe het ook zonder internet kan. Schrijf in B1-taal en noem wat
/// mensen bij de hand moeten hebben, zoals DigiD of een rekeningnummer.
///
/// # When to use
///
/// - As the first page of every service: what the service is for, what people need and how long it
///   takes.
/// - With one clear way in: a start button or the sign-in buttons.
///
/// # When not to use
///
/// - Not when the service has only one question: put that question on the page itself.
/// - Do not put long explanations on the start page: link to a separate page.
///
/// # Accessibility
///
/// The page has one `h1` with the name of the service, and the start button is a link with text.
/// "Rather not online?" says how it also works without the internet. Write at B1 level and say what
/// people need at hand, such as DigiD or a bank account number.
#[component]
pub fn StartPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// The name of the service, as a task ("Verhuizing doorgeven"): the page heading.
    #[prop(into)]
    title: String,
    /// One or two sentences: who the service is for and what it does.
    #[prop(into)]
    lead: String,
    /// What people need at hand, each a short phrase ("uw DigiD", "de datum van uw verhuizing").
    #[prop(optional)]
    before_you_start: Vec<String>,
    /// How long it takes ("Het duurt ongeveer 5 minuten.").
    #[prop(optional, into)]
    duration: MaybeProp<String>,
    /// The first question: shows a "Start nu" button.
    #[prop(optional, into)]
    start_href: MaybeProp<String>,
    /// Another text for the start button than "Start nu".
    #[prop(optional, into)]
    start_text: MaybeProp<String>,
    /// Sign-in buttons, under "Log in om te beginnen".
    #[prop(optional)]
    sign_in: Vec<SignInOption>,
    /// How to do the same without going online (phone, post, the desk), under "Liever niet
    /// online?".
    #[prop(optional, into)]
    other_ways: Option<ViewFnOnce>,
    /// Extra elements for `<head>`.
    #[prop(optional)]
    head: Option<Children>,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    let start_href = start_href.get_untracked();
    debug_assert!(
        start_href.is_some() || !sign_in.is_empty(),
        "Eenheid StartPage {title:?}: give a start_href or sign-in options, or there is no way in"
    );
    let before = (!before_you_start.is_empty()).then(|| {
        view! {
            <h2>{START_BEFORE.get(lang)}</h2>
            <p>{START_HAVE_READY.get(lang)}</p>
            <ul>{before_you_start.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
        }
    });
    let duration = duration.get_untracked().map(|text| view! { <p>{text}</p> });
    let start = start_href.map(|href| {
        let text = start_text.get_untracked().unwrap_or_else(|| START_NOW.get(lang).to_owned());
        view! { <Button variant=ButtonVariant::Start href=href>{text}</Button> }
    });
    let sign_in = (!sign_in.is_empty()).then(|| {
        view! {
            <h2>{START_SIGN_IN.get(lang)}</h2>
            {sign_in.into_iter().map(|option| view! { <SignIn method=option.method href=option.href /> }).collect_view()}
        }
    });
    let other_ways = other_ways.map(|content| {
        view! {
            <h2>{START_OTHER_WAYS.get(lang)}</h2>
            {content.run()}
        }
    });
    let content = view! {
        <h1>{title.clone()}</h1>
        <p>{lead}</p>
        {before}
        {duration}
        {start}
        {sign_in}
        {other_ways}
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, None, None, head, content)
}

/// The start page's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        @layout FullPage,
        name: "met-inloggen",
        title: "Met inloggen",
        description: "Een dienst waarvoor mensen inloggen met DigiD: wat u nodig hebt, hoe lang het duurt, de inlogknop, en hoe het ook zonder internet kan.",
        view: view! {
            <StartPage
                frame=crate::patterns::ServiceFrame::new("Gemeente Utrecht", crate::style::stylesheet_href("/static"))
                    .service("Verhuizing doorgeven", "#start")
                title="Verhuizing doorgeven"
                lead="Verhuist u binnen Utrecht of naar Utrecht? Geef uw nieuwe adres door. Dit kan tot 4 weken voor de verhuizing en uiterlijk 5 dagen erna."
                before_you_start=vec![
                    "uw DigiD".to_owned(),
                    "de datum van uw verhuizing".to_owned(),
                    "het burgerservicenummer (BSN) van wie met u meeverhuist".to_owned(),
                ]
                duration="Het duurt ongeveer 5 minuten."
                sign_in=vec![SignInOption::new(SignInMethod::DigiD, "#inloggen")]
                other_ways=|| view! {
                    <p>"Bel 14 030 en maak een afspraak. U kunt uw verhuizing dan doorgeven aan de balie. Neem een geldig identiteitsbewijs mee."</p>
                } />
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-startknop",
        title: "Met startknop, in het Engels",
        description: "Een dienst zonder inloggen: een startknop die naar de eerste vraag gaat. In het Engels, om te zien dat alle vaste teksten meegaan.",
        view: view! {
            <StartPage
                frame=crate::patterns::ServiceFrame::new("Municipality of Utrecht", crate::style::stylesheet_href("/static"))
                    .service("Report a problem in the street", "#start").lang(crate::i18n::Lang::En)
                title="Report a problem in the street"
                lead="Report a broken street light, rubbish or a loose paving stone. We fix most problems within 2 weeks."
                before_you_start=vec!["the address or a place close to the problem".to_owned()]
                duration="It takes about 3 minutes."
                start_href="#eerste-vraag" />
        }
    },
];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "start-page",
    title: "Startpagina",
    title_en: "Start page",
    family: crate::examples::Family::Pattern,
    summary: "Waar de dienst voor is, wat u nodig hebt, hoe lang het duurt, één weg naar binnen, en hoe het ook zonder internet kan.",
    summary_en: "What the service is for, what you need, how long it takes, one way in, and how to do it without the internet.",
    components: &["StartPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
