//! # Eenheid's browser enhancements
//!
//! Every Eenheid component is complete as server HTML. A few get better with JavaScript: the
//! password field gets a "Toon" button, the character count counts down, the error summary takes
//! focus. Those behaviours live here, as small `wasm-bindgen` + `web-sys` modules without the
//! Leptos runtime, in the way GOV.UK Frontend's JavaScript works:
//!
//! - the server marks an element with `data-eh-module="<name>"` (see [`Enhancement`]) and puts
//!   what the behaviour needs (texts in the page's language, limits) in `data-eh-*` attributes;
//! - a page that has such an element also gets one `<script type="module" src=".../eenheid.js">`
//!   ([`LOADER_FILE`], the [`LOADER_JS`] below); a page without one loads no script at all;
//! - the loader imports only the modules named on the page (`pkg/<name>.js` + `<name>_bg.wasm`),
//!   each wakes up every element with its name, and then the loader sets [`READY_MARKER`] on
//!   `<html>`.
//!
//! Natively this crate is only these names and the loader text (the components and the build
//! helper use them). Built for `wasm32-unknown-unknown` with one feature, it is that enhancement's
//! module; `eenheid-build` builds them all.

#[cfg(all(target_arch = "wasm32", feature = "module"))]
mod dom;

#[cfg(all(target_arch = "wasm32", feature = "accordion-controls"))]
mod accordion_controls;
#[cfg(all(target_arch = "wasm32", feature = "character-count"))]
mod character_count;
#[cfg(all(target_arch = "wasm32", feature = "double-click-guard"))]
mod double_click_guard;
#[cfg(all(target_arch = "wasm32", feature = "exclusive-choices"))]
mod exclusive_choices;
#[cfg(all(target_arch = "wasm32", feature = "focus-on-load"))]
mod focus_on_load;
#[cfg(all(target_arch = "wasm32", feature = "password-toggle"))]
mod password_toggle;
#[cfg(all(target_arch = "wasm32", feature = "session-timeout"))]
mod session_timeout;
#[cfg(all(target_arch = "wasm32", feature = "step-list-toggle"))]
mod step_list_toggle;
#[cfg(all(target_arch = "wasm32", feature = "tabs"))]
mod tabs;

// The modules allocate little (a few strings per event) and run on the browser's one thread.
#[cfg(all(target_arch = "wasm32", feature = "module"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without atomics has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// The attribute that names an element's enhancement(s), space-separated.
pub const MODULE_ATTRIBUTE: &str = "data-eh-module";
/// Set on `<html>` by the loader as its first act: the loader runs (a page loaded with scripts off
/// may still fetch the loader file, but never runs it), so waiting for [`READY_MARKER`] makes sense.
pub const LOADING_MARKER: &str = "data-eh-loading";
/// Set on `<html>` by the loader once every module on the page has finished starting, or failed to
/// load (tests and auditors wait for it instead of guessing a delay).
pub const READY_MARKER: &str = "data-eh-ready";
/// The loader's file name, next to the modules in the same folder.
pub const LOADER_FILE: &str = "eenheid.js";
/// The loader: finds the `data-eh-module` names on the page and imports only those modules. A
/// module that fails to load leaves its part of the page as server HTML and logs which file.
pub const LOADER_JS: &str = include_str!("loader.js");

/// One behaviour that enhances server-rendered Eenheid HTML. Its [`name`](Enhancement::name) is the
/// `data-eh-module` value, the cargo feature and the file name of its module (`<name>.js`,
/// `<name>_bg.wasm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Enhancement {
    /// The password field's show/hide button.
    PasswordToggle,
    /// The character count's countdown and its polite announcement.
    CharacterCount,
    /// "Geen van deze" unticks the other checkboxes, and back.
    ExclusiveChoices,
    /// A second click on a submit button within a second is ignored.
    DoubleClickGuard,
    /// The element takes focus once the page has loaded (error summary, success banner).
    FocusOnLoad,
    /// On a phone the step list collapses to the current step, with a button to open it.
    StepListToggle,
    /// The table of contents becomes ARIA tabs (arrow keys, Home, End).
    Tabs,
    /// The accordion's "Alle secties openen" button.
    AccordionControls,
    /// The session time-out warns before the end and keeps the answers longer in the background.
    SessionTimeout,
}

impl Enhancement {
    /// Every enhancement, in a fixed order.
    pub const ALL: [Enhancement; 9] = [
        Enhancement::PasswordToggle,
        Enhancement::CharacterCount,
        Enhancement::ExclusiveChoices,
        Enhancement::DoubleClickGuard,
        Enhancement::FocusOnLoad,
        Enhancement::StepListToggle,
        Enhancement::Tabs,
        Enhancement::AccordionControls,
        Enhancement::SessionTimeout,
    ];

    /// The `data-eh-module` value, cargo feature and module file name.
    pub const fn name(self) -> &'static str {
        match self {
            Enhancement::PasswordToggle => "password-toggle",
            Enhancement::CharacterCount => "character-count",
            Enhancement::ExclusiveChoices => "exclusive-choices",
            Enhancement::DoubleClickGuard => "double-click-guard",
            Enhancement::FocusOnLoad => "focus-on-load",
            Enhancement::StepListToggle => "step-list-toggle",
            Enhancement::Tabs => "tabs",
            Enhancement::AccordionControls => "accordion-controls",
            Enhancement::SessionTimeout => "session-timeout",
        }
    }

    /// The enhancement called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Enhancement> {
        Enhancement::ALL.into_iter().find(|e| e.name() == name)
    }
}

/// The module's entry: wakes every element of the enhancement this build was made for. With
/// several features (a test build) it wakes each of them.
#[cfg(all(target_arch = "wasm32", feature = "module"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "password-toggle")]
    dom::each(Enhancement::PasswordToggle, password_toggle::enhance);
    #[cfg(feature = "character-count")]
    dom::each(Enhancement::CharacterCount, character_count::enhance);
    #[cfg(feature = "exclusive-choices")]
    dom::each(Enhancement::ExclusiveChoices, exclusive_choices::enhance);
    #[cfg(feature = "double-click-guard")]
    dom::each(Enhancement::DoubleClickGuard, double_click_guard::enhance);
    #[cfg(feature = "focus-on-load")]
    dom::each(Enhancement::FocusOnLoad, focus_on_load::enhance);
    #[cfg(feature = "step-list-toggle")]
    dom::each(Enhancement::StepListToggle, step_list_toggle::enhance);
    #[cfg(feature = "tabs")]
    dom::each(Enhancement::Tabs, tabs::enhance);
    #[cfg(feature = "accordion-controls")]
    dom::each(Enhancement::AccordionControls, accordion_controls::enhance);
    #[cfg(feature = "session-timeout")]
    dom::each(Enhancement::SessionTimeout, session_timeout::enhance);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for e in Enhancement::ALL {
            assert_eq!(Enhancement::from_name(e.name()), Some(e));
            assert!(e.name().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{e:?}");
        }
        let mut names: Vec<_> = Enhancement::ALL.iter().map(|e| e.name()).collect();
        names.dedup();
        assert_eq!(names.len(), Enhancement::ALL.len());
    }

    #[test]
    fn every_enhancement_is_a_feature() {
        let manifest = include_str!("../Cargo.toml");
        for e in Enhancement::ALL {
            assert!(manifest.contains(&format!("\n{} = [\"module\"]", e.name())), "no cargo feature for {}", e.name());
        }
    }

    #[test]
    fn the_loader_knows_the_attribute_and_the_marker() {
        assert!(LOADER_JS.contains(MODULE_ATTRIBUTE));
        assert!(LOADER_JS.contains(READY_MARKER));
        assert!(LOADER_JS.contains(LOADING_MARKER));
    }
}
