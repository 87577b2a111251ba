//! Embeds the pinned axe-core in the crate, so `eenheid-audit` needs nothing but Chromium at run
//! time (and the tests audit with exactly the axe-core the CLI ships).
//!
//! Which `axe.min.js`: `EENHEID_AXE_EMBED` (a path) when set, else the first
//! `node_modules/axe-core/axe.min.js` above this crate (`npm ci` in the repository root puts it
//! there). Its version (from the file's `/*! axe vX.Y.Z` header) must be the one pinned in the
//! repository's `package-lock.json`, when that file is there. The copy goes to
//! `$OUT_DIR/axe.min.js`; the version is passed on as `EENHEID_AXE_EMBEDDED_VERSION`.
//! A missing or different axe-core fails the build with one line saying what to do.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const AXE_RELATIVE: &str = "node_modules/axe-core/axe.min.js";
const EMBED_VAR: &str = "EENHEID_AXE_EMBED";

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed={EMBED_VAR}");
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // Cargo shows a failed build script's stderr; the first line says it all.
            eprintln!("error: eenheid-a11y: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| format!("CARGO_MANIFEST_DIR: {e}"))?);
    let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?);

    let lock = manifest_dir.ancestors().map(|dir| dir.join("package-lock.json")).find(|path| path.is_file());
    let pinned = match &lock {
        Some(path) => {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Some(pinned_version(&text).ok_or_else(|| format!("{} pins no axe-core version", path.display()))?)
        }
        None => None,
    };
    let wanted = pinned.as_deref().map(|v| format!("axe-core {v} (pinned in package-lock.json)")).unwrap_or_else(|| "axe-core".to_owned());

    let from_env = env::var_os(EMBED_VAR).filter(|v| !v.is_empty());
    let hint = if from_env.is_some() {
        format!("point {EMBED_VAR} at the axe.min.js of {wanted}")
    } else {
        "run `npm ci` in the repository root".to_owned()
    };
    let source = match from_env {
        Some(path) => {
            let path = PathBuf::from(path);
            if !path.is_file() {
                return Err(format!("{EMBED_VAR}={} is not a file: {hint}", path.display()));
            }
            path
        }
        None => manifest_dir.ancestors().map(|dir| dir.join(AXE_RELATIVE)).find(|path| path.is_file()).ok_or_else(|| {
            format!(
                "{wanted} is not installed ({AXE_RELATIVE} above {}): run `npm ci` in the repository root, or set {EMBED_VAR} to its axe.min.js",
                manifest_dir.display()
            )
        })?,
    };
    println!("cargo:rerun-if-changed={}", source.display());
    let script = fs::read_to_string(&source).map_err(|e| format!("cannot read {}: {e}", source.display()))?;
    let version = header_version(&script).ok_or_else(|| format!("{} is not axe-core's axe.min.js (no `/*! axe v…` header)", source.display()))?;
    if let Some(pinned) = &pinned
        && *pinned != version
    {
        return Err(format!("{} is axe-core {version}, but package-lock.json pins {pinned}: {hint}", source.display()));
    }
    write(&out_dir.join("axe.min.js"), &script)?;
    println!("cargo:rustc-env=EENHEID_AXE_EMBEDDED_VERSION={version}");
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `4.14.1` from the `/*! axe v4.14.1` header axe-core's builds start with.
fn header_version(script: &str) -> Option<String> {
    let rest = script.trim_start().strip_prefix("/*! axe v")?;
    let version: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+')).collect();
    (!version.is_empty()).then_some(version)
}

/// The version of `node_modules/axe-core` in a package-lock.json (lockfile v2/v3): the first
/// `"version"` after that key. A plain text search keeps the build script free of dependencies.
fn pinned_version(lock: &str) -> Option<String> {
    let entry = &lock[lock.find("\"node_modules/axe-core\"")?..];
    let after = &entry[entry.find("\"version\"")? + "\"version\"".len()..];
    let value = after.trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    Some(value[..value.find('"')?].to_owned())
}
