//! A component's conformance record on its page: per WCAG 2.2 A/AA success criterion, what the
//! automated checks of the last accepted test run established and by which check, and an
//! auditor's own result where there is one. The records are written by the browser suite
//! (`eenheid_a11y::conformance`, schema `eenheid-conformance-record/1`, documented there and in
//! the book), committed in `components/conformance/`, and embedded at build time; the page links
//! the JSON for download.

use eenheid::content::table::{Column, Table};
use eenheid::i18n::Lang;
use leptos::prelude::*;
use serde::Deserialize;

use crate::texts;

include!(concat!(env!("OUT_DIR"), "/conformance_records.rs"));

/// The fields of a record this page shows (the schema has more).
#[derive(Deserialize)]
struct Record {
    date: String,
    eenheid_version: String,
    browser: String,
    axe_version: String,
    examples: Vec<String>,
    conditions: Vec<String>,
    criteria: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    criterion: String,
    name: String,
    name_nl: String,
    level: String,
    outcome: String,
    #[serde(default)]
    by: Vec<String>,
    #[serde(default)]
    manual: Option<Manual>,
}

#[derive(Deserialize)]
struct Manual {
    outcome: String,
    date: String,
    auditor: String,
}

/// The record's JSON for `slug`, if the suite has written one.
pub fn record_json(slug: &str) -> Option<&'static str> {
    RECORDS.iter().find(|(s, _)| *s == slug).map(|(_, json)| *json)
}

/// Where the record of `slug` is served.
pub fn download_path(slug: &str) -> String {
    format!("/componenten/{slug}/toegankelijkheid.json")
}

/// "3 voorbeelden, in 6 situaties (licht, donker, geforceerde kleuren; 1280 en 320 pixels breed)".
fn tested_line(lang: Lang, record: &Record) -> String {
    let tools = format!("Eenheid {}, {}, axe-core {}", record.eenheid_version, record.browser.replace('/', " "), record.axe_version);
    let conditions = record.conditions.join(", ");
    texts::tested_on(lang, &record.date, &tools, record.examples.len(), &conditions)
}

/// An outcome in plain words.
fn outcome_text(lang: Lang, outcome: &str) -> &'static str {
    match outcome {
        "failed" => texts::OUTCOME_FAILED.get(lang),
        "cant-tell" => texts::OUTCOME_CANT_TELL.get(lang),
        "passed" => texts::OUTCOME_PASSED.get(lang),
        "inapplicable" => texts::OUTCOME_INAPPLICABLE.get(lang),
        _ => texts::OUTCOME_NOT_AUTOMATED.get(lang),
    }
}

/// The record of `slug` as a section: when and how it was tested, the table, the download link.
pub fn section(lang: Lang, slug: &'static str) -> impl IntoView + use<> {
    let record = record_json(slug).and_then(|json| serde_json::from_str::<Record>(json).ok());
    let Some(record) = record else {
        return view! {
            <h2 id="getest">{texts::CONFORMANCE_HEADING.get(lang)}</h2>
            <p>{texts::NO_RECORD.get(lang)}</p>
        }
        .into_any();
    };
    let columns = vec![
        Column::text(texts::CRITERION_COLUMN.get(lang)),
        Column::text(texts::LEVEL_COLUMN.get(lang)),
        Column::text(texts::AUTOMATED_COLUMN.get(lang)),
        Column::text(texts::BY_COLUMN.get(lang)),
        Column::text(texts::MANUAL_COLUMN.get(lang)),
    ];
    let rows = record
        .criteria
        .iter()
        .map(|row| {
            let manual = match &row.manual {
                Some(m) => format!("{} ({}, {})", outcome_text(lang, &m.outcome), m.auditor, m.date),
                None => "–".to_owned(),
            };
            vec![
                format!("{} {}", row.criterion, if lang == Lang::Nl { &row.name_nl } else { &row.name }),
                row.level.clone(),
                outcome_text(lang, &row.outcome).to_owned(),
                if row.by.is_empty() { "–".to_owned() } else { row.by.join(", ") },
                manual,
            ]
        })
        .collect();
    view! {
        <h2 id="getest">{texts::CONFORMANCE_HEADING.get(lang)}</h2>
        <p>{tested_line(lang, &record)}</p>
        <p>{texts::WHAT_NO_FAULT_MEANS.get(lang)}</p>
        <p><a href=download_path(slug)>{texts::DOWNLOAD_RECORD.get(lang)}</a></p>
        <Table id=format!("getest-{slug}") caption=texts::CONFORMANCE_CAPTION.get(lang) columns=columns rows=rows first_cell_is_header=true />
    }
    .into_any()
}
