//! The header: the government mark and the name of the organisation behind the page (a citizen
//! must always see *who* they are dealing with), or its logo, and optionally the service name.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::page::agency_logo::AgencyLogo;
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// The page header with the government mark, the agency name and an optional service name.
///
/// An agency sets its name and its logo here — never its colours or its font: every agency's
/// header looks the same, so citizens recognise the government. A logo takes the place of the
/// written name, at the one height of `size.logo-height`, with the name as its alt text.
///
/// ```
/// use eenheid::page::agency_logo::AgencyLogo;
/// use eenheid::page::header::Header;
/// use leptos::prelude::*;
/// let html = view! { <Header agency="Gemeente Utrecht" service="Verhuizing doorgeven" service_href="/" /> }.to_html();
/// assert!(html.contains("Gemeente Utrecht"));
/// assert!(html.contains("Verhuizing doorgeven"));
/// let html = view! {
///     <Header agency="Gemeente Voorbeeldstad" logo=AgencyLogo::new("/static/logo.svg", "Gemeente Voorbeeldstad") />
/// }.to_html();
/// assert!(html.contains(r#"<img src="/static/logo.svg" alt="Gemeente Voorbeeldstad" class="eh-header__logo">"#));
/// ```
#[component]
pub fn Header(
    /// The organisation behind the page, written out in full (no acronyms): "Dienst Uitvoering
    /// Onderwijs", not "DUO".
    #[prop(into)]
    agency: String,
    /// The agency's logo, in place of the written name: an image address and the agency's name
    /// as alt text. Its height is fixed; a refused logo (unsafe address, no alt text) is left out.
    #[prop(optional, into)]
    logo: MaybeProp<AgencyLogo>,
    /// The name of the service, shown in the blue band under the mark.
    #[prop(optional, into)]
    service: MaybeProp<String>,
    /// Where the service name links to (the service's start page).
    #[prop(optional, into)]
    service_href: MaybeProp<String>,
    /// The links of the service (shown under the band; the current page marked).
    #[prop(optional)]
    navigation: Vec<crate::page::service_navigation::NavItem>,
    /// A slot at the end of the top row, for sign-in/sign-out or the account link.
    #[prop(default = None)]
    actions: Option<ViewFnOnce>,
) -> impl IntoView {
    let service = service.get_untracked().map(|name| match service_href.get_untracked() {
        Some(href) => Either::Left(view! { <a href=crate::url::safe_href_owned(href) {..fixed_class("eh-header__service-name")}>{name}</a> }),
        None => Either::Right(view! { <span {..fixed_class("eh-header__service-name")}>{name}</span> }),
    });
    let name = match logo.get_untracked().and_then(AgencyLogo::image) {
        Some(image) => Either::Left(view! {
            <span {..fixed_class("eh-header__agency")}>
                <img src=image.src alt=image.alt {..fixed_class("eh-header__logo")} />
            </span>
        }),
        None => Either::Right(view! { <span {..fixed_class("eh-header__agency")}>{agency}</span> }),
    };
    view! {
        <header {..fixed_class("eh-header")}>
            <div {..fixed_class("eh-header__brand eh-width-container")}>
                <span class="eh-header__mark" aria-hidden="true"></span>
                {name}
                {actions.map(|actions| view! { <div {..fixed_class("eh-header__actions")}>{actions.run()}</div> })}
            </div>
            <div {..fixed_class("eh-header__band")}>
                <div {..fixed_class("eh-width-container")}>{service}</div>
            </div>
            {(!navigation.is_empty()).then(|| view! {
                <div {..fixed_class("eh-width-container")}>
                    <crate::page::service_navigation::ServiceNavigation items=navigation />
                </div>
            })}
        </header>
    }
}

/// [`sheet`] under its class `eh-header`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-header", sheet };

/// The header's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        background-color: var(--eh-color-background);
        .eh-header__brand {
            display: flex;
            flex-wrap: wrap;
            align-items: stretch;
            gap: var(--eh-space-3);
            padding-top: 0;
            padding-bottom: var(--eh-space-3);
        }
        .eh-header__mark {
            display: block;
            flex: 0 0 auto;
            width: var(--eh-space-7);
            min-height: var(--eh-space-9);
            background-color: var(--eh-color-primary);
        }
        .eh-header__actions {
            margin-left: auto;
            align-self: flex-end;
        }
        .eh-header__agency {
            align-self: flex-end;
            /* At least 8rem before the actions move to a row of their own: on a phone the
               agency's name wraps between words, not inside them. */
            flex: 1 1 8rem;
            min-width: 0;
            padding-top: var(--eh-space-5);
            line-height: var(--eh-line-height-heading);
            font-weight: var(--eh-font-weight-bold);
            font-size: var(--eh-font-size-m);
            overflow-wrap: anywhere;
        }
        @media (min-width: ${tablet}) {
            .eh-header__agency {
                font-size: var(--eh-font-size-l);
            }
        }
        /* Every logo equally high, whatever its width: the header keeps its shape. A logo wider
           than the room it has shrinks as a whole, never stretched. */
        .eh-header__logo {
            display: block;
            height: var(--eh-size-logo-height);
            width: auto;
            max-width: 100%;
            object-fit: contain;
            object-position: left bottom;
        }
        .eh-header__band {
            background-color: var(--eh-color-header-background);
            color: var(--eh-color-header-text);
            min-height: var(--eh-space-4);
            border-bottom: var(--eh-border-width-xl) solid var(--eh-color-accent);
        }
        .eh-header__service-name {
            display: inline-block;
            padding-top: var(--eh-space-3);
            padding-bottom: var(--eh-space-3);
            font-weight: var(--eh-font-weight-bold);
            font-size: var(--eh-font-size-l);
            color: var(--eh-color-header-text);
        }
        a.eh-header__service-name:link, a.eh-header__service-name:visited {
            color: var(--eh-color-header-text);
            text-decoration: none;
        }
        a.eh-header__service-name:hover {
            text-decoration: underline;
        }
        a.eh-header__service-name:focus-visible {
            color: var(--eh-color-focus-text);
        }
        "#,
        tablet = eenheid_tokens::constants::BREAKPOINT_TABLET
    )
}
