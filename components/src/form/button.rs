//! Buttons: one primary action per page, secondary actions, warnings (deleting, stopping), and the
//! start button of a service. A button submits a form with a plain POST: no JavaScript needed.

use leptos::either::Either;
use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::icon::{Icon, IconName};
use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// What the button does, visually.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonVariant {
    /// The main action of the page (one per page).
    #[default]
    Primary,
    /// Any other action.
    Secondary,
    /// An action that cannot be undone easily (delete, stop).
    Warning,
    /// The start of a service, on its start page: large, with an arrow.
    Start,
}

impl ButtonVariant {
    /// The whole `class` value: a constant per variant, so rendering a button builds no string.
    fn class(self) -> &'static str {
        match self {
            ButtonVariant::Primary => "eh-button",
            ButtonVariant::Secondary => "eh-button eh-button--secondary",
            ButtonVariant::Warning => "eh-button eh-button--warning",
            ButtonVariant::Start => "eh-button eh-button--start",
        }
    }
}

/// The button's `type`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonType {
    /// Submits its form (the default, and what works without JavaScript).
    #[default]
    Submit,
    /// Does nothing by itself: only for enhanced behaviour.
    Button,
}

/// A button, or a link that looks like one (with `href`: for navigation, like the start button).
///
/// ```
/// use eenheid::form::button::{Button, ButtonVariant};
/// use leptos::prelude::*;
/// let html = view! { <Button>"Doorgaan"</Button> }.to_html();
/// assert!(html.contains(r#"<button type="submit" class="eh-button">"#));
/// let html = view! { <Button variant=ButtonVariant::Start href="/vraag-1">"Start nu"</Button> }.to_html();
/// assert!(html.contains(r#"href="/vraag-1""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - Om een formulier te versturen of een handeling te starten, met een werkwoord: "Doorgaan",
///   "Versturen".
/// - De link-knop voor een startknop die naar een andere pagina gaat.
///
/// # Wanneer niet gebruiken
///
/// - Niet meer dan één hoofdknop per pagina.
/// - Niet voor gewone navigatie in tekst: gebruik een link.
///
/// # Toegankelijkheid
///
/// Het is een echte `button` of `a`, bereikbaar met het toetsenbord, met een duidelijke gele focus
/// en minstens 44 bij 44 pixels. Met `prevent_double_click` houdt JavaScript een tweede klik op
/// versturen tegen. De knoptekst moet zonder de rest van de pagina te begrijpen zijn.
///
/// # When to use
///
/// - To submit a form or start an action, with a verb: "Continue", "Send".
/// - The link button for a start button that goes to another page.
///
/// # When not to use
///
/// - Not more than one primary button per page.
/// - Not for plain navigation in text: use a link.
///
/// # Accessibility
///
/// It is a real `button` or `a`, reachable by keyboard, with a clear yellow focus and at least 44
/// by 44 pixels. With `prevent_double_click`, JavaScript holds back a second click on submit. The
/// button text must make sense without the rest of the page.
#[component]
pub fn Button(
    /// The look of the button.
    #[prop(optional)]
    variant: ButtonVariant,
    /// `submit` (default) or `button`. Ignored for links.
    #[prop(optional)]
    button_type: ButtonType,
    /// Render a link that looks like a button, to this address.
    #[prop(optional, into)]
    href: MaybeProp<String>,
    /// The form field name sent with the click (to tell several submit buttons apart).
    #[prop(optional, into)]
    name: MaybeProp<String>,
    /// The value sent with `name`.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// A fixed id, e.g. for an error summary or a test.
    #[prop(optional, into)]
    id: MaybeProp<String>,
    /// The id of the form this button submits, when the button sits outside it (HTML's `form`
    /// attribute; works without JavaScript).
    #[prop(optional, into)]
    form: MaybeProp<String>,
    /// Disable the button. Prefer not to: explain instead what is missing.
    #[prop(optional)]
    disabled: bool,
    /// Ignore a second click within a second, so a double click does not send a form twice.
    /// Enhancement only (a small module, see [`crate::enhance`]): the first click always submits, with
    /// or without JavaScript; the server should still treat a repeated POST as one. Not used for
    /// links (`href`).
    #[prop(optional)]
    prevent_double_click: bool,
    /// The button text: a verb that says what happens ("Doorgaan", "Verstuur aanvraag").
    children: Children,
) -> impl IntoView {
    let class = variant.class();
    let start_icon = (variant == ButtonVariant::Start)
        .then(|| view! { <Icon name=IconName::ArrowRight /> });
    match href.get_untracked() {
        Some(href) => Either::Left(view! {
            <a class=class href=crate::url::safe_href_owned(href) id=id.get_untracked() draggable="false">
                {children()}
                {start_icon}
            </a>
        }),
        None => {
            let button = view! {
            <button
                type=match button_type {
                    ButtonType::Submit => "submit",
                    ButtonType::Button => "button",
                }
                id=id.get_untracked()
                form=form.get_untracked()
                name=name.get_untracked()
                value=value.get_untracked()
                disabled=disabled
                aria-disabled=disabled.then_some("true")
                {..fixed_class(class)}
            >
                {children()}
                {start_icon}
            </button>
            };
            Either::Right(if prevent_double_click {
                // The `double-click-guard` enhancement lets the first click through and cancels the
                // default action (the submit) of any further click within the window. The
                // button's click bubbles up to this wrapper; `preventDefault` there still works.
                Either::Left(view! {
                    <span
                        class="eh-button-guard"
                        data-eh-module=module(Enhancement::DoubleClickGuard)
                        data-eh-window-ms=DOUBLE_CLICK_WINDOW.as_millis().to_string()
                    >
                        {button}
                    </span>
                    <LoaderScript />
                })
            } else {
                Either::Right(button)
            })
        }
    }
}

/// How long a second click is ignored.
pub const DOUBLE_CLICK_WINDOW: std::time::Duration = std::time::Duration::from_millis(1000);


/// [`sheet`] under its class `eh-button`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-button", sheet };

/// The button's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        display: inline-flex;
        align-items: center;
        gap: var(--eh-space-2);
        min-height: var(--eh-size-touch-target);
        min-width: var(--eh-size-touch-target);
        margin: 0 0 var(--eh-space-6) 0;
        padding: var(--eh-space-2) var(--eh-space-4);
        font: inherit;
        font-weight: var(--eh-font-weight-bold);
        line-height: var(--eh-line-height-heading);
        text-align: center;
        text-decoration: none;
        color: var(--eh-color-button-primary-text);
        background-color: var(--eh-color-button-primary-background);
        border: var(--eh-border-width-m) solid transparent;
        border-radius: var(--eh-radius-s);
        box-shadow: 0 var(--eh-border-width-m) 0 var(--eh-color-button-shadow);
        cursor: pointer;
        -webkit-appearance: none;
        appearance: none;
        &:link, &:visited {
            color: var(--eh-color-button-primary-text);
        }
        &:hover {
            background-color: var(--eh-color-button-primary-hover);
            color: var(--eh-color-button-primary-text);
        }
        &:focus {
            outline: var(--eh-focus-width) solid transparent;
        }
        &:active {
            transform: translateY(var(--eh-border-width-m));
            box-shadow: none;
        }
        &:disabled {
            opacity: .5;
            cursor: not-allowed;
        }
        &.eh-button--secondary, &.eh-button--secondary:link, &.eh-button--secondary:visited {
            color: var(--eh-color-button-secondary-text);
            background-color: var(--eh-color-button-secondary-background);
        }
        &.eh-button--warning, &.eh-button--warning:link, &.eh-button--warning:visited {
            color: var(--eh-color-button-warning-text);
            background-color: var(--eh-color-button-warning-background);
        }
        &.eh-button--start {
            font-size: var(--eh-font-size-l);
            padding: var(--eh-space-3) var(--eh-space-5);
        }
        /* Last, and as specific as the variants' `:link` rules: every variant gets the one
           yellow focus style. */
        &:focus-visible, &:focus-visible:hover, &:focus-visible:link, &:focus-visible:visited {
            color: var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            border-color: var(--eh-color-focus);
            box-shadow: 0 var(--eh-border-width-m) 0 var(--eh-color-focus-text);
            /* Yellow on a light grey (the secondary button) or on white changes too little to see
               (1.3:1): the black ring around it is what a person sees change (WCAG 2.4.13). */
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: 0;
            text-decoration: none;
        }
        "#
    )
}

/// The button's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "primair",
        title: "Primaire knop",
        description: "De belangrijkste actie op de pagina. Eén per pagina.",
        view: view! { <form method="get"><Button>"Doorgaan"</Button></form> }
    },
    crate::example! {
        name: "secundair",
        title: "Secundaire knop",
        description: "Een andere actie naast de hoofdactie.",
        view: view! { <Button variant=ButtonVariant::Secondary button_type=ButtonType::Button>"Nog een adres toevoegen"</Button> }
    },
    crate::example! {
        name: "waarschuwing",
        title: "Waarschuwingsknop",
        description: "Voor een actie die niet zomaar terug te draaien is.",
        view: view! { <Button variant=ButtonVariant::Warning button_type=ButtonType::Button>"Aanvraag intrekken"</Button> }
    },
    crate::example! {
        name: "start",
        title: "Startknop",
        description: "Op de startpagina van een dienst: een link die eruitziet als een knop.",
        view: view! { <Button variant=ButtonVariant::Start href="/voorbeelden">"Start nu"</Button> }
    },
    crate::example! {
        name: "niet-dubbel-versturen",
        title: "Niet dubbel versturen",
        description: "Een tweede klik binnen een seconde doet niets, zodat een dubbelklik het formulier niet twee keer verstuurt. De eerste klik verstuurt altijd, ook zonder JavaScript.",
        view: view! { <form method="get"><Button prevent_double_click=true>"Verstuur aanvraag"</Button></form> }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "button",
    title: "Knop",
    title_en: "Button",
    family: crate::examples::Family::Form,
    summary: "Een knop die een formulier verstuurt, of een link die eruitziet als een knop.",
    summary_en: "A button that submits a form, or a link that looks like a button.",
    components: &["Button"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
