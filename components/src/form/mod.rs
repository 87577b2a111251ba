//! Form elements, in layers: field parts (label, hint, error message, form group, fieldset, the
//! items of a choice) → controls (text input, textarea, select, radios, checkboxes, date input,
//! button) → the error summary that links them all.

pub mod button;
pub mod checkboxes;
pub mod choice;
pub mod date_input;
pub mod error_message;
pub mod error_summary;
pub mod fieldset;
pub mod form_group;
pub mod hint;
pub mod label;
pub mod radios;
pub mod select;
pub mod text_input;
pub mod textarea;
