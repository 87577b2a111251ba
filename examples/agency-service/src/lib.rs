//! # agency-service: an agency's own app on Eenheid
//!
//! The smallest complete service an agency would write: axum + Leptos server-side rendering,
//! one page ("Bezwaar maken") built from Eenheid components, and one Leptos `#[island]` of the
//! agency's own. Copy this folder to start a service; nothing here depends on the showcase.
//!
//! Two kinds of browser code meet on the page, and both are optional:
//!
//! - **Eenheid's enhancements** (the character count counts down, the error summary takes
//!   focus). The components ask for them in their HTML (`data-eh-module`) and render Eenheid's
//!   loader script; the app only serves the files `eenheid-build` makes.
//! - **The agency's own island** ([`ExampleToggle`]), a normal Leptos island. The page's head has
//!   `<HydrationScripts options islands=true/>`, which loads `pkg/agency_service.js`: this crate
//!   built with `--no-default-features --features hydrate` (see [`hydrate`]).
//!
//! Without JavaScript the page still does everything: the form posts to the server, which checks
//! the answer and renders the page again with the error summary and the text typed.
//!
//! Build the browser files and run:
//!
//! ```sh
//! eenheid-build --manifest-path examples/agency-service/Cargo.toml --islands agency-service --out target/agency-site/pkg
//! cargo run -p agency-service
//! ```

use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod server;

/// The id of the example text, which the button controls.
pub const EXAMPLE_ID: &str = "voorbeeld-bezwaar";

/// "Toon voorbeeld": a button that shows or hides an example of a good explanation.
///
/// This is the agency's own Leptos island: only this component ships code to the browser and
/// hydrates; the rest of the page stays plain server HTML.
///
/// Without JavaScript the button would do nothing, so the server renders the example visible and
/// the button hidden (in a wrapper `div`, because `hidden` on the button itself would lose to the
/// button's `display` in Eenheid's stylesheet). Once the island has hydrated, an effect (effects
/// only run in the browser) shows the button and folds the example away. The button says whether
/// the example is open with `aria-expanded`, and points at it with `aria-controls`.
#[island]
pub fn ExampleToggle() -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    let (open, set_open) = signal(false);
    view! {
        <div id="voorbeeld-knop" hidden=move || !hydrated.get()>
            <button
                type="button"
                class="eh-button eh-button--secondary"
                aria-controls=EXAMPLE_ID
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                "Toon voorbeeld"
            </button>
        </div>
        <div id=EXAMPLE_ID hidden=move || hydrated.get() && !open.get()>
            <div class="eh-inset-text">
                <p>
                    "Voorbeeld: \"U schrijft dat ik te laat heb betaald. Maar ik heb op 3 maart betaald. "
                    "Het bewijs stuur ik mee.\""
                </p>
            </div>
        </div>
    }
}

/// The browser entry point of the islands build: wake up the islands on the page and leave the
/// rest alone. `HydrationScripts` calls it after loading `agency_service_bg.wasm`.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
