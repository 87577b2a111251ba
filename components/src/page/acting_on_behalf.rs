//! The acting-on-behalf banner: "U handelt namens …". When someone acts for another person or a
//! business (a parent, a guardian, an accountant), every page says so, so nobody changes the
//! wrong person's data.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::examples::Example;
use crate::i18n::{ACTING_ON_BEHALF, ACTING_STOP, ACTING_SWITCH, use_lang};
use crate::style::component_sheet::ComponentSheet;

/// The banner under the header: who the user acts for, and links to switch or stop.
///
/// ```
/// use eenheid::page::acting_on_behalf::ActingOnBehalf;
/// use leptos::prelude::*;
/// let html = view! { <ActingOnBehalf name="Jan de Vries" stop_href="/namens/stoppen" /> }.to_html();
/// assert!(html.contains("U handelt namens"));
/// assert!(html.contains("Jan de Vries"));
/// ```
///
/// # Wanneer gebruiken
///
/// - Als iemand iets regelt voor een ander, zoals een kind, ouder of bedrijf: op elke pagina.
/// - Met een link om te stoppen of van persoon te wisselen.
///
/// # Wanneer niet gebruiken
///
/// - Niet als iemand alleen voor zichzelf iets regelt.
///
/// # Toegankelijkheid
///
/// De banner staat boven de hoofdinhoud en zegt in tekst voor wie iemand handelt; de naam staat
/// vet. Zet hem op elke pagina, zodat niemand vergist voor wie hij iets invult.
///
/// # When to use
///
/// - When someone arranges something for another person, such as a child, parent or company: on
///   every page.
/// - With a link to stop or to switch person.
///
/// # When not to use
///
/// - Not when someone only arranges things for themselves.
///
/// # Accessibility
///
/// The banner sits above the main content and says in words on whose behalf someone acts; the name
/// is in bold. Put it on every page, so nobody mistakes for whom they are filling in a form.
#[component]
pub fn ActingOnBehalf(
    /// The person or organisation the user acts for, in full.
    #[prop(into)]
    name: String,
    /// One extra detail to tell people apart, e.g. "KvK-nummer 12345678" or "geboren 3 mei 2010".
    #[prop(optional, into)]
    detail: MaybeProp<String>,
    /// Where to choose someone else to act for.
    #[prop(optional, into)]
    switch_href: MaybeProp<String>,
    /// Where to stop acting for someone else.
    #[prop(optional, into)]
    stop_href: MaybeProp<String>,
) -> impl IntoView {
    let lang = use_lang();
    let switch = switch_href.get_untracked().map(|href| {
        view! { <li><a href=crate::url::safe_href(&href)>{ACTING_SWITCH.get(lang)}</a></li> }
    });
    let stop = stop_href.get_untracked().map(|href| {
        view! { <li><a href=crate::url::safe_href(&href)>{ACTING_STOP.get(lang)}</a></li> }
    });
    let links = (switch.is_some() || stop.is_some()).then(|| view! { <ul class="eh-acting-on-behalf__links">{switch}{stop}</ul> });
    view! {
        <div class="eh-acting-on-behalf">
            <p class="eh-acting-on-behalf__text">
                {ACTING_ON_BEHALF.get(lang)}" "<strong class="eh-acting-on-behalf__name">{name}</strong>
                {detail.get_untracked().map(|detail| view! { <span class="eh-acting-on-behalf__detail">{format!(" ({detail})")}</span> })}
            </p>
            {links}
        </div>
    }
}

/// [`sheet`] under its class `eh-acting-on-behalf`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-acting-on-behalf", sheet };

/// The acting-on-behalf banner's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--eh-space-2) var(--eh-space-5);
        margin-bottom: var(--eh-space-5);
        padding: var(--eh-space-3) var(--eh-space-4);
        border-left: var(--eh-border-width-xl) solid var(--eh-color-primary);
        background-color: var(--eh-color-highlight);
        .eh-acting-on-behalf__text {
            margin: 0;
        }
        .eh-acting-on-behalf__links {
            list-style: none;
            margin: 0;
            padding: 0;
            display: flex;
            flex-wrap: wrap;
            gap: 0 var(--eh-space-4);
        }
        .eh-acting-on-behalf__links a {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
            color: var(--eh-color-primary);
        }
        .eh-acting-on-behalf__links a:focus-visible {
            color: var(--eh-color-focus-text);
        }
        "#
    )
}

/// The acting-on-behalf banner's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "bedrijf",
        title: "Namens een bedrijf",
        description: "Een boekhouder handelt namens een bedrijf. Met het KvK-nummer om bedrijven met dezelfde naam uit elkaar te houden.",
        view: view! {
            <ActingOnBehalf name="Bakkerij De Korenbloem B.V." detail="KvK-nummer 12345678"
                switch_href="#kiezen" stop_href="#stoppen" />
        }
    },
    crate::example! {
        name: "persoon",
        title: "Namens een persoon",
        description: "Een ouder handelt namens een kind.",
        view: view! { <ActingOnBehalf name="Sanne de Vries" detail="geboren 3 mei 2012" stop_href="#stoppen" /> }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "acting-on-behalf",
    title: "Handelen namens",
    title_en: "Acting on behalf",
    family: crate::examples::Family::Page,
    summary: "\u{201c}U handelt namens \u{2026}\u{201d}: laat op elke pagina zien voor wie iemand iets regelt.",
    summary_en: "“You are acting on behalf of …”: shows on every page for whom someone is arranging something.",
    components: &["ActingOnBehalf"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
