//! Sizes: files raw, gzip -9 and brotli; the enhancement modules; and the script and WASM each
//! showcase page loads.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use super::budgets::SMALL_ENHANCEMENTS;
use super::load::JOURNEY_PATH;
use super::report::{FileSizes, ModuleSize, ModuleSizes, PageWeight, PageWeights};
use super::server::{http_get, start_server};
use crate::root;

fn gzip(bytes: &[u8]) -> Result<u64> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

fn brotli(bytes: &[u8]) -> Result<u64> {
    let mut output = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut output, 4096, 11, 22);
        writer.write_all(bytes)?;
        writer.flush()?;
    }
    Ok(output.len() as u64)
}

/// Raw, gzip -9 and brotli (quality 11) size of a file, in bytes.
pub fn file_sizes(path: &Path) -> Result<FileSizes> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(FileSizes { brotli: brotli(&bytes)?, gzip: gzip(&bytes)?, raw: bytes.len() as u64 })
}

/// Each enhancement module (`<name>.js` + `<name>_bg.wasm`) and the loader, with their sizes,
/// and all of them together.
pub fn module_sizes(pkg: &Path) -> Result<ModuleSizes> {
    let gzip_of = |file: &str| -> Result<u64> { gzip(&std::fs::read(pkg.join(file)).with_context(|| format!("reading pkg/{file}"))?) };
    let mut modules = Vec::new();
    let (mut total_raw, mut total_gzip) = (0, 0);
    for enhancement in eenheid_enhance::Enhancement::ALL {
        let name = enhancement.name();
        let (js, wasm) = (format!("{name}.js"), format!("{name}_bg.wasm"));
        let raw = std::fs::metadata(pkg.join(&js))?.len() + std::fs::metadata(pkg.join(&wasm))?.len();
        let (js_gzip, wasm_gzip) = (gzip_of(&js)?, gzip_of(&wasm)?);
        total_raw += raw;
        total_gzip += js_gzip + wasm_gzip;
        modules.push(ModuleSize { gzip: js_gzip + wasm_gzip, js_gzip, name: name.to_owned(), raw, wasm_gzip });
    }
    let loader = gzip_of(eenheid_enhance::LOADER_FILE)?;
    Ok(ModuleSizes { loader_gzip: loader, modules, total_gzip: total_gzip + loader, total_raw })
}

/// For every GET page of the showcase (`eenheid-showcase --pages`), served by the release server:
/// the modules its HTML names and the gzip bytes of the loader + those modules.
pub fn page_weights(release: &Path, pkg: &Path) -> Result<PageWeights> {
    let output = Command::new(release.join("eenheid-showcase")).arg("--pages").output().context("eenheid-showcase --pages")?;
    let mut paths: Vec<String> = String::from_utf8_lossy(&output.stdout).lines().map(str::to_owned).collect();
    if paths.is_empty() {
        bail!("eenheid-showcase --pages listed no pages");
    }
    // The example service's start page and its question pages, as a first visit gets them.
    paths.push(JOURNEY_PATH.to_owned());
    paths.extend(["wie-verhuist", "nieuw-adres", "verhuisdatum", "doorgeven"].map(|step| format!("{JOURNEY_PATH}/{step}")));
    let (_server, address) = start_server(release, &root().join("target/bench/page-weight-data"), &[])?;
    let gzip_of = |file: &str| -> Result<u64> { gzip(&std::fs::read(pkg.join(file)).with_context(|| format!("reading pkg/{file}"))?) };
    let loader = gzip_of(eenheid_enhance::LOADER_FILE)?;
    let mut pages = Vec::new();
    for path in &paths {
        let Some(html) = http_get(&address, path)? else {
            // Not a page on a first visit (a journey step that needs earlier answers redirects).
            continue;
        };
        let mut names: Vec<String> = module_names(&html);
        names.sort();
        names.dedup();
        let mut bytes = 0;
        // The loader counts when the page carries it, named modules or not (a stray one is a fault).
        if !names.is_empty() || html.contains(&format!("/{}\"", eenheid_enhance::LOADER_FILE)) {
            bytes += loader;
        }
        for name in &names {
            bytes += gzip_of(&format!("{name}.js"))? + gzip_of(&format!("{name}_bg.wasm"))?;
        }
        pages.push(PageWeight { gzip: bytes, modules: names, path: path.clone() });
    }
    if pages.is_empty() {
        bail!("no page answered");
    }
    Ok(weights_of(pages))
}

/// The per-page figures of `pages` (at least one).
fn weights_of(pages: Vec<PageWeight>) -> PageWeights {
    let mut sorted: Vec<u64> = pages.iter().map(|p| p.gzip).collect();
    sorted.sort_unstable();
    let small: Vec<&PageWeight> = pages.iter().filter(|p| matches!(p.modules.as_slice(), [one] if SMALL_ENHANCEMENTS.contains(&one.as_str()))).collect();
    PageWeights {
        largest: pages.iter().max_by_key(|p| p.gzip).cloned(),
        largest_small: small.iter().max_by_key(|p| p.gzip).map(|p| (*p).clone()),
        median_gzip: sorted[sorted.len() / 2],
        pages: pages.len(),
        small_pages: small.len(),
        without_script: sorted.iter().filter(|&&b| b == 0).count(),
        every_page: pages,
    }
}

/// The `data-eh-module` names in `html` (enhancements the page asks for).
fn module_names(html: &str) -> Vec<String> {
    let marker = format!("{}=\"", eenheid_enhance::MODULE_ATTRIBUTE);
    html.split(marker.as_str()).skip(1).filter_map(|rest| rest.split('"').next()).flat_map(|names| names.split_whitespace().map(str::to_owned)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::report::Report;

    /// The summary figures of the 21:47 run's pages, computed again from its every_page list.
    #[test]
    fn page_weights_of_the_2147_pages_are_the_ones_it_wrote() {
        let report: Report = serde_json::from_str(include_str!("testdata/report-2147.json")).unwrap();
        let written = report.enhancements.pages.expect("the 21:47 run measured the pages");
        assert_eq!(weights_of(written.every_page.clone()), written);
    }
}
