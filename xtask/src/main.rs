//! Project commands.
//!
//! - `cargo xtask serve`: set up what is missing, build the islands, serve the showcase.
//! - `cargo xtask test`: set up what is missing (also Chromium and PostgreSQL), build the islands, run
//!   every test.
//! - `cargo xtask examples`: print the example registry as JSON lines.
//! - `cargo xtask fixtures [DIR]`: write `DIR/<component>/fixtures.json` (default `target/fixtures`):
//!   each example's props and expected HTML, for teams porting Eenheid to another stack.
//! - `cargo xtask build-wasm`: only build the islands into `target/site/pkg`.
//! - `cargo xtask export [DIR]`: the showcase as static files in `DIR` (default `target/export`),
//!   for any static web server or CDN (see docs/src/static-export.md).
//! - `cargo xtask bench [--check] [--save] ...`: SSR, size, audit and load figures next to GOV.UK's
//!   (see bench.rs); `--check` fails when a budget is missed.
//! - `cargo xtask fuzz [--seconds N]`: the property-based fuzz tests with a time budget (fuzz.rs).
//! - `cargo xtask docs`: build the book (docs/) into `target/book`, installing mdBook first if needed.
//!
//! Every step checks first and does nothing when things are already in place, so a second run is
//! quick.

mod bench;
mod docs;
mod fuzz;
mod setup;
mod wasm;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(&args[1..]),
        Some("examples") => examples(),
        Some("export") => export(args.get(1).map(String::as_str)),
        // The showcase binary already said in one line what could not be written.
        Some("fixtures") => match fixtures(args.get(1).map(String::as_str)) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(error) => Err(error),
        },
        Some("build-wasm") => setup::for_build().and_then(|()| wasm::build()),
        Some("bench") => match bench::run(&args[1..]) {
            Ok(true) => Ok(()),
            Ok(false) => {
                eprintln!("xtask: a budget was missed (see above)");
                return ExitCode::FAILURE;
            }
            Err(error) => Err(error),
        },
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("docs") => docs::build(),
        _ => {
            eprintln!("usage: cargo xtask <serve | test | examples | fixtures [DIR] | export [DIR] | build-wasm | bench [--check] | fuzz [--seconds N] | docs>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the folder above `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// Where the browser build goes: the server reads `pkg/` below it.
pub fn site_root() -> PathBuf {
    root().join("target").join("site")
}

/// Runs a command in the repository root, failing with the command line when it fails.
pub fn run(command: &mut Command) -> Result<()> {
    let line = format!("{command:?}");
    eprintln!("xtask: {line}");
    let status = command.current_dir(root()).status().with_context(|| format!("could not start {line}"))?;
    if !status.success() {
        bail!("{line} failed ({status})");
    }
    Ok(())
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn serve() -> Result<()> {
    setup::for_build()?;
    wasm::build()?;
    run(cargo()
        .args(["run", "--package", "eenheid-showcase", "--bin", "eenheid-showcase"])
        .env("EENHEID_SITE_ROOT", site_root()))
}

fn test(extra: &[String]) -> Result<()> {
    setup::for_build()?;
    setup::chromium()?;
    setup::postgresql()?;
    wasm::build()?;
    let mut command = cargo();
    command.args(["test", "--workspace", "--no-fail-fast"]).args(extra).env("EENHEID_SITE_ROOT", site_root());
    if std::env::var_os("CI").is_some() {
        // A snapshot that changed fails; nothing is written for later acceptance.
        command.env("INSTA_UPDATE", "no");
    }
    run(&mut command)
}

/// Builds the islands, then has the showcase write every page and file into `dir` (relative to
/// where the command was given; default `target/export` in the repository).
fn export(dir: Option<&str>) -> Result<()> {
    let dir = match dir {
        Some(dir) => std::env::current_dir().context("the current folder")?.join(dir),
        None => root().join("target").join("export"),
    };
    setup::for_build()?;
    wasm::build()?;
    run(cargo()
        .args(["run", "--quiet", "--package", "eenheid-showcase", "--bin", "eenheid-showcase", "--", "--export"])
        .arg(&dir)
        .env("EENHEID_SITE_ROOT", site_root()))
}

/// Writes the fixtures; `Ok(false)` when the showcase binary could not write them (it printed
/// one line naming the folder; a second line with the command would only repeat it).
fn fixtures(dir: Option<&str>) -> Result<bool> {
    let dir = dir.map_or_else(|| root().join("target").join("fixtures"), |dir| std::env::current_dir().unwrap_or_default().join(dir));
    let mut command = cargo();
    command.args(["run", "--quiet", "--package", "eenheid-showcase", "--bin", "eenheid-showcase", "--", "--fixtures"]).arg(&dir);
    let status = command.current_dir(root()).status().context("could not start cargo run")?;
    Ok(status.success())
}

fn examples() -> Result<()> {
    run(cargo().args(["run", "--quiet", "--package", "eenheid-showcase", "--bin", "eenheid-showcase", "--", "--examples"]))
}
