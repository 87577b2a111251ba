//! Micro-benchmarks: server rendering of single components, each in a fresh islands-mode reactive
//! owner (`eenheid::render::render_html`, as a page render does).
//!
//! `cargo bench -p eenheid --bench render` (divan; about 10 s). The whole-page comparison with
//! GOV.UK's Nunjucks is `cargo xtask bench`.

use divan::{Bencher, black_box};
use eenheid::content::summary_list::{SummaryList, SummaryRow};
use eenheid::form::choice::{Choice, ChoiceItem};
use eenheid::form::date_input::{DateInput, DateValue};
use eenheid::form::error_summary::{ErrorLink, ErrorSummary};
use eenheid::form::radios::Radios;
use eenheid::form::text_input::TextInput;
use eenheid::i18n::Lang;
use eenheid::page::page_template::PageTemplate;
use eenheid::progress::step_indicator::{Step, StepIndicator};
use eenheid::render::render_html;
use leptos::prelude::*;

fn main() {
    // Short and steady: enough samples for a stable median, done in seconds.
    divan::Divan::from_args().sample_count(200).max_time(std::time::Duration::from_secs(1)).main();
}

#[divan::bench]
fn text_input(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            view! {
                <TextInput id="postcode" label="Postcode" hint="Bijvoorbeeld 1234 AB" error="Vul uw postcode in"
                    value=black_box("Jan <script> Jansen") />
            }
        })
    });
}

#[divan::bench]
fn radios(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            let items: Vec<ChoiceItem> = [("alleen", "Alleen ik"), ("gezin", "Ik en mijn gezin"), ("anders", "Anders")]
                .into_iter()
                .map(|(value, label)| Choice::new(value, label).into())
                .collect();
            view! { <Radios id="wie" legend="Wie verhuizen er mee?" items=items selected="gezin" /> }
        })
    });
}

#[divan::bench]
fn date_input(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            view! {
                <DateInput id="verhuisdatum" legend="Wanneer verhuist u?" hint="Bijvoorbeeld 27 3 2027"
                    error="Kies een datum" value=DateValue::new("27", "3", "2027") />
            }
        })
    });
}

#[divan::bench]
fn error_summary(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            view! {
                <ErrorSummary errors=vec![
                    ErrorLink::new("postcode", "Vul uw postcode in"),
                    ErrorLink::new("verhuisdatum-dag", "Kies een datum"),
                ] />
            }
        })
    });
}

#[divan::bench]
fn summary_list(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            view! {
                <SummaryList rows=vec![
                    SummaryRow::new("Naam", "Jan Jansen").change("#naam", "naam"),
                    SummaryRow::lines("Adres", ["Dorpsstraat 1", "1234 AB Hollands Kroon"]).change("#adres", "adres"),
                    SummaryRow::new("Verhuisdatum", "27 maart 2027").change("#datum", "datum"),
                ] />
            }
        })
    });
}

#[divan::bench]
fn step_indicator(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            let steps = vec![
                Step::with_link("Uw gegevens", "/stap-1"),
                Step::with_link("Nieuw adres", "/stap-2"),
                Step::new("Meeverhuizers"),
                Step::new("Controleren"),
            ];
            view! { <StepIndicator id="stappen" steps=steps current=1 /> }
        })
    });
}

#[divan::bench]
fn page_template(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            view! {
                <PageTemplate title="Verhuizing doorgeven" agency="Gemeente Hollands Kroon" lang=Lang::Nl
                    stylesheet_href="/static/eenheid.css">
                    <h1>"Verhuizing doorgeven"</h1>
                </PageTemplate>
            }
        })
    });
}

/// The whole change-of-address page (the `cargo xtask bench` page) for scale.
#[divan::bench]
fn whole_form_page(bencher: Bencher) {
    bencher.bench(|| {
        render_html(|| {
            view! {
                <PageTemplate title="Verhuizing doorgeven" agency="Gemeente Hollands Kroon" lang=Lang::Nl
                    stylesheet_href="/static/eenheid.css">
                    <ErrorSummary errors=vec![ErrorLink::new("postcode", "Vul uw postcode in")] />
                    <TextInput id="postcode" label="Postcode" error="Vul uw postcode in" />
                    <DateInput id="verhuisdatum" legend="Wanneer verhuist u?" />
                    <SummaryList rows=vec![SummaryRow::new("Naam", "Jan Jansen").change("#naam", "naam")] />
                </PageTemplate>
            }
        })
    });
}
