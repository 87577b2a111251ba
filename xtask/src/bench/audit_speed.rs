//! Audit speed side by side with the tool auditors use today: Deque's `@axe-core/cli` (axe alone,
//! through chromedriver) and `eenheid-audit` (every check, and `--checks axe`), on the same
//! showcase URLs of the release server, in alternating rounds (the order turns every round), each
//! run a whole process from start to exit. Both run the same axe-core (the pinned one, given to
//! axe-cli with `--axe-source`) with the same WCAG tags.
//!
//! axe-cli is installed from `bench/axe-cli/package-lock.json` (`npm ci`, with
//! `CHROMEDRIVER_SKIP_DOWNLOAD=true`: it drives Debian's `/usr/bin/chromedriver`, package
//! `chromium-driver`). Without npm or chromedriver its column is "not measured" and the notes say
//! how to install them; Eenheid's figures are still measured.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::machine::package_version;
use super::report::{AuditSpeed, AuditVersions, Summary};
use super::server::start_server;
use crate::root;

/// The tags both tools audit: WCAG 2.0, 2.1 and 2.2, A and AA.
const TAGS: &str = "wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa";
/// Pages per run.
pub const PAGES: usize = 30;
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// One tool's way of auditing the URL list.
#[derive(Clone, Copy, PartialEq)]
enum Tool {
    AxeCli,
    EenheidAll,
    EenheidAxe,
}

impl Tool {
    fn key(self) -> &'static str {
        match self {
            Tool::AxeCli => "axe_cli",
            Tool::EenheidAll => "eenheid_all",
            Tool::EenheidAxe => "eenheid_axe",
        }
    }
}

/// Runs `rounds` alternating rounds; every figure is pages per second over the whole run.
pub fn compare(release: &Path, rounds: usize, notes: &mut Vec<String>) -> Result<AuditSpeed> {
    let out = root().join("target/bench");
    let (_server, address) = start_server(release, &out.join("audit-data"), &[])?;
    let urls = sample_urls(release, &address)?;
    let url_file = out.join("audit-urls.txt");
    std::fs::write(&url_file, urls.join("\n") + "\n").context("writing target/bench/audit-urls.txt")?;

    let axe_cli = match axe_cli() {
        Ok(path) => Some(path),
        Err(error) => {
            notes.push(format!("@axe-core/cli not measured: {error:#}"));
            None
        }
    };
    let mut tools = vec![Tool::EenheidAll, Tool::EenheidAxe];
    if axe_cli.is_some() {
        tools.insert(0, Tool::AxeCli);
    }
    let mut rates: Vec<(Tool, Vec<f64>)> = tools.iter().map(|t| (*t, Vec::new())).collect();
    let mut check_millis: Vec<BTreeMap<String, f64>> = Vec::new();
    for round in 0..rounds {
        for turn in 0..tools.len() {
            let tool = tools[(round + turn) % tools.len()];
            eprintln!("bench: audit round {}/{rounds}: {}", round + 1, tool.key());
            let started = Instant::now();
            let json_out = out.join("audit-eenheid.json");
            let mut command = match tool {
                Tool::AxeCli => {
                    let mut command = Command::new(axe_cli.as_ref().context("axe-cli")?);
                    command
                        .args(&urls)
                        .args(["--tags", TAGS, "--exit", "--stdout"])
                        .arg("--axe-source")
                        .arg(root().join("node_modules/axe-core/axe.min.js"))
                        .args(["--chromedriver-path", CHROMEDRIVER, "--chrome-path", CHROMIUM])
                        // Root in a container: Chromium refuses its sandbox there (eenheid-audit
                        // starts it the same way).
                        .args(["--chrome-options", "no-sandbox,disable-gpu"]);
                    command
                }
                Tool::EenheidAll | Tool::EenheidAxe => {
                    let mut command = Command::new(release.join("eenheid-audit"));
                    command.arg("--urls-file").arg(&url_file).arg("--json").arg(&json_out);
                    if tool == Tool::EenheidAxe {
                        command.args(["--checks", "axe"]);
                    }
                    command
                }
            };
            let output = command.stdin(Stdio::null()).output().with_context(|| format!("could not start {}", tool.key()))?;
            let seconds = started.elapsed().as_secs_f64();
            if !output.status.success() {
                let text = String::from_utf8_lossy(&output.stdout);
                let tail: Vec<&str> = text.lines().rev().take(5).collect();
                bail!("{} failed ({}) on the showcase: {}", tool.key(), output.status, tail.join(" | "));
            }
            if tool == Tool::AxeCli {
                // `--stdout`: one axe result per page, as JSON.
                let results: Vec<AxeCliPage> = serde_json::from_slice(&output.stdout).context("axe-cli --stdout is not a JSON list of page results")?;
                let audited = results.iter().filter(|page| page.url.is_some()).count();
                if audited != PAGES {
                    bail!("axe-cli reported {audited} pages instead of {PAGES}");
                }
            }
            if tool == Tool::EenheidAll {
                check_millis.push(mean_check_millis(&json_out)?);
            }
            if let Some((_, list)) = rates.iter_mut().find(|(t, _)| *t == tool) {
                list.push(PAGES as f64 / seconds);
            }
        }
    }
    let figure = |tool: Tool| rates.iter().find(|(t, _)| *t == tool).map(|(_, list)| Summary::of(list));
    let axe_cli_figure = figure(Tool::AxeCli);
    // Every round ran both of Eenheid's tools (rounds ≥ 1).
    let (eenheid_all, eenheid_axe) = (figure(Tool::EenheidAll).context("no eenheid-audit round")?, figure(Tool::EenheidAxe).context("no eenheid-audit --checks axe round")?);
    let speed = AuditSpeed {
        ratio_all: axe_cli_figure.as_ref().map(|axe_cli| eenheid_all.median / axe_cli.median),
        ratio_axe: axe_cli_figure.as_ref().map(|axe_cli| eenheid_axe.median / axe_cli.median),
        axe_cli: axe_cli_figure,
        check_millis_per_page: check_millis.pop(),
        eenheid_all,
        eenheid_axe,
        pages: PAGES,
        rounds,
        urls: url_file.strip_prefix(root()).unwrap_or(&url_file).display().to_string(),
        versions: versions(axe_cli.as_deref()),
    };
    if speed.disturbed() {
        notes.push("audit rounds spread more than 25 % (the machine was busy): run the bench again".to_owned());
    }
    Ok(speed)
}

/// One page of `axe --stdout`.
#[derive(Deserialize)]
struct AxeCliPage {
    url: Option<String>,
}

/// The home page, then component and example pages spread evenly over the site (no search
/// results, no 404 page): [`PAGES`] URLs.
fn sample_urls(release: &Path, address: &str) -> Result<Vec<String>> {
    let output = Command::new(release.join("eenheid-showcase")).arg("--pages").output().context("eenheid-showcase --pages")?;
    let pages: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|p| *p == "/" || p.starts_with("/componenten/") || p.starts_with("/voorbeelden/"))
        .map(str::to_owned)
        .collect();
    if pages.len() < PAGES {
        bail!("the showcase lists {} pages, fewer than {PAGES}", pages.len());
    }
    let step = pages.len() as f64 / PAGES as f64;
    Ok((0..PAGES).map(|i| format!("http://{address}{}", pages[(i as f64 * step) as usize])).collect())
}

/// `bench/axe-cli/node_modules/.bin/axe`, installed with `npm ci` when missing.
fn axe_cli() -> Result<PathBuf> {
    if !Path::new(CHROMEDRIVER).exists() {
        bail!("{CHROMEDRIVER} is missing: install Debian's chromium-driver (`apt-get install chromium-driver`)");
    }
    let dir = root().join("bench/axe-cli");
    let bin = dir.join("node_modules/.bin/axe");
    if !bin.exists() {
        if Command::new("npm").arg("--version").output().is_err() {
            bail!("npm not found: install Node.js and npm (`apt-get install nodejs npm`)");
        }
        crate::run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--prefix"])
                .arg(&dir)
                .env("CHROMEDRIVER_SKIP_DOWNLOAD", "true"),
        )?;
    }
    Ok(bin)
}

/// The part of `eenheid-audit --json` the time per check comes from.
#[derive(Deserialize)]
struct AuditJson {
    pages: Vec<AuditJsonPage>,
}

#[derive(Deserialize)]
struct AuditJsonPage {
    #[serde(default)]
    load_millis: f64,
    #[serde(default)]
    check_millis: BTreeMap<String, f64>,
}

/// The mean time per page of each check (and the page load) in one `--json` report.
fn mean_check_millis(json_file: &Path) -> Result<BTreeMap<String, f64>> {
    let report: AuditJson = serde_json::from_str(&std::fs::read_to_string(json_file).context("reading eenheid-audit --json")?).context("eenheid-audit --json: no pages")?;
    let mut totals: BTreeMap<String, f64> = BTreeMap::new();
    for page in &report.pages {
        *totals.entry("load".into()).or_default() += page.load_millis;
        for (check, millis) in &page.check_millis {
            *totals.entry(check.clone()).or_default() += millis;
        }
    }
    let n = report.pages.len().max(1) as f64;
    Ok(totals.into_iter().map(|(check, total)| (check, (total / n).round())).collect())
}

fn versions(axe_cli: Option<&Path>) -> AuditVersions {
    let first_line = |program: &str, args: &[&str]| -> Option<String> {
        let output = Command::new(program).args(args).output().ok()?;
        Some(String::from_utf8_lossy(&output.stdout).lines().next()?.trim().to_owned())
    };
    AuditVersions {
        axe_cli: axe_cli.and_then(|_| package_version(&root().join("bench/axe-cli/node_modules/@axe-core/cli/package.json"))),
        axe_core: package_version(&root().join("node_modules/axe-core/package.json")),
        chromedriver: first_line(CHROMEDRIVER, &["--version"]).map(|v| v.split(" (").next().unwrap_or_default().to_owned()),
        chromium: first_line(CHROMIUM, &["--version"]),
    }
}
