//! The islands build: cargo → wasm-bindgen → wasm-opt (npm binaryen; Debian's is too old and
//! silently breaks hydration). No cargo-leptos or trunk: they download helper binaries.

use std::process::Command;

use anyhow::Result;

use crate::{root, run, site_root};

const PROFILE: &str = "wasm-release";

/// Builds `target/site/pkg/eenheid_showcase.js` and `eenheid_showcase_bg.wasm`.
pub fn build() -> Result<()> {
    run(Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())).args([
        "build",
        "--package",
        "eenheid-showcase",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--no-default-features",
        "--features",
        "hydrate",
        "--profile",
        PROFILE,
    ]))?;
    let wasm = root().join("target/wasm32-unknown-unknown").join(PROFILE).join("eenheid_showcase.wasm");
    let pkg = site_root().join("pkg");
    run(Command::new("wasm-bindgen")
        .arg(&wasm)
        .args(["--target", "web", "--no-typescript", "--out-name", "eenheid_showcase", "--out-dir"])
        .arg(&pkg))?;
    let output = pkg.join("eenheid_showcase_bg.wasm");
    run(Command::new(root().join("node_modules/.bin/wasm-opt")).arg("-Oz").arg(&output).arg("-o").arg(&output))
}
