//! The page "Bezwaar maken": the form, the check of the answer, and the confirmation.

use eenheid::content::panel::Panel;
use eenheid::form::button::Button;
use eenheid::form::character_count::CharacterCount;
use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
use eenheid::page::page_template::{PageLayout, PageTemplate};
use eenheid::validation::Problem;
use leptos::config::LeptosOptions;
use leptos::hydration::HydrationScripts;
use leptos::prelude::*;

use crate::ExampleToggle;

/// The agency, written out in full (the template shows it in the header and the title).
pub const AGENCY: &str = "Gemeente Voorbeeldstad";
/// The page's heading and title. (No `service` in the template: on a one-page service the
/// title would say it twice, "Bezwaar maken – Bezwaar maken".)
pub const SERVICE: &str = "Bezwaar maken";
/// The textarea's id and field name.
pub const FIELD: &str = "toelichting";
/// The most characters the case system takes.
pub const MAX: usize = 300;
/// Where the stylesheet is served (see [`crate::server`]).
pub const STATIC_DIR: &str = "/static";

/// What was posted. `#[serde(default)]`: a form without the field is an empty answer, not a 400.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Answer {
    /// The explanation, exactly as typed (it comes back in the form after an error).
    #[serde(default)]
    pub toelichting: String,
}

impl Answer {
    /// Browsers send a line break as CR LF; count it as one character, as the count in the
    /// browser does.
    pub fn normalised(mut self) -> Self {
        self.toelichting = self.toelichting.replace("\r\n", "\n");
        self
    }

    /// The problem with the answer, if any: empty, or longer than [`MAX`].
    pub fn problem(&self) -> Option<Problem> {
        let text = eenheid::validation::required(&self.toelichting, "uw toelichting", "your explanation").err();
        text.or_else(|| eenheid::validation::max_length(&self.toelichting, MAX).err())
    }
}

/// The form, empty or (after a POST with a problem) with the error summary and what was typed.
///
/// Views are built inside `render_page` (the islands need its reactive owner and nonce).
pub fn form_page(options: LeptosOptions, answer: Answer, problem: Option<Problem>) -> impl IntoView {
    let lang = eenheid::i18n::Lang::Nl;
    let message = problem.map(|p| p.message(lang));
    // "Fout:" first in the title: a screen reader says at once that the page came back.
    let title = if message.is_some() { format!("Fout: {SERVICE}") } else { SERVICE.to_owned() };
    let errors: Vec<ErrorLink> = message.iter().map(|m| ErrorLink::new(FIELD, m.clone())).collect();
    view! {
        <PageTemplate title=title agency=AGENCY layout=PageLayout::Narrow
            stylesheet_href=eenheid::style::stylesheet_href(STATIC_DIR)
            // Only the agency's own islands need this; Eenheid's enhancements bring their loader.
            head=Box::new(move || view! { <HydrationScripts options=options islands=true /> }.into_any())>
            <ErrorSummary errors=errors />
            <h1>{SERVICE}</h1>
            <p>"Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken. "
               "Vertel ons waarom het besluit volgens u niet klopt."</p>
            <ExampleToggle />
            // A plain POST: no JavaScript needed to send it. `novalidate`: the server checks, and
            // its messages are the ones in the error summary.
            <form method="post" action="/" novalidate>
                <CharacterCount id=FIELD label="Waarom bent u het niet eens met het besluit?"
                    hint="Schrijf in uw eigen woorden wat er volgens u niet klopt."
                    max=MAX value=answer.toelichting error=message />
                <Button>"Verstuur bezwaar"</Button>
            </form>
        </PageTemplate>
    }
}

/// The confirmation after a good answer. A real service stores the answer first, and makes a
/// reference number.
pub fn done_page(options: LeptosOptions) -> impl IntoView {
    view! {
        <PageTemplate title="Bezwaar verstuurd" agency=AGENCY layout=PageLayout::Narrow
            stylesheet_href=eenheid::style::stylesheet_href(STATIC_DIR)
            head=Box::new(move || view! { <HydrationScripts options=options islands=true /> }.into_any())>
            <Panel title="Bezwaar verstuurd">"Wij hebben uw bezwaar ontvangen."</Panel>
            <p>"Binnen 6 weken krijgt u een brief met onze beslissing."</p>
        </PageTemplate>
    }
}
