//! `render-page [N] [--html FILE] [--css FILE] [--rounds]`: renders the change-of-address page N
//! times (default 20000) on one thread and prints one JSON line, in the same shape as the GOV.UK
//! anchor's `bench.js`. `--html` writes the first render (with a hostile name, to show escaping);
//! `--css` writes the complete Eenheid stylesheet (for the size figures). With `--rounds` it stays
//! up after a warm-up: each line on stdin is a number of seconds to render for, answered with one
//! JSON line (`pages`, `seconds`, `pages_per_s`), so a caller can interleave it with the anchor.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut pages: usize = 20_000;
    let mut html_out = None;
    let mut css_out = None;
    let mut rounds = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--html" => html_out = args.next(),
            "--css" => css_out = args.next(),
            "--rounds" => rounds = true,
            number => match number.parse() {
                Ok(n) if n > 0 => pages = n,
                _ => {
                    eprintln!("render-page: {number:?} is not a page count; usage: render-page [N] [--html FILE] [--css FILE]");
                    return ExitCode::from(2);
                }
            },
        }
    }
    let first = eenheid_bench::change_of_address_page("Jan <script>alert(1)</script> Jansen");
    for (path, content) in [(html_out, first.as_str()), (css_out, eenheid::style::stylesheet())] {
        if let Some(path) = path {
            if let Err(error) = std::fs::write(&path, content) {
                eprintln!("render-page: could not write {path}: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    if rounds {
        return serve_rounds();
    }
    let (seconds, _) = eenheid_bench::render_many(pages);
    let line = serde_json::json!({
        "engine": "eenheid+leptos",
        "pages": pages,
        "seconds": seconds,
        "pages_per_s": pages as f64 / seconds,
        "bytes_per_page": first.len(),
    });
    println!("{line}");
    ExitCode::SUCCESS
}

/// `--rounds`: warm up, then one round per line of stdin until it closes.
fn serve_rounds() -> ExitCode {
    use std::io::{BufRead, Write};
    eenheid_bench::render_many(200);
    let stdout = std::io::stdout();
    for line in std::io::stdin().lock().lines() {
        let Ok(seconds) = line.unwrap_or_default().trim().parse::<f64>() else {
            eprintln!("render-page --rounds: each line must be a number of seconds");
            return ExitCode::from(2);
        };
        let (pages, elapsed) = eenheid_bench::render_for(seconds);
        let line = serde_json::json!({ "engine": "eenheid+leptos", "pages": pages, "seconds": elapsed, "pages_per_s": pages as f64 / elapsed });
        let mut out = stdout.lock();
        if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
