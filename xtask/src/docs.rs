//! `cargo xtask docs`: builds the book (docs/, mdBook) into `target/book`.
//!
//! mdBook is installed on first use into `target/tools` (`cargo install mdbook --version <pin>
//! --locked`), without its `serve`/`watch` features, which keeps the one-time build to a few
//! minutes; later runs find it there and only build. CI does not build the book: the code on the
//! getting-started page is compiled and run as a doctest of the `eenheid` crate instead.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};

use crate::{cargo, root, run};

/// The mdBook version the book is built with.
pub const MDBOOK_VERSION: &str = "0.5.4";

/// Where `cargo install --root` puts its tools.
fn tools_root() -> PathBuf {
    root().join("target").join("tools")
}

/// The installed `mdbook`, if it is the pinned version.
fn installed() -> Option<PathBuf> {
    let binary = tools_root().join("bin").join(if cfg!(windows) { "mdbook.exe" } else { "mdbook" });
    let output = Command::new(&binary).arg("--version").output().ok()?;
    let version = String::from_utf8_lossy(&output.stdout);
    // `mdbook v0.5.4`
    (output.status.success() && version.trim().trim_start_matches("mdbook v") == MDBOOK_VERSION).then_some(binary)
}

/// Installs mdBook when missing, builds the book and says where it is.
pub fn build() -> Result<()> {
    let mdbook = match installed() {
        Some(binary) => binary,
        None => {
            eprintln!("xtask: installing mdbook {MDBOOK_VERSION} into target/tools (once; takes a few minutes)");
            run(cargo().args(["install", "mdbook", "--version", MDBOOK_VERSION, "--locked", "--no-default-features", "--features", "search", "--root"])
                .arg(tools_root()))?;
            installed().context("mdbook was installed but does not run")?
        }
    };
    let out = root().join("target").join("book");
    run(Command::new(mdbook).arg("build").arg(root().join("docs")).arg("--dest-dir").arg(&out))?;
    println!("The book is in {}", out.join("index.html").display());
    Ok(())
}
