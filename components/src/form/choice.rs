//! The items of a radio or checkbox group: a choice (value, label, optional hint and conditional
//! content) or the "of" divider. Shared by `radios` and `checkboxes`.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::style::class::fixed_class;
use crate::style::component_sheet::ComponentSheet;

/// One choice.
#[derive(Clone)]
pub struct Choice {
    /// The value sent to the server.
    pub value: String,
    /// What the user reads.
    pub label: String,
    /// Extra help for this choice.
    pub hint: Option<String>,
    /// Content revealed when this choice is picked (e.g. a follow-up question). It is always in
    /// the HTML; CSS shows it only when picked, so it works without JavaScript.
    pub conditional: Option<ViewFn>,
    /// "None of these" for checkboxes: picking it means no other box may be picked (checked by the
    /// server; the enhancement unticks the others).
    pub exclusive: bool,
}

impl Choice {
    /// A choice with `value` and `label`.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice { value: value.into(), label: label.into(), hint: None, conditional: None, exclusive: false }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds content revealed when this choice is picked.
    pub fn conditional(mut self, content: impl Into<ViewFn>) -> Self {
        self.conditional = Some(content.into());
        self
    }

    /// Marks this as the exclusive "none of these" choice.
    pub fn exclusive(mut self) -> Self {
        self.exclusive = true;
        self
    }
}

/// A choice or a divider.
#[derive(Clone)]
pub enum ChoiceItem {
    /// A choice.
    Choice(Choice),
    /// The word "of" between choices, e.g. before "Geen van deze".
    Divider,
}

impl From<Choice> for ChoiceItem {
    fn from(choice: Choice) -> Self {
        ChoiceItem::Choice(choice)
    }
}

/// The id of the n-th input (0-based) of a group: the first is the group's id itself, so an error
/// summary link to the group lands on its first input; the others get `-2`, `-3`, ….
pub fn input_id(group_id: &str, index: usize) -> String {
    if index == 0 {
        return group_id.to_owned();
    }
    // Sized once: `format!` grows its string several times, for every choice on every render.
    let mut id = String::with_capacity(group_id.len() + 4);
    id.push_str(group_id);
    id.push('-');
    // Writing a number into a String cannot fail.
    let _ = std::fmt::Write::write_fmt(&mut id, format_args!("{}", index + 1));
    id
}

/// Checks a group's items in debug builds: at least one choice, unique values.
pub fn debug_check(component: &str, group_id: &str, items: &[ChoiceItem]) {
    if cfg!(debug_assertions) {
        let values: Vec<&str> = items
            .iter()
            .filter_map(|item| match item {
                ChoiceItem::Choice(choice) => Some(choice.value.as_str()),
                ChoiceItem::Divider => None,
            })
            .collect();
        assert!(!values.is_empty(), "Eenheid {component} {group_id:?}: there are no choices");
        let mut unique = values.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), values.len(), "Eenheid {component} {group_id:?}: two choices have the same value");
    }
}

/// Radio buttons (pick one) or checkboxes (pick any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    /// `type="radio"`.
    Radio,
    /// `type="checkbox"`.
    Checkbox,
}

/// The list of inputs of a radio or checkbox group (used by `Radios` and `Checkboxes`, which add
/// the fieldset, hint and error).
#[component]
pub fn ChoiceList(
    /// Radio or checkbox.
    kind: ChoiceKind,
    /// The group's id (the first input's id).
    #[prop(into)]
    group_id: String,
    /// The form field name.
    #[prop(into)]
    name: String,
    /// The items.
    items: Vec<ChoiceItem>,
    /// The values that are picked (what the user sent, or what is already known).
    selected: Vec<String>,
    /// Side by side (for two short choices like Ja/Nee).
    #[prop(optional)]
    inline: bool,
    /// The smaller variant, for filters and secondary questions.
    #[prop(optional)]
    small: bool,
    /// Marks each input invalid.
    #[prop(optional)]
    invalid: bool,
) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let input_type = match kind {
        ChoiceKind::Radio => "radio",
        ChoiceKind::Checkbox => "checkbox",
    };
    let class = match (inline, small) {
        (false, false) => "eh-choices",
        (true, false) => "eh-choices eh-choices--inline",
        (false, true) => "eh-choices eh-choices--small",
        (true, true) => "eh-choices eh-choices--inline eh-choices--small",
    };
    // Every input carries the group's name: shared, not copied per choice.
    let name: Arc<str> = name.into();
    let mut index = 0;
    let rows = items
        .into_iter()
        .map(|item| match item {
            ChoiceItem::Divider => {
                Either::Left(view! { <div {..fixed_class("eh-choices__divider")}>{crate::i18n::OR.get(lang)}</div> })
            }
            ChoiceItem::Choice(choice) => {
                let id = input_id(&group_id, index);
                index += 1;
                let checked = selected.contains(&choice.value);
                // Only the ids the choice uses are built.
                let hint_id = choice.hint.as_ref().map(|_| [id.as_str(), "-item-hint"].concat());
                // The follow-up comes straight after its choice, in the reading and Tab order, and is
                // `display: none` (out of the accessibility tree, not focusable) while its choice is
                // not picked. No `aria-expanded` (not allowed on a radio or checkbox) and no
                // `aria-controls` (it would point at content that is mostly not there): see the
                // accessibility note of `Radios` and `Checkboxes`.
                let conditional_id = choice.conditional.as_ref().map(|_| ["conditional-", id.as_str()].concat());
                let hint = choice.hint.map(|text| view! { <div id=hint_id.clone() {..fixed_class("eh-choices__hint")}>{text}</div> });
                let conditional = choice.conditional.map(|content| {
                    view! { <div id=conditional_id.clone() {..fixed_class("eh-choices__conditional")}>{content.run()}</div> }
                });
                Either::Right(view! {
                    <div {..fixed_class("eh-choices__item")}>
                        <input
                            id=id.clone()
                            name=name.clone()
                            type=input_type
                            value=choice.value
                            checked=checked
                            aria-describedby=hint_id
                            aria-invalid=invalid.then_some("true")
                            data-eh-exclusive=choice.exclusive.then_some("true")
                            {..fixed_class("eh-choices__input")}
                        />
                        <label class="eh-choices__label" for=id>{choice.label}</label>
                        {hint}
                    </div>
                    {conditional}
                })
            }
        })
        .collect_view();
    view! { <div {..fixed_class(class)}>{rows}</div> }
}

/// [`sheet`] under its class `eh-choices`, as the stylesheet writes it.
pub const SHEET: ComponentSheet = ComponentSheet { class: "eh-choices", sheet };

/// The sheet shared by radios and checkboxes.
pub fn sheet() -> stylist::ast::Sheet {
    stylist::ast::sheet!(
        r#"
        &.eh-choices--inline {
            display: flex;
            flex-wrap: wrap;
            gap: 0 var(--eh-space-6);
        }
        .eh-choices__item {
            display: grid;
            grid-template-columns: auto 1fr;
            align-items: center;
            column-gap: var(--eh-space-3);
            min-height: var(--eh-size-touch-target);
            margin-bottom: var(--eh-space-2);
        }
        .eh-choices__input {
            width: var(--eh-space-6);
            height: var(--eh-space-6);
            margin: 0;
            accent-color: var(--eh-color-primary);
            cursor: pointer;
        }
        &.eh-choices--small .eh-choices__input {
            width: var(--eh-space-5);
            height: var(--eh-space-5);
        }
        .eh-choices__input:focus-visible {
            outline: var(--eh-focus-width) solid var(--eh-color-focus-outline);
            outline-offset: var(--eh-border-width-m);
            box-shadow: 0 0 0 calc(var(--eh-border-width-m) + var(--eh-focus-width)) var(--eh-color-focus);
        }
        .eh-choices__label {
            min-width: 0;
            overflow-wrap: anywhere;
            padding: var(--eh-space-2) 0;
            cursor: pointer;
        }
        .eh-choices__hint {
            grid-column: 2;
            color: var(--eh-color-text-secondary);
        }
        .eh-choices__divider {
            width: var(--eh-space-6);
            margin-bottom: var(--eh-space-2);
            text-align: center;
        }
        .eh-choices__conditional {
            margin-left: calc(var(--eh-space-6) / 2 - var(--eh-border-width-l) / 2);
            margin-bottom: var(--eh-space-4);
            padding-left: calc(var(--eh-space-6) / 2 + var(--eh-space-3));
            border-left: var(--eh-border-width-l) solid var(--eh-color-border-subtle);
        }
        /* Conditional content is always in the HTML. Where the browser supports :has(), it shows
           only under the picked choice; elsewhere it simply stays visible. No JavaScript needed. */
        @supports selector(:has(a)) {
            .eh-choices__conditional {
                display: none;
            }
            .eh-choices__item:has(> .eh-choices__input:checked) + .eh-choices__conditional {
                display: block;
            }
        }
        "#
    )
}
