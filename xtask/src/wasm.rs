//! The showcase's browser files: Eenheid's enhancement modules, built by `eenheid-build` exactly
//! as an agency's app builds them (cargo → wasm-bindgen → wasm-opt from npm binaryen → terser).
//! No cargo-leptos or trunk: they download helper binaries.

use anyhow::Result;

use crate::{root, site_root};

/// Builds `target/site/pkg`: `eenheid.js` and each module's `<name>.js` + `<name>_bg.wasm`.
pub fn build() -> Result<()> {
    let pkg = site_root().join("pkg");
    // Files of the old Leptos islands build would be served as if they were current.
    for stale in ["eenheid_showcase.js", "eenheid_showcase_bg.wasm"] {
        let _ = std::fs::remove_file(pkg.join(stale));
    }
    let built = eenheid_build::build(&eenheid_build::Options::new(root().join("Cargo.toml"), pkg))?;
    eprintln!("xtask: {} browser files ({})", built.files.len(), if built.size_build { "size build" } else { "plain build" });
    Ok(())
}
