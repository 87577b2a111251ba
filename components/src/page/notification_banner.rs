//! The notification banner: one important message at the top of a page. Information that
//! people should know before they start ("Belangrijk"), or the result of what they just did
//! ("Gelukt").

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::i18n::{NOTIFICATION_IMPORTANT, NOTIFICATION_SUCCESS, use_lang};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// The kind of message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NotificationKind {
    /// Information: a landmark region (`role="region"` named by its title) that people can find.
    #[default]
    Info,
    /// The result of an action: `role="alert"`, so screen readers announce it at once.
    Success,
}

/// A notification banner with a title and your content.
///
/// Use at most one per page, at the top of `<main>`. The title defaults to "Belangrijk" (info) or
/// "Gelukt" (success); the content says what it is about, in one or two sentences.
///
/// # Panics
/// In debug builds, when `id` is not a usable id.
///
/// ```
/// use eenheid::page::notification_banner::{NotificationBanner, NotificationKind};
/// use leptos::prelude::*;
/// let html = view! {
///     <NotificationBanner id="melding" kind=NotificationKind::Info>
///         <p>"Het loket is op 27 april gesloten."</p>
///     </NotificationBanner>
/// }.to_html();
/// assert!(html.contains(r#"role="region" aria-labelledby="melding-titel""#));
/// assert!(html.contains("Belangrijk"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor één belangrijk bericht over de hele dienst, zoals een storing of een nieuwe termijn.
/// - Om te zeggen dat iets gelukt is, na een actie op dezelfde pagina.
///
/// # Wanneer niet gebruiken
///
/// - Niet voor fouten in een formulier: gebruik het foutenoverzicht.
/// - Niet meer dan één per pagina, en niet voor reclame.
///
/// # Toegankelijkheid
///
/// De banner heeft een kop en een rol (`region`, of `alert` bij succes), zodat schermlezers hem
/// vinden. Een succesmelding krijgt met JavaScript de focus, zodat hij wordt voorgelezen. Houd het
/// bericht kort en zeg wat mensen moeten doen.
///
/// # When to use
///
/// - For one important message about the whole service, such as an outage or a new deadline.
/// - To say that something worked, after an action on the same page.
///
/// # When not to use
///
/// - Not for errors in a form: use the error summary.
/// - Not more than one per page, and never for promotion.
///
/// # Accessibility
///
/// The banner has a heading and a role (`region`, or `alert` for success), so screen readers find
/// it. With JavaScript a success banner takes focus so it is read out. Keep the message short and
/// say what people need to do.
#[component]
pub fn NotificationBanner(
    /// A fixed id; the title's id (`<id>-titel`) is derived from it.
    #[prop(into)]
    id: String,
    /// Information or success.
    #[prop(optional)]
    kind: NotificationKind,
    /// Another title than "Belangrijk" / "Gelukt".
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// The message: a heading (`<h3 class="eh-notification-banner__heading">`) and/or paragraphs.
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid NotificationBanner {id:?}: not a usable HTML id");
    let title_id = format!("{id}-titel");
    let title = title.get_untracked().unwrap_or_else(|| {
        match kind {
            NotificationKind::Info => NOTIFICATION_IMPORTANT.get(lang),
            NotificationKind::Success => NOTIFICATION_SUCCESS.get(lang),
        }
        .to_owned()
    });
    let (role, class) = match kind {
        NotificationKind::Info => ("region", "eh-notification-banner"),
        NotificationKind::Success => ("alert", "eh-notification-banner eh-notification-banner--success"),
    };
    let labelled_by = title_id.clone();
    let success = kind == NotificationKind::Success;
    // A success banner takes focus once the page has loaded (the `focus-on-load` enhancement), so
    // keyboard and screen-reader users start from the confirmation.
    let banner = view! {
        <div class=class id=id.clone() role=role aria-labelledby=labelled_by tabindex=success.then_some("-1")
            data-eh-module=success.then_some(module(Enhancement::FocusOnLoad))>
            <div class="eh-notification-banner__header">
                <h2 class="eh-notification-banner__title" id=title_id>{title}</h2>
            </div>
            <div class="eh-notification-banner__content">{children()}</div>
        </div>
    };
    if success {
        view! { {banner} <LoaderScript /> }.into_any()
    } else {
        banner.into_any()
    }
}


/// [`sheet`] under its class `eh-notification-banner`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-notification-banner", sheet };

/// The notification banner's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-7);
        border: var(--eh-border-width-l) solid var(--eh-color-button-primary-background);
        background-color: var(--eh-color-button-primary-background);
        max-width: var(--eh-size-text-max);
        &:focus {
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
        }
        &.eh-notification-banner--success {
            border-color: var(--eh-color-confirmation-background);
            background-color: var(--eh-color-confirmation-background);
        }
        .eh-notification-banner__header {
            padding: var(--eh-space-1) var(--eh-space-4) var(--eh-space-2);
        }
        .eh-notification-banner__title {
            margin: 0;
            font-size: var(--eh-font-size-m);
            color: var(--eh-color-button-primary-text);
        }
        .eh-notification-banner--success .eh-notification-banner__title {
            color: var(--eh-color-confirmation-text);
        }
        .eh-notification-banner__content {
            padding: var(--eh-space-4);
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
        }
        .eh-notification-banner__content > :last-child {
            margin-bottom: 0;
        }
        .eh-notification-banner__heading {
            font-size: var(--eh-font-size-l);
            margin-bottom: var(--eh-space-3);
        }
        "#
    )
}

/// The notification banner's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "informatie",
        title: "Informatie",
        description: "Iets wat mensen moeten weten voordat ze beginnen. Een regio met een naam, zodat schermlezers hem vinden.",
        view: view! {
            <NotificationBanner id="melding" kind=NotificationKind::Info>
                <p>"Op maandag 27 april (Koningsdag) is het stadskantoor gesloten. Online kunt u uw verhuizing gewoon doorgeven."</p>
            </NotificationBanner>
        }
    },
    crate::example! {
        name: "gelukt",
        title: "Gelukt",
        description: "Het resultaat van wat iemand net deed. Met role=\"alert\" hoort een schermlezer het meteen.",
        view: view! {
            <NotificationBanner id="melding" kind=NotificationKind::Success>
                <h3 class="eh-notification-banner__heading">"Uw nieuwe adres is opgeslagen"</h3>
                <p>"U krijgt binnen 5 werkdagen een bevestiging per post."</p>
            </NotificationBanner>
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "notification-banner",
    title: "Meldingsbanner",
    title_en: "Notification banner",
    family: crate::examples::Family::Page,
    summary: "Eén belangrijke melding bovenaan de pagina: informatie vooraf, of dat iets gelukt is.",
    summary_en: "One important message at the top of the page: information up front, or that something worked.",
    components: &["NotificationBanner"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
