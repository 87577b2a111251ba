//! `cargo xtask export`: the showcase as a folder of static files that any web server or CDN can
//! serve, with no showcase process behind it.
//!
//! Every page is rendered by the showcase's own router (the same handlers, middleware and headers
//! as a visit), in Dutch and in English, for every address the site map lists
//! ([`crate::site_map::site_paths`], built from the example registry). The export then changes only
//! what a static host cannot do, in the start tags (see [`tags`]):
//! - links: to folders (`/componenten/knop/`), English pages under `/en/`, the language switch to
//!   the same page in the other folder ([`address`]);
//! - the Content-Security-Policy: the server sends it as a header with a nonce per response; a
//!   file has no per-response nonce, so each page carries [`PAGE_POLICY`] in a `<meta>` (scripts
//!   from this site's files only, as the server's policy allows in effect: the pages have no
//!   inline script) and the nonce attributes are dropped;
//! - what needs the server (the example journey, the form demo, the colour scheme setting, the
//!   search and other forms) points at a short note in both languages ([`note`]); no form sends
//!   anything to the host.
//!
//! The export fails when a page links to a page it did not write, a file the server does not
//! serve, or when the browser build (`pkg/`) is missing.

pub mod address;
mod note;
pub mod tags;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use eenheid::i18n::Lang;
use tower::ServiceExt;

use crate::server::SiteOptions;
use address::{NOT_FOUND_FILE, ServerPart, Target};
use tags::{Malformed, StartTag};


/// The Content-Security-Policy of every exported page, as a `<meta>`: the server's page policy
/// with `'self'` in place of the per-response nonce. `frame-ancestors` (and reporting) cannot be
/// given in a `<meta>`: the host sends those (see [`host_headers`]).
pub const PAGE_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; \
     font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/// The file that marks a folder as an export, so a new export may empty it (and no other folder).
pub const MARKER_FILE: &str = ".eenheid-export";

/// The headers file Netlify and Cloudflare Pages read (other hosts ignore it).
pub const HEADERS_FILE: &str = "_headers";

/// Both languages of the site; Dutch (the default) at the root, English under `/en/`.
const LANGUAGES: [Lang; 2] = [Lang::Nl, Lang::En];

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// HTML pages rendered by the router, both languages (the two 404 pages included).
    pub pages: usize,
    /// Notes for the parts that need the server, both languages.
    pub notes: usize,
    /// Other files: stylesheets, logos, conformance JSON, the browser build.
    pub files: usize,
    /// Bytes written, all files together.
    pub bytes: u64,
    /// Addresses that examples link to and the server does not have either (made-up links such as
    /// a summary list's "Wijzigen"): they show the 404 page, as on the server.
    pub dead_links: usize,
}

/// Why an export stopped.
#[derive(Debug)]
pub enum ExportError {
    /// The output folder holds files but is not an earlier export: it is left alone.
    NotAnExport(PathBuf),
    /// Reading or writing a file failed.
    Io { path: PathBuf, error: std::io::Error },
    /// The router answered an address with another status than the export needs.
    Status { url: String, lang: Lang, status: StatusCode, expected: StatusCode },
    /// A page's markup could not be read.
    Markup { page: String, error: Malformed },
    /// A page links to a page of the showcase that the export did not write.
    UnexportedPage { page: String, href: String },
    /// A module of the browser build is missing from `site_root/pkg`.
    NoBrowserBuild { file: String, site_root: PathBuf },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::NotAnExport(path) => write!(
                f,
                "{} is not empty and holds no {MARKER_FILE} from an earlier export: choose an empty or new folder",
                path.display()
            ),
            ExportError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ExportError::Status { url, lang, status, expected } => {
                write!(f, "GET {url} ({}) answered {status}, the export needs {expected}", lang.code())
            }
            ExportError::Markup { page, error } => write!(f, "{page}: {error}"),
            ExportError::UnexportedPage { page, href } => {
                write!(f, "{page} links to {href}, which the export did not write: add the page to site_map::site_paths")
            }
            ExportError::NoBrowserBuild { file, site_root } => {
                write!(f, "no {file} in {}/pkg: run `cargo xtask build-wasm` first", site_root.display())
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// Writes the whole showcase, rendered with `site` (its `site_root` must hold the browser build),
/// into `out` as static files. `out` must be new, empty, or an earlier export (which is replaced).
pub async fn export(site: SiteOptions, out: &Path) -> Result<Summary, ExportError> {
    export_paths(site, out, &page_paths()).await
}

/// [`export`] of the pages at `paths` (server paths without query), each in both languages.
async fn export_paths(site: SiteOptions, out: &Path, paths: &[String]) -> Result<Summary, ExportError> {
    prepare_folder(out)?;
    let router = crate::server::router(site.clone());
    let leptos = site.leptos_options();
    let mut summary = Summary::default();

    // Every page first, as the server sends it, so the links can be checked against all of them.
    let mut rendered: Vec<(Target, String)> = Vec::new();
    for lang in LANGUAGES {
        for path in paths {
            let html = get_text(&router, path, lang, StatusCode::OK).await?;
            rendered.push((Target::Page { path: path.clone(), lang }, html));
        }
        // The 404 page: the router's answer to an address it does not know.
        let html = get_text(&router, &format!("/{NOT_FOUND_FILE}"), lang, StatusCode::NOT_FOUND).await?;
        rendered.push((Target::NotFound { lang }, html));
        summary.pages += paths.len() + 1;
        for part in ServerPart::ALL {
            rendered.push((Target::Note { part, lang }, note::render(&leptos, part, lang)));
            summary.notes += 1;
        }
    }
    let written: BTreeSet<String> = rendered.iter().map(|(target, _)| target.href()).collect();

    // Keyed by address, so problems are reported in the same order on every run.
    let mut files = BTreeSet::new();
    let mut unknown: BTreeMap<(String, &'static str), (Lang, String)> = BTreeMap::new();
    for (target, html) in &rendered {
        let page = target.href();
        let lang = target.lang();
        let html = make_static(html, lang, &mut |linked| match linked {
            Target::File(path) => {
                files.insert(path.clone());
                Target::File(path)
            }
            Target::Page { path, lang } if !written.contains(&Target::Page { path: path.clone(), lang }.href()) => {
                unknown.entry((path, lang.code())).or_insert_with(|| (lang, page.clone()));
                Target::NotFound { lang }
            }
            other => other,
        })
        .map_err(|error| ExportError::Markup { page: page.clone(), error })?;
        summary.bytes += write_file(&out.join(target.file()), html.as_bytes())?;
    }
    // A link to an address the server does not know either (an example's made-up link) shows the
    // 404 page, as on the server; a link to a page the server has, but the site map lacks, stops
    // the export.
    for ((path, _), (lang, page)) in &unknown {
        let (status, _, _) = get(&router, path, *lang).await?;
        if status != StatusCode::NOT_FOUND {
            return Err(ExportError::UnexportedPage { page: page.clone(), href: path.clone() });
        }
    }
    summary.dead_links = unknown.len();

    // The loader imports the modules a page names in `data-eh-module`, so no page links to them.
    let browser_build = std::iter::once(eenheid::enhance::LOADER_FILE.to_owned())
        .chain(eenheid::enhance::Enhancement::ALL.into_iter().flat_map(|e| [format!("{}.js", e.name()), format!("{}_bg.wasm", e.name())]))
        .map(|file| format!("/pkg/{file}"));
    files.extend(browser_build);
    for path in &files {
        let (status, _, bytes) = get(&router, path, Lang::Nl).await?;
        if status != StatusCode::OK {
            if let Some(file) = path.strip_prefix("/pkg/") {
                return Err(ExportError::NoBrowserBuild { file: file.to_owned(), site_root: site.site_root.clone() });
            }
            return Err(ExportError::Status { url: path.clone(), lang: Lang::Nl, status, expected: StatusCode::OK });
        }
        summary.bytes += write_file(&out.join(path.trim_start_matches('/')), &bytes)?;
        summary.files += 1;
    }
    write_file(&out.join(HEADERS_FILE), headers_file().as_bytes())?;
    // GitHub Pages: publish the files as they are, without running Jekyll over them.
    write_file(&out.join(".nojekyll"), b"")?;
    Ok(summary)
}

/// The pages of the site map that are pages of their own: not a search (a query on a page the
/// export already has), not a part that needs the server (a note takes its place), not the
/// address the site map uses for the 404 page (written as [`NOT_FOUND_FILE`]).
fn page_paths() -> Vec<String> {
    crate::site_map::site_paths()
        .into_iter()
        .filter(|path| !path.contains('?') && path != crate::site_map::NOT_FOUND_PROBE)
        .filter(|path| matches!(Target::of(path, Lang::Nl), Some((Target::Page { .. }, _))))
        .collect()
}

/// The page the router sends for `path` in `lang`, which must come with `expected` as status.
async fn get_text(router: &Router, path: &str, lang: Lang, expected: StatusCode) -> Result<String, ExportError> {
    let (status, headers, body) = get(router, path, lang).await?;
    let is_html = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if status != expected || !is_html {
        return Err(ExportError::Status { url: path.to_owned(), lang, status, expected });
    }
    String::from_utf8(body).map_err(|_| ExportError::Status { url: path.to_owned(), lang, status, expected })
}

/// One GET through the showcase's router, as a visitor whose language cookie says `lang`.
async fn get(router: &Router, path: &str, lang: Lang) -> Result<(StatusCode, HeaderMap, Vec<u8>), ExportError> {
    let failed = |status| ExportError::Status { url: path.to_owned(), lang, status, expected: StatusCode::OK };
    let request = Request::get(path)
        .header(header::COOKIE, format!("{}={}", crate::lang::COOKIE, lang.code()))
        .body(Body::empty())
        .map_err(|_| failed(StatusCode::BAD_REQUEST))?;
    let Ok(response) = router.clone().oneshot(request).await;
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.map_err(|_| failed(StatusCode::INTERNAL_SERVER_ERROR))?;
    Ok((parts.status, parts.headers, bytes.to_vec()))
}

/// The static form of a page the server rendered in `lang`. `link` hears of every local target
/// and says where the link goes in the export (usually the same target).
pub fn make_static(html: &str, lang: Lang, link: &mut dyn FnMut(Target) -> Target) -> Result<String, Malformed> {
    tags::rewrite(html, |tag: &mut StartTag| {
        tag.remove("nonce");
        if tag.name == "head" {
            tag.insert_after = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", tags::escape(PAGE_POLICY));
        }
        let form_target = if tag.name == "form" { Some("action") } else { tag.get("formaction").map(|_| "formaction") };
        if let Some(attribute) = form_target {
            // A static host cannot answer a form: the form goes to the note of its part, by GET.
            let part = match tag.get(attribute).and_then(|action| Target::of(action, lang)) {
                Some((Target::Note { part, .. }, _)) => part,
                _ => ServerPart::Forms,
            };
            let note = link(Target::Note { part, lang });
            tag.set(attribute, note.href());
            tag.set(if tag.name == "form" { "method" } else { "formmethod" }, "get");
        }
        for attribute in ["href", "src", "action", "formaction"] {
            if form_target == Some(attribute) {
                continue;
            }
            let Some((target, fragment)) = tag.get(attribute).and_then(|value| Target::of(value, lang)) else { continue };
            let linked = link(target);
            let mut href = linked.href();
            // A made-up address sent to the 404 page: its fragment names nothing there.
            if let Some(fragment) = fragment.filter(|_| !matches!(linked, Target::NotFound { .. })) {
                href.push('#');
                href.push_str(fragment);
            }
            tag.set(attribute, href);
        }
        Ok::<(), Malformed>(())
    })
}

/// The headers a host should send with every file, as the server sends them (its own
/// `security_headers`), with the page policy whole: `frame-ancestors` included.
pub fn host_headers() -> Vec<(String, String)> {
    let mut headers = HeaderMap::new();
    crate::response::security_headers(&mut headers, None);
    headers.remove(header::CONTENT_SECURITY_POLICY);
    let mut list = vec![("Content-Security-Policy".to_owned(), format!("{PAGE_POLICY}; frame-ancestors 'none'"))];
    list.extend(headers.iter().map(|(name, value)| (title_case(name.as_str()), value.to_str().unwrap_or_default().to_owned())));
    list
}

/// `x-content-type-options` as `X-Content-Type-Options`.
fn title_case(name: &str) -> String {
    name.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// `_headers` for Netlify and Cloudflare Pages: [`host_headers`] on every file, and a year's
/// cache for the content-hashed stylesheets.
fn headers_file() -> String {
    let mut file = String::from("# Written by `cargo xtask export`: the headers the showcase server sends (Netlify, Cloudflare Pages).\n/*\n");
    for (name, value) in host_headers() {
        file.push_str(&format!("  {name}: {value}\n"));
    }
    for css in [eenheid::style::stylesheet_file_name(), crate::style::file_name().to_owned(), crate::tokens_page::stylesheet_file_name()] {
        file.push_str(&format!("/static/{css}\n  Cache-Control: public, max-age=31536000, immutable\n"));
    }
    file
}

/// Empties `out` if it is an earlier export; refuses any other folder with files in it.
fn prepare_folder(out: &Path) -> Result<(), ExportError> {
    let io = |error| ExportError::Io { path: out.to_path_buf(), error };
    if out.exists() {
        let has_files = std::fs::read_dir(out).map_err(io)?.next().is_some();
        if has_files {
            if !out.join(MARKER_FILE).is_file() {
                return Err(ExportError::NotAnExport(out.to_path_buf()));
            }
            std::fs::remove_dir_all(out).map_err(io)?;
        }
    }
    std::fs::create_dir_all(out).map_err(io)?;
    std::fs::write(out.join(MARKER_FILE), "A static export of the Eenheid showcase (cargo xtask export).\n").map_err(io)
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<u64, ExportError> {
    let io = |error| ExportError::Io { path: path.to_path_buf(), error };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    std::fs::write(path, bytes).map_err(io)?;
    Ok(bytes.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The meta policy is the server's page policy with `'self'` for the nonce: the same rules for
    /// everything else, and no `'unsafe-inline'` anywhere.
    #[test]
    fn the_meta_policy_is_the_server_policy_without_a_nonce() {
        let directives = |policy: &str| -> BTreeMap<String, String> {
            policy
                .split(';')
                .filter_map(|d| d.trim().split_once(' ').map(|(name, value)| (name.to_owned(), value.to_owned())))
                .collect()
        };
        let mut server = directives(&crate::response::content_security_policy("n0nce"));
        let mut meta = directives(PAGE_POLICY);
        assert_eq!(server.remove("frame-ancestors").as_deref(), Some("'none'"));
        assert_eq!(server.remove("script-src").as_deref(), Some("'nonce-n0nce' 'strict-dynamic' 'wasm-unsafe-eval'"));
        assert_eq!(meta.remove("script-src").as_deref(), Some("'self' 'wasm-unsafe-eval'"));
        assert_eq!(meta, server);
        assert!(!PAGE_POLICY.contains("unsafe-inline"));
    }

    #[test]
    fn a_page_gets_static_links_the_meta_policy_and_its_forms_go_to_notes() {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><script type=\"module\" src=\"/pkg/eenheid.js\" nonce=\"abc\"></script></head>\
                    <body><a href=\"/taal/nl?terug=%2Fcomponenten%2Fbutton\" hreflang=\"nl\">NL</a><a href=\"/tokens#kleur\">T</a>\
                    <form method=\"get\" action=\"/\" role=\"search\"><input name=\"zoek\"></form>\
                    <form method=\"post\"><button formaction=\"/verhuizing-doorgeven/adres\" formmethod=\"post\">Go</button></form></body></html>";
        let mut linked = Vec::new();
        let out = make_static(html, Lang::En, &mut |target| {
            linked.push(target.href());
            target
        })
        .unwrap();
        let meta = format!("<head><meta http-equiv=\"Content-Security-Policy\" content=\"{}\"><meta charset", tags::escape(PAGE_POLICY));
        assert!(out.contains(&meta), "{out}");
        assert!(out.contains("<script type=\"module\" src=\"/pkg/eenheid.js\"></script>"), "{out}");
        assert!(out.contains("<a href=\"/componenten/button/\" hreflang=\"nl\">"), "{out}");
        assert!(out.contains("<a href=\"/en/tokens/#kleur\">"), "{out}");
        assert!(out.contains("<form method=\"get\" action=\"/en/alleen-met-server/\" role=\"search\">"), "{out}");
        assert!(out.contains("<form method=\"get\" action=\"/en/alleen-met-server/\"><button formaction=\"/en/verhuizing-doorgeven/\" formmethod=\"get\">"), "{out}");
        assert!(!out.contains("post") && !out.contains("nonce"), "{out}");
        linked.sort();
        linked.dedup();
        assert_eq!(linked, ["/componenten/button/", "/en/alleen-met-server/", "/en/tokens/", "/en/verhuizing-doorgeven/", "/pkg/eenheid.js"]);
    }

    /// The book tells hosts which policy and headers to send: it must say what the code does.
    #[test]
    fn the_book_gives_the_policy_and_headers_of_the_code() {
        let book = include_str!("../../../docs/src/static-export.md");
        assert!(book.contains(&format!("content=\"{PAGE_POLICY}\"")), "the <meta> in the book");
        for (name, value) in host_headers() {
            let value = value.trim_start_matches('"');
            assert!(book.contains(&format!("{name}: {value}")) || book.contains(&format!("add_header {name} \"{value}\"")) || book.contains(&format!("add_header {name} {value}")), "{name}: {value} in the book");
        }
    }

    #[test]
    fn the_headers_file_names_every_header_the_server_sends() {
        let file = headers_file();
        for name in ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy"] {
            assert!(file.contains(&format!("  {name}: ")), "{name} in {file}");
        }
        assert!(file.contains("frame-ancestors 'none'"));
    }

    fn scratch_folder(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("eenheid-export-{name}-{}", std::process::id()))
    }

    fn run(paths: &[&str], site_root: &Path, out: &Path) -> Result<Summary, ExportError> {
        let paths: Vec<String> = paths.iter().map(|p| (*p).to_owned()).collect();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(export_paths(SiteOptions::new(site_root.to_path_buf()), out, &paths))
    }

    /// A page the server has but the site map lacks stops the export, naming the page that links
    /// to it; a made-up address in an example does not (it shows the 404 page, as on the server).
    #[test]
    fn a_link_to_a_page_left_out_stops_the_export() {
        let out = scratch_folder("left-out");
        let without_tokens: Vec<String> = page_paths().into_iter().filter(|p| p != crate::tokens_page::PATH).collect();
        let without_tokens: Vec<&str> = without_tokens.iter().map(String::as_str).collect();
        match run(&without_tokens, Path::new("/nonexistent"), &out) {
            Err(ExportError::UnexportedPage { href, .. }) => assert_eq!(href, crate::tokens_page::PATH),
            other => panic!("expected the tokens page to be missed, got {other:?}"),
        }
        std::fs::remove_dir_all(&out).unwrap();
    }

    /// Every page present, but no browser build: the export says what to run.
    #[test]
    fn a_missing_browser_build_stops_the_export() {
        let out = scratch_folder("no-pkg");
        let paths = page_paths();
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        match run(&paths, Path::new("/nonexistent"), &out) {
            Err(error @ ExportError::NoBrowserBuild { .. }) => assert!(error.to_string().contains("cargo xtask build-wasm"), "{error}"),
            other => panic!("expected a missing browser build, got {other:?}"),
        }
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn a_folder_with_other_files_is_left_alone() {
        let folder = std::env::temp_dir().join(format!("eenheid-export-test-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("precious.txt"), "keep me").unwrap();
        assert!(matches!(prepare_folder(&folder), Err(ExportError::NotAnExport(_))));
        assert!(folder.join("precious.txt").exists());
        std::fs::remove_file(folder.join("precious.txt")).unwrap();
        prepare_folder(&folder).unwrap();
        std::fs::write(folder.join("old.html"), "old").unwrap();
        prepare_folder(&folder).unwrap();
        assert!(!folder.join("old.html").exists() && folder.join(MARKER_FILE).exists());
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
