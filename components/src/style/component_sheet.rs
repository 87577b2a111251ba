//! What a component's stylesheet is: its parsed sheet and the class it is scoped to. A leaf that
//! imports no component, so every component can declare its own sheets (`SHEET`, and `SHEETS`
//! beside its catalogue entry) and the stylesheet can be written from the catalogue without an
//! import circle.

use stylist::ast::Sheet;

/// One component's stylesheet and the class it is scoped to.
pub struct ComponentSheet {
    /// The root class, e.g. `eh-text-input`; nested rules hang below it.
    pub class: &'static str,
    /// Builds the parsed sheet.
    pub sheet: fn() -> Sheet,
}
