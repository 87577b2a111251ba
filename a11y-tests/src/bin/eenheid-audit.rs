//! `eenheid-audit URL [URL…] [--width N] [--height N] [--timeout SECS] [--json out.json]`
//!
//! Audits each URL with axe-core (WCAG 2.2 AA) in headless Chromium and prints a report.
//! Exit codes: 0 no violations, 1 violations or a page that could not be audited, 2 usage or
//! setup error (Chromium or axe-core missing: one line saying how to fix it).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use eenheid_a11y::{AuditOptions, Auditor, PageReport, format_report, format_report_json};

const USAGE: &str = "usage: eenheid-audit URL [URL…] [--width N] [--height N] [--timeout SECS] [--json out.json]";

struct Args {
    urls: Vec<String>,
    width: u32,
    height: u32,
    timeout: Duration,
    json: Option<PathBuf>,
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args { urls: Vec::new(), width: 1280, height: 800, timeout: Duration::from_secs(30), json: None };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("width") => args.width = parser.value()?.parse()?,
            Long("height") => args.height = parser.value()?.parse()?,
            Long("timeout") => args.timeout = Duration::from_secs(parser.value()?.parse()?),
            Long("json") => args.json = Some(parser.value()?.into()),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(url) => args.urls.push(url.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) if !args.urls.is_empty() => args,
        Ok(_) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("eenheid-audit: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let options = AuditOptions::default().viewport(args.width, args.height).page_timeout(args.timeout);
    // The auditor lives in main: dropping it (before exit) ends Chromium.
    let mut auditor = match Auditor::launch(options) {
        Ok(auditor) => auditor,
        Err(e) => {
            eprintln!("eenheid-audit: {e}");
            return ExitCode::from(2);
        }
    };
    let mut reports: Vec<PageReport> = Vec::new();
    let mut errors: Vec<(String, String)> = Vec::new();
    for url in &args.urls {
        match auditor.audit(url) {
            Ok(report) => reports.push(report),
            // Per-URL problems (unreachable, timeout) are reported; the run goes on.
            Err(e) => errors.push((url.clone(), e.to_string())),
        }
    }
    drop(auditor);

    print!("{}", format_report(&reports));
    for (url, error) in &errors {
        println!("ERROR {url}: {error}");
    }
    if let Some(path) = &args.json {
        let json = serde_json::json!({
            "pages": serde_json::from_str::<serde_json::Value>(&format_report_json(&reports)).unwrap_or_default(),
            "errors": errors.iter().map(|(url, error)| serde_json::json!({"url": url, "error": error})).collect::<Vec<_>>(),
        });
        let text = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = std::fs::write(path, text + "\n") {
            eprintln!("eenheid-audit: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if errors.is_empty() && reports.iter().all(PageReport::passed) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
