//! The life event "Verhuizen" and its choice guide "Wat moet ik regelen als ik verhuis?" over real
//! HTTP on loopback: the front door links, the guide the whole way through, an answer missing, a
//! bookmarked middle question, Back and change links that lose nothing, and addresses full of
//! nonsense.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::time::Duration;

use eenheid_showcase::server::SiteOptions;

const GUIDE: &str = "/verhuizen/wat-regelen";

/// One HTTP answer.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn location(&self) -> &str {
        self.header("location").unwrap_or_else(|| panic!("no Location on a {}: {}", self.status, self.body))
    }
}

fn request(port: u16, method: &str, path: &str, cookie: Option<&str>, body: Option<&str>) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    if let Some(body) = body {
        stream.write_all(body.as_bytes()).unwrap();
    }
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or_else(|| panic!("no HTTP answer to {method} {path}: {text:?}"));
    let mut lines = head.lines();
    let status = lines.next().unwrap().split_whitespace().nth(1).unwrap().parse().unwrap();
    let headers = lines.filter_map(|line| line.split_once(": ")).map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned())).collect();
    Reply { status, headers, body: body.to_owned() }
}

fn get(port: u16, path: &str) -> Reply {
    request(port, "GET", path, None, None)
}

fn post(port: u16, path: &str, body: &str) -> Reply {
    request(port, "POST", path, None, Some(body))
}

fn serve() -> u16 {
    let site = SiteOptions::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site"));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            eenheid_showcase::server::serve(listener, site).await.unwrap();
        });
    });
    port
}

#[test]
fn the_life_event_is_one_front_door() {
    let port = serve();
    let page = get(port, "/verhuizen");
    assert_eq!(page.status, 200);
    for text in [
        "<h1>Verhuizen</h1>",
        r#"href="/verhuizing-doorgeven""#,
        r#"href="/verhuizen/wat-regelen/waar""#,
        "Wat moet ik regelen als ik verhuis?",
        "Wij geven het voor u door aan: de Belastingdienst, Dienst Uitvoering Onderwijs (DUO) en de Sociale Verzekeringsbank (SVB).",
        "Bij: Gemeente Voorbeeldstad. Wanneer: vanaf 4 weken voor tot 5 dagen na de verhuizing.",
        ">Gaat vanzelf<",
        ">Zelf regelen<",
        "Hulp nodig?",
    ] {
        assert!(page.body.contains(text), "missing {text:?}");
    }
    assert!(page.header("content-security-policy").is_some());
    let english = request(port, "GET", "/verhuizen", Some("eh-taal=en"), None);
    assert!(english.body.contains("<h1>Moving house</h1>") && english.body.contains("What do I need to arrange when I move?"), "{}", english.body);
    assert!(!english.body.contains("Zelf regelen"), "no Dutch on the English page");
}

#[test]
fn the_guide_the_whole_way_to_its_result() {
    let port = serve();
    assert_eq!(get(port, GUIDE).location(), format!("{GUIDE}/waar"));
    let first = get(port, &format!("{GUIDE}/waar"));
    assert_eq!(first.status, 200);
    assert!(first.body.contains("Vraag 1 van 3") && first.body.contains(r#"href="/verhuizen""#), "its place, and back to the life event");
    assert!(first.body.contains(r#"<form method="post" action="/verhuizen/wat-regelen/waar" novalidate>"#), "{}", first.body);

    let to_second = post(port, &format!("{GUIDE}/waar"), "waar=voorbeeldstad");
    assert_eq!((to_second.status, to_second.location()), (303, "/verhuizen/wat-regelen/huur?waar=voorbeeldstad"));
    let second = get(port, to_second.location());
    assert!(second.body.contains(r#"<input type="hidden" name="waar" value="voorbeeldstad">"#), "the first answer goes along");
    assert!(second.body.contains("Koopt u uw nieuwe woning? Kies dan Nee."), "the hint");
    let to_third = post(port, &format!("{GUIDE}/huur"), "waar=voorbeeldstad&huur=ja");
    assert_eq!(to_third.location(), "/verhuizen/wat-regelen/kinderen?waar=voorbeeldstad&huur=ja");
    let to_result = post(port, &format!("{GUIDE}/kinderen"), "waar=voorbeeldstad&huur=ja&kinderen=nee");
    assert_eq!(to_result.location(), "/verhuizen/wat-regelen/uitkomst?waar=voorbeeldstad&huur=ja&kinderen=nee");

    let result = get(port, to_result.location());
    assert_eq!(result.status, 200);
    for text in [
        "Dit moet u regelen als u verhuist",
        r#"<a href="/verhuizing-doorgeven">Uw verhuizing doorgeven</a>"#,
        "U blijft in Voorbeeldstad wonen.",
        "Huurtoeslag aanvragen of aanpassen",
        "U gaat huren.",
        // Every answer with a change link that carries all of them.
        r#"href="/verhuizen/wat-regelen/huur?waar=voorbeeldstad&amp;huur=ja&amp;kinderen=nee&amp;terug=uitkomst""#,
        "Opnieuw beginnen",
    ] {
        assert!(result.body.contains(text), "result misses {text:?}: {}", result.body);
    }
    assert!(!result.body.contains("Uw kind aanmelden"), "no children, no new school");

    // Change one answer from the result: straight back to the result.
    let change = get(port, &format!("{GUIDE}/huur?waar=voorbeeldstad&huur=ja&kinderen=nee&terug=uitkomst"));
    assert!(change.body.contains(r#"action="/verhuizen/wat-regelen/huur?terug=uitkomst""#), "{}", change.body);
    assert!(change.body.contains(r#"value="ja" checked"#) && change.body.contains(r#"name="kinderen" value="nee""#));
    let changed = post(port, &format!("{GUIDE}/huur?terug=uitkomst"), "waar=voorbeeldstad&kinderen=nee&huur=nee");
    assert_eq!(changed.location(), "/verhuizen/wat-regelen/uitkomst?waar=voorbeeldstad&huur=nee&kinderen=nee");
    assert!(!get(port, changed.location()).body.contains("Huurtoeslag"), "the result follows the changed answer");
}

#[test]
fn no_choice_comes_back_with_an_error_and_every_other_answer() {
    let port = serve();
    let reply = post(port, &format!("{GUIDE}/huur"), "waar=buitenland&kinderen=ja");
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("<title>Fout: Gaat u huren?"), "{}", reply.body);
    assert!(reply.body.contains("Er is een probleem") && reply.body.contains(r##"href="#huur""##));
    assert!(reply.body.contains(r#"name="waar" value="buitenland""#) && reply.body.contains(r#"name="kinderen" value="ja""#), "kept");
    // A value the question does not offer is no answer either.
    let reply = post(port, &format!("{GUIDE}/huur"), "waar=buitenland&huur=%3Cscript%3E");
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("Kies of u gaat huren") && !reply.body.contains("<script>"), "{}", reply.body);
}

#[test]
fn a_question_opened_halfway_goes_to_the_first_unanswered_one() {
    let port = serve();
    assert_eq!(get(port, &format!("{GUIDE}/kinderen")).location(), "/verhuizen/wat-regelen/waar");
    assert_eq!(get(port, &format!("{GUIDE}/kinderen?waar=buitenland")).location(), "/verhuizen/wat-regelen/huur?waar=buitenland");
    assert_eq!(get(port, &format!("{GUIDE}/uitkomst?huur=ja&kinderen=nee")).location(), "/verhuizen/wat-regelen/waar?huur=ja&kinderen=nee");
    assert_eq!(get(port, &format!("{GUIDE}/uitkomst?waar=%22%3E%3Cscript%3E&huur=ja")).location(), "/verhuizen/wat-regelen/waar?huur=ja");
    // A POST to a later question with a gap before it ends on the gap.
    assert_eq!(post(port, &format!("{GUIDE}/kinderen"), "kinderen=ja").location(), "/verhuizen/wat-regelen/waar?kinderen=ja");
    // Nonsense pages and floods: a 404 page or the first question, never a crash.
    assert_eq!(get(port, &format!("{GUIDE}/bestaat-niet")).status, 404);
    let flood: String = (0..500).map(|i| format!("&x{i}=y")).collect();
    assert_eq!(get(port, &format!("{GUIDE}/huur?waar=buitenland{flood}")).status, 200);
}

#[test]
fn back_loses_no_answer() {
    let port = serve();
    // On the second question, every answer known so far (later ones too) goes into the back link.
    let second = get(port, &format!("{GUIDE}/huur?waar=andere-gemeente&huur=ja&kinderen=nee"));
    assert!(second.body.contains(r#"href="/verhuizen/wat-regelen/waar?waar=andere-gemeente&amp;huur=ja&amp;kinderen=nee""#), "{}", second.body);
    assert!(second.body.contains(r#"value="ja" checked"#));
    // The first question, reached by that link, shows its answer and carries the later ones.
    let first = get(port, &format!("{GUIDE}/waar?waar=andere-gemeente&huur=ja&kinderen=nee"));
    assert!(first.body.contains(r#"value="andere-gemeente" checked"#));
    assert!(first.body.contains(r#"name="huur" value="ja""#) && first.body.contains(r#"name="kinderen" value="nee""#));
    // Answering it again goes on to the next question, which still has its answer.
    let next = post(port, &format!("{GUIDE}/waar"), "huur=ja&kinderen=nee&waar=voorbeeldstad");
    assert_eq!(next.location(), "/verhuizen/wat-regelen/huur?waar=voorbeeldstad&huur=ja&kinderen=nee");
    assert!(get(port, next.location()).body.contains(r#"value="ja" checked"#));
}
