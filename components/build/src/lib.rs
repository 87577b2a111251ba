//! # eenheid-build: an app's browser code, in one command
//!
//! An agency's app renders Eenheid components on the server. For the browser it needs
//! Eenheid's enhancement modules (see [`eenheid_enhance`]) and, if it has any, its own Leptos
//! islands. [`build`] makes both, into one folder the app serves (usually `target/site/pkg`,
//! served at `/pkg`):
//!
//! - `eenheid.js` (the loader) and per enhancement `<name>.js` + `<name>_bg.wasm`: each built from
//!   the `eenheid-enhance` source in the app's own dependency graph, for `wasm32-unknown-unknown`,
//!   in a small crate under `target/eenheid-build/` with the app's `Cargo.lock`;
//! - with [`Options::islands`], the app's own crate (its `hydrate` feature, a `cdylib`) as
//!   `<crate_name>.js` + `<crate_name>_bg.wasm`, the names Leptos's `HydrationScripts` expects.
//!
//! Then `wasm-bindgen` at exactly the version `Cargo.lock` pins (a different CLI would make a page
//! that silently does nothing, so that is an error that says what to install), `wasm-opt -Oz`
//! (binaryen 116 or newer; Debian 12's 108 breaks wasm-bindgen's output) and `terser` for the
//! JavaScript, each used when found and reported in one line when not. When `rust-src` is
//! installed, the enhancement modules get a size build (`-Z build-std` with `panic=immediate-abort`
//! on the stable toolchain, via `RUSTC_BOOTSTRAP=1`); without it the plain build is used and one
//! line says what would make it smaller.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use eenheid_enhance::{Enhancement, LOADER_FILE, LOADER_JS};

/// What to build.
#[derive(Clone, Debug)]
pub struct Options {
    /// The app's `Cargo.toml` (a package or a workspace whose graph has `eenheid`).
    pub manifest: PathBuf,
    /// Where the browser files go (served at the app's script base, e.g. `/pkg`).
    pub out_dir: PathBuf,
    /// The app's own islands crate, if any: a package with a `hydrate` feature and a `cdylib`.
    pub islands: Option<String>,
    /// Install a missing or different `wasm-bindgen-cli` (`cargo install`, ~3 minutes) instead
    /// of stopping with the command to run.
    pub install_missing: bool,
    /// The size build for the enhancement modules when the toolchain has `rust-src` (default on;
    /// `EENHEID_SIZE_BUILD=0` turns it off).
    pub size_build: bool,
}

impl Options {
    /// Build Eenheid's modules for the app at `manifest` into `out_dir`.
    pub fn new(manifest: impl Into<PathBuf>, out_dir: impl Into<PathBuf>) -> Self {
        Options {
            manifest: manifest.into(),
            out_dir: out_dir.into(),
            islands: None,
            install_missing: false,
            size_build: std::env::var("EENHEID_SIZE_BUILD").map_or(true, |v| v != "0"),
        }
    }
}

/// What was built, for the caller's report.
#[derive(Clone, Debug, Default)]
pub struct Built {
    /// Every file written into the output folder.
    pub files: Vec<PathBuf>,
    /// Whether the enhancement modules got the size build.
    pub size_build: bool,
    /// One line per tool that was missing and what it would have given.
    pub notes: Vec<String>,
}

/// Builds the browser files (see the crate documentation).
pub fn build(options: &Options) -> Result<Built> {
    let project = Project::read(&options.manifest)?;
    let tools = Tools::find(&project, options)?;
    std::fs::create_dir_all(&options.out_dir).with_context(|| format!("creating {}", options.out_dir.display()))?;
    let mut built = Built { size_build: tools.size_build, notes: tools.notes.clone(), ..Built::default() };
    build_modules(&project, &tools, options, &mut built)?;
    if let Some(package) = &options.islands {
        build_islands(&project, &tools, options, package, &mut built)?;
    }
    for note in &built.notes {
        eprintln!("eenheid-build: {note}");
    }
    Ok(built)
}

/// The app as cargo sees it.
struct Project {
    workspace_root: PathBuf,
    target_dir: PathBuf,
    /// The `eenheid-enhance` source the app depends on.
    enhance_manifest: PathBuf,
}

impl Project {
    fn read(manifest: &Path) -> Result<Project> {
        let output = cargo()
            .args(["metadata", "--format-version", "1", "--manifest-path"])
            .arg(manifest)
            .output()
            .context("running cargo metadata")?;
        if !output.status.success() {
            bail!("cargo metadata failed for {}: {}", manifest.display(), String::from_utf8_lossy(&output.stderr).trim());
        }
        let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).context("reading cargo metadata")?;
        let path = |key: &str| metadata[key].as_str().map(PathBuf::from).with_context(|| format!("cargo metadata has no {key}"));
        let enhance_manifest = metadata["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == "eenheid-enhance")
            .and_then(|p| p["manifest_path"].as_str())
            .map(PathBuf::from)
            .with_context(|| format!("{} does not depend on eenheid (no eenheid-enhance in its dependency graph)", manifest.display()))?;
        Ok(Project { workspace_root: path("workspace_root")?, target_dir: path("target_directory")?, enhance_manifest })
    }

    fn lock(&self) -> Result<String> {
        let path = self.workspace_root.join("Cargo.lock");
        std::fs::read_to_string(&path).with_context(|| format!("reading {} (run `cargo generate-lockfile` first)", path.display()))
    }
}

/// The external tools, checked before anything is built.
struct Tools {
    wasm_bindgen: PathBuf,
    wasm_opt: Option<PathBuf>,
    terser: Option<PathBuf>,
    size_build: bool,
    notes: Vec<String>,
}

impl Tools {
    fn find(project: &Project, options: &Options) -> Result<Tools> {
        wasm_target()?;
        let wanted = locked_versions(&project.lock()?, "wasm-bindgen");
        let wanted = match wanted.as_slice() {
            [one] => one.clone(),
            [] => bail!("Cargo.lock has no wasm-bindgen: does the app depend on eenheid?"),
            many => bail!("Cargo.lock has several wasm-bindgen versions ({}): pin one, e.g. wasm-bindgen = \"={}\"", many.join(", "), many[0]),
        };
        let installed = version_of(Command::new("wasm-bindgen").arg("--version"));
        if let Some(problem) = wasm_bindgen_problem(&wanted, installed.as_deref()) {
            if !options.install_missing {
                bail!("{problem}");
            }
            // Without --locked: with it, one of its locked dependencies is no longer in the registry.
            run(cargo().args(["install", "wasm-bindgen-cli", "--version", &wanted]))?;
            let now = version_of(Command::new("wasm-bindgen").arg("--version"));
            if let Some(problem) = wasm_bindgen_problem(&wanted, now.as_deref()) {
                bail!("after cargo install: {problem} (is ~/.cargo/bin on PATH, before any other wasm-bindgen?)");
            }
        }
        let mut notes = Vec::new();
        let local_bin = |name: &str| project.workspace_root.join("node_modules/.bin").join(name);
        let wasm_opt = [local_bin("wasm-opt"), PathBuf::from("wasm-opt")].into_iter().find_map(|path| {
            let version = version_of(Command::new(&path).arg("--version"))?;
            let number: u32 = version.split_whitespace().nth(2)?.parse().ok()?;
            (number >= 116).then_some(path)
        });
        if wasm_opt.is_none() {
            notes.push("no wasm-opt 116 or newer (npm install binaryen): the .wasm files are not optimised, about a third larger".to_owned());
        }
        let terser = [local_bin("terser"), PathBuf::from("terser")].into_iter().find(|path| version_of(Command::new(path).arg("--version")).is_some());
        if terser.is_none() {
            notes.push("no terser (npm install terser): the JavaScript glue is not minified, about 1 KB gzip more per module".to_owned());
        }
        let size_build = options.size_build && has_rust_src();
        if options.size_build && !size_build {
            notes.push("plain build: `rustup component add rust-src` allows the size build (about 30 % smaller modules)".to_owned());
        }
        Ok(Tools { wasm_bindgen: PathBuf::from("wasm-bindgen"), wasm_opt, terser, size_build, notes })
    }
}

/// Each enhancement on its own: one small crate with a feature per enhancement, built once per
/// feature, so a module holds only its own code.
fn build_modules(project: &Project, tools: &Tools, options: &Options, built: &mut Built) -> Result<()> {
    let crate_dir = project.target_dir.join("eenheid-build").join("modules");
    std::fs::create_dir_all(&crate_dir)?;
    write_if_changed(&crate_dir.join("Cargo.toml"), &modules_manifest(&project.enhance_manifest))?;
    write_if_changed(&crate_dir.join("lib.rs"), "// The module's start function comes from eenheid-enhance.\npub use eenheid_enhance::start;\n")?;
    // The app's lock, every time, so the modules use the versions the app pins now (wasm-bindgen
    // above all: the CLI was checked against this lock).
    std::fs::write(crate_dir.join("Cargo.lock"), project.lock()?)?;
    let target_dir = project.target_dir.join("eenheid-build").join(if tools.size_build { "size" } else { "plain" });
    for enhancement in Enhancement::ALL {
        let mut command = cargo();
        command
            .current_dir(&crate_dir)
            .args(["build", "--quiet", "--lib", "--release", "--target", "wasm32-unknown-unknown", "--features", enhancement.name(), "--target-dir"])
            .arg(&target_dir);
        if tools.size_build {
            command
                .env("RUSTC_BOOTSTRAP", "1")
                .env("RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none")
                .args(["-Z", "build-std=std,panic_abort", "-Z", "build-std-features=optimize_for_size"]);
        }
        run(&mut command)?;
        let wasm = target_dir.join("wasm32-unknown-unknown/release/eenheid_modules.wasm");
        bindgen_and_shrink(tools, &wasm, enhancement.name(), &options.out_dir, built)?;
    }
    let loader = options.out_dir.join(LOADER_FILE);
    std::fs::write(&loader, LOADER_JS)?;
    minify(tools, &loader)?;
    built.files.push(loader);
    Ok(())
}

/// The manifest of the modules crate: a cdylib over `eenheid-enhance`, a feature per
/// enhancement, its own workspace and a size-first release profile.
fn modules_manifest(enhance_manifest: &Path) -> String {
    let source = enhance_manifest.parent().unwrap_or(Path::new("."));
    let features: String = Enhancement::ALL.iter().map(|e| format!("{0} = [\"eenheid-enhance/{0}\"]\n", e.name())).collect();
    format!(
        "# Written by eenheid-build: Eenheid's enhancement modules, one build per feature.\n\
         [package]\nname = \"eenheid-modules\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\npath = \"lib.rs\"\ncrate-type = [\"cdylib\"]\n\n\
         [dependencies]\neenheid-enhance = {{ path = {:?} }}\n\n\
         [features]\n{features}\n\
         [profile.release]\nopt-level = \"z\"\nlto = true\ncodegen-units = 1\npanic = \"abort\"\n\n\
         [workspace]\n",
        source.display().to_string()
    )
}

/// The app's own Leptos islands: its `hydrate` feature, for wasm32, in a size-first profile.
fn build_islands(project: &Project, tools: &Tools, options: &Options, package: &str, built: &mut Built) -> Result<()> {
    let mut command = cargo();
    command
        .current_dir(&project.workspace_root)
        .args(["build", "--quiet", "--package", package, "--lib", "--release", "--target", "wasm32-unknown-unknown", "--no-default-features", "--features", "hydrate"])
        .args(["--config", "profile.release.opt-level=\"z\"", "--config", "profile.release.lto=true"])
        .args(["--config", "profile.release.codegen-units=1", "--config", "profile.release.panic=\"abort\""]);
    run(&mut command)?;
    let name = package.replace('-', "_");
    let wasm = project.target_dir.join("wasm32-unknown-unknown/release").join(format!("{name}.wasm"));
    bindgen_and_shrink(tools, &wasm, &name, &options.out_dir, built)
}

/// wasm-bindgen (`--target web`) into `out_dir` as `<name>.js` + `<name>_bg.wasm`, then wasm-opt
/// and terser when they are there.
fn bindgen_and_shrink(tools: &Tools, wasm: &Path, name: &str, out_dir: &Path, built: &mut Built) -> Result<()> {
    run(Command::new(&tools.wasm_bindgen).arg(wasm).args(["--target", "web", "--no-typescript", "--out-name", name, "--out-dir"]).arg(out_dir))?;
    let (js, bg) = (out_dir.join(format!("{name}.js")), out_dir.join(format!("{name}_bg.wasm")));
    if let Some(wasm_opt) = &tools.wasm_opt {
        run(Command::new(wasm_opt).arg("-Oz").arg(&bg).arg("-o").arg(&bg))?;
    }
    minify(tools, &js)?;
    built.files.extend([js, bg]);
    Ok(())
}

fn minify(tools: &Tools, js: &Path) -> Result<()> {
    if let Some(terser) = &tools.terser {
        run(Command::new(terser).arg(js).args(["--module", "--compress", "--mangle", "-o"]).arg(js))?;
    }
    Ok(())
}

fn wasm_target() -> Result<()> {
    let Ok(output) = Command::new("rustup").args(["target", "list", "--installed"]).output() else {
        bail!("rustup not found: install Rust with rustup (the wasm32-unknown-unknown target is needed)");
    };
    if String::from_utf8_lossy(&output.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Whether the active toolchain has the standard library's source (`rustup component add rust-src`).
fn has_rust_src() -> bool {
    Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()).join("lib/rustlib/src/rust/library/std/Cargo.toml").exists())
        .unwrap_or(false)
}

/// What is wrong when the installed wasm-bindgen-cli (its `--version` line) is not the version
/// Cargo.lock pins: a different CLI writes glue that does not fit the module, and the page would
/// silently stay unenhanced.
fn wasm_bindgen_problem(wanted: &str, installed: Option<&str>) -> Option<String> {
    (installed != Some(format!("wasm-bindgen {wanted}").as_str())).then(|| {
        format!(
            "Cargo.lock pins wasm-bindgen {wanted}, but the installed wasm-bindgen-cli is {}: install that version with \
             `cargo install wasm-bindgen-cli --version {wanted}` (or pass --install)",
            installed.map(|line| line.trim_start_matches("wasm-bindgen ")).unwrap_or("missing")
        )
    })
}

/// Every version of `package` in a Cargo.lock.
pub fn locked_versions(lock: &str, package: &str) -> Vec<String> {
    let wanted = format!("name = \"{package}\"");
    let lines: Vec<&str> = lock.lines().collect();
    lines
        .windows(2)
        .filter(|pair| pair[0].trim() == wanted)
        .filter_map(|pair| pair[1].trim().strip_prefix("version = \"").map(|v| v.trim_end_matches('"').to_owned()))
        .collect()
}

/// The first line a `--version` command prints, or `None` when it cannot run.
fn version_of(command: &mut Command) -> Option<String> {
    let output = command.output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).lines().next().unwrap_or("").trim().to_owned())
}

fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn run(command: &mut Command) -> Result<()> {
    let line = format!("{command:?}");
    let status = command.status().with_context(|| format!("could not start {line}"))?;
    if !status.success() {
        bail!("{line} failed ({status})");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n\n[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.130\"\n";
        assert_eq!(locked_versions(lock, "wasm-bindgen"), vec!["0.2.130".to_owned()]);
        assert!(locked_versions(lock, "leptos").is_empty());
    }

    #[test]
    fn a_different_wasm_bindgen_cli_says_which_to_install() {
        assert_eq!(wasm_bindgen_problem("0.2.130", Some("wasm-bindgen 0.2.130")), None);
        let other = wasm_bindgen_problem("0.2.130", Some("wasm-bindgen 0.2.100")).unwrap();
        assert!(other.contains("is 0.2.100") && other.contains("cargo install wasm-bindgen-cli --version 0.2.130"), "{other}");
        let missing = wasm_bindgen_problem("0.2.130", None).unwrap();
        assert!(missing.contains("is missing"), "{missing}");
    }

    #[test]
    fn the_modules_crate_has_a_feature_per_enhancement() {
        let manifest = modules_manifest(Path::new("/src/eenheid-enhance/Cargo.toml"));
        for e in Enhancement::ALL {
            assert!(manifest.contains(&format!("{0} = [\"eenheid-enhance/{0}\"]", e.name())), "{manifest}");
        }
        assert!(manifest.contains("path = \"/src/eenheid-enhance\""), "{manifest}");
        assert!(manifest.contains("[workspace]"), "its own workspace, not the app's");
    }
}
