//! SSR throughput: Eenheid's `render-page --rounds` and GOV.UK's Nunjucks (`bench.js --rounds`)
//! taking turns, each warm in its own process.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde::de::IgnoredAny;

use super::process::{RoundProcess, json_line};
use super::report::{Ssr, Summary};
use super::step;
use crate::root;

/// Eenheid's `render-page --rounds` and GOV.UK's `bench.js --rounds`, each warm in its own
/// process, take turns: `rounds` rounds of `seconds` each, the first engine swapped every round.
pub fn ssr_rounds(release: &Path, govuk: bool, rounds: usize, seconds: f64) -> Result<Ssr> {
    let mut eenheid = RoundProcess::start(Command::new(release.join("render-page")).arg("--rounds"))?;
    let mut anchor = if govuk {
        Some(RoundProcess::start(Command::new("node").arg(root().join("bench/govuk-nunjucks/bench.js")).arg("--rounds"))?)
    } else {
        None
    };
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (e, g) = if round % 2 == 0 {
            let e = eenheid.round(seconds)?;
            (e, anchor.as_mut().map(|a| a.round(seconds)).transpose()?)
        } else {
            let g = anchor.as_mut().map(|a| a.round(seconds)).transpose()?;
            (eenheid.round(seconds)?, g)
        };
        ours.push(e);
        if let Some(g) = g {
            theirs.push(g);
            ratios.push(e / g);
        }
    }
    let eenheid = Summary::of(&ours);
    let govuk = (!theirs.is_empty()).then(|| Summary::of(&theirs));
    Ok(Ssr {
        disturbed: eenheid.disturbed() || govuk.as_ref().is_some_and(Summary::disturbed),
        eenheid,
        govuk,
        ratio: (!ratios.is_empty()).then(|| Summary::of(&ratios)),
        round_seconds: seconds,
        rounds,
    })
}

/// GOV.UK's page through Nunjucks: checks node, installs the anchor's packages with `npm ci` when
/// they are missing, and runs `bench.js` for `pages` pages, writing the first to `html`.
pub fn govuk_nunjucks(pages: usize, html: &Path) -> Result<()> {
    let dir = root().join("bench/govuk-nunjucks");
    if Command::new("node").arg("--version").output().is_err() {
        bail!("node is not installed: install Node.js and npm (`apt-get install nodejs npm`), then run `npm ci` in bench/govuk-nunjucks");
    }
    if !dir.join("node_modules/govuk-frontend").exists() || !dir.join("node_modules/nunjucks").exists() {
        if Command::new("npm").arg("--version").output().is_err() {
            bail!("bench/govuk-nunjucks/node_modules is missing and npm is not installed: `apt-get install npm`, then `npm ci` in bench/govuk-nunjucks");
        }
        step("installing GOV.UK Frontend and Nunjucks: npm ci in bench/govuk-nunjucks");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .context("could not start npm")?;
        if !status.success() {
            bail!("`npm ci` in bench/govuk-nunjucks failed ({status}); run it by hand to see why (it needs the npm registry)");
        }
    }
    json_line::<IgnoredAny>(Command::new("node").arg(dir.join("bench.js")).arg(pages.to_string()).arg(html))?;
    Ok(())
}
