//! The pages and tools behind `cargo xtask bench`.
//!
//! [`change_of_address_page`] is the page of `bench/govuk-nunjucks/page.njk` (GOV.UK Frontend's
//! Nunjucks macros) rebuilt with Eenheid components: breadcrumbs, error summary, two text inputs,
//! a date input, radios, checkboxes, a button, a summary list and a task list, in the page
//! template. Same content, same escaping (Leptos always escapes text), so the two render speeds
//! can be compared side by side.
//!
//! ```
//! let html = eenheid_bench::change_of_address_page("Jan <script>alert(1)</script> Jansen");
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains("Jan &lt;script&gt;alert(1)&lt;/script&gt; Jansen"));
//! assert!(!html.contains("<script>alert(1)"));
//! ```

use eenheid::content::summary_list::{SummaryList, SummaryRow};
use eenheid::form::button::Button;
use eenheid::form::checkboxes::Checkboxes;
use eenheid::form::choice::{Choice, ChoiceItem};
use eenheid::form::date_input::DateInput;
use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
use eenheid::form::radios::Radios;
use eenheid::form::text_input::{InputWidth, TextInput};
use eenheid::i18n::Lang;
use eenheid::page::breadcrumbs::{Breadcrumbs, Crumb};
use eenheid::page::page_template::{HelpSetting, PageTemplate};
use eenheid::progress::task_list::{Task, TaskList, TaskSection, TaskStatus};
use leptos::prelude::*;

fn choices(items: &[(&str, &str)]) -> Vec<ChoiceItem> {
    items.iter().map(|(value, label)| Choice::new(*value, *label).into()).collect()
}

/// The change-of-address page with `name` (user data: escaped) in the postcode field and the
/// summary list, rendered to a complete HTML document.
pub fn change_of_address_page(name: &str) -> String {
    let name = name.to_owned();
    eenheid::render::render_html(move || {
        view! {
            <PageTemplate
                title="Verhuizing doorgeven"
                agency="Gemeente Hollands Kroon"
                lang=Lang::Nl
                stylesheet_href=eenheid::style::stylesheet_href("/static")
                // page.njk has no help block either.
                help=HelpSetting::Off
            >
                <Breadcrumbs crumbs=vec![Crumb::new("Home", "/"), Crumb::new("Verhuizen", "/verhuizen")] />
                <ErrorSummary errors=vec![
                    ErrorLink::new("postcode", "Vul uw postcode in"),
                    ErrorLink::new("verhuisdatum-dag", "Kies een datum"),
                ] />
                <form method="post">
                    <TextInput
                        id="postcode"
                        label="Postcode"
                        hint="Bijvoorbeeld 1234 AB"
                        error="Vul uw postcode in"
                        value=name.clone()
                    />
                    <TextInput id="huisnummer" label="Huisnummer" width=InputWidth::Chars4 />
                    <DateInput
                        id="verhuisdatum"
                        legend="Wanneer verhuist u?"
                        hint="Bijvoorbeeld 27 3 2027"
                        error="Kies een datum"
                    />
                    <Radios
                        id="wie"
                        legend="Wie verhuizen er mee?"
                        items=choices(&[("alleen", "Alleen ik"), ("gezin", "Ik en mijn gezin"), ("anders", "Anders")])
                    />
                    <Checkboxes
                        id="melden"
                        legend="Wie moeten we informeren?"
                        items=choices(&[("belasting", "Belastingdienst"), ("duo", "DUO"), ("uwv", "UWV"), ("svb", "SVB")])
                    />
                    <Button>"Doorgaan"</Button>
                </form>
                <SummaryList rows=vec![
                    SummaryRow::new("Naam", name).change("#", "naam"),
                    SummaryRow::lines("Adres", ["Dorpsstraat 1", "1234 AB Hollands Kroon"]).change("#", "adres"),
                    SummaryRow::new("Verhuisdatum", "27 maart 2027").change("#", "datum"),
                ] />
                <TaskList
                    id="taken"
                    sections=vec![TaskSection::untitled(vec![
                        Task::new("Persoonsgegevens", TaskStatus::Completed).href("#"),
                        Task::new("Nieuw adres", TaskStatus::InProgress).href("#"),
                        Task::new("Meeverhuizers", TaskStatus::CannotStartYet),
                    ])]
                />
            </PageTemplate>
        }
    })
}

/// Renders the page `pages` times on this thread (after a warm-up), the way `bench.js` renders
/// the Nunjucks page: a different name each time. Returns (seconds, total characters).
pub fn render_many(pages: usize) -> (f64, usize) {
    for i in 0..200.min(pages) {
        std::hint::black_box(change_of_address_page(&format!("Jan {i}")));
    }
    let start = std::time::Instant::now();
    let mut bytes = 0;
    for i in 0..pages {
        bytes += std::hint::black_box(change_of_address_page(&format!("Jan {i}"))).len();
    }
    (start.elapsed().as_secs_f64(), bytes)
}

/// Renders the page again and again for at least `seconds` (one round of an interleaved
/// comparison; the caller has warmed up). Returns (pages, seconds).
pub fn render_for(seconds: f64) -> (usize, f64) {
    let start = std::time::Instant::now();
    let mut pages = 0;
    loop {
        // Look at the clock every 50 pages: often enough for a 1 s round, rarely enough not to count.
        for _ in 0..50 {
            std::hint::black_box(change_of_address_page(&format!("Jan {pages}")));
            pages += 1;
        }
        let elapsed = start.elapsed().as_secs_f64();
        if elapsed >= seconds {
            return (pages, elapsed);
        }
    }
}
