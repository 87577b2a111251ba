//! Installs what the build and the tests need, when it is missing: the wasm target,
//! rust-src (for the size build), wasm-bindgen-cli at exactly Cargo.lock's version, the npm tools
//! (axe-core, binaryen's wasm-opt, terser),
//! Debian's Chromium and Debian's PostgreSQL (the journey's second store; its tests start
//! throw-away clusters of their own, nothing runs as a service).

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{root, run};

/// Everything the browser build needs.
pub fn for_build() -> Result<()> {
    wasm_target()?;
    rust_src();
    wasm_bindgen_cli()?;
    npm_tools()
}

/// The standard library's source, for the size build of the enhancement modules. Without it the
/// build falls back to the plain one (eenheid-build says so), so a failure here is not an error.
fn rust_src() {
    let installed = Command::new("rustup").args(["component", "list", "--installed"]).output();
    if installed.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.starts_with("rust-src"))) {
        return;
    }
    if let Err(error) = run(Command::new("rustup").args(["component", "add", "rust-src"])) {
        eprintln!("xtask: could not add rust-src ({error:#}); the enhancement modules get the plain build");
    }
}

fn wasm_target() -> Result<()> {
    let output = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match output {
        Ok(output) if String::from_utf8_lossy(&output.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") => Ok(()),
        Ok(_) => run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"])),
        Err(_) => bail!("rustup not found: install Rust with rustup, then run this again"),
    }
}

/// The version of a package in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    bail!("{package} is not in Cargo.lock")
}

fn wasm_bindgen_cli() -> Result<()> {
    let wanted = locked_version("wasm-bindgen")?;
    let installed = Command::new("wasm-bindgen").arg("--version").output().ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if installed.as_deref() == Some(&format!("wasm-bindgen {wanted}")) {
        return Ok(());
    }
    // Without --locked: with it, one of its locked dependencies is no longer in the registry.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

fn npm_tools() -> Result<()> {
    let root = root();
    let stamp = root.join("node_modules/.package-lock.json");
    let fresh = match (modified(&stamp), modified(&root.join("package-lock.json"))) {
        (Some(installed), Some(wanted)) => installed >= wanted,
        _ => false,
    };
    if fresh && root.join("node_modules/axe-core/axe.min.js").exists() && root.join("node_modules/.bin/wasm-opt").exists() && root.join("node_modules/.bin/terser").exists() {
        return Ok(());
    }
    if Command::new("npm").arg("--version").output().is_err() {
        bail!("npm not found: install Node.js and npm (apt-get install nodejs npm), then run this again");
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Debian's PostgreSQL server programs (`initdb`, `pg_ctl`, `psql`), for the journey's PostgreSQL
/// tests and the bench's PostgreSQL row. Debian's package also starts a cluster of its own as a
/// service: it is stopped again, as the tests start their own on free loopback ports.
pub fn postgresql() -> Result<()> {
    if eenheid_test_postgres::bin_folder().is_ok() {
        return Ok(());
    }
    if !is_root() || Command::new("apt-get").arg("--version").output().is_err() {
        bail!("PostgreSQL is missing (the journey's PostgreSQL tests need it): install it with `sudo apt-get install postgresql`");
    }
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends", "postgresql"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    // Without systemd (a container, CI) the package's own cluster may or may not have started;
    // stop it if it did, and never fail over it.
    if let Ok(clusters) = Command::new("pg_lsclusters").arg("--no-header").output() {
        for line in String::from_utf8_lossy(&clusters.stdout).lines() {
            let mut fields = line.split_whitespace();
            if let (Some(version), Some(name)) = (fields.next(), fields.next()) {
                let _ = Command::new("pg_ctlcluster").args([version, name, "stop"]).status();
            }
        }
    }
    eenheid_test_postgres::bin_folder().map(drop).map_err(anyhow::Error::msg)
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

/// Debian's Chromium and fixed fonts (so screenshots match on every machine).
pub fn chromium() -> Result<()> {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    if !is_root() || Command::new("apt-get").arg("--version").output().is_err() {
        bail!("Chromium is missing: install it with `sudo apt-get install chromium fonts-dejavu-core fonts-liberation`");
    }
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core", "fonts-liberation"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}
