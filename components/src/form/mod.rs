//! Form elements, in layers: field parts (label, hint, error message, form group) → controls
//! (text input, button).

pub mod button;
pub mod error_message;
pub mod form_group;
pub mod hint;
pub mod label;
pub mod text_input;
