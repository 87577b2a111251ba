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

/// The current UTC time, `YYYY-MM-DD HH:MM UTC`.
pub fn utc_now() -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::now_utc().format(&format).unwrap_or_else(|error| format!("(no date: {error})"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn utc_now_reads_as_date_time_and_zone() {
        let now = super::utc_now();
        let shape: String = now.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect();
        assert_eq!(shape, "9999-99-99 99:99 UTC", "{now}");
    }
}
