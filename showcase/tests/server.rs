//! The showcase binary as a user meets it: real process, real HTTP on loopback.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_eenheid-showcase");

/// A running showcase that is killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(BIN).env("PORT", port.to_string()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the showcase did not start listening on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Server { child, port }
}

/// A plain HTTP/1.1 GET: (status, headers in lower case, body).
fn get(port: u16, path: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_ascii_lowercase(), body.to_owned())
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|line| line.strip_prefix(&format!("{name}: ")))
}

#[test]
fn pages_carry_a_strict_csp_with_a_fresh_nonce() {
    let server = start();
    let (status, head, body) = get(server.port, "/voorbeelden/step-indicator/standaard");
    assert_eq!(status, 200);
    let csp = header(&head, "content-security-policy").expect("a CSP header");
    assert!(!csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"), "{csp}");
    assert!(csp.contains("style-src 'self'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce in the CSP");
    // The header is lower-cased above; the page's nonce must be the same value.
    assert!(
        body.to_ascii_lowercase().contains(&format!("<script type=\"module\" src=\"/pkg/eenheid.js\" nonce=\"{nonce}\"></script>")),
        "the enhancement loader must carry this response's nonce"
    );
    assert_eq!(body.matches("<script").count(), 1, "one loader per page");
    assert!(!body.contains(" style="), "no inline style attributes");
    assert_eq!(header(&head, "x-content-type-options"), Some("nosniff"));
    assert!(header(&head, "referrer-policy").is_some());
    assert!(header(&head, "permissions-policy").is_some());

    let (_, second, _) = get(server.port, "/voorbeelden/step-indicator/standaard");
    assert_ne!(header(&second, "content-security-policy"), Some(csp), "every response gets a new nonce");
}

#[test]
fn a_page_without_enhancements_has_no_script() {
    let server = start();
    let (status, _, body) = get(server.port, "/componenten/tag");
    assert_eq!(status, 200);
    assert!(!body.contains("<script"), "a tag needs no JavaScript, so its page loads none");
}

#[test]
fn stylesheet_is_served_under_its_hash_and_cached() {
    let server = start();
    let (_, _, page) = get(server.port, "/");
    let href = eenheid::style::stylesheet_href("/static");
    assert!(page.contains(&format!("href=\"{href}\"")), "the page links {href}");
    let (status, head, css) = get(server.port, &href);
    assert_eq!(status, 200);
    assert_eq!(header(&head, "content-type"), Some("text/css; charset=utf-8"));
    assert!(header(&head, "cache-control").unwrap().contains("immutable"));
    assert!(css.contains("--eh-color-primary") && css.contains(".eh-text-input"));
    let (status, _, _) = get(server.port, "/static/eenheid-0000000000000000.css");
    assert_eq!(status, 404, "an old or made-up stylesheet name is not served");
}

/// Every image an example shows is served by the showcase itself (the CSP allows only
/// `img-src 'self'`), as an SVG under a strict policy of its own; and there are such images
/// (the agency logos), so this is not a check of nothing.
#[test]
fn every_image_of_every_example_is_served() {
    let server = start();
    let mut images = Vec::new();
    for entry in eenheid::catalogue::registry() {
        for example in entry.examples {
            let (status, _, body) = get(server.port, &eenheid_showcase::routes::example_path(entry.slug, example.name));
            assert_eq!(status, 200, "{}/{}", entry.slug, example.name);
            for (at, _) in body.match_indices("<img ") {
                let src = body[at..].split("src=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("an img with a src");
                images.push((format!("{}/{}", entry.slug, example.name), src.to_owned()));
            }
        }
    }
    assert!(images.len() >= 2, "the logo examples show their logos: {images:?}");
    for (example, src) in &images {
        assert!(src.starts_with("/static/"), "{example}: {src} is not the showcase's own");
        let (status, head, body) = get(server.port, src);
        assert_eq!(status, 200, "{example}: {src}");
        assert_eq!(header(&head, "content-type"), Some("image/svg+xml"), "{example}: {src}");
        assert_eq!(header(&head, "content-security-policy"), Some("default-src 'none'; frame-ancestors 'none'"), "{src}");
        assert!(body.starts_with("<svg") && !body.contains("<script"), "{src}");
    }
    let (status, _, _) = get(server.port, "/static/logo-bestaat-niet.svg");
    assert_eq!(status, 404, "only the known logos are served");
}

#[test]
fn unknown_pages_get_a_404_page_in_the_one_look() {
    let server = start();
    for path in ["/bestaat-niet", "/voorbeelden/text-input/bestaat-niet", "/componenten/x", "/pkg/../Cargo.toml"] {
        let (status, head, body) = get(server.port, path);
        assert_eq!(status, 404, "{path}");
        assert!(header(&head, "content-type").unwrap().starts_with("text/html"), "{path}");
        assert!(body.contains("Pagina niet gevonden") && body.contains("eh-template"), "{path}");
    }
}

#[test]
fn examples_flag_prints_the_registry_as_json_lines() {
    let output = Command::new(BIN).arg("--examples").output().unwrap();
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(output.stdout).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let expected: usize = eenheid::catalogue::registry().iter().map(|entry| entry.examples.len()).sum();
    assert_eq!(lines.len(), expected);
    assert!(lines.iter().any(|line| line["component"] == "text-input"
        && line["example"] == "met-fout"
        && line["path"] == "/voorbeelden/text-input/met-fout"));
}

#[test]
fn a_taken_port_is_a_clear_message_and_a_failure() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let output = Command::new(BIN).env("PORT", port.to_string()).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("Port {port} is already in use")), "{stderr}");
}
