//! The WCAG success criteria at level A and AA, in one table: what the EARL report, the draft
//! accessibility statement and the conformance records name, count and link to.
//!
//! - [`CRITERIA`]: the 50 criteria of WCAG 2.1 A + AA that EN 301 549 (v3.2.1) and so the Dutch
//!   accessibility statement count, plus the 6 that WCAG 2.2 added at A and AA: 56 rows. Names in
//!   English and as in the authorised Dutch translation of WCAG (the names digitoegankelijk.nl
//!   uses).
//! - **4.1.1 Parsing** is one of the 50, but WCAG 2.2 removed it ("obsolete and removed"), and the
//!   W3C erratum to WCAG 2.0 and 2.1 says it "should be considered as always satisfied for any
//!   content using HTML or XML". So it stays in the table ([`Criterion::removed_in`] is 2.2), it
//!   is left out of everything that follows WCAG 2.2 (the EARL report), and the statement lists
//!   it among the 50 as satisfied by that erratum, not by any check. axe's rules for it are
//!   tagged `wcag2a-obsolete` and never run.
//! - [`axe_tag_criterion`]: axe-core tags each rule with the criteria it tests (`wcag143` is
//!   1.4.3). A unit test reads every rule's tags from axe-core's own `axe.min.js` and checks that
//!   each maps to a row here (or to one of the few AAA criteria outside this table) with the same
//!   level and WCAG version as axe's level tag says.
//! - [`rule_criteria`]: what this tool's own checks can fail. The keyboard walk fails 2.4.7 and
//!   2.4.11, the reflow check 1.4.10. None of them can prove a criterion is met: a walk that finds
//!   every stop visible says nothing about elements that never get focus (2.1.1) or focus order
//!   (2.4.3), so it covers 2.1.1 not at all and 2.4.7 only in part.
//! - [`Outcome`]: what the automated checks established about a criterion on a page.

use serde::{Deserialize, Serialize};

use crate::site::Check;

/// A conformance level audited here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// Level A.
    A,
    /// Level AA.
    AA,
}

impl Level {
    /// `A` or `AA`.
    pub fn name(self) -> &'static str {
        match self {
            Level::A => "A",
            Level::AA => "AA",
        }
    }
}

/// A WCAG 2 version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Version {
    /// WCAG 2.0 (2008).
    #[serde(rename = "2.0")]
    V20,
    /// WCAG 2.1 (2018), the version EN 301 549 v3.2.1 and the Dutch statement refer to.
    #[serde(rename = "2.1")]
    V21,
    /// WCAG 2.2 (2023).
    #[serde(rename = "2.2")]
    V22,
}

impl Version {
    /// `2.0`, `2.1` or `2.2`.
    pub fn name(self) -> &'static str {
        match self {
            Version::V20 => "2.0",
            Version::V21 => "2.1",
            Version::V22 => "2.2",
        }
    }
}

/// One success criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Criterion {
    /// `1.4.3`.
    pub number: &'static str,
    /// `Contrast (Minimum)`.
    pub name_en: &'static str,
    /// `Contrast (minimum)`: the authorised Dutch translation's name.
    pub name_nl: &'static str,
    /// A or AA.
    pub level: Level,
    /// The WCAG version that introduced it.
    pub introduced: Version,
    /// The version that removed it (only 4.1.1, removed in 2.2).
    pub removed_in: Option<Version>,
    /// The W3C's id for it: the anchor in WCAG 2.1/2.2 and the Understanding page's name
    /// (`contrast-minimum`).
    pub slug: &'static str,
}

impl Criterion {
    /// Among the 50 criteria of WCAG 2.1 A + AA that EN 301 549 and the Dutch accessibility
    /// statement count (4.1.1 included).
    pub fn counts_for_statement(&self) -> bool {
        self.introduced <= Version::V21
    }

    /// A criterion of WCAG 2.2 (all but 4.1.1).
    pub fn in_wcag22(&self) -> bool {
        self.removed_in.is_none()
    }

    /// The W3C Understanding page (WCAG 2.2's; WCAG 2.1's for 4.1.1, which 2.2 no longer has).
    pub fn understanding_url(&self) -> String {
        let version = if self.in_wcag22() { "WCAG22" } else { "WCAG21" };
        format!("https://www.w3.org/WAI/{version}/Understanding/{}.html", self.slug)
    }

    /// axe-core's tag for it: `wcag` and the number without dots (`wcag1412`).
    pub fn axe_tag(&self) -> String {
        format!("wcag{}", self.number.replace('.', ""))
    }

    /// `1.4.3 Contrast (minimum)`.
    pub fn title_nl(&self) -> String {
        format!("{} {}", self.number, self.name_nl)
    }

    /// `1.4.3 Contrast (Minimum)`.
    pub fn title_en(&self) -> String {
        format!("{} {}", self.number, self.name_en)
    }
}

/// One row of [`CRITERIA`]: the constructor keeps the table one line per criterion.
const fn sc(number: &'static str, level: Level, introduced: Version, slug: &'static str, name_en: &'static str, name_nl: &'static str) -> Criterion {
    Criterion { number, name_en, name_nl, level, introduced, removed_in: None, slug }
}

use Level::{A, AA};
use Version::{V20, V21, V22};

/// Every WCAG 2.0, 2.1 and 2.2 success criterion at level A and AA, in WCAG order.
pub const CRITERIA: [Criterion; 56] = [
    sc("1.1.1", A, V20, "non-text-content", "Non-text Content", "Niet-tekstuele content"),
    sc("1.2.1", A, V20, "audio-only-and-video-only-prerecorded", "Audio-only and Video-only (Prerecorded)", "Louter-geluid en louter-videobeeld (vooraf opgenomen)"),
    sc("1.2.2", A, V20, "captions-prerecorded", "Captions (Prerecorded)", "Ondertitels voor doven en slechthorenden (vooraf opgenomen)"),
    sc("1.2.3", A, V20, "audio-description-or-media-alternative-prerecorded", "Audio Description or Media Alternative (Prerecorded)", "Audiodescriptie of media-alternatief (vooraf opgenomen)"),
    sc("1.2.4", AA, V20, "captions-live", "Captions (Live)", "Ondertitels voor doven en slechthorenden (live)"),
    sc("1.2.5", AA, V20, "audio-description-prerecorded", "Audio Description (Prerecorded)", "Audiodescriptie (vooraf opgenomen)"),
    sc("1.3.1", A, V20, "info-and-relationships", "Info and Relationships", "Info en relaties"),
    sc("1.3.2", A, V20, "meaningful-sequence", "Meaningful Sequence", "Betekenisvolle volgorde"),
    sc("1.3.3", A, V20, "sensory-characteristics", "Sensory Characteristics", "Zintuiglijke eigenschappen"),
    sc("1.3.4", AA, V21, "orientation", "Orientation", "Weergavestand"),
    sc("1.3.5", AA, V21, "identify-input-purpose", "Identify Input Purpose", "Identificeer het doel van de input"),
    sc("1.4.1", A, V20, "use-of-color", "Use of Color", "Gebruik van kleur"),
    sc("1.4.2", A, V20, "audio-control", "Audio Control", "Geluidsbediening"),
    sc("1.4.3", AA, V20, "contrast-minimum", "Contrast (Minimum)", "Contrast (minimum)"),
    sc("1.4.4", AA, V20, "resize-text", "Resize Text", "Herschalen van tekst"),
    sc("1.4.5", AA, V20, "images-of-text", "Images of Text", "Afbeeldingen van tekst"),
    sc("1.4.10", AA, V21, "reflow", "Reflow", "Reflow"),
    sc("1.4.11", AA, V21, "non-text-contrast", "Non-text Contrast", "Contrast van niet-tekstuele content"),
    sc("1.4.12", AA, V21, "text-spacing", "Text Spacing", "Tekstafstand"),
    sc("1.4.13", AA, V21, "content-on-hover-or-focus", "Content on Hover or Focus", "Content bij hover of focus"),
    sc("2.1.1", A, V20, "keyboard", "Keyboard", "Toetsenbord"),
    sc("2.1.2", A, V20, "no-keyboard-trap", "No Keyboard Trap", "Geen toetsenbordval"),
    sc("2.1.4", A, V21, "character-key-shortcuts", "Character Key Shortcuts", "Enkel teken sneltoetsen"),
    sc("2.2.1", A, V20, "timing-adjustable", "Timing Adjustable", "Timing aanpasbaar"),
    sc("2.2.2", A, V20, "pause-stop-hide", "Pause, Stop, Hide", "Pauzeren, stoppen, verbergen"),
    sc("2.3.1", A, V20, "three-flashes-or-below-threshold", "Three Flashes or Below Threshold", "Drie flitsen of beneden drempelwaarde"),
    sc("2.4.1", A, V20, "bypass-blocks", "Bypass Blocks", "Blokken omzeilen"),
    sc("2.4.2", A, V20, "page-titled", "Page Titled", "Paginatitel"),
    sc("2.4.3", A, V20, "focus-order", "Focus Order", "Focusvolgorde"),
    sc("2.4.4", A, V20, "link-purpose-in-context", "Link Purpose (In Context)", "Linkdoel (in context)"),
    sc("2.4.5", AA, V20, "multiple-ways", "Multiple Ways", "Meerdere manieren"),
    sc("2.4.6", AA, V20, "headings-and-labels", "Headings and Labels", "Koppen en labels"),
    sc("2.4.7", AA, V20, "focus-visible", "Focus Visible", "Focus zichtbaar"),
    sc("2.4.11", AA, V22, "focus-not-obscured-minimum", "Focus Not Obscured (Minimum)", "Focus niet bedekt (minimum)"),
    sc("2.5.1", A, V21, "pointer-gestures", "Pointer Gestures", "Aanwijzergebaren"),
    sc("2.5.2", A, V21, "pointer-cancellation", "Pointer Cancellation", "Aanwijzerannulering"),
    sc("2.5.3", A, V21, "label-in-name", "Label in Name", "Label in naam"),
    sc("2.5.4", A, V21, "motion-actuation", "Motion Actuation", "Bewegingsactivering"),
    sc("2.5.7", AA, V22, "dragging-movements", "Dragging Movements", "Sleepbewegingen"),
    sc("2.5.8", AA, V22, "target-size-minimum", "Target Size (Minimum)", "Grootte van het aanwijsgebied (minimum)"),
    sc("3.1.1", A, V20, "language-of-page", "Language of Page", "Taal van de pagina"),
    sc("3.1.2", AA, V20, "language-of-parts", "Language of Parts", "Taal van onderdelen"),
    sc("3.2.1", A, V20, "on-focus", "On Focus", "Bij focus"),
    sc("3.2.2", A, V20, "on-input", "On Input", "Bij input"),
    sc("3.2.3", AA, V20, "consistent-navigation", "Consistent Navigation", "Consistente navigatie"),
    sc("3.2.4", AA, V20, "consistent-identification", "Consistent Identification", "Consistente identificatie"),
    sc("3.2.6", A, V22, "consistent-help", "Consistent Help", "Consistente hulp"),
    sc("3.3.1", A, V20, "error-identification", "Error Identification", "Foutidentificatie"),
    sc("3.3.2", A, V20, "labels-or-instructions", "Labels or Instructions", "Labels of instructies"),
    sc("3.3.3", AA, V20, "error-suggestion", "Error Suggestion", "Foutsuggestie"),
    sc("3.3.4", AA, V20, "error-prevention-legal-financial-data", "Error Prevention (Legal, Financial, Data)", "Foutpreventie (wettelijk, financieel, gegevens)"),
    sc("3.3.7", A, V22, "redundant-entry", "Redundant Entry", "Overbodige invoer"),
    sc("3.3.8", AA, V22, "accessible-authentication-minimum", "Accessible Authentication (Minimum)", "Toegankelijke authenticatie (minimum)"),
    Criterion { removed_in: Some(V22), ..sc("4.1.1", A, V20, "parsing", "Parsing", "Parsen") },
    sc("4.1.2", A, V20, "name-role-value", "Name, Role, Value", "Naam, rol, waarde"),
    sc("4.1.3", AA, V21, "status-messages", "Status Messages", "Statusberichten"),
];

/// The AAA criteria axe-core has rules for (outside [`CRITERIA`]; never audited here, because
/// only the A and AA tags run). Known so that the tag test can tell them from a typo.
pub const AXE_AAA_CRITERIA: [&str; 5] = ["1.4.6", "2.1.3", "2.2.4", "2.4.9", "3.2.5"];

/// The criterion numbered `number` (`1.4.3`).
pub fn criterion(number: &str) -> Option<&'static Criterion> {
    CRITERIA.iter().find(|c| c.number == number)
}

/// The 50 criteria of WCAG 2.1 A + AA that the Dutch statement counts, in order.
pub fn statement_criteria() -> impl Iterator<Item = &'static Criterion> {
    CRITERIA.iter().filter(|c| c.counts_for_statement())
}

/// The 6 criteria at A and AA that WCAG 2.2 added, in order.
pub fn wcag22_additions() -> impl Iterator<Item = &'static Criterion> {
    CRITERIA.iter().filter(|c| c.introduced == Version::V22)
}

/// The 55 criteria of WCAG 2.2 A + AA, in order.
pub fn wcag22_criteria() -> impl Iterator<Item = &'static Criterion> {
    CRITERIA.iter().filter(|c| c.in_wcag22())
}

/// The criterion of an axe tag (`wcag143` → 1.4.3). `None` for level tags (`wcag2aa`), AAA
/// criteria and anything else.
pub fn axe_tag_criterion(tag: &str) -> Option<&'static Criterion> {
    let digits = tag.strip_prefix("wcag")?;
    if digits.len() < 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    CRITERIA.iter().find(|c| c.number.replace('.', "") == digits)
}

/// The criteria of a rule's axe tags, in table order, without duplicates.
pub fn axe_tags_criteria(tags: &[String]) -> Vec<&'static Criterion> {
    let found: Vec<&Criterion> = tags.iter().filter_map(|t| axe_tag_criterion(t)).collect();
    CRITERIA.iter().filter(|c| found.iter().any(|f| f.number == c.number)).collect()
}

/// A rule of one of this tool's own checks and the criteria its findings fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckRule {
    /// The check.
    pub check: Check,
    /// The finding's rule id.
    pub rule: &'static str,
    /// The criteria a finding of this rule fails.
    pub criteria: &'static [&'static str],
    /// What the rule looks at, and so how much of the criteria it covers (English, for docs and
    /// the EARL description).
    pub covers: &'static str,
}

/// Every rule of the checks other than axe (whose criteria come from its tags). A new check or
/// rule adds its row here; a check that is not a WCAG check (one-look, scripts) has none.
pub const CHECK_RULES: [CheckRule; 4] = [
    CheckRule {
        check: Check::Keyboard,
        rule: "focus-visible",
        criteria: &["2.4.7"],
        covers: "every Tab stop looks different when focused; not whether that difference is easy to see, nor elements that never get focus",
    },
    CheckRule {
        check: Check::Keyboard,
        rule: "focus-on-screen",
        criteria: &["2.4.7", "2.4.11"],
        covers: "every Tab stop is on screen with a size while focused; not whether sticky content covers it",
    },
    CheckRule {
        check: Check::Reflow,
        rule: "reflow",
        criteria: &["1.4.10"],
        covers: "the loaded page does not scroll sideways at 320 CSS px; not content that appears later, nor loss of content or function",
    },
    CheckRule {
        check: Check::TextSpacing,
        rule: "text-spacing",
        criteria: &["1.4.12"],
        covers: "no text is cut off with WCAG 1.4.12's spacing, at the page width and at 320 CSS px; not overlap, nor text in images",
    },
];

/// The rules of `check` in [`CHECK_RULES`] (none for axe, one-look and scripts).
pub fn check_rules(check: Check) -> impl Iterator<Item = &'static CheckRule> {
    CHECK_RULES.iter().filter(move |r| r.check == check)
}

/// The criteria a finding of `check`'s `rule` fails (empty for axe: see [`axe_tags_criteria`];
/// and for rules that are not WCAG failures).
pub fn rule_criteria(check: Check, rule: &str) -> Vec<&'static Criterion> {
    check_rules(check).filter(|r| r.rule == rule).flat_map(|r| r.criteria.iter().filter_map(|n| criterion(n))).collect()
}

/// What the automated checks established about one criterion (on a page, or over the sample).
/// Only `Failed` is a verdict on the criterion itself: every other outcome leaves the criterion
/// to a person, because automated checks cover a part of each criterion at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// A check found a failure of this criterion.
    Failed,
    /// axe could not decide (its "incomplete", needs review) and nothing failed.
    CantTell,
    /// Automated checks for this criterion ran and found nothing: passed in that sense only.
    Passed,
    /// Every axe rule for this criterion found no element to check, and no other check looked.
    /// That axe found no element does not make the criterion inapplicable (a form without any
    /// `autocomplete` leaves axe's 1.3.5 rule nothing to check, and may well fail 1.3.5).
    Inapplicable,
    /// No automated check covers this criterion (or the page could not be audited):
    /// "handmatig te onderzoeken".
    Untested,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_the_50_and_the_6_additions() {
        assert_eq!(statement_criteria().count(), 50);
        assert_eq!(statement_criteria().filter(|c| c.level == Level::A).count(), 30);
        assert_eq!(wcag22_additions().map(|c| c.number).collect::<Vec<_>>(), ["2.4.11", "2.5.7", "2.5.8", "3.2.6", "3.3.7", "3.3.8"]);
        assert_eq!(wcag22_criteria().count(), 55);
        assert_eq!(wcag22_criteria().filter(|c| c.level == Level::A).count(), 31);
        let removed: Vec<&str> = CRITERIA.iter().filter(|c| !c.in_wcag22()).map(|c| c.number).collect();
        assert_eq!(removed, ["4.1.1"]);
        // Numbers and slugs are unique; the table is in WCAG order.
        let key = |n: &str| n.split('.').map(|p| p.parse::<u32>().unwrap()).collect::<Vec<_>>();
        for pair in CRITERIA.windows(2) {
            assert!(key(pair[0].number) < key(pair[1].number), "{} before {}", pair[0].number, pair[1].number);
            assert_ne!(pair[0].slug, pair[1].slug);
        }
        assert!(CRITERIA.iter().all(|c| !c.name_nl.is_empty() && !c.name_en.is_empty()));
        assert_eq!(criterion("1.4.10").unwrap().understanding_url(), "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html");
        assert_eq!(criterion("4.1.1").unwrap().understanding_url(), "https://www.w3.org/WAI/WCAG21/Understanding/parsing.html");
    }

    #[test]
    fn axe_tags_map_to_criteria() {
        assert_eq!(axe_tag_criterion("wcag143").map(|c| c.number), Some("1.4.3"));
        assert_eq!(axe_tag_criterion("wcag1412").map(|c| c.number), Some("1.4.12"));
        assert_eq!(axe_tag_criterion("wcag2aa"), None);
        assert_eq!(axe_tag_criterion("wcag146"), None, "AAA is outside the table");
        let tags: Vec<String> = ["wcag2a", "wcag412", "wcag111", "wcag412", "best-practice"].map(String::from).to_vec();
        assert_eq!(axe_tags_criteria(&tags).iter().map(|c| c.number).collect::<Vec<_>>(), ["1.1.1", "4.1.2"]);
    }

    #[test]
    fn own_rules_fail_known_criteria() {
        for rule in CHECK_RULES {
            assert!(!rule.criteria.is_empty());
            for number in rule.criteria {
                assert!(criterion(number).is_some(), "{} names unknown criterion {number}", rule.rule);
            }
        }
        assert_eq!(rule_criteria(Check::Reflow, "reflow").iter().map(|c| c.number).collect::<Vec<_>>(), ["1.4.10"]);
        assert!(rule_criteria(Check::Scripts, "script-error").is_empty());
        assert!(rule_criteria(Check::OneLook, "one-look-colour").is_empty());
    }

    /// The level tag axe gives a rule that tests `c` (`wcag21aa` for a 2.1 AA criterion).
    fn axe_level_tag(c: &Criterion) -> String {
        if c.removed_in.is_some() {
            return "wcag2a-obsolete".into();
        }
        let version = match c.introduced {
            Version::V20 => "2",
            Version::V21 => "21",
            Version::V22 => "22",
        };
        format!("wcag{version}{}", c.level.name().to_lowercase())
    }

    /// Every `tags:[…]` array literal in axe-core's own `axe.min.js`: the rules' metadata.
    fn axe_rule_tags() -> Vec<Vec<String>> {
        // The copy built into this crate: the pinned axe-core every check runs.
        let source = crate::axe::EMBEDDED_AXE;
        let mut arrays = Vec::new();
        for chunk in source.split("tags:[").skip(1) {
            let Some(end) = chunk.find(']') else { continue };
            let tags: Vec<String> = chunk[..end].split(',').map(|t| t.trim().trim_matches('"').to_owned()).collect();
            if tags.iter().any(|t| t.starts_with("wcag")) {
                arrays.push(tags);
            }
        }
        arrays
    }

    #[test]
    fn every_criterion_tag_of_axe_core_is_known_with_its_level() {
        let rules = axe_rule_tags();
        assert!(rules.len() > 50, "expected the rules of axe-core, found {} tag lists", rules.len());
        let mut seen = std::collections::BTreeSet::new();
        for tags in &rules {
            let numbers: Vec<&String> = tags.iter().filter(|t| t.strip_prefix("wcag").is_some_and(|d| d.len() >= 3 && d.bytes().all(|b| b.is_ascii_digit()))).collect();
            let mut level_tags_of_criteria = Vec::new();
            for tag in &numbers {
                seen.insert(tag.to_string());
                match axe_tag_criterion(tag) {
                    Some(c) => {
                        assert_eq!(&c.axe_tag(), *tag);
                        level_tags_of_criteria.push(axe_level_tag(c));
                    }
                    None => {
                        let aaa = AXE_AAA_CRITERIA.iter().any(|n| format!("wcag{}", n.replace('.', "")) == **tag);
                        assert!(aaa, "axe tag {tag} (rule tags {tags:?}) is not a known criterion");
                        level_tags_of_criteria.push("wcag2aaa".into());
                    }
                }
            }
            // axe's level tag is the lowest level among the criteria a rule tests.
            if let Some(level) = tags.iter().find(|t| ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "wcag2aaa", "wcag2a-obsolete"].contains(&t.as_str())) {
                assert!(level_tags_of_criteria.contains(level), "rule tags {tags:?}: level {level} matches none of {level_tags_of_criteria:?}");
            }
        }
        // The criteria axe-core 4.x is known to test: a parser that found nothing fails here.
        for tag in ["wcag111", "wcag131", "wcag143", "wcag1412", "wcag258", "wcag412"] {
            assert!(seen.contains(tag), "no axe rule tagged {tag}; seen {seen:?}");
        }
    }
}
