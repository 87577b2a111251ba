//! Serves `fixtures/` on 127.0.0.1:<free port> from background threads, for the audit tests
//! (`file://` would block ES modules and hide server behaviour such as CSP headers).
//!
//! Special paths:
//! - `/hang` accepts the request and never answers (a page that never finishes loading);
//! - `/redirect-loop` redirects to itself;
//! - `/slow/<ms>/<file>` answers with `<file>` after `<ms>` milliseconds;
//! - `/csp*` is sent with `Content-Security-Policy: script-src 'self'`;
//! - in `.xml` files `{base}` is replaced by the server's base URL (for sitemaps);
//! - the content type follows the extension (html, json, pdf, xml, txt).
//!
//! Every request path is logged, so a test can wait until the browser asked for something.
#![allow(dead_code)] // Not every test file uses every helper.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running fixture server.
#[derive(Clone)]
pub struct FixtureServer {
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl FixtureServer {
    /// `base` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Waits until a request whose path starts with `prefix` arrived; false after `limit`.
    pub fn wait_for_request(&self, prefix: &str, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.requests.lock().unwrap_or_else(|p| p.into_inner()).iter().any(|r| r.starts_with(prefix)) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

/// Starts the server.
pub fn serve() -> FixtureServer {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().expect("local addr").port();
    let base = format!("http://127.0.0.1:{port}");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let requests = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&requests);
    let server_base = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            let log = Arc::clone(&log);
            let base = server_base.clone();
            std::thread::spawn(move || {
                let _ = handle(stream, &root, &base, &log);
            });
        }
    });
    FixtureServer { base, requests }
}

fn handle(mut stream: TcpStream, root: &Path, base: &str, log: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let full = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.lock().unwrap_or_else(|p| p.into_inner()).push(full.clone());
    let mut path = full.split(['?', '#']).next().unwrap_or("/").to_string();
    if path == "/hang" {
        std::thread::sleep(Duration::from_secs(120));
        return Ok(());
    }
    if path == "/redirect-loop" {
        stream.write_all(b"HTTP/1.1 302 Found\r\nLocation: /redirect-loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")?;
        return stream.flush();
    }
    if let Some(rest) = path.strip_prefix("/slow/") {
        let (ms, file) = rest.split_once('/').unwrap_or((rest, "clean.html"));
        std::thread::sleep(Duration::from_millis(ms.parse().unwrap_or(1000)));
        path = format!("/{file}");
    }
    let name = path.trim_start_matches('/');
    let file = root.join(name);
    let body = if name.contains("..") || name.is_empty() { None } else { std::fs::read(&file).ok() };
    let csp = if name.starts_with("csp") { "Content-Security-Policy: script-src 'self'\r\n" } else { "" };
    let content_type = match name.rsplit('.').next() {
        Some("json") => "application/json",
        Some("pdf") => "application/pdf",
        Some("xml") => "application/xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };
    match body {
        Some(mut body) => {
            if name.ends_with(".xml") {
                body = String::from_utf8_lossy(&body).replace("{base}", base).into_bytes();
            }
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{csp}Connection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)?;
        }
        None => {
            let body = "<!DOCTYPE html><html lang=\"nl\"><head><title>Niet gevonden</title></head><body><main><h1>Niet gevonden</h1></main></body></html>";
            write!(
                stream,
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )?;
        }
    }
    stream.flush()
}

/// Pids of processes whose command line mentions `needle`, polled until none are left or `limit`
/// passes (Chromium's helpers exit shortly after the main process).
pub fn wait_until_gone(needle: &str, limit: Duration) -> Vec<u32> {
    let start = Instant::now();
    loop {
        let left = eenheid_a11y::browser::processes_mentioning(needle);
        if left.is_empty() || start.elapsed() > limit {
            return left;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
