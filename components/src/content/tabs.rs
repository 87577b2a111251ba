//! Tabs: a few related views of the same thing, one at a time. Without JavaScript: a list of
//! links to the sections, and every section visible, one after the other. Enhanced (the `tabs` module):
//! ARIA tabs as in the WAI-ARIA Authoring Practices — `role="tablist"`/`tab`/`tabpanel`,
//! `aria-selected`, one tab in the Tab order (roving tabindex), Left/Right arrows move to and
//! select the previous/next tab (wrapping), Home/End the first/last.

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::{Heading, HeadingLevel};
use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::i18n::{TABS_CONTENTS, use_lang};
use crate::ids::is_valid_id;
use crate::style::component_sheet::ComponentSheet;

/// One tab and its panel.
#[derive(Clone)]
pub struct TabItem {
    /// The panel's id: the target of the link without JavaScript (`#kosten`).
    pub id: String,
    /// The tab's label, also the panel's heading.
    pub label: String,
    /// The panel's content.
    pub content: ViewFn,
}

impl TabItem {
    /// A tab with a panel id, a label and content.
    pub fn new(id: impl Into<String>, label: impl Into<String>, content: impl Into<ViewFn>) -> Self {
        TabItem { id: id.into(), label: label.into(), content: content.into() }
    }
}

/// Tabs.
///
/// The tab of panel `n` (from 1) gets the id `<id>-tab-<n>`. The first tab is selected.
///
/// # Panics
/// In debug builds, when `id` or a panel id is not a usable id, or there are fewer than two tabs.
///
/// ```
/// use eenheid::content::tabs::{TabItem, Tabs};
/// use leptos::prelude::*;
/// let html = eenheid::render::render_html(|| view! {
///     <Tabs id="info" tabs=vec![
///         TabItem::new("kosten", "Kosten", || view! { <p>"Gratis."</p> }),
///         TabItem::new("duur", "Duur", || view! { <p>"8 weken."</p> }),
///     ] />
/// });
/// assert!(html.contains(r##"<a id="info-tab-1" href="#kosten" class="eh-tabs__tab">Kosten</a>"##));
/// assert!(html.contains(r#"<section id="duur" class="eh-tabs__panel">"#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Voor een paar delen van hetzelfde onderwerp die mensen niet tegelijk hoeven te zien.
///
/// # Wanneer niet gebruiken
///
/// - Niet als mensen de delen willen vergelijken.
/// - Niet voor de stappen van een formulier of als navigatie tussen pagina's.
///
/// # Toegankelijkheid
///
/// Zonder JavaScript staan de delen met hun kop onder elkaar. Met JavaScript worden het tabbladen
/// met de rollen `tablist`, `tab` en `tabpanel`; de pijltjestoetsen gaan naar het volgende tabblad.
/// Houd de namen van de tabbladen kort.
///
/// # When to use
///
/// - For a few parts of the same subject that people do not need to see at the same time.
///
/// # When not to use
///
/// - Not when people want to compare the parts.
/// - Not for the steps of a form or as navigation between pages.
///
/// # Accessibility
///
/// Without JavaScript the parts are shown one below the other with their headings. With JavaScript
/// they become tabs with the roles `tablist`, `tab` and `tabpanel`; arrow keys move to the next
/// tab. Keep the tab names short.
#[component]
pub fn Tabs(
    /// The tabs' id; the tab ids are derived from it.
    #[prop(into)]
    id: String,
    /// The tabs and their panels (two or more).
    tabs: Vec<TabItem>,
    /// Names the list of links without JavaScript and the tab list when enhanced; the built-in
    /// "Op deze pagina" / "On this page" when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// The level of the panels' headings (shown without JavaScript; for screen readers only once
    /// enhanced, where the tab says the same).
    #[prop(optional)]
    heading_level: HeadingLevel,
) -> impl IntoView {
    let lang = use_lang();
    debug_assert!(is_valid_id(&id), "Eenheid Tabs: {id:?} is not a usable id");
    debug_assert!(tabs.len() >= 2, "Eenheid Tabs {id:?}: tabs need at least two panels; show the content without tabs");
    for tab in &tabs {
        debug_assert!(is_valid_id(&tab.id), "Eenheid Tabs {id:?}: panel id {:?} is not a usable id", tab.id);
    }
    if tabs.is_empty() {
        return ().into_any();
    }
    let label = label.get_untracked().unwrap_or_else(|| TABS_CONTENTS.get(lang).to_owned());
    let panel_ids: Vec<String> = tabs.iter().map(|tab| tab.id.clone()).collect();
    let labels: Vec<String> = tabs.iter().map(|tab| tab.label.clone()).collect();
    let panels = tabs
        .into_iter()
        .map(|tab| {
            view! {
                <section class="eh-tabs__panel" id=tab.id>
                    <Heading level=heading_level class="eh-tabs__panel-heading">{tab.label}</Heading>
                    {tab.content.run()}
                </section>
            }
        })
        .collect_view();
    let list = tab_list(id.clone(), label, labels, panel_ids);
    view! {
        <div class="eh-tabs" id=id data-eh-module=module(Enhancement::Tabs)>
            {list}
            {panels}
        </div>
        <LoaderScript />
    }
    .into_any()
}

/// The tab list as server HTML: a titled list of links to the panels (a table of contents). The
/// `tabs` enhancement turns it into the ARIA tab list and shows only the selected panel.
fn tab_list(id: String, label: String, labels: Vec<String>, panel_ids: Vec<String>) -> impl IntoView {
    let title_id = format!("{id}-titel");
    let tabs = labels
        .into_iter()
        .zip(panel_ids)
        .enumerate()
        .map(|(index, (label, panel_id))| {
            view! {
                <li class="eh-tabs__list-item">
                    <a class="eh-tabs__tab" id=format!("{id}-tab-{}", index + 1) href=format!("#{panel_id}")>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="eh-tabs__nav">
            <p class="eh-tabs__title" id=title_id.clone()>{label}</p>
            <ul class="eh-tabs__list" aria-labelledby=title_id>
                {tabs}
            </ul>
        </div>
    }
}

/// [`sheet`] under its class `eh-tabs`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-tabs", sheet };

/// The tabs' sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        .eh-tabs__title {
            margin-bottom: var(--eh-space-2);
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-tabs__list {
            margin: 0 0 var(--eh-space-6) 0;
            padding-left: var(--eh-space-5);
        }
        .eh-tabs__list-item {
            margin-bottom: var(--eh-space-2);
        }
        .eh-tabs__panel {
            margin-bottom: var(--eh-space-6);
        }
        .eh-tabs__panel > :last-child {
            margin-bottom: 0;
        }
        /* Enhanced: a row of tabs above one panel. */
        &[data-eh-enhanced="true"] .eh-tabs__list {
            display: flex;
            flex-wrap: wrap;
            gap: 0 var(--eh-space-1);
            max-width: none;
            margin-bottom: 0;
            padding: 0;
            list-style: none;
            border-bottom: var(--eh-border-width-s) solid var(--eh-color-border);
        }
        &[data-eh-enhanced="true"] .eh-tabs__list-item {
            margin-bottom: calc(-1 * var(--eh-border-width-s));
        }
        &[data-eh-enhanced="true"] .eh-tabs__tab {
            display: inline-flex;
            align-items: center;
            min-height: var(--eh-size-touch-target);
            padding: var(--eh-space-2) var(--eh-space-4);
            color: var(--eh-color-link);
            background-color: var(--eh-color-surface);
            border: var(--eh-border-width-s) solid transparent;
        }
        &[data-eh-enhanced="true"] .eh-tabs__tab[aria-selected="true"] {
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            border-color: var(--eh-color-border);
            border-bottom-color: var(--eh-color-background);
            text-decoration: none;
            font-weight: var(--eh-font-weight-bold);
        }
        &[data-eh-enhanced="true"] .eh-tabs__tab:focus-visible {
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            /* Yellow on the tab's light grey changes too little to see (WCAG 2.4.13): the black
               ring around the tab is what a person sees change, as on a button. */
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
        }
        &[data-eh-enhanced="true"] .eh-tabs__panel {
            padding: var(--eh-space-5) var(--eh-space-4);
            border: var(--eh-border-width-s) solid var(--eh-color-border);
            border-top: 0;
        }
        &[data-eh-enhanced="true"] .eh-tabs__panel:focus-visible {
            /* A black ring right around the panel, yellow beyond it: a line drawn inside would
               be covered by what the panel holds. */
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
            box-shadow: 0 0 0 calc(2 * var(--eh-focus-width)) var(--eh-color-focus);
        }
        /* The tab says the same as the panel's heading: keep it for screen readers only. */
        &[data-eh-enhanced="true"] .eh-tabs__panel-heading {
            position: absolute;
            width: var(--eh-border-width-s);
            height: var(--eh-border-width-s);
            margin: 0;
            overflow: hidden;
            clip-path: inset(50%);
            white-space: nowrap;
        }
        "#
    )
}

/// The tabs' examples.
pub const EXAMPLES: &[Example] = &[crate::example! {
    name: "standaard",
    title: "Standaard",
    description: "Drie tabbladen. Zonder JavaScript: een lijst met links en alle delen onder elkaar. Met JavaScript: tabbladen die met de pijltjestoetsen werken.",
    view: view! {
        <Tabs id="paspoort" label="Paspoort aanvragen" tabs=vec![
            TabItem::new("paspoort-kosten", "Kosten", || view! { <p>"Een paspoort kost € 81,40 voor volwassenen."</p> }),
            TabItem::new("paspoort-meenemen", "Wat neemt u mee?", || view! {
                <ul><li>"Uw oude paspoort"</li><li>"Een pasfoto van minder dan 6 maanden oud"</li></ul>
            }),
            TabItem::new("paspoort-duur", "Hoe lang duurt het?", || view! { <p>"Uw paspoort is na 5 werkdagen klaar."</p> }),
        ] />
    }
}];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "tabs",
    title: "Tabbladen",
    title_en: "Tabs",
    family: crate::examples::Family::Content,
    summary: "Een paar delen van hetzelfde onderwerp, een voor een; zonder JavaScript staan ze onder elkaar.",
    summary_en: "A few parts of the same subject, one at a time; without JavaScript they are shown one below the other.",
    components: &["Tabs"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
