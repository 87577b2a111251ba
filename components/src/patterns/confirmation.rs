//! The confirmation page: right after sending, say quickly that it worked, give the reference
//! number, and say what happens now, when, and who does it (R6). A link to the status page and the
//! help block keep both the fast and the slow channel open.

use leptos::prelude::*;

use crate::content::panel::Panel;
use crate::examples::Example;
use crate::i18n::{CONFIRMATION_FEEDBACK, CONFIRMATION_NEXT, CONFIRMATION_STATUS_LINK, confirmation_sent_to};
use crate::page::page_template::PageLayout;
use crate::patterns::{ServiceFrame, framed_page, provide_frame_lang};
use crate::style::component_sheet::ComponentSheet;

/// A whole confirmation page: the panel with the title and reference number, whether a
/// confirmation was sent, "Wat gebeurt er nu?" with the next steps in order, a link to the status
/// of the request and a link to give feedback.
///
/// ```
/// use eenheid::patterns::ServiceFrame;
/// use eenheid::patterns::confirmation::ConfirmationPage;
/// use leptos::prelude::*;
/// let frame = ServiceFrame::new("Gemeente Utrecht", "/static/eenheid.css");
/// let html = eenheid::render::render_html(|| view! {
///     <ConfirmationPage frame=frame title="Verhuizing doorgegeven" reference="VH-2026-0412"
///         next_steps=vec!["Wij controleren uw nieuwe adres binnen 5 werkdagen.".to_owned()]
///         status_href="/verhuizen/status" />
/// });
/// assert!(html.contains(r#"<h1 class="eh-panel__title">Verhuizing doorgegeven</h1>"#));
/// assert!(html.contains("VH-2026-0412"));
/// assert!(html.contains("Wat gebeurt er nu?"));
/// assert!(html.contains(r#"href="/verhuizen/status""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Direct na het versturen: zeg dat het gelukt is, geef het referentienummer en zeg wat er nu
///   gebeurt.
///
/// # Wanneer niet gebruiken
///
/// - Niet als het versturen niet gelukt is: laat dan de fout zien op de pagina ervoor.
///
/// # Toegankelijkheid
///
/// Het bevestigingspaneel is de `h1`, zodat een schermlezer meteen hoort dat het gelukt is. Het
/// referentienummer staat in tekst die men kan kopiëren. Zeg wanneer er iets gebeurt en wie mensen
/// kunnen bellen; de hulp staat eronder.
///
/// # When to use
///
/// - Right after sending: say that it worked, give the reference number and say what happens now.
///
/// # When not to use
///
/// - Not when sending failed: show the error on the page before.
///
/// # Accessibility
///
/// The confirmation panel is the `h1`, so a screen reader hears at once that it worked. The
/// reference number is text people can copy. Say when something will happen and whom people can
/// call; the help is below it.
#[component]
pub fn ConfirmationPage(
    /// The agency, service, language and stylesheet shared by every page of the service.
    frame: ServiceFrame,
    /// What happened, in a few words ("Verhuizing doorgegeven"): the page heading.
    #[prop(into)]
    title: String,
    /// The reference number to quote when people call.
    #[prop(optional, into)]
    reference: MaybeProp<String>,
    /// Where a confirmation was sent (an e-mail address), if one was.
    #[prop(optional, into)]
    sent_to: MaybeProp<String>,
    /// What happens now, in order, each with when and who ("Wij controleren uw adres binnen 5
    /// werkdagen."). Shown as a numbered list under "Wat gebeurt er nu?".
    #[prop(optional)]
    next_steps: Vec<String>,
    /// The status page of this request ("Bekijk waar uw aanvraag nu staat").
    #[prop(optional, into)]
    status_href: MaybeProp<String>,
    /// Where people tell what they thought of the service.
    #[prop(optional, into)]
    feedback_href: MaybeProp<String>,
    /// Extra elements for `<head>`.
    #[prop(optional)]
    head: Option<Children>,
    /// Anything else people need to know, under the next steps.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let lang = provide_frame_lang(&frame);
    let sent_to = sent_to.get_untracked().map(|to| view! { <p>{confirmation_sent_to(lang, &to)}</p> });
    let next = (!next_steps.is_empty()).then(|| {
        view! {
            <h2>{CONFIRMATION_NEXT.get(lang)}</h2>
            <ol>{next_steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}</ol>
        }
    });
    let status = status_href.get_untracked().map(|href| {
        view! { <p><a href=crate::url::safe_href(&href)>{CONFIRMATION_STATUS_LINK.get(lang)}</a></p> }
    });
    let feedback = feedback_href.get_untracked().map(|href| {
        view! { <p><a href=crate::url::safe_href(&href)>{CONFIRMATION_FEEDBACK.get(lang)}</a></p> }
    });
    let content = view! {
        <Panel title=title.clone() reference=reference />
        {sent_to}
        {next}
        {status}
        {children.map(|children| children())}
        {feedback}
    }
    .into_any();
    framed_page(frame, title, PageLayout::Narrow, None, None, head, content)
}

/// The confirmation page's examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    @layout FullPage,
    name: "standaard",
    title: "Verhuizing doorgegeven",
    description: "Het is gelukt: referentienummer, waar de bevestiging heen ging, wat er nu gebeurt en wanneer, en een link naar de status.",
    view: view! {
        <ConfirmationPage
            frame=crate::patterns::ServiceFrame::new("Gemeente Utrecht", crate::style::stylesheet_href("/static"))
                .service("Verhuizing doorgeven", "#start")
            title="Verhuizing doorgegeven" reference="VH-2026-0412" sent_to="j.jansen@example.nl"
            next_steps=vec![
                "Wij controleren uw nieuwe adres binnen 5 werkdagen. Soms vragen we de eigenaar van de woning om een bevestiging.".to_owned(),
                "Daarna zetten wij uw adres in de Basisregistratie Personen (BRP). U krijgt daarover een brief op uw nieuwe adres.".to_owned(),
                "Andere organisaties, zoals de Belastingdienst en uw zorgverzekeraar, krijgen uw nieuwe adres vanzelf.".to_owned(),
            ]
            status_href="#status" feedback_href="#mening" />
    }
}];

/// The sheets this entry adds to the stylesheet: none, it is built from other components.
pub const SHEETS: &[ComponentSheet] = &[];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "confirmation",
    title: "Bevestigingspagina",
    title_en: "Confirmation page",
    family: crate::examples::Family::Pattern,
    summary: "Het is gelukt: referentienummer, wat er nu gebeurt, wanneer en door wie.",
    summary_en: "It worked: reference number, what happens next, when and by whom.",
    components: &["ConfirmationPage"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
