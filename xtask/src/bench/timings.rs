//! Wall times: the axe/browser suite's run, and a clean workspace build.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::report::{BuildTime, SuiteTime};
use crate::{root, site_root};

/// A `compiler-artifact` line of `cargo --message-format=json` (other lines do not read as one).
#[derive(Deserialize)]
struct CargoArtifact {
    target: CargoTarget,
    profile: CargoProfile,
    executable: Option<PathBuf>,
}

#[derive(Deserialize)]
struct CargoTarget {
    name: String,
}

#[derive(Deserialize)]
struct CargoProfile {
    test: bool,
}

/// Builds the a11y suite, then times only its run.
pub fn audit_time() -> Result<SuiteTime> {
    if !Path::new("/usr/bin/chromium").exists() {
        bail!("Chromium is missing: `cargo xtask test` installs it (or `apt-get install chromium`)");
    }
    if !root().join("node_modules/axe-core/axe.min.js").exists() {
        bail!("axe-core is missing: run `npm ci` in the repository root (or `cargo xtask build-wasm`)");
    }
    let output = crate::cargo()
        .args(["test", "--package", "eenheid-a11y", "--test", "showcase", "--no-run", "--message-format=json-render-diagnostics"])
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .context("could not start cargo")?;
    if !output.status.success() {
        bail!("building the a11y suite failed");
    }
    let executable = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<CargoArtifact>(line).ok())
        .filter(|artifact| artifact.target.name == "showcase" && artifact.profile.test)
        .find_map(|artifact| artifact.executable)
        .context("cargo did not name the a11y test binary")?;
    let started = Instant::now();
    let run = Command::new(&executable)
        .current_dir(root().join("a11y-tests"))
        .env("EENHEID_SITE_ROOT", site_root())
        // Timing only: a changed snapshot fails the test but writes no .snap.new file.
        .env("INSTA_UPDATE", "no")
        .stderr(Stdio::inherit())
        .output()
        .context("could not start the a11y suite")?;
    let seconds = started.elapsed().as_secs_f64();
    let stdout = String::from_utf8_lossy(&run.stdout);
    // One trial per page: the site's pages ("page /…") and every example ("example slug/name").
    let pages = stdout
        .lines()
        .filter(|l| ["test page ", "test example ", "test axe "].iter().any(|p| l.starts_with(p)))
        .count();
    let tests = stdout.lines().filter(|l| l.starts_with("test ") && (l.ends_with(" ok") || l.ends_with("FAILED"))).count();
    let failed = stdout.lines().filter(|l| l.starts_with("test ") && l.ends_with("FAILED")).count();
    Ok(SuiteTime {
        failed,
        pages,
        passed: run.status.success(),
        seconds,
        seconds_per_page: if pages > 0 { seconds / pages as f64 } else { 0.0 },
        tests,
    })
}

/// A clean debug build of the workspace in its own target folder (the shared one stays untouched).
pub fn build_time() -> Result<BuildTime> {
    let dir = root().join("target/bench-build");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).context("clearing target/bench-build")?;
    }
    let started = Instant::now();
    crate::run(crate::cargo().args(["build", "--workspace"]).env("CARGO_TARGET_DIR", &dir))?;
    Ok(BuildTime { command: "cargo build --workspace (clean, CARGO_TARGET_DIR=target/bench-build)".to_owned(), seconds: started.elapsed().as_secs_f64() })
}
