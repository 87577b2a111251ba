//! `eenheid-audit --earl FILE`: the run as an EARL evaluation in JSON-LD, in the shape the W3C
//! WCAG-EM Report Tool saves and opens ("Open evaluation"), so an auditor starts the WCAG-EM
//! report from the automated results instead of a blank one.
//!
//! The shape follows the report tool's own evaluation files (its `appContext.js` export context
//! and `evaluationStore.open`): an `Evaluation` with
//! - `defineScope` (WCAG-EM step 1): `scope` (the website: `_:website`, title and description from
//!   the audited origins), `wcagVersion` `2.2`, `conformanceTarget` `AA`;
//! - `exploreTarget` (step 2): empty, for the auditor;
//! - `selectSample` (step 3): `structuredSample` with every sampled page (`id` its URL, `title`,
//!   `description`: the URL, or the URL and why it could not be audited); `randomSample` empty;
//! - `auditSample` (step 4): `Assertion`s, per WCAG 2.2 A/AA criterion one for the website and one
//!   per audited page the checks looked at: `subject`, `test` (`WCAG22:<id>`, e.g.
//!   `WCAG22:contrast-minimum`, with `title` `1.4.3 Contrast (Minimum)`), `assertedBy`
//!   (`_:eenheid-audit`, an `earl:Assertor` and `earl:Software` whose `title` names its,
//!   axe-core's and Chromium's versions),
//!   `mode` `earl:automatic`, `date`, and `result` with `outcome` and a `description` in Dutch
//!   (rules, elements, pages);
//! - `reportFindings` (step 5): `title`, `summary`, `date`, `evaluator`, `evaluationSpecifics`.
//!
//! Outcomes: only `earl:failed` is a verdict. "Automated checks found nothing", "axe needs
//! review" and "axe found nothing to check" are all `earl:cantTell`, with the difference in the
//! description: automated checks cover a part of each criterion at most, and the report tool would
//! show `earl:passed` as a passed criterion (and `earl:inapplicable` as "not present", which axe
//! cannot know: a form without `autocomplete` gives axe's 1.3.5 rule nothing to check and may
//! fail 1.3.5). Criteria no check covers are `earl:untested`. [`earl_outcome`] is that mapping.
//!
//! 4.1.1 Parsing is not written: WCAG 2.2 removed it (see [`crate::wcag`]).
//!
//! Why `WCAG22:` has no prefix in the context: the report tool's own context defines none, and
//! its importer reads a criterion from the text after the last `:` of the test's id. With a
//! prefix, JSON-LD expansion would turn `WCAG22:reflow` into `http://www.w3.org/TR/WCAG22/#reflow`,
//! which the tool cannot fold back, and it would drop (or choke on) every assertion. Left
//! undefined, `WCAG22:reflow` is an absolute IRI of its own that survives expansion unchanged.

use serde_json::{Value, json};

use crate::evidence::{Evidence, RunInfo, SiteEvidence, site_evidence};
use crate::site::PageResult;
use crate::wcag::{self, Criterion, Outcome};

/// The EARL outcome written for an [`Outcome`] (see the module documentation for why nothing is
/// ever `earl:passed` or `earl:inapplicable`).
pub fn earl_outcome(outcome: Outcome) -> Value {
    let (id, kind) = match outcome {
        Outcome::Failed => ("earl:failed", "Fail"),
        Outcome::CantTell | Outcome::Passed | Outcome::Inapplicable => ("earl:cantTell", "CannotTell"),
        Outcome::Untested => ("earl:untested", "NotTested"),
    };
    json!({ "id": id, "type": ["OutcomeValue", kind] })
}

/// The JSON-LD terms: the report tool's export context, the terms used here (`term`, IRI).
const TERMS: [(&str, &str); 56] = [
    ("reporter", "https://github.com/w3c/wcag-em-report-tool/"),
    ("wcagem", "http://www.w3.org/TR/WCAG-EM/#"),
    ("Evaluation", "wcagem:procedure"),
    ("defineScope", "wcagem:step1"),
    ("scope", "wcagem:step1a"),
    ("conformanceTarget", "step1b"),
    ("accessibilitySupportBaseline", "wcagem:step1c"),
    ("additionalEvaluationRequirements", "wcagem:step1d"),
    ("exploreTarget", "wcagem:step2"),
    ("essentialFunctionality", "wcagem:step2b"),
    ("pageTypeVariety", "wcagem:step2c"),
    ("technologiesReliedUpon", "wcagem:step2d"),
    ("selectSample", "wcagem:step3"),
    ("structuredSample", "wcagem:step3a"),
    ("randomSample", "wcagem:step3b"),
    ("Website", "wcagem:website"),
    ("Webpage", "wcagem:webpage"),
    ("auditSample", "wcagem:step4"),
    ("reportFindings", "wcagem:step5"),
    ("documentSteps", "wcagem:step5a"),
    ("commissioner", "wcagem:commissioner"),
    ("evaluator", "wcagem:evaluator"),
    ("evaluationSpecifics", "wcagem:step5b"),
    ("WAI", "http://www.w3.org/WAI/"),
    ("A", "WAI:WCAG2A-Conformance"),
    ("AA", "WAI:WCAG2AA-Conformance"),
    ("AAA", "WAI:WCAG2AAA-Conformance"),
    ("wcagVersion", "WAI:standards-guidelines/wcag/#versions"),
    ("earl", "http://www.w3.org/ns/earl#"),
    ("Assertion", "earl:Assertion"),
    ("TestMode", "earl:TestMode"),
    ("TestCriterion", "earl:TestCriterion"),
    ("TestRequirement", "earl:TestRequirement"),
    ("TestSubject", "earl:TestSubject"),
    ("TestResult", "earl:TestResult"),
    ("OutcomeValue", "earl:OutcomeValue"),
    ("Pass", "earl:Pass"),
    ("Fail", "earl:Fail"),
    ("CannotTell", "earl:CannotTell"),
    ("NotApplicable", "earl:NotApplicable"),
    ("NotTested", "earl:NotTested"),
    ("assertedBy", "earl:assertedBy"),
    ("result", "earl:result"),
    ("subject", "earl:subject"),
    ("test", "earl:test"),
    ("outcome", "earl:outcome"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("title", "dcterms:title"),
    ("description", "dcterms:description"),
    ("summary", "dcterms:summary"),
    ("date", "dcterms:date"),
    ("hasPart", "dcterms:hasPart"),
    ("isPartOf", "dcterms:isPartOf"),
    ("id", "@id"),
    ("type", "@type"),
    ("language", "@language"),
];

/// The JSON-LD context: [`TERMS`], and the two terms whose values are IRIs.
fn context() -> Value {
    let mut context: serde_json::Map<String, Value> = TERMS.iter().map(|(k, v)| ((*k).to_owned(), Value::from(*v))).collect();
    context.insert("step1b".into(), json!({ "@id": "wcagem:step1b", "@type": "@id" }));
    context.insert("mode".into(), json!({ "@id": "earl:mode", "@type": "@id" }));
    Value::Object(context)
}

/// `scheme://host[:port]` of a URL.
fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map(|i| i + 3).unwrap_or(0);
    let end = url[after_scheme..].find('/').map(|i| i + after_scheme).unwrap_or(url.len());
    &url[..end]
}

fn website() -> Value {
    json!({ "id": "_:website", "type": ["TestSubject", "Website"] })
}

fn webpage(page: &PageResult) -> Value {
    let description = match &page.error {
        Some(error) => format!("{} — niet onderzocht: {error}", page.url),
        None => page.url.clone(),
    };
    json!({ "id": page.url, "type": ["TestSubject", "Webpage"], "title": page.url, "description": description })
}

/// The tool as the assertor, written out in every assertion (a node the report tool keeps as is).
fn assertor(info: &RunInfo) -> Value {
    json!({
        "id": "_:eenheid-audit",
        "type": ["earl:Assertor", "earl:Software"],
        "title": info.tools(),
        "description": "Eenheid's accessibility audit: axe-core, a keyboard walk and a reflow check in headless Chromium.",
    })
}

fn test(criterion: &Criterion) -> Value {
    json!({
        "id": format!("WCAG22:{}", criterion.slug),
        "type": ["TestCriterion", "TestRequirement"],
        "title": criterion.title_en(),
    })
}

fn assertion(subject: Value, criterion: &Criterion, outcome: Outcome, description: String, info: &RunInfo) -> Value {
    json!({
        "type": "Assertion",
        "date": info.date,
        "mode": "earl:automatic",
        "assertedBy": assertor(info),
        "subject": subject,
        "test": test(criterion),
        "result": {
            "type": "TestResult",
            "date": info.date,
            "outcome": earl_outcome(outcome),
            "description": description,
        },
    })
}

/// At most `max` items, then `en N meer`.
fn some(items: &[String], max: usize) -> String {
    if items.len() <= max {
        items.join(", ")
    } else {
        format!("{} en {} meer", items[..max].join(", "), items.len() - max)
    }
}

/// The Dutch description of one page's evidence.
fn page_description(evidence: &Evidence) -> String {
    let mut lines = Vec::new();
    if !evidence.failures.is_empty() {
        lines.push("Fout gevonden door de automatische controle:".to_owned());
        for f in evidence.failures.iter().take(10) {
            let known = if f.known { " (bekend, in de baseline)" } else { "" };
            lines.push(format!("- {} {}{known}: {} — bij {}", f.check.name(), f.rule, f.message, f.target));
        }
        if evidence.failures.len() > 10 {
            lines.push(format!("- en {} meer", evidence.failures.len() - 10));
        }
    }
    if !evidence.review.is_empty() {
        let rules: Vec<String> = evidence.review.iter().map(|r| format!("{} ({} element(en))", r.id, r.nodes.len())).collect();
        lines.push(format!("axe-core twijfelt, bekijk dit zelf: {}.", some(&rules, 8)));
    }
    if !evidence.clean.is_empty() && evidence.failures.is_empty() {
        lines.push(format!("Automatische controles vonden hier geen fout ({}). Zij controleren maar een deel van dit criterium.", some(&evidence.clean, 8)));
    }
    if evidence.outcome == Outcome::Inapplicable {
        lines.push(format!("axe-core vond geen elementen om te controleren ({}). Of het criterium van toepassing is, bepaalt een mens.", some(&evidence.inapplicable, 8)));
    }
    lines.join("\n")
}

/// The Dutch description of a criterion over the sample.
fn site_description(site: &SiteEvidence, not_audited: usize) -> String {
    let count = |o: Outcome| site.pages_with(o).count();
    let mut text = match site.outcome {
        Outcome::Failed => {
            let pages: Vec<String> = site.pages_with(Outcome::Failed).map(|(p, _)| p.url.clone()).collect();
            format!("Voldoet niet: fout op {} van {} onderzochte pagina('s): {}.", pages.len(), site.pages.len(), some(&pages, 10))
        }
        Outcome::CantTell => format!("Handmatig te onderzoeken: axe-core twijfelt op {} pagina('s).", count(Outcome::CantTell)),
        Outcome::Passed => format!(
            "Automatische controles vonden geen fout op {} pagina('s). Zij controleren maar een deel van dit criterium: handmatig te onderzoeken.",
            count(Outcome::Passed)
        ),
        Outcome::Inapplicable => "axe-core vond geen elementen om te controleren. Handmatig te onderzoeken.".to_owned(),
        Outcome::Untested => "Geen automatische controle voor dit criterium: handmatig te onderzoeken.".to_owned(),
    };
    if not_audited > 0 {
        text.push_str(&format!(" {not_audited} pagina('s) van de steekproef konden niet worden onderzocht."));
    }
    text
}

/// The run as a WCAG-EM Report Tool evaluation (pretty JSON-LD).
pub fn earl_report(results: &[PageResult], url_errors: &[(String, String)], info: &RunInfo) -> String {
    let not_audited = results.iter().filter(|p| p.error.is_some()).count();
    let mut origins: Vec<&str> = results.iter().map(|p| origin(&p.url)).collect();
    origins.dedup();
    let site_name = origins.first().copied().unwrap_or("(geen pagina's)");
    let mut assertions = Vec::new();
    let mut failed = Vec::new();
    for criterion in wcag::wcag22_criteria() {
        let site = site_evidence(results, criterion);
        if site.outcome == Outcome::Failed {
            failed.push(criterion.number);
        }
        assertions.push(assertion(website(), criterion, site.outcome, site_description(&site, not_audited), info));
        for (page, evidence) in site.pages.iter().filter(|(_, e)| e.outcome != Outcome::Untested) {
            let subject = json!({ "id": page.url, "type": ["TestSubject", "Webpage"], "description": page.url });
            assertions.push(assertion(subject, criterion, evidence.outcome, page_description(evidence), info));
        }
    }
    let checks: Vec<&str> = info.checks.iter().map(|c| c.name()).collect();
    let unread: Vec<String> = url_errors.iter().map(|(url, error)| format!("{url}: {error}")).collect();
    let summary = format!(
        "Automatische controle van {} pagina('s) ({} niet onderzocht) door {}. WCAG 2.2 A/AA-criteria met een fout: {}. \
         Alle andere criteria zijn nog handmatig te onderzoeken: automatische controles bewijzen niet dat een criterium voldoet.",
        results.len(),
        not_audited,
        info.tools(),
        if failed.is_empty() { "geen".to_owned() } else { failed.join(", ") },
    );
    let specifics = format!(
        "Gecontroleerd met {} op {}. Controles: {}. Elke pagina één keer geladen in Chromium (headless). {}",
        info.tools(),
        info.date,
        checks.join(", "),
        if unread.is_empty() { String::new() } else { format!("Niet gelezen: {}.", unread.join("; ")) },
    );
    let document = json!({
        "@context": context(),
        "type": "Evaluation",
        "language": "nl",
        "defineScope": {
            "id": "_:defineScope",
            "scope": {
                "id": "_:website",
                "type": ["TestSubject", "Website"],
                "title": site_name,
                "description": format!("De pagina's die eenheid-audit controleerde op {}.", origins.join(", ")),
            },
            "wcagVersion": "2.2",
            "conformanceTarget": "AA",
            "accessibilitySupportBaseline": "",
            "additionalEvaluationRequirements": "",
        },
        "exploreTarget": { "id": "_:exploreTarget", "technologiesReliedUpon": [], "essentialFunctionality": "", "pageTypeVariety": "" },
        "selectSample": {
            "id": "_:selectSample",
            "structuredSample": results.iter().map(webpage).collect::<Vec<_>>(),
            "randomSample": [],
        },
        "auditSample": assertions,
        "reportFindings": {
            "date": info.date,
            "evaluator": "eenheid-audit (automatisch)",
            "commissioner": "",
            "title": format!("Automatische toegankelijkheidscontrole van {site_name}"),
            "summary": summary,
            "evaluationSpecifics": specifics,
            "documentSteps": [{ "id": "_:about" }, { "id": "_:defineScope" }, { "id": "_:exploreTarget" }, { "id": "_:selectSample" }],
        },
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::axe::AxeRule;
    use crate::site::{Check, Finding};

    fn info() -> RunInfo {
        RunInfo { date: "2025-06-01T09:30:00Z".into(), eenheid: "0.1.0".into(), axe: Some("4.14.1".into()), chromium: Some("HeadlessChrome/131".into()), checks: vec![Check::Axe, Check::Reflow] }
    }

    fn results() -> Vec<PageResult> {
        let mut reflow = Finding::new(Check::Reflow, "reflow", Some("serious"), "html", "scrolls sideways at 320 CSS px".into(), None);
        reflow.known = true;
        vec![
            PageResult {
                url: "http://a.test/".into(),
                checks: vec![Check::Axe, Check::Reflow],
                axe_passes: vec![AxeRule { id: "image-alt".into(), tags: vec!["wcag2a".into(), "wcag111".into()] }],
                ..PageResult::default()
            },
            PageResult { url: "http://a.test/breed".into(), checks: vec![Check::Axe, Check::Reflow], findings: vec![reflow], ..PageResult::default() },
            PageResult { url: "http://a.test/weg".into(), error: Some("HTTP status 404".into()), ..PageResult::default() },
        ]
    }

    fn outcome_of<'a>(doc: &'a Value, subject: &str, slug: &str) -> Option<&'a str> {
        doc["auditSample"].as_array()?.iter().find(|a| a["subject"]["id"] == subject && a["test"]["id"] == format!("WCAG22:{slug}"))?["result"]["outcome"]["id"].as_str()
    }

    #[test]
    fn evaluation_names_pages_and_outcomes() {
        let doc: Value = serde_json::from_str(&earl_report(&results(), &[], &info())).unwrap();
        assert_eq!(doc["@context"]["earl"], "http://www.w3.org/ns/earl#");
        assert_eq!(doc["type"], "Evaluation");
        assert!(doc["@context"].get("WCAG22").is_none(), "a WCAG22 prefix would break the report tool's import");
        let sample: Vec<&str> = doc["selectSample"]["structuredSample"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
        assert_eq!(sample, ["http://a.test/", "http://a.test/breed", "http://a.test/weg"]);
        assert!(doc["selectSample"]["structuredSample"][2]["description"].as_str().unwrap().contains("niet onderzocht: HTTP status 404"));
        let site_assertions = doc["auditSample"].as_array().unwrap().iter().filter(|a| a["subject"]["id"] == "_:website").count();
        assert_eq!(site_assertions, 55, "one per WCAG 2.2 A/AA criterion");
        assert_eq!(outcome_of(&doc, "_:website", "reflow"), Some("earl:failed"));
        assert_eq!(outcome_of(&doc, "http://a.test/breed", "reflow"), Some("earl:failed"));
        assert_eq!(outcome_of(&doc, "http://a.test/", "reflow"), Some("earl:cantTell"), "nothing found is not a pass");
        assert_eq!(outcome_of(&doc, "_:website", "non-text-content"), Some("earl:cantTell"));
        assert_eq!(outcome_of(&doc, "_:website", "consistent-help"), Some("earl:untested"));
        assert_eq!(outcome_of(&doc, "http://a.test/weg", "reflow"), None, "a page that could not be audited has no assertions");
        assert_eq!(outcome_of(&doc, "_:website", "parsing"), None, "4.1.1 is not in WCAG 2.2");
        let text = doc.to_string();
        assert!(!text.contains("earl:passed") && !text.contains("earl:inapplicable"));
        assert!(text.contains("(bekend, in de baseline)"));
        assert_eq!(doc["reportFindings"]["date"], "2025-06-01T09:30:00Z");
        assert!(doc["auditSample"][0]["assertedBy"]["title"].as_str().unwrap().contains("axe-core 4.14.1"));
    }
}
