//! `eenheid-audit --statement FILE`: a draft accessibility statement and evaluation summary in
//! Dutch (Markdown, plain language), for the person who writes and signs the real one.
//!
//! It lists the sample (audited pages, and pages that could not be audited as "niet onderzocht",
//! never counted as passing), the date, the tools and their versions, and per criterion, first
//! the 50 of WCAG 2.1 A + AA that the Dutch statement counts and then the 6 WCAG 2.2 additions:
//! "voldoet niet" (with the pages and what to fix), "voldoet volgens automatische controles" (the
//! checks found nothing; a person still has to look) or "handmatig te onderzoeken". 4.1.1 Parsing
//! is satisfied by the W3C erratum for HTML, not by a check (see [`crate::wcag`]).
//!
//! The status it allows (statuses on digitoegankelijk.nl, `/toegankelijkheidsverklaring/status`):
//! A and B need a complete WCAG-EM research of all 50 requirements of the whole site (content,
//! PDFs, pages behind a login), at most 3 years old; automated checks are no such research, so on
//! these results alone the best status is **C** ("eerste maatregelen genomen": there is a
//! statement and a complete research is planned within 6 months), and **D** when no research is
//! planned, whatever the checks found. Statuses A and B are named only in [`STATUS_EXPLAINED`],
//! which says they are not possible; a test keeps every other line free of them.

use std::fmt::Write;

use crate::evidence::{RunInfo, SiteEvidence, site_evidence};
use crate::site::{Check, Finding, PageResult};
use crate::wcag::{self, Criterion, Outcome};

/// The only text that names statuses A and B: why this draft cannot have them.
pub const STATUS_EXPLAINED: &str = "\
Op digitoegankelijk.nl krijgt een toegankelijkheidsverklaring status A, B, C, D of E. \
Status A en status B zijn met dit rapport niet mogelijk. Daarvoor is een volledig onderzoek nodig: \
volgens de methode WCAG-EM, van alle 50 eisen, van de hele website (ook de teksten, pdf-bestanden en \
pagina's achter een inlog), en niet ouder dan 3 jaar. Automatische controles vinden maar een deel van \
de problemen. Dit rapport is dus geen volledig onderzoek.";

/// The best status on these results: C, and D without a planned research.
pub const BEST_STATUS: &str = "\
**Hoogst mogelijke status met alleen dit rapport: C** (eerste maatregelen genomen). \
Dat kan alleen als er binnen 6 maanden een volledig onderzoek gepland is. \
Is er geen onderzoek gepland, dan is de status D.";

const MONTHS: [&str; 12] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/// `1 juni 2025` from `2025-06-01…`.
fn dutch_date(iso: &str) -> String {
    let mut parts = iso.get(..10).unwrap_or(iso).split('-').map(|p| p.parse::<usize>().unwrap_or(0));
    match (parts.next(), parts.next(), parts.next()) {
        (Some(year), Some(month @ 1..=12), Some(day)) => format!("{day} {} {year}", MONTHS[month - 1]),
        _ => iso.to_owned(),
    }
}

/// What each check looks at, in Dutch.
fn check_nl(check: Check) -> &'static str {
    match check {
        Check::Axe => "axe-core: de regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA",
        Check::Keyboard => "toetsenbord: met Tab door de pagina; elke stop moet een zichtbare focus hebben en in beeld staan",
        Check::Reflow => "reflow: bij een scherm van 320 CSS-pixels breed mag de pagina niet opzij scrollen",
        Check::TextSpacing => "tekstafstand: met de ruimere regel-, alinea-, woord- en letterafstand van WCAG 1.4.12 mag geen tekst wegvallen (bij de paginabreedte en bij 320 CSS-pixels)",
        Check::OneLook => "één uitstraling: kleuren, letters en focusringen vergeleken met Eenheid (geen WCAG-eis)",
        Check::Scripts => "scripts: fouten in JavaScript (geen WCAG-eis)",
    }
}

/// The outcome of a criterion in words, in Dutch.
fn outcome_nl(criterion: &Criterion, outcome: Outcome) -> &'static str {
    if !criterion.in_wcag22() {
        return "voldoet volgens W3C-erratum (altijd bij HTML; vervallen in WCAG 2.2)";
    }
    match outcome {
        Outcome::Failed => "**voldoet niet**",
        Outcome::Passed => "voldoet volgens automatische controles",
        Outcome::CantTell => "handmatig te onderzoeken (axe-core twijfelt)",
        Outcome::Inapplicable => "handmatig te onderzoeken (niets gevonden om automatisch te controleren)",
        Outcome::Untested => "handmatig te onderzoeken",
    }
}

/// Text safe inside backticks on one line.
fn code(text: &str) -> String {
    format!("`{}`", crate::error::one_line(text).replace('`', "'"))
}

/// One line of plain text (no Markdown line breaks or table bars).
fn plain(text: &str) -> String {
    crate::error::one_line(text).replace('|', "/")
}

fn table(out: &mut String, rows: &[SiteEvidence]) {
    let _ = writeln!(out, "| Eis | Niveau | Uitkomst |\n|---|---|---|");
    for row in rows {
        let c = row.criterion;
        let _ = writeln!(out, "| [{}]({}) | {} | {} |", c.title_nl(), c.understanding_url(), c.level.name(), outcome_nl(c, row.outcome));
    }
}

/// Counts of a table: `2 voldoen niet, 10 volgens automatische controles, 38 handmatig`.
fn counts(rows: &[SiteEvidence]) -> String {
    let (mut failed, mut passed, mut manual, mut erratum) = (0, 0, 0, 0);
    for row in rows {
        match row.outcome {
            _ if !row.criterion.in_wcag22() => erratum += 1,
            Outcome::Failed => failed += 1,
            Outcome::Passed => passed += 1,
            _ => manual += 1,
        }
    }
    let erratum = if erratum > 0 { format!(", {erratum} volgens W3C-erratum") } else { String::new() };
    format!("Samen: {failed} voldoen niet, {passed} voldoen volgens automatische controles{erratum}, {manual} zijn handmatig te onderzoeken.")
}

/// The failures of one criterion on one page, grouped by rule: rule, message, elements, help.
fn fixes(out: &mut String, failures: &[&Finding]) {
    let mut groups: Vec<(&Finding, Vec<&str>)> = Vec::new();
    for f in failures {
        match groups.iter_mut().find(|(g, _)| g.check == f.check && g.rule == f.rule && g.message == f.message) {
            Some((_, targets)) => targets.push(&f.target),
            None => groups.push((f, vec![&f.target])),
        }
    }
    for (f, targets) in groups {
        let known = if f.known { " Al bekend (in de baseline), maar nog niet opgelost." } else { "" };
        let shown: Vec<String> = targets.iter().take(5).map(|t| code(t)).collect();
        let more = if targets.len() > 5 { format!(" en {} meer", targets.len() - 5) } else { String::new() };
        let _ = writeln!(out, "  - {} ({}): {} — bij {}{more}.{known}", code(&f.rule), f.check.name(), plain(&f.message), shown.join(", "));
        if let Some(url) = &f.help_url {
            let _ = writeln!(out, "    Zo los je het op: <{url}>");
        }
    }
}

/// The draft statement for a run (Markdown).
pub fn statement_report(results: &[PageResult], url_errors: &[(String, String)], info: &RunInfo) -> String {
    let audited: Vec<&PageResult> = results.iter().filter(|p| p.error.is_none()).collect();
    let not_audited: Vec<&PageResult> = results.iter().filter(|p| p.error.is_some()).collect();
    let fifty: Vec<SiteEvidence> = wcag::statement_criteria().map(|c| site_evidence(results, c)).collect();
    let added: Vec<SiteEvidence> = wcag::wcag22_additions().map(|c| site_evidence(results, c)).collect();
    let all = || fifty.iter().chain(&added);
    let failed: Vec<&SiteEvidence> = all().filter(|r| r.outcome == Outcome::Failed && r.criterion.in_wcag22()).collect();

    let mut out = String::new();
    let _ = writeln!(out, "# Concept: toegankelijkheidsverklaring en samenvatting van de controle\n");
    let _ = writeln!(
        out,
        "Dit is een **concept**. Het programma eenheid-audit heeft het gemaakt met automatische controles. \
         Een mens kijkt het na, vult het aan en ondertekent het. Pas dan is het een verklaring.\n"
    );
    let _ = writeln!(out, "_English: draft accessibility statement and evaluation summary from automated checks; a person reviews, completes and signs it._\n");

    let _ = writeln!(out, "## Wat is er gecontroleerd?\n");
    let _ = writeln!(out, "- Datum: {} ({})", dutch_date(&info.date), info.date);
    let _ = writeln!(out, "- Gereedschap: {}", info.tools());
    let _ = writeln!(out, "- Steekproef: {} pagina('s). Onderzocht: {}. Niet onderzocht: {}.", results.len(), audited.len(), not_audited.len());
    let _ = writeln!(out, "- Controles op elke pagina:");
    for check in &info.checks {
        let _ = writeln!(out, "  - {}", check_nl(*check));
    }
    let _ = writeln!(out, "\n### Onderzochte pagina's\n");
    if audited.is_empty() {
        let _ = writeln!(out, "Geen. Er is dus niets onderzocht.");
    }
    for page in &audited {
        let _ = writeln!(out, "- <{}>", page.url);
    }
    if !not_audited.is_empty() || !url_errors.is_empty() {
        let _ = writeln!(out, "\n### Niet onderzocht\n");
        let _ = writeln!(out, "Deze pagina's konden niet worden onderzocht. Ze tellen nergens mee, ook niet als \"voldoet\". Onderzoek ze opnieuw.\n");
        for page in &not_audited {
            let _ = writeln!(out, "- <{}>: niet onderzocht. Reden: {}", page.url, plain(page.error.as_deref().unwrap_or("onbekend")));
        }
        for (url, error) in url_errors {
            let _ = writeln!(out, "- <{url}>: niet gelezen. Reden: {}", plain(error));
        }
    }

    let _ = writeln!(out, "\n## Welke status kan de verklaring krijgen?\n");
    let _ = writeln!(out, "{STATUS_EXPLAINED}\n");
    let _ = writeln!(out, "{BEST_STATUS}\n");
    if !failed.is_empty() {
        let numbers: Vec<&str> = failed.iter().map(|r| r.criterion.number).collect();
        let _ = writeln!(
            out,
            "De automatische controles vonden fouten bij {} eis(en): {}. Los die op. Zie \"Wat moet beter?\".\n",
            failed.len(),
            numbers.join(", ")
        );
    } else if !audited.is_empty() {
        let _ = writeln!(
            out,
            "De automatische controles vonden geen fouten. Dat is een goed begin. Het bewijst niet dat de website voldoet: \
             automatische controles controleren maar een deel van de eisen.\n"
        );
    }
    if !not_audited.is_empty() {
        let _ = writeln!(out, "{} pagina('s) konden niet worden onderzocht. Ook daardoor is dit onderzoek niet volledig.\n", not_audited.len());
    }

    let _ = writeln!(out, "## Uitkomst per eis\n");
    let _ = writeln!(out, "- **voldoet niet**: de automatische controle vond een fout. Zie \"Wat moet beter?\".");
    let _ = writeln!(out, "- **voldoet volgens automatische controles**: de automatische controles vonden geen fout. Ze controleren maar een deel van de eis. Een mens moet de eis nog onderzoeken.");
    let _ = writeln!(out, "- **handmatig te onderzoeken**: geen automatische controle zegt genoeg over deze eis. Een mens moet haar onderzoeken.\n");
    let _ = writeln!(out, "### De 50 eisen (WCAG 2.1, niveau A en AA, zoals in EN 301 549)\n");
    table(&mut out, &fifty);
    let _ = writeln!(out, "\n{}\n", counts(&fifty));
    let _ = writeln!(out, "### Nieuw in WCAG 2.2\n");
    let _ = writeln!(out, "Deze 6 eisen kwamen erbij in WCAG 2.2. Ze tellen nog niet mee voor de status op digitoegankelijk.nl. Het is wel goed om ze te halen.\n");
    table(&mut out, &added);
    let _ = writeln!(out, "\n{}\n", counts(&added));

    let _ = writeln!(out, "## Wat moet beter?\n");
    if failed.is_empty() {
        let _ = writeln!(out, "De automatische controles vonden niets om op te lossen.\n");
    }
    for row in &failed {
        let c = row.criterion;
        let _ = writeln!(out, "### {} (niveau {})\n", c.title_nl(), c.level.name());
        let _ = writeln!(out, "Uitleg van de eis: <{}>\n", c.understanding_url());
        for (page, evidence) in row.pages_with(Outcome::Failed) {
            let _ = writeln!(out, "- Pagina <{}>:", page.url);
            fixes(&mut out, &evidence.failures);
        }
        let _ = writeln!(out);
    }

    let _ = writeln!(out, "## Wat moet een mens nog onderzoeken?\n");
    let manual: Vec<&str> = all().filter(|r| r.criterion.in_wcag22() && r.outcome != Outcome::Failed).map(|r| r.criterion.number).collect();
    let _ = writeln!(out, "- Alle eisen zonder fout, ook die met \"voldoet volgens automatische controles\" ({}): {}.", manual.len(), manual.join(", "));
    let _ = writeln!(out, "- Na het oplossen: de eisen met een fout opnieuw, want een oplossing kan een nieuw probleem geven.");
    if !not_audited.is_empty() {
        let _ = writeln!(out, "- De {} pagina('s) die niet onderzocht zijn.", not_audited.len());
    }
    let review: Vec<String> = audited
        .iter()
        .flat_map(|p| p.incomplete.iter().map(move |r| format!("{} op <{}>", code(&r.id), p.url)))
        .collect();
    if !review.is_empty() {
        let _ = writeln!(out, "- Waar axe-core twijfelt: {}.", review.join("; "));
    }
    let _ = writeln!(
        out,
        "- De hele website volgens de methode WCAG-EM: ook de teksten, afbeeldingen, video, pdf-bestanden, formulieren \
         en pagina's achter een inlog, met een schermlezer, met alleen een toetsenbord en met vergroting.\n"
    );

    let _ = writeln!(out, "## Ondertekening\n");
    let _ = writeln!(out, "Een mens ondertekent deze verklaring, niet een programma. Onderteken pas na het volledige onderzoek en nadat u de tekst hebt nagekeken.\n");
    let _ = writeln!(out, "- Naam: …………\n- Functie: …………\n- Organisatie: …………\n- Datum: …………\n- Handtekening: …………");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::axe::AxeRule;

    fn info() -> RunInfo {
        RunInfo {
            date: "2025-06-01T09:30:00Z".into(),
            eenheid: "0.1.0".into(),
            axe: Some("4.14.1".into()),
            chromium: Some("HeadlessChrome/131.0.1".into()),
            checks: Check::DEFAULT.to_vec(),
        }
    }

    fn clean(url: &str) -> PageResult {
        PageResult {
            url: url.into(),
            checks: Check::DEFAULT.to_vec(),
            tab_stops: 3,
            axe_passes: vec![AxeRule { id: "document-title".into(), tags: vec!["wcag2a".into(), "wcag242".into()] }],
            ..PageResult::default()
        }
    }

    fn broken(url: &str) -> PageResult {
        let mut label = Finding::new(Check::Axe, "label", Some("critical"), "#naam", "Form elements must have labels".into(), Some("https://dequeuniversity.com/rules/axe/4.14/label"));
        label.criteria = vec!["4.1.2".into()];
        PageResult { findings: vec![label], ..clean(url) }
    }

    fn unreachable(url: &str) -> PageResult {
        PageResult { url: url.into(), error: Some("could not load: net::ERR_CONNECTION_REFUSED".into()), ..PageResult::default() }
    }

    /// The statement less [`STATUS_EXPLAINED`] names status A or B nowhere, and always gives C as
    /// the best status.
    fn assert_never_a_or_b(text: &str) {
        assert_eq!(text.matches(STATUS_EXPLAINED).count(), 1, "{text}");
        assert!(text.contains("Hoogst mogelijke status met alleen dit rapport: C"), "{text}");
        let rest = text.replace(STATUS_EXPLAINED, "").to_lowercase();
        for claim in ["status a", "status b", "status: a", "status: b", "voldoet volledig", "voldoet gedeeltelijk", "status van a", "status van b"] {
            assert!(!rest.contains(claim), "{claim:?} in:\n{text}");
        }
        assert!(STATUS_EXPLAINED.contains("Status A en status B zijn met dit rapport niet mogelijk."));
    }

    #[test]
    fn failures_are_listed_with_page_and_fix() {
        let text = statement_report(&[clean("http://a.test/"), broken("http://a.test/form")], &[], &info());
        assert!(text.contains("| [4.1.2 Naam, rol, waarde](https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html) | A | **voldoet niet** |"), "{text}");
        assert!(text.contains("### 4.1.2 Naam, rol, waarde (niveau A)"), "{text}");
        assert!(text.contains("- Pagina <http://a.test/form>:\n  - `label` (axe): Form elements must have labels — bij `#naam`.\n    Zo los je het op: <https://dequeuniversity.com/rules/axe/4.14/label>"), "{text}");
        assert!(text.contains("| [2.4.2 Paginatitel](https://www.w3.org/WAI/WCAG22/Understanding/page-titled.html) | A | voldoet volgens automatische controles |"), "{text}");
        assert!(text.contains("| [1.4.10 Reflow](https://www.w3.org/WAI/WCAG22/Understanding/reflow.html) | AA | voldoet volgens automatische controles |"), "{text}");
        assert!(text.contains("| [3.3.7 Overbodige invoer](https://www.w3.org/WAI/WCAG22/Understanding/redundant-entry.html) | A | handmatig te onderzoeken |"), "{text}");
        assert!(text.contains("| [4.1.1 Parsen](https://www.w3.org/WAI/WCAG21/Understanding/parsing.html) | A | voldoet volgens W3C-erratum"), "{text}");
        assert!(text.contains("De automatische controles vonden fouten bij 1 eis(en): 4.1.2."), "{text}");
        assert!(text.contains("- Datum: 1 juni 2025 (2025-06-01T09:30:00Z)\n- Gereedschap: eenheid-audit 0.1.0, axe-core 4.14.1, Chromium 131.0.1"), "{text}");
        assert!(text.contains("Een mens ondertekent deze verklaring"), "{text}");
        assert_eq!(text.matches("\n| [").count(), 56, "50 + 6 criteria rows");
        assert_never_a_or_b(&text);
    }

    #[test]
    fn pages_that_could_not_be_audited_are_not_counted() {
        let errors = [("http://a.test/sitemap.xml".to_owned(), "bad sitemap: not XML".to_owned())];
        let text = statement_report(&[clean("http://a.test/"), unreachable("http://a.test/weg")], &errors, &info());
        assert!(text.contains("Steekproef: 2 pagina('s). Onderzocht: 1. Niet onderzocht: 1."), "{text}");
        assert!(text.contains("- <http://a.test/weg>: niet onderzocht. Reden: could not load: net::ERR_CONNECTION_REFUSED"), "{text}");
        assert!(text.contains("- <http://a.test/sitemap.xml>: niet gelezen. Reden: bad sitemap: not XML"), "{text}");
        let audited = text.split("### Onderzochte pagina's").nth(1).unwrap().split("###").next().unwrap();
        assert!(!audited.contains("/weg"), "{audited}");
        assert_never_a_or_b(&text);

        // Only unreachable pages: nothing counts as passing.
        let text = statement_report(&[unreachable("http://a.test/weg")], &[], &info());
        assert!(!text.contains("| voldoet volgens automatische controles |"), "{text}");
        assert!(text.contains("Geen. Er is dus niets onderzocht."), "{text}");
        assert_never_a_or_b(&text);
    }

    #[test]
    fn no_result_ever_allows_status_a_or_b() {
        for results in [vec![], vec![clean("http://a.test/")], vec![broken("http://a.test/")], vec![unreachable("http://a.test/")]] {
            assert_never_a_or_b(&statement_report(&results, &[], &info()));
        }
    }
}
