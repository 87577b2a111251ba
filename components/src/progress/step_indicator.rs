//! The step indicator: "Stap 2 van 4: Adres", and the list of all steps with which are done, which
//! is current and which are still to come — in text, never by colour alone (WCAG 1.4.1).

use leptos::prelude::*;
use stylist::ast::{Sheet, sheet};

use crate::content::icon::{Icon, IconName, IconSize};
use crate::enhance::{Enhancement, LoaderScript, module};
use crate::examples::Example;
use crate::i18n::{
    HIDE_STEPS, PROGRESS, SHOW_ALL_STEPS, STEP_CURRENT, STEP_DONE, STEP_UPCOMING, step_of, use_lang,
};
use crate::style::component_sheet::ComponentSheet;

/// One step of a process.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The short name of the step ("Adres").
    pub label: String,
    /// A link back to the step; only used for finished steps, so people can check or change
    /// earlier answers.
    pub href: Option<String>,
}

impl Step {
    /// A step without a link.
    pub fn new(label: impl Into<String>) -> Self {
        Step { label: label.into(), href: None }
    }

    /// A step that links back to `href` once it is done.
    pub fn with_link(label: impl Into<String>, href: impl Into<String>) -> Self {
        Step { label: label.into(), href: Some(href.into()) }
    }
}

impl From<&str> for Step {
    fn from(label: &str) -> Self {
        Step::new(label)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum StepState {
    Done,
    Current,
    Upcoming,
}

/// The step indicator.
///
/// On small screens the enhanced version (the `step-list-toggle` module) shows only the current step with a button
/// to show all; without JavaScript every step is always listed.
///
/// # Panics
/// In debug builds, when `current` is 0 or larger than the number of steps.
///
/// ```
/// use eenheid::progress::step_indicator::{Step, StepIndicator};
/// use leptos::prelude::*;
/// let steps: Vec<Step> = vec!["Wie".into(), "Adres".into(), "Datum".into(), "Controleren".into()];
/// let html = eenheid::render::render_html(move || view! { <StepIndicator id="voortgang" steps=steps current=2 /> });
/// assert!(html.contains("Stap 2 van 4"));
/// assert!(html.contains(r#"aria-current="step""#));
/// ```
///
/// # Wanneer gebruiken
///
/// - In een formulier van een paar vaste stappen, zodat mensen zien waar ze zijn: "Stap 2 van 4".
///
/// # Wanneer niet gebruiken
///
/// - Niet als het aantal stappen afhangt van de antwoorden: gebruik een takenlijst.
/// - Niet bij één of twee stappen.
///
/// # Toegankelijkheid
///
/// De huidige stap heeft `aria-current="step"` en elke stap zegt in tekst of hij klaar is. Op een
/// telefoon staat alleen "Stap 2 van 4"; met JavaScript kunnen mensen alle stappen tonen. Houd de
/// namen van de stappen kort.
///
/// # When to use
///
/// - In a form with a few fixed steps, so people see where they are: "Step 2 of 4".
///
/// # When not to use
///
/// - Not when the number of steps depends on the answers: use a task list.
/// - Not for one or two steps.
///
/// # Accessibility
///
/// The current step has `aria-current="step"` and each step says in words whether it is done. On a
/// phone only "Step 2 of 4" shows; with JavaScript people can show all steps. Keep the step names
/// short.
#[component]
pub fn StepIndicator(
    /// A fixed id for the step list (the toggle's `aria-controls` points at it).
    #[prop(into)]
    id: String,
    /// The steps, in order.
    steps: Vec<Step>,
    /// The step the user is on, counted from 1.
    current: usize,
) -> impl IntoView {
    let lang = use_lang();
    let total = steps.len();
    debug_assert!(total > 0, "Eenheid StepIndicator {id:?}: there are no steps; leave the indicator out instead");
    debug_assert!(
        (1..=total).contains(&current),
        "Eenheid StepIndicator {id:?}: current step {current} is outside 1..={total}"
    );
    if total == 0 {
        return ().into_any();
    }
    let current = current.clamp(1, total);
    let current_label = steps[current - 1].label.clone();
    let list_id = format!("{id}-lijst");
    let items = steps
        .into_iter()
        .enumerate()
        .map(|(index, step)| {
            let number = index + 1;
            let state = match number.cmp(&current) {
                std::cmp::Ordering::Less => StepState::Done,
                std::cmp::Ordering::Equal => StepState::Current,
                std::cmp::Ordering::Greater => StepState::Upcoming,
            };
            let (modifier, status) = match state {
                StepState::Done => ("eh-step-indicator__step--done", STEP_DONE),
                StepState::Current => ("eh-step-indicator__step--current", STEP_CURRENT),
                StepState::Upcoming => ("eh-step-indicator__step--upcoming", STEP_UPCOMING),
            };
            let marker = if state == StepState::Done {
                view! { <Icon name=IconName::Check size=IconSize::Medium /> }.into_any()
            } else {
                number.to_string().into_any()
            };
            let label = match step.href.filter(|_| state == StepState::Done) {
                Some(href) => view! { <a class="eh-step-indicator__label" href=crate::url::safe_href(&href)>{step.label}</a> }.into_any(),
                None => view! { <span class="eh-step-indicator__label">{step.label}</span> }.into_any(),
            };
            view! {
                <li
                    class=format!("eh-step-indicator__step {modifier}")
                    aria-current=(state == StepState::Current).then_some("step")
                >
                    <span class="eh-step-indicator__marker" aria-hidden="true">{marker}</span>
                    <span class="eh-visually-hidden">{format!("{} ", status.get(lang))}</span>
                    {label}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="eh-step-indicator" id=id>
            <p class="eh-step-indicator__summary">
                <span class="eh-step-indicator__count">{step_of(lang, current, total)}</span>
                <span class="eh-step-indicator__current-label">{format!(": {current_label}")}</span>
            </p>
            // The `step-list-toggle` enhancement: on small screens the list collapses to the
            // current step, and the button (`hidden` in the server HTML, so without JavaScript
            // nothing is collapsed and no dead button shows) opens it.
            <div
                class="eh-step-indicator__steps"
                data-eh-module=module(Enhancement::StepListToggle)
                data-eh-expanded="false"
                data-eh-show=SHOW_ALL_STEPS.get(lang)
                data-eh-hide=HIDE_STEPS.get(lang)
            >
                <button
                    type="button"
                    class="eh-step-indicator__toggle"
                    hidden=true
                    aria-controls=list_id.clone()
                    aria-expanded="false"
                >
                    {SHOW_ALL_STEPS.get(lang)}
                </button>
                <ol class="eh-step-indicator__list" id=list_id aria-label=PROGRESS.get(lang)>
                    {items}
                </ol>
            </div>
            <LoaderScript />
        </div>
    }
    .into_any()
}


/// [`sheet`] under its class `eh-step-indicator`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-step-indicator", sheet };

/// The step indicator's sheet.
pub fn sheet() -> Sheet {
    sheet!(
        r#"
        margin-bottom: var(--eh-space-6);
        .eh-step-indicator__summary {
            margin-bottom: var(--eh-space-3);
            font-weight: var(--eh-font-weight-bold);
            color: var(--eh-color-text-secondary);
        }
        .eh-step-indicator__current-label {
            display: inline;
        }
        .eh-step-indicator__list {
            list-style: none;
            margin: 0;
            padding: 0;
            max-width: none;
        }
        .eh-step-indicator__step {
            display: flex;
            align-items: center;
            gap: var(--eh-space-3);
            min-height: var(--eh-size-touch-target);
        }
        .eh-step-indicator__marker {
            display: inline-flex;
            flex: 0 0 auto;
            align-items: center;
            justify-content: center;
            width: var(--eh-space-7);
            height: var(--eh-space-7);
            border-radius: 50%;
            border: var(--eh-border-width-m) solid var(--eh-color-step-upcoming);
            color: var(--eh-color-text);
            background-color: var(--eh-color-background);
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-step-indicator__step--done .eh-step-indicator__marker {
            border-color: var(--eh-color-step-done);
            background-color: var(--eh-color-step-done);
            color: var(--eh-color-step-marker-text);
        }
        .eh-step-indicator__step--current .eh-step-indicator__marker {
            border-color: var(--eh-color-step-current);
            background-color: var(--eh-color-step-current);
            color: var(--eh-color-step-marker-text);
        }
        .eh-step-indicator__step--current .eh-step-indicator__label {
            font-weight: var(--eh-font-weight-bold);
        }
        .eh-step-indicator__toggle {
            font: inherit;
            min-height: var(--eh-size-touch-target);
            margin-bottom: var(--eh-space-3);
            padding: var(--eh-space-1) var(--eh-space-3);
            color: var(--eh-color-link);
            background-color: var(--eh-color-background);
            border: var(--eh-border-width-m) solid var(--eh-color-border);
            border-radius: var(--eh-radius-s);
            cursor: pointer;
        }
        .eh-step-indicator__toggle:focus-visible {
            outline: var(--eh-focus-width) solid var(--eh-color-focus-text);
            background-color: var(--eh-color-focus);
            color: var(--eh-color-focus-text);
        }
        /* Only once enhanced, and only on small screens: collapse to the current step. */
        @media not all and (min-width: ${tablet}) {
            [data-eh-enhanced="true"][data-eh-expanded="false"] .eh-step-indicator__step:not([aria-current]) {
                display: none;
            }
        }
        @media (min-width: ${tablet}) {
            .eh-step-indicator__summary .eh-step-indicator__current-label {
                display: none;
            }
            .eh-step-indicator__toggle {
                display: none;
            }
            .eh-step-indicator__list {
                display: flex;
                flex-wrap: wrap;
                gap: var(--eh-space-2) var(--eh-space-5);
            }
        }
        "#,
        tablet = eenheid_tokens::constants::BREAKPOINT_TABLET
    )
}

/// The step indicator's examples.
pub const EXAMPLES: &[Example] = &[
    crate::example! {
        name: "standaard",
        title: "Stap 2 van 4",
        description: "De gebruiker is bij stap 2. Kleur is nooit het enige signaal: elke stap zegt in tekst of hij klaar is.",
        view: view! {
            <StepIndicator id="voortgang" current=2
                steps=vec![Step::with_link("Wie verhuist", "#wie"), "Nieuw adres".into(), "Datum".into(), "Controleren".into()] />
        }
    },
    crate::example! {
        name: "laatste-stap",
        title: "Laatste stap",
        description: "Alle stappen behalve de laatste zijn klaar; klare stappen linken terug.",
        view: view! {
            <StepIndicator id="voortgang" current=4
                steps=vec![
                    Step::with_link("Wie verhuist", "#wie"),
                    Step::with_link("Nieuw adres", "#adres"),
                    Step::with_link("Datum", "#datum"),
                    "Controleren".into(),
                ] />
        }
    },
];

/// The sheets this entry adds to the stylesheet.
pub const SHEETS: &[ComponentSheet] = &[SHEET];

/// This component in the catalogue (feature `catalogue`): the showcase, the snapshots, the
/// XSS test and the audit read it; `crate::catalogue` lists it.
#[cfg(feature = "catalogue")]
pub const ENTRY: crate::examples::ComponentEntry = crate::examples::ComponentEntry {
    slug: "step-indicator",
    title: "Stappenindicator",
    title_en: "Step indicator",
    family: crate::examples::Family::Progress,
    summary: "Laat zien bij welke stap iemand is: \u{201c}Stap 2 van 4\u{201d}.",
    summary_en: "Shows which step someone is at: “Step 2 of 4”.",
    components: &["StepIndicator"],
    examples: EXAMPLES,
    sheets: SHEETS,
};
