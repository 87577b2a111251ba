//! Form elements, in layers: field parts (label, hint, error message, form group, fieldset, the
//! items of a choice) → controls (text input, textarea, select, radios, checkboxes, date input,
//! button) → the error summary that links them all.

pub mod address_input;
pub mod bsn_input;
pub mod button;
pub mod character_count;
pub mod checkboxes;
pub mod choice;
pub mod date_input;
pub mod error_message;
pub mod field;
pub mod error_summary;
pub mod file_upload;
pub mod fieldset;
pub mod form_group;
pub mod hint;
pub mod iban_input;
pub mod label;
pub mod password_input;
pub mod phone_input;
pub mod prefilled_field;
pub mod radios;
pub mod select;
pub mod text_input;
pub mod textarea;
