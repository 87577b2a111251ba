//! `cargo xtask fuzz [--seconds N]`: the property-based fuzz tests (proptest, stable Rust) of the
//! validators (`components/tests/fuzz.rs`) and the token parser (`tokens/tests/fuzz.rs`), run with
//! fresh random seeds until a deadline N seconds away (default 60) instead of proptest's default
//! case count. Both test binaries run at the same time and every property in its own thread, so the
//! whole run takes about N seconds after the build. A failure is shrunk to a minimal input, saved
//! in `target/fuzz-failures/` and printed; add it to the test's `fuzz-corpus/` with the fix.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use serde_json::Value;

use crate::root;

/// The packages with a `tests/fuzz.rs`.
const PACKAGES: [&str; 2] = ["eenheid", "eenheid-tokens"];

pub fn run(args: &[String]) -> Result<()> {
    let mut seconds: u64 = 60;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                seconds = args.next().context("--seconds needs a number")?.parse().context("--seconds: a whole number of seconds")?;
            }
            other => bail!("unknown option {other:?}; usage: cargo xtask fuzz [--seconds N]"),
        }
    }
    if seconds == 0 {
        bail!("--seconds must be at least 1");
    }

    eprintln!("fuzz: building the fuzz tests");
    let mut build = crate::cargo();
    build.args(["test", "--no-run", "--message-format=json-render-diagnostics", "--test", "fuzz"]);
    for package in PACKAGES {
        build.args(["--package", package]);
    }
    let output = build.current_dir(root()).stderr(Stdio::inherit()).output().context("could not start cargo")?;
    if !output.status.success() {
        bail!("building the fuzz tests failed");
    }
    let executables: Vec<PathBuf> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["target"]["name"] == "fuzz" && m["profile"]["test"] == Value::Bool(true))
        .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
        .collect();
    if executables.len() != PACKAGES.len() {
        bail!("expected {} fuzz test binaries, cargo built {}", PACKAGES.len(), executables.len());
    }

    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO);
    let deadline = (now + Duration::from_secs(seconds)).as_millis();
    eprintln!("fuzz: running every property for {seconds} s");
    let started = Instant::now();
    let mut children = Vec::new();
    for executable in &executables {
        let child = Command::new(executable)
            // Every property in its own thread, so all of them run until the deadline.
            .args(["--test-threads", "64", "--nocapture"])
            .env("EENHEID_FUZZ_DEADLINE_MS", deadline.to_string())
            .current_dir(root())
            .spawn()
            .with_context(|| format!("could not start {}", executable.display()))?;
        children.push((executable, child));
    }
    let mut failed = Vec::new();
    for (executable, mut child) in children {
        let status = child.wait().with_context(|| format!("waiting for {}", executable.display()))?;
        if !status.success() {
            failed.push(executable.display().to_string());
        }
    }
    eprintln!("fuzz: done in {:.0} s", started.elapsed().as_secs_f64());
    if !failed.is_empty() {
        bail!("fuzzing found a failure in {} (minimal inputs are in target/fuzz-failures/)", failed.join(", "));
    }
    println!("fuzz: no failures in {seconds} s");
    Ok(())
}
