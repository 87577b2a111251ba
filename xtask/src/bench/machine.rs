//! The machine and the tool versions behind the figures, and the run's date.

use std::path::Path;
use std::process::Command;

use serde::Deserialize;

use super::report::{Machine, Tools};
use crate::root;

/// The trimmed stdout of a command that succeeds.
fn command_text(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn machine() -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("PRETTY_NAME=").map(|v| v.trim_matches('"').to_owned())))
        .unwrap_or_else(|| std::env::consts::OS.to_owned());
    Machine {
        cores: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        cpu,
        node: command_text("node", &["--version"]),
        os,
        rustc: command_text("rustc", &["--version"]),
        tools: tool_versions(),
    }
}

/// The `version` of an installed npm package's `package.json`.
pub fn package_version(package_json: &Path) -> Option<String> {
    #[derive(Deserialize)]
    struct PackageJson {
        version: String,
    }
    let text = std::fs::read_to_string(package_json).ok()?;
    serde_json::from_str::<PackageJson>(&text).ok().map(|package| package.version)
}

/// The version of every tool a figure depends on, read from what is installed (not typed in).
fn tool_versions() -> Tools {
    let npm_version = |package_json: &str| package_version(&root().join(package_json));
    let locked = |package: &str| crate::setup::locked_version(package).ok();
    let first_line = |program: &str| command_text(program, &["--version"]).map(|v| v.lines().next().unwrap_or_default().to_owned());
    Tools {
        axe_core_cli: npm_version("bench/axe-cli/node_modules/@axe-core/cli/package.json"),
        axe_core: npm_version("node_modules/axe-core/package.json"),
        binaryen: npm_version("node_modules/binaryen/package.json"),
        chromium: first_line("/usr/bin/chromium"),
        govuk_frontend: npm_version("bench/govuk-nunjucks/node_modules/govuk-frontend/package.json"),
        leptos: locked("leptos"),
        nunjucks: npm_version("bench/govuk-nunjucks/node_modules/nunjucks/package.json"),
        terser: npm_version("node_modules/terser/package.json"),
        wasm_bindgen: locked("wasm-bindgen"),
    }
}

/// The current UTC time, `YYYY-MM-DD HH:MM UTC` (no date crate needed).
pub fn utc_now() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (seconds / 86_400) as i64;
    let (hour, minute) = ((seconds % 86_400) / 3600, (seconds % 3600) / 60);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
}
