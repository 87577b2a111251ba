//! The tokens page and the patterns overview over real HTTP (in-process server on loopback).

use std::io::{Read, Write};
use std::net::TcpStream;

use eenheid_showcase::server::{SiteOptions, router};

/// Serves the showcase on a free loopback port from a background runtime.
fn start() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, router(SiteOptions::new("target/site".into()))).await.unwrap();
        });
    });
    port
}

/// GET `path`, optionally with a cookie: (status, lower-cased head, body).
fn get(port: u16, path: &str, cookie: Option<&str>) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let cookie = cookie.map(|c| format!("Cookie: {c}\r\n")).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{cookie}Connection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    (head.split_whitespace().nth(1).unwrap().parse().unwrap(), head.to_ascii_lowercase(), body.to_owned())
}

#[test]
fn tokens_page_shows_every_token_with_computed_contrast_and_draws_sizes_with_classes() {
    let port = start();
    let (status, _, body) = get(port, "/tokens", None);
    assert_eq!(status, 200);
    assert!(body.contains("<h1>Ontwerptokens</h1>"));
    let set = eenheid_tokens::tokens();
    for token in set {
        assert!(body.contains(&format!("<code>{}</code>", token.path)), "{} is missing", token.path);
        assert!(body.contains(&token.css_var), "{} is missing", token.css_var);
    }
    // Ratios come from the report, in Dutch notation: body text on the page background.
    let row = eenheid_tokens::contrast_report(set).into_iter().find(|r| r.foreground == "color.text" && r.background == "color.background").unwrap();
    assert!(body.contains(&format!("{:.2}:1", row.ratio).replace('.', ",")), "ratio of body text");
    assert!(body.contains("AA: voldoet voor tekst") && body.contains("AA: voldoet niet"), "verdicts in words");
    // The CSP forbids style attributes: the drawings are classes from the page's own sheet.
    assert!(!body.contains(" style="), "no style attributes");
    let href = body.split("href=\"/static/tokens-").nth(1).and_then(|rest| rest.split('"').next()).expect("the tokens sheet is linked");
    let (status, head, css) = get(port, &format!("/static/tokens-{href}"), None);
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/css"), "{head}");
    assert!(css.contains(".tokens-bar--space-3 { width: var(--eh-space-3); }"), "{css}");
    assert!(css.contains(".tokens-swatch--color-primary { background-color: var(--eh-color-primary); }"));
    assert!(css.contains(".tokens-sample--font-size-xl { font-size: var(--eh-font-size-xl); }"));
}

#[test]
fn tokens_page_speaks_english_when_chosen() {
    let port = start();
    let (status, _, body) = get(port, "/tokens", Some("eh-taal=en"));
    assert_eq!(status, 200);
    assert!(body.contains(r#"<html lang="en""#) && body.contains("<h1>Design tokens</h1>"));
    assert!(body.contains("AA: passes for text") && !body.contains("voldoet"));
}

#[test]
fn patterns_page_lists_every_pattern_with_its_examples() {
    let port = start();
    let (status, _, body) = get(port, "/patronen", None);
    assert_eq!(status, 200);
    let patterns: Vec<_> = eenheid::catalogue::registry().iter().filter(|e| e.family == eenheid::examples::Family::Pattern).collect();
    assert_eq!(patterns.len(), 11, "start, question, task list, save and continue, call back, life event, choice guide, check answers, confirmation, status, contact");
    for entry in patterns {
        assert!(body.contains(&format!("href=\"/componenten/{}\"", entry.slug)), "{}", entry.slug);
        for example in entry.examples {
            let path = eenheid_showcase::routes::example_path(entry.slug, example.name);
            assert!(body.contains(&format!("href=\"{path}\"")), "{path}");
            assert_eq!(get(port, &path, None).0, 200, "{path}");
        }
    }
    // Both pages are in the footer of every showcase page.
    let (_, _, home) = get(port, "/", None);
    assert!(home.contains(r#"href="/tokens""#) && home.contains(r#"href="/patronen""#));
}
