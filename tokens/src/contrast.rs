//! Checking the declared contrast pairs of a [`TokenSet`] against WCAG 2.x ratios.
//!
//! Pairs are data in tokens.json (root `$extensions."nl.eenheid.contrast"`), so adding a colour
//! combination to a component means declaring it there, and the test suite then proves it.
//! Every pair is checked in the base mode and again in each mode (e.g. `contrast-more`) in
//! which either of its colours changes.

use std::fmt;

use crate::colour::{contrast_ratio, parse_colour};
use crate::parse::TokenSet;

/// One checked pair: a row of the contrast table (the showcase's tokens page prints these).
#[derive(Debug, Clone, PartialEq)]
pub struct ContrastReport {
    /// Foreground token path, e.g. `color.text`.
    pub foreground: String,
    /// Background token path, e.g. `color.background`.
    pub background: String,
    /// Foreground CSS value in this mode, e.g. `#1a1a1a`.
    pub foreground_value: String,
    /// Background CSS value in this mode.
    pub background_value: String,
    /// The WCAG contrast ratio (1–21); 0 if a colour could not be read.
    pub ratio: f64,
    /// The required minimum.
    pub minimum: f64,
    /// Where the pair occurs.
    pub usage: String,
    /// `None` for the base values, `Some("contrast-more")` etc. for a mode.
    pub mode: Option<String>,
}

impl ContrastReport {
    /// Whether the ratio reaches the minimum. No rounding: WCAG says 4.499 is not 4.5.
    pub fn passes(&self) -> bool {
        self.ratio >= self.minimum
    }
}

/// A pair that does not reach its minimum contrast.
#[derive(Debug, Clone, PartialEq)]
pub struct ContrastFailure {
    /// Foreground token path.
    pub foreground: String,
    /// Background token path.
    pub background: String,
    /// The measured ratio.
    pub ratio: f64,
    /// The required minimum.
    pub minimum: f64,
    /// Where the pair occurs.
    pub usage: String,
    /// The mode in which it fails (`None` = base values).
    pub mode: Option<String>,
}

impl fmt::Display for ContrastFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} on {} ({}): {:.2}:1, needs {}:1",
            self.foreground, self.background, self.usage, self.ratio, self.minimum
        )?;
        if let Some(mode) = &self.mode {
            write!(f, " in mode {mode}")?;
        }
        Ok(())
    }
}

/// Measures every declared pair, in the base mode and in every mode that changes one of its
/// colours.
pub fn contrast_report(set: &TokenSet) -> Vec<ContrastReport> {
    let mut rows = Vec::new();
    let modes = std::iter::once(None).chain(set.modes().iter().map(|m| Some(m.as_str())));
    for mode in modes {
        for pair in set.contrast_pairs() {
            let (Some(fg), Some(bg)) = (set.get(&pair.foreground), set.get(&pair.background))
            else {
                continue; // Cannot happen: `parse` only accepts pairs naming existing tokens.
            };
            let (fg_value, bg_value) = match mode {
                None => (fg.value.as_str(), bg.value.as_str()),
                Some(m) => {
                    if fg.mode_value(m).is_none() && bg.mode_value(m).is_none() {
                        continue; // Same as the base row.
                    }
                    (
                        fg.mode_value(m).unwrap_or(&fg.value),
                        bg.mode_value(m).unwrap_or(&bg.value),
                    )
                }
            };
            // `parse` already rejected unreadable or translucent pair colours; should one slip
            // through anyway, report ratio 0 so it fails loudly instead of panicking.
            let ratio = match (parse_colour(fg_value), parse_colour(bg_value)) {
                (Ok(a), Ok(b)) => contrast_ratio(a, b),
                _ => 0.0,
            };
            rows.push(ContrastReport {
                foreground: pair.foreground.clone(),
                background: pair.background.clone(),
                foreground_value: fg_value.to_owned(),
                background_value: bg_value.to_owned(),
                ratio,
                minimum: pair.minimum,
                usage: pair.usage.clone(),
                mode: mode.map(str::to_owned),
            });
        }
    }
    rows
}

/// The pairs that fail, empty when all pass.
pub fn check_contrast(set: &TokenSet) -> Vec<ContrastFailure> {
    contrast_report(set)
        .into_iter()
        .filter(|row| !row.passes())
        .map(|row| ContrastFailure {
            foreground: row.foreground,
            background: row.background,
            ratio: row.ratio,
            minimum: row.minimum,
            usage: row.usage,
            mode: row.mode,
        })
        .collect()
}

/// A plain-text table of report rows (for test failure messages and terminals).
pub fn format_table(rows: &[ContrastReport]) -> String {
    let mut out = format!(
        "{:<4} {:<48} {:<48} {:>6} {:>4}  {:<14} {}\n",
        "ok", "foreground", "background", "ratio", "min", "mode", "usage"
    );
    for row in rows {
        out.push_str(&format!(
            "{:<4} {:<48} {:<48} {:>6.2} {:>4}  {:<14} {}\n",
            if row.passes() { "ok" } else { "FAIL" },
            format!("{} {}", row.foreground, row.foreground_value),
            format!("{} {}", row.background, row.background_value),
            row.ratio,
            row.minimum,
            row.mode.as_deref().unwrap_or("-"),
            row.usage
        ));
    }
    out
}
