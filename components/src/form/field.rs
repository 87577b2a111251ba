//! The frame every form control stands in: the form group (with the red bar of an error), the
//! question (a label, or a legend for a group of inputs), the hint, the error message, and what
//! links them to the control: deterministic ids, `aria-describedby` (hint, then error) and
//! `aria-invalid`. A control builds its own input with [`Field::described_by`] and
//! [`Field::invalid`], then hands it to [`Field::render`] (one input) or
//! [`Field::render_group`] (a fieldset around several), so no control repeats the frame.
//!
//! ```
//! use eenheid::form::field::Field;
//! use leptos::prelude::*;
//! let field = Field::new("postcode", "Postcode").hint(Some("Bijvoorbeeld 1234 AB".into())).error(Some("Vul uw postcode in".into()));
//! assert_eq!(field.described_by().as_deref(), Some("postcode-hint postcode-error"));
//! let input = view! { <input id="postcode" aria-describedby=field.described_by() aria-invalid=field.invalid() /> };
//! let html = field.render("eh-text-input", input).to_html();
//! assert!(html.starts_with(r#"<div class="eh-form-group eh-form-group--error"><div class="eh-text-input"><label for="postcode""#));
//! assert!(html.contains(r#"aria-invalid="true""#));
//! ```

use leptos::prelude::*;

use crate::form::error_message::ErrorMessage;
use crate::form::fieldset::Fieldset;
use crate::form::form_group::FormGroup;
use crate::form::hint::Hint;
use crate::form::label::Label;
use crate::ids::FieldIds;
use crate::style::class::fixed_class;

/// One question's frame: its ids, question, hint and error.
#[derive(Clone, Debug)]
pub struct Field {
    ids: FieldIds,
    question: String,
    is_page_heading: bool,
    hint: Option<String>,
    error: Option<String>,
}

impl Field {
    /// The frame of the control with `id` (checked as an HTML id), asking `question`.
    pub fn new(id: &str, question: impl Into<String>) -> Self {
        Field { ids: FieldIds::new(id), question: question.into(), is_page_heading: false, hint: None, error: None }
    }

    /// Shows the question as the page's `<h1>` (one question per page).
    pub fn page_heading(mut self, is_page_heading: bool) -> Self {
        self.is_page_heading = is_page_heading;
        self
    }

    /// Extra help under the question.
    pub fn hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    /// What is wrong and how to fix it.
    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error;
        self
    }

    /// The ids: the control's, the hint's and the error's.
    pub fn ids(&self) -> &FieldIds {
        &self.ids
    }

    /// Whether the question has an error.
    pub fn has_error(&self) -> bool {
        self.error.is_some()
    }

    /// The control's `aria-describedby`: the hint, then the error, or `None` with neither.
    pub fn described_by(&self) -> Option<String> {
        self.ids.described_by(self.hint.is_some(), self.error.is_some())
    }

    /// The control's `aria-invalid`: `"true"` with an error, else left out.
    pub fn invalid(&self) -> Option<&'static str> {
        self.has_error().then_some("true")
    }

    /// One control: the form group, a `<div class=class>` with the label, hint, error and the
    /// control.
    pub fn render<V: IntoView + 'static>(self, class: &'static str, control: V) -> impl IntoView + use<V> {
        let Field { ids, question, is_page_heading, hint, error } = self;
        let FieldIds { control: id, hint: hint_id, error: error_id } = ids;
        view! {
            <FormGroup error=error.is_some()>
                <div {..fixed_class(class)}>
                    <Label for_id=id text=question is_page_heading=is_page_heading />
                    {hint.map(|text| view! { <Hint id=hint_id text=text /> })}
                    {error.map(|text| view! { <ErrorMessage id=error_id text=text /> })}
                    {control}
                </div>
            </FormGroup>
        }
    }

    /// A group of inputs that answer one question together (radios, checkboxes, the parts of a
    /// date or an address): the form group, a fieldset whose legend is the question and which is
    /// described by the hint and the error, then `controls`.
    pub fn render_group<V: IntoView + 'static>(self, controls: V) -> impl IntoView + use<V> {
        let described_by = self.described_by();
        let Field { ids, question, is_page_heading, hint, error } = self;
        let FieldIds { hint: hint_id, error: error_id, .. } = ids;
        view! {
            <FormGroup error=error.is_some()>
                <Fieldset legend=question legend_is_page_heading=is_page_heading described_by=described_by>
                    {hint.map(|text| view! { <Hint id=hint_id text=text /> })}
                    {error.map(|text| view! { <ErrorMessage id=error_id text=text /> })}
                    {controls}
                </Fieldset>
            </FormGroup>
        }
    }
}
