//! The question page: one question per page (GOV.UK's "one thing per page"), so people on a phone,
//! people who read slowly and people using a screen reader deal with one thing at a time.
//!
//! Back link above the content, the error summary when the page came back with errors, the one
//! question with its label or legend as the `<h1>`, and a "Doorgaan" button, in a POST form that
//! works without JavaScript.

use leptos::prelude::*;

use crate::examples::Example;
use crate::form::button::Button;
use crate::form::error_summary::{ErrorLink, ErrorSummary};
use crate::i18n::CONTINUE;
use crate::page::back_link::BackLink;
use crate::page::page_template::PageLayout;
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang, title_with_errors};
use crate::style::component_sheet::ComponentSheet;

/// A whole question page. Give the question as the child, with its label or legend as the page
/// heading (`label_is_page_heading` / `legend_is_page_heading`), so the page has one `<h1>` and
/// the heading *is* the label.
///
/// When `errors` is not empty the document title starts with "Fout:" and the error summary comes
/// first; give the same messages to the fields' `error` props.
///
/// ```
/// use eenheid::form::error_summary::ErrorLink;
/// use eenheid::form::text_input::TextInput;
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::question_page::QuestionPage;
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Gemeente Utrecht", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <QuestionPage frame=frame title="Wat is uw nieuwe postcode?" action="/verhuizen/postcode"
///         back_href="/verhuizen/datum" errors=vec![ErrorLink::new("postcode", "Vul uw nieuwe postcode in")]>
///         <TextInput id="postcode" label="Wat is uw nieuwe postcode?" label_is_page_heading=true
///             error="Vul uw nieuwe postcode in" />
///     </QuestionPage>
/// });
/// assert!(html.contains("<title>Fout: Wat is uw nieuwe postcode?"));
/// assert!(html.contains(r#"<form method="post" action="/verhuizen/postcode" novalidate"#));
/// assert!(html.contains("Er is een probleem"));
/// assert!(html.contains(">Doorgaan<"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor elke vraag in een formulier: één vraag per pagina, met het label of de legend als kop.
///
/// # Wanneer niet gebruiken
///
/// - Zet geen vragen bij elkaar die niets met elkaar te maken hebben.
/// - Vraag niets wat de overheid al weet: toon het als vooraf ingevuld veld.
///
/// # Toegankelijkheid
///
/// Het label of de legend is de `h1`, dus de vraag wordt één keer voorgelezen. Bij fouten begint de
/// paginatitel met "Fout:" en staat het foutenoverzicht bovenaan. De terug-link en de knop
/// "Doorgaan" werken zonder JavaScript. Geef aan het veld dezelfde foutmelding als in het
/// overzicht.
///
/// # When to use
///
/// - For every question in a form: one question per page, with the label or legend as the heading.
///
/// # When not to use
///
/// - Do not group questions that have nothing to do with each other.
/// - Do not ask anything the government already knows: show it as a pre-filled field.
///
/// # Accessibility
///
/// The label or legend is the `h1`, so the question is read out once. With errors the page title
/// starts with "Error:" and the error summary comes first. The back link and the "Continue" button
/// work without JavaScript. Give the field the same error message as the summary.
#[component]
pub fn QuestionPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// The question, for the document title ("Wat is uw nieuwe postcode?").
    #[prop(into)]
    title: String,
    /// Where the form posts the answer (your server checks it and shows the next question, or
    /// this page again with `errors`).
    #[prop(into)]
    action: String,
    /// The previous question; no back link when not given (e.g. on the first question).
    #[prop(optional, into)]
    back_href: MaybeProp<String>,
    /// The problems with the answer, in the order of the fields; empty the first time.
    #[prop(optional)]
    errors: Vec<ErrorLink>,
    /// Another text for the button than "Doorgaan".
    #[prop(optional, into)]
    continue_text: MaybeProp<String>,
    /// Extra elements for `<head>`, e.g. Leptos's `HydrationScripts` for the service's own islands
    /// (the error summary takes focus without it: its enhancement brings its own script).
    #[prop(optional)]
    head: Option<Children>,
    /// The one question: a form control whose label or legend is the page heading.
    children: Children,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    let title = title_with_errors(lang, title, !errors.is_empty());
    let continue_text = continue_text.get_untracked().unwrap_or_else(|| CONTINUE.get(lang).to_owned());
    let back = back_href.get_untracked().map(|href| view! { <BackLink href=href /> }.into_any());
    let action = crate::url::safe_href(&action);
    // Only a page with errors gets the summary (and its focus enhancement).
    let summary = (!errors.is_empty()).then(|| view! { <ErrorSummary errors=errors /> });
    let content = view! {
        {summary}
        <form method="post" action=action novalidate>
            {children()}
            <Button>{continue_text}</Button>
        </form>
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, back, None, head, content)
}

/// The question page's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        @layout FullPage,
        name: "standaard",
        title: "Eén vraag",
        description: "Terug-link, de vraag als kop van de pagina en een knop Doorgaan. Het formulier werkt zonder JavaScript.",
        view: view! {
            <QuestionPage
                frame=crate::patterns::ServiceFrame::new("Gemeente Utrecht", crate::style::stylesheet_href("/static"))
                    .service("Verhuizing doorgeven", "#start")
                title="Wanneer verhuist u?" action="#verhuisdatum" back_href="#vorige-vraag">
                <crate::form::date_input::DateInput id="verhuisdatum" legend="Wanneer verhuist u?" legend_is_page_heading=true
                    hint="Bijvoorbeeld 27 3 2026. U kunt dit tot 4 weken van tevoren doorgeven." />
            </QuestionPage>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "met-fout",
        title: "Met foutmelding",
        description: "De pagina kwam terug met een fout: \u{201c}Fout:\u{201d} vooraan in de titel, het foutenoverzicht bovenaan, en de fout bij de vraag.",
        view: view! {
            <QuestionPage
                frame=crate::patterns::ServiceFrame::new("Gemeente Utrecht", crate::style::stylesheet_href("/static"))
                    .service("Verhuizing doorgeven", "#start")
                title="Wie verhuist er?" action="#wie" back_href="#vorige-vraag"
                errors=vec![crate::form::error_summary::ErrorLink::new("wie", "Kies wie er verhuist")]>
                <crate::form::radios::Radios id="wie" legend="Wie verhuist er?" legend_is_page_heading=true
                    error="Kies wie er verhuist"
                    items=vec![
                        crate::form::choice::Choice::new("alleen", "Alleen ik").into(),
                        crate::form::choice::Choice::new("gezin", "Ik en mijn gezin").into(),
                    ] />
            </QuestionPage>
        }
    },
    crate::example! {
        @layout FullPage,
        name: "engels",
        title: "In het Engels",
        description: "Dezelfde vraagpagina in het Engels: de knop, de terug-link en de taal van de pagina wisselen mee.",
        view: view! {
            <QuestionPage
                frame=crate::patterns::ServiceFrame::new("Municipality of Utrecht", crate::style::stylesheet_href("/static"))
                    .service("Report a move", "#start").lang(crate::i18n::Lang::En)
                title="What is your new postcode?" action="#postcode" back_href="#previous-question">
                <crate::form::text_input::TextInput id="postcode" label="What is your new postcode?" label_is_page_heading=true
                    hint="For example 1234 AB" width=crate::form::text_input::InputWidth::Chars7 autocomplete="postal-code" />
            </QuestionPage>
        }
    },
];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "question-page",
    title: "Vraagpagina",
    title_en: "Question page",
    family: crate::examples::Family::Pattern,
    summary: "Eén vraag per pagina: terug-link, foutenoverzicht, de vraag als kop en een knop Doorgaan.",
    summary_en: "One question per page: back link, error summary, the question as the heading and a Continue button.",
    components: &["QuestionPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
