//! `eenheid-build [--manifest-path Cargo.toml] [--out target/site/pkg] [--islands PACKAGE] [--install]`
//!
//! Builds an app's browser code: Eenheid's enhancement modules and, with `--islands`, the app's
//! own Leptos islands crate. See the library documentation.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut options = eenheid_build::Options::new("Cargo.toml", "target/site/pkg");
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let result = match arg.as_str() {
            "--manifest-path" => value("--manifest-path").map(|v| options.manifest = PathBuf::from(v)),
            "--out" => value("--out").map(|v| options.out_dir = PathBuf::from(v)),
            "--islands" => value("--islands").map(|v| options.islands = Some(v)),
            "--install" => Ok(options.install_missing = true),
            "--plain" => Ok(options.size_build = false),
            "-h" | "--help" => {
                println!(
                    "eenheid-build [--manifest-path Cargo.toml] [--out target/site/pkg] [--islands PACKAGE] [--install] [--plain]\n\n\
                     Builds Eenheid's enhancement modules (eenheid.js, <name>.js, <name>_bg.wasm) into --out, and with\n\
                     --islands the app's own Leptos islands crate (feature `hydrate`). --install installs the\n\
                     wasm-bindgen-cli version Cargo.lock pins; --plain skips the size build."
                );
                return ExitCode::SUCCESS;
            }
            other => Err(format!("unknown argument {other:?} (see --help)")),
        };
        if let Err(message) = result {
            eprintln!("eenheid-build: {message}");
            return ExitCode::from(2);
        }
    }
    match eenheid_build::build(&options) {
        Ok(built) => {
            let mode = if built.size_build { "size build" } else { "plain build" };
            eprintln!("eenheid-build: {} files in {} ({mode})", built.files.len(), options.out_dir.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("eenheid-build: {error:#}");
            ExitCode::FAILURE
        }
    }
}
