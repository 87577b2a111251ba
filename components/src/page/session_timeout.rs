//! The session time-out: until when a service keeps someone's answers, and a way to keep them
//! longer (WCAG 2.2.1 Timing adjustable). Without JavaScript the page states the time and offers a
//! plain form that posts to the service; with JavaScript an island warns a few minutes before the
//! end and keeps the answers longer without leaving the page, so nothing typed is lost.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::form::button::{Button, ButtonVariant};
use crate::i18n::{Lang, SESSION_EXTEND, session_kept_until, use_lang};
use crate::ids::is_valid_id;

/// Until when the answers are kept, with a "Langer bewaren" button.
///
/// The button is a real form that posts `hidden_fields` to `extend_href`; the service keeps the
/// answers for another period and sends the visitor back (Post/Redirect/Get). With JavaScript the
/// island sends the same form in the background (`Accept: application/json`; the service answers
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
/// (`role="alert"`), zodat schermlezers hem voorlezen. Verlengen verlaat de pagina niet.
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
/// it out. Extending does not leave the page.
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
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid SessionTimeout {id:?}: not a usable HTML id");
    let href = crate::url::safe_href(&extend_href);
    let (names, values): (Vec<String>, Vec<String>) = hidden_fields.into_iter().unzip();
    let hidden = names
        .iter()
        .zip(&values)
        .map(|(name, value)| view! { <input type="hidden" name=name.clone() value=value.clone() /> })
        .collect_view();
    view! {
        <div class="eh-session-timeout" id=id>
            <SessionTimeoutWarning
                lang=lang
                seconds_left=seconds_left
                warn_before=warn_before
                extend_href=href.clone()
                field_names=names
                field_values=values
            >
                <p class="eh-session-timeout__statement">{session_kept_until(lang, &until)}</p>
                <form class="eh-session-timeout__form" method="post" action=href>
                    {hidden}
                    <Button variant=ButtonVariant::Secondary>{SESSION_EXTEND.get(lang)}</Button>
                </form>
            </SessionTimeoutWarning>
        </div>
    }
}

/// The enhancement (a Leptos island): warn `warn_before` seconds before the end, and send the
/// "Langer bewaren" form in the background so the page (and what is typed on it) stays.
#[island]
fn SessionTimeoutWarning(
    /// The page's language (islands do not see the page's context).
    lang: Lang,
    /// Seconds left when the page was made.
    seconds_left: u32,
    /// Seconds before the end to warn.
    warn_before: u32,
    /// Where the form posts.
    extend_href: String,
    /// The hidden fields' names.
    field_names: Vec<String>,
    /// The hidden fields' values.
    field_values: Vec<String>,
    /// The statement and the form, rendered on the server.
    children: Children,
) -> impl IntoView {
    let (message, set_message) = signal(String::new());
    #[cfg(feature = "hydrate")]
    {
        use crate::i18n::{SESSION_EXTEND_FAILED, session_extended, session_warning};
        let schedule = move |seconds_left: u32| {
            let delay = std::time::Duration::from_secs(u64::from(seconds_left.saturating_sub(warn_before)));
            let minutes = warn_before.min(seconds_left).div_ceil(60).max(1);
            set_timeout(move || set_message.set(session_warning(lang, minutes)), delay);
        };
        Effect::new(move |_| schedule(seconds_left));
        let body: String = field_names
            .iter()
            .zip(&field_values)
            .map(|(name, value)| format!("{}={}", form_encode(name), form_encode(value)))
            .collect::<Vec<_>>()
            .join("&");
        let on_submit = move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let (href, body) = (extend_href.clone(), body.clone());
            leptos::task::spawn_local(async move {
                match post_in_background(&href, &body).await {
                    Some(seconds) => {
                        set_message.set(session_extended(lang, seconds / 60));
                        schedule(seconds);
                    }
                    None => set_message.set(SESSION_EXTEND_FAILED.get(lang).to_owned()),
                }
            });
        };
        return view! {
            <div class="eh-session-timeout__enhanced" on:submit=on_submit>
                {children()}
                <p
                    class="eh-session-timeout__message"
                    class:eh-session-timeout__message--shown=move || !message.get().is_empty()
                    role="alert"
                >
                    {move || message.get()}
                </p>
            </div>
        }
        .into_any();
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (lang, seconds_left, warn_before, extend_href, field_names, field_values, set_message);
        view! {
            <div class="eh-session-timeout__enhanced">
                {children()}
                <p class="eh-session-timeout__message" role="alert">{move || message.get()}</p>
            </div>
        }
        .into_any()
    }
}

/// `application/x-www-form-urlencoded` for one name or value.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn form_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Posts the form with `fetch`; the seconds the service now keeps the answers, or `None`.
#[cfg(feature = "hydrate")]
async fn post_in_background(href: &str, body: &str) -> Option<u32> {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    let headers = web_sys::Headers::new().ok()?;
    headers.set("Content-Type", "application/x-www-form-urlencoded").ok()?;
    headers.set("Accept", "application/json").ok()?;
    init.set_headers(&headers);
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str_and_init(href, &init)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let after = text.split("\"seconds_left\":").nth(1)?;
    after.trim_start().chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()
}

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
    fn form_values_are_encoded() {
        assert_eq!(form_encode("/a b&c=d"), "%2Fa+b%26c%3Dd");
    }
}
