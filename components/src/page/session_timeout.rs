//! The session time-out: until when a service keeps someone's answers, and a way to keep them
//! longer (WCAG 2.2.1 Timing adjustable). Without JavaScript the page states the time and offers a
//! plain form that posts to the service; with JavaScript an enhancement warns a few minutes before
//! the end and keeps the answers longer without leaving the page, so nothing typed is lost.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::button::{Button, ButtonVariant};
use crate::enhance::{Enhancement, LoaderScript, module};
use crate::i18n::{SESSION_EXTEND, SESSION_EXTEND_FAILED, session_kept_until, session_templates, use_lang};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// The field a "Langer bewaren" button sends along with the page's own form (see `page_form`).
pub const KEEP_FIELD: &str = "eh-actie";
/// Its value.
pub const KEEP_VALUE: &str = "langer-bewaren";

/// Until when the answers are kept, with a "Langer bewaren" button.
///
/// The button is a real form that posts `hidden_fields` to `extend_href`; the service keeps the
/// answers for another period and sends the visitor back (Post/Redirect/Get). On a page with a
/// form of its own, give its id as `page_form`: without JavaScript the button then submits *that*
/// form, with [`KEEP_FIELD`]=[`KEEP_VALUE`], so what was typed but not yet sent goes along; the
/// service keeps the answers longer and shows the same page again with what was typed, without
/// checking it. With JavaScript the
/// enhancement sends the same form in the background (`Accept: application/json`; the service answers
/// `{"seconds_left": n}`), shows a warning `warn_before` seconds before the end, and says when it
/// worked, in a live region.
///
/// # Panics
/// In debug builds, when `id` is not a usable id.
///
/// ```
/// use eenheid::page::session_timeout::SessionTimeout;
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <SessionTimeout id="bewaren" until="15:42" seconds_left=1800 extend_href="/langer-bewaren"
///         hidden_fields=vec![("csrf".into(), "abc".into())] />
/// });
/// assert!(html.contains("Wij bewaren uw antwoorden tot 15:42 uur."));
/// assert!(html.contains(r#"action="/langer-bewaren""#));
/// assert!(html.contains(r#"name="csrf" value="abc""#));
///
/// // On a question page: the button submits the question's form, with what was typed.
/// let html = eenheid::render::render_html(|| view! {
///     <SessionTimeout id="bewaren" until="15:42" seconds_left=1800 extend_href="/langer-bewaren" page_form="vraag" />
/// });
/// assert!(html.contains(r#"form="vraag" name="eh-actie" value="langer-bewaren""#), "{html}");
/// ```
///
/// # Wanneer gebruiken
///
/// - Op elke pagina van een dienst die antwoorden maar een tijd bewaart.
///
/// # Wanneer niet gebruiken
///
/// - Niet als de dienst antwoorden zonder tijdslimiet bewaart: zeg dat dan gewoon.
///
/// # Toegankelijkheid
///
/// Mensen die meer tijd nodig hebben, kunnen de tijd verlengen (WCAG 2.2.1). Zonder JavaScript
/// staat de tijd op de pagina; met JavaScript komt een waarschuwing in een live-regio
/// (`role="alert"`), zodat schermlezers hem voorlezen. Met JavaScript verlaat verlengen de pagina
/// niet. Zonder JavaScript stuurt de knop het formulier van de pagina mee (`page_form`), zodat wat
/// iemand al had getypt niet verloren gaat.
///
/// # When to use
///
/// - On every page of a service that keeps answers for a limited time.
///
/// # When not to use
///
/// - Not when the service keeps answers without a time limit: just say so.
///
/// # Accessibility
///
/// People who need more time can extend it (WCAG 2.2.1). Without JavaScript the time is on the
/// page; with JavaScript a warning appears in a live region (`role="alert"`) so screen readers read
/// it out. With JavaScript extending does not leave the page. Without it the button sends the
/// page's own form along (`page_form`), so nothing typed so far is lost.
#[component]
pub fn SessionTimeout(
    /// A fixed id for the block.
    #[prop(into)]
    id: String,
    /// The clock time until which the answers are kept, in the visitor's time zone ("15:42").
    #[prop(into)]
    until: String,
    /// Seconds left until the answers are gone, when the page was made (the warning counts down
    /// from it).
    seconds_left: u32,
    /// Where the "Langer bewaren" form posts.
    #[prop(into)]
    extend_href: String,
    /// Hidden fields of that form, as (name, value): the CSRF token, the page to return to.
    #[prop(optional)]
    hidden_fields: Vec<(String, String)>,
    /// How many seconds before the end the warning shows (5 minutes when not given).
    #[prop(default = 300)]
    warn_before: u32,
    /// The id of the page's own form (a question page): without JavaScript the button submits it
    /// with [`KEEP_FIELD`]=[`KEEP_VALUE`], so what was typed goes along. Leave it out on a page
    /// without fields to fill in.
    #[prop(optional, into)]
    page_form: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid SessionTimeout {id:?}: not a usable HTML id");
    let href = crate::url::safe_href(&extend_href);
    let hidden = hidden_fields
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();
    // The `session-timeout` enhancement warns `warn_before` seconds before the end and sends the
    // form in the background, so the page (and what is typed on it) stays. Its texts: `{n}` is the
    // number of minutes (one minute has its own text).
    let [warning_one, warning, extended_one, extended] = session_templates(lang);
    view! {
        <div class="eh-session-timeout" id=id>
            <div
                class="eh-session-timeout__enhanced"
                data-eh-module=module(Enhancement::SessionTimeout)
                data-eh-seconds-left=seconds_left
                data-eh-warn-before=warn_before
                data-eh-warning-one=warning_one
                data-eh-warning=warning
                data-eh-extended-one=extended_one
                data-eh-extended=extended
                data-eh-failed=SESSION_EXTEND_FAILED.get(lang)
            >
                <p class="eh-session-timeout__statement">{session_kept_until(lang, &until)}</p>
                <form class="eh-session-timeout__form" method="post" action=href>
                    {hidden}
                    {match page_form.get_untracked() {
                        Some(form) => view! {
                            <Button variant=ButtonVariant::Secondary form=form name=KEEP_FIELD value=KEEP_VALUE>{SESSION_EXTEND.get(lang)}</Button>
                        }.into_any(),
                        None => view! { <Button variant=ButtonVariant::Secondary>{SESSION_EXTEND.get(lang)}</Button> }.into_any(),
                    }}
                </form>
                <p class="eh-session-timeout__message" role="alert"></p>
            </div>
            <LoaderScript />
        </div>
    }
}

/// [`sheet`] under its class `eh-session-timeout`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-session-timeout", sheet };

/// The session time-out's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-top: var(--eh-space-7);
        margin-bottom: var(--eh-space-6);
        .eh-session-timeout__statement {
            margin-top: 0;
            margin-bottom: var(--eh-space-3);
        }
        .eh-session-timeout__message {
            margin: 0;
        }
        .eh-session-timeout__message--shown {
            margin-top: var(--eh-space-4);
            padding-left: var(--eh-space-3);
            border-left: var(--eh-border-width-l) solid var(--eh-color-primary);
            font-weight: var(--eh-font-weight-bold);
        }
        "#
    )
}
// The live region stays in the accessibility tree while empty (no `display: none`), so screen
// readers announce the warning when its text arrives; it only gets its border once it has text.

/// The session time-out's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Tijd om te bewaren",
        description: "Onder het formulier: tot hoe laat de antwoorden bewaard blijven, en een knop om ze langer te bewaren. Werkt zonder JavaScript.",
        view: view! {
            <SessionTimeout id="bewaren" until="15:42" seconds_left=1800 extend_href="#langer-bewaren"
                hidden_fields=vec![("terug".into(), "/verhuizing-doorgeven/nieuw-adres".into())] />
        }
    },
    crate::example! {
        name: "bijna-verlopen",
        title: "Bijna verlopen",
        description: "Nog 4 minuten: met JavaScript staat de waarschuwing er meteen, in een live-regio. 'Langer bewaren' verlaat de pagina niet.",
        view: view! {
            <SessionTimeout id="bewaren" until="15:46" seconds_left=240 extend_href="#langer-bewaren" />
        }
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_statement_and_form_work_without_javascript() {
        let html = crate::render::render_html(|| {
            crate::i18n::provide_lang(Lang::En);
            view! { <SessionTimeout id="bewaren" until="09:05" seconds_left=60 extend_href="javascript:alert(1)" /> }
        });
        assert!(html.contains("We keep your answers until 09:05."), "{html}");
        assert!(!html.contains("javascript:"), "unsafe href dropped: {html}");
        assert!(html.contains(r#"role="alert""#), "the live region is there from the start");
        assert!(html.contains("Keep my answers longer"));
    }

    #[test]
    fn the_browser_gets_the_texts_with_a_place_for_the_minutes() {
        let html = crate::render::render_html(|| view! { <SessionTimeout id="bewaren" until="09:05" seconds_left=60 extend_href="/x" /> });
        assert!(html.contains(r#"data-eh-module="session-timeout""#), "{html}");
        assert!(html.contains("over {n} minuten wissen wij uw antwoorden"), "{html}");
        assert!(html.contains("Wij bewaren uw antwoorden nu nog {n} minuten."), "{html}");
        assert!(html.contains("over {n} minuut wissen wij"), "one minute is 'minuut': {html}");
        assert!(html.contains(r#"data-eh-seconds-left="60""#) && html.contains(r#"data-eh-warn-before="300""#), "{html}");
    }
}

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "session-timeout",
    title: "Bewaartijd",
    title_en: "Session time-out",
    family: crate::examples::Family::Page,
    summary: "Tot hoe laat de dienst de antwoorden bewaart, met een knop om ze langer te bewaren; met JavaScript een waarschuwing vooraf.",
    summary_en: "Until when the service keeps the answers, with a button to keep them longer; with JavaScript a warning beforehand.",
    components: &["SessionTimeout"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
