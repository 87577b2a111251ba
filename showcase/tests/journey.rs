//! The example journey "Verhuizing doorgeven" over real HTTP on loopback: the whole way through,
//! changing an answer, many visitors at once, bad, old and damaged cookies and records, CSRF,
//! oversized and slow posts, a panic, and answers that survive a restart of the real binary.
//!
//! Every test of the journey runs twice, against each backend (see [`both_backends!`]): redb, and
//! a throw-away PostgreSQL cluster of the test's own. What only PostgreSQL can do (several servers
//! on one database, the database going away) is in [`postgres`]; what only redb has (its data
//! folder, `secret.key`) is tested for redb alone.

#[path = "journey/http.rs"]
mod http;
#[path = "journey/postgres.rs"]
mod postgres;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use http::{BASE, Backend, Process, Storage, Visitor, assert_security_headers, get, moving_date, post, request, serve, site};

/// `both_backends!(name, …)`: for each `fn name(backend: Backend)`, the tests `redb::name` and
/// `postgres_backend::name`.
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod redb {
            $(#[test] fn $name() { super::$name(super::Backend::Redb) })*
        }
        mod postgres_backend {
            $(#[test] fn $name() { super::$name(super::Backend::Postgres) })*
        }
    };
}

#[path = "journey/codes.rs"]
mod codes;

#[path = "journey/call_back.rs"]
mod call_back;

both_backends!(
    whole_journey_with_a_validation_error,
    pages_speak_the_visitors_language,
    change_an_answer_and_return_to_the_check_page,
    six_visitors_at_once_each_see_only_their_own_answers,
    bad_foreign_and_expired_cookies_start_a_fresh_journey,
    keep_longer_extends_the_session,
    keep_longer_without_javascript_keeps_what_was_typed_on_the_page,
    the_moving_date_must_lie_between_5_days_ago_and_4_weeks_ahead,
    a_missing_or_wrong_csrf_token_is_refused_and_changes_nothing,
    oversized_posts_get_a_readable_413_and_saved_answers_stay,
    a_slow_journey_post_gets_a_408_page_and_saved_answers_stay,
    a_damaged_record_starts_that_visitor_again_and_no_one_else,
    two_hundred_visitors_at_once_lose_nothing_and_mix_nothing_up,
    answers_survive_a_restart_of_the_server,
);

fn whole_journey_with_a_validation_error(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let start = get(port, BASE, None);
    assert_eq!(start.status, 200);
    assert!(start.body.contains("Gemeente Voorbeeldstad") && start.body.contains("Hulp nodig?"), "agency and help");
    assert!(start.body.contains(&format!(r#"href="{BASE}/wie-verhuist""#)), "a start button");
    assert_security_headers(&start);

    let visitor = Visitor::arrive(port);
    let cookie_header = get(port, &format!("{BASE}/wie-verhuist"), None);
    let set_cookie = cookie_header.header("set-cookie").unwrap();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax") && set_cookie.contains("Path=/"), "{set_cookie}");
    assert!(!set_cookie.contains("Secure"), "plain http: no Secure");
    let https = request(port, "GET", &format!("{BASE}/wie-verhuist"), None, None, &[("X-Forwarded-Proto", "https")]);
    assert!(https.header("set-cookie").unwrap().contains("; Secure"), "behind an https proxy: Secure");

    // A wrong answer: the page comes back with the errors and exactly what was typed.
    let wrong = visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=&namen=Ada+%3Cb%3Ezoon%3C%2Fb%3E%0D%0ABo");
    assert_eq!(wrong.status, 200);
    assert_security_headers(&wrong);
    assert!(wrong.body.contains("<title>Fout: Wie verhuizen er?"), "title says there is an error");
    assert!(wrong.body.contains("eh-error-summary") && wrong.body.contains(r##"href="#aantal""##), "summary links to the field");
    assert!(wrong.body.contains("Ada &lt;b&gt;zoon&lt;/b&gt;\nBo</textarea>") || wrong.body.contains("Ada &lt;b&gt;zoon&lt;/b&gt;\r\nBo</textarea>"), "names kept, escaped");
    assert!(wrong.body.contains(r#"value="met-anderen" checked"#), "choice kept");
    assert!(!wrong.body.contains("<b>zoon"), "nothing injected");

    visitor.answer_all("Ada%0D%0ABo", "1234ab");
    let check = visitor.get(&format!("{BASE}/controleren"));
    assert_eq!(check.status, 200);
    let date = moving_date(10).1;
    for text in ["Ik en 1 anderen", "Ada", "Bo", "1234 AB", "12 A", date.as_str(), "Dienst Uitvoering Onderwijs (DUO)", "Sociale Verzekeringsbank (SVB)"] {
        assert!(check.body.contains(text), "check page shows {text:?}");
    }
    let sent = post(port, &format!("{BASE}/controleren"), &visitor.cookie, &format!("csrf={}", check.csrf()));
    assert_eq!((sent.status, sent.location()), (303, "/verhuizing-doorgeven/bevestiging"));
    assert_security_headers(&sent);
    let confirmation = visitor.get(&format!("{BASE}/bevestiging"));
    assert!(confirmation.body.contains("eh-panel") && confirmation.body.contains("VH-"), "panel with reference");
    let status = visitor.get(&format!("{BASE}/status"));
    assert!(status.body.contains("eh-status-timeline") && status.body.contains("Verhuizing ontvangen"), "{}", status.body);
    // After sending, the questions lead to the confirmation.
    assert_eq!(visitor.get(&format!("{BASE}/nieuw-adres")).location(), "/verhuizing-doorgeven/bevestiging");
    // Another move: a fresh, empty journey with a new cookie.
    let again = post(port, &format!("{BASE}/nog-een-keer"), &visitor.cookie, &format!("csrf={}", confirmation.csrf()));
    assert_eq!((again.status, again.location()), (303, "/verhuizing-doorgeven/wie-verhuist"));
    let fresh = again.session_cookie().expect("a new session");
    assert_ne!(fresh, visitor.cookie);
    assert_eq!(get(port, &format!("{BASE}/controleren"), Some(&fresh)).location(), "/verhuizing-doorgeven/wie-verhuist");
    let missing = get(port, &format!("{BASE}/bestaat-niet"), Some(&fresh));
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("Pagina niet gevonden") && missing.body.contains("Gemeente Voorbeeldstad"), "in the service's look");
}

fn pages_speak_the_visitors_language(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let reply = get(port, &format!("{BASE}/wie-verhuist"), Some("eh-taal=en"));
    assert!(reply.body.contains(r#"<html lang="en""#) && reply.body.contains("Who is moving?") && reply.body.contains("Need help?"));
    for text in ["We keep your answers until", "Step 1 of 5", "Keep my answers longer", "Continue"] {
        assert!(reply.body.contains(text), "{text:?} in English");
    }
    let wrong = Visitor::arrive(port);
    let page = get(port, &format!("{BASE}/nieuw-adres"), Some(&format!("{}; eh-taal=en", wrong.cookie)));
    assert_eq!(page.status, 303, "no skipping ahead");
    let reply = request(port, "POST", &format!("{BASE}/wie-verhuist"), Some(&format!("{}; eh-taal=en", wrong.cookie)),
        Some(&format!("csrf={}", wrong.get(&format!("{BASE}/wie-verhuist")).csrf())), &[]);
    assert!(reply.body.contains("There is a problem") && reply.body.contains("Choose whether you are moving alone or with others"), "errors in English");
    assert!(reply.body.contains("<title>Error: Who is moving?"));
}

fn change_an_answer_and_return_to_the_check_page(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    visitor.answer_all("Ada", "1234ab");
    let check = visitor.get(&format!("{BASE}/controleren"));
    let change = format!("{BASE}/nieuw-adres?terug=controleren");
    assert!(check.body.contains(&format!(r#"href="{change}""#)), "a change link with the marker");
    let page = visitor.get(&change);
    assert!(page.body.contains(&format!(r#"action="{change}""#)), "the form keeps the marker");
    assert!(page.body.contains(r#"value="1234 AB""#), "the saved answer is filled in");
    assert!(page.body.contains(r#"href="/verhuizing-doorgeven/controleren""#), "back goes to the check page");
    // A mistake while changing keeps the marker and the typed value.
    let wrong = post(port, &change, &visitor.cookie, &format!("csrf={}&adres-postcode=99&adres-huisnummer=3", page.csrf()));
    assert_eq!(wrong.status, 200);
    assert!(wrong.body.contains(r#"value="99""#) && wrong.body.contains(&format!(r#"action="{change}""#)));
    let saved = post(port, &change, &visitor.cookie, &format!("csrf={}&adres-postcode=5678cd&adres-huisnummer=3", page.csrf()));
    assert_eq!((saved.status, saved.location()), (303, "/verhuizing-doorgeven/controleren"));
    let check = visitor.get(&format!("{BASE}/controleren"));
    assert!(check.body.contains("5678 CD") && !check.body.contains("1234 AB"), "the new address");
    assert!(check.body.contains(&moving_date(10).1), "other answers stay");
}

fn six_visitors_at_once_each_see_only_their_own_answers(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitors: Vec<_> = (0..6)
        .map(|i| {
            std::thread::spawn(move || {
                let visitor = Visitor::arrive(port);
                let (name, postcode) = (format!("Bezoeker{i}x"), format!("{}{} AB", 1000 + i * 1111, ""));
                visitor.answer_all(&name, &postcode.replace(' ', "+"));
                let check = visitor.get(&format!("{BASE}/controleren"));
                (i, check.body)
            })
        })
        .collect();
    for handle in visitors {
        let (i, body) = handle.join().unwrap();
        for j in 0..6 {
            assert_eq!(body.contains(&format!("Bezoeker{j}x")), i == j, "visitor {i} sees visitor {j}'s name?");
        }
    }
}

/// A changed cookie, one signed by another server, and a session that timed out: each starts a
/// fresh, empty journey with the message. Never a 500, never old answers.
fn bad_foreign_and_expired_cookies_start_a_fresh_journey(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site().with_session_timeout(Duration::from_secs(1)));
    // Another service, with a key of its own.
    let other_port = serve(site());
    let visitor = Visitor::arrive(port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=alleen").status, 303);

    let mut tampered = visitor.cookie.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == '0' { '1' } else { '0' });
    let foreign = Visitor::arrive(other_port).cookie;
    let made_up = "eh-sessie=00000000000000000000000000000000.abcdef".to_owned();
    for (what, cookie) in [("tampered", tampered), ("foreign", foreign), ("made up", made_up)] {
        for reply in [
            get(port, &format!("{BASE}/nieuw-adres"), Some(&cookie)),
            post(port, &format!("{BASE}/nieuw-adres"), &cookie, "csrf=x&adres-postcode=1234AB&adres-huisnummer=1"),
        ] {
            assert_eq!(reply.status, 303, "{what}");
            assert_eq!(reply.location(), "/verhuizing-doorgeven?opnieuw=1", "{what}");
            let fresh = reply.session_cookie().expect("a new cookie");
            assert_ne!(fresh, cookie);
            let start = get(port, reply.location(), Some(&fresh));
            assert!(start.body.contains("Uw gegevens zijn niet meer bewaard. Begin opnieuw."), "{what}: the message");
            // The fresh journey is empty: the check page sends to the first question.
            assert_eq!(get(port, &format!("{BASE}/controleren"), Some(&fresh)).location(), "/verhuizing-doorgeven/wie-verhuist");
        }
    }

    std::thread::sleep(Duration::from_millis(1_500));
    let expired = visitor.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!((expired.status, expired.location()), (303, "/verhuizing-doorgeven?opnieuw=1"), "expired");
    let fresh = expired.session_cookie().unwrap();
    assert_eq!(get(port, &format!("{BASE}/nieuw-adres"), Some(&fresh)).location(), "/verhuizing-doorgeven/wie-verhuist", "old answers are gone");
}

fn keep_longer_extends_the_session(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site().with_session_timeout(Duration::from_secs(3)));
    let visitor = Visitor::arrive(port);
    let page = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(page.body.contains("Wij bewaren uw antwoorden tot "), "the no-JavaScript statement");
    assert!(page.body.contains(r#"action="/verhuizing-doorgeven/langer-bewaren""#));
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=alleen").status, 303);
    for _ in 0..2 {
        std::thread::sleep(Duration::from_millis(2_000));
        let extended = post(port, &format!("{BASE}/langer-bewaren"), &visitor.cookie, &format!("csrf={}&terug=%2Fverhuizing-doorgeven%2Fnieuw-adres", page.csrf()));
        assert_eq!((extended.status, extended.location()), (303, "/verhuizing-doorgeven/nieuw-adres"));
    }
    // 4 seconds after the answer, with a 3-second time-out: still there.
    assert_eq!(visitor.get(&format!("{BASE}/nieuw-adres")).status, 200);
    let json = request(port, "POST", &format!("{BASE}/langer-bewaren"), Some(&visitor.cookie), Some(&format!("csrf={}", page.csrf())), &[("Accept", "application/json")]);
    assert_eq!(json.status, 200);
    assert!(json.body.contains("\"expires_ms\""), "{}", json.body);
    // Only pages of the journey as the way back.
    let away = post(port, &format!("{BASE}/langer-bewaren"), &visitor.cookie, &format!("csrf={}&terug=%2F%2Fevil.example", page.csrf()));
    assert_eq!(away.location(), BASE);
}

fn keep_longer_without_javascript_keeps_what_was_typed_on_the_page(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    let page = visitor.get(&format!("{BASE}/wie-verhuist"));
    // The button belongs to the question's own form, with its own name and value.
    assert!(page.body.contains(r#"<form id="vraag" method="post" action="/verhuizing-doorgeven/wie-verhuist""#), "{}", page.body);
    assert!(page.body.contains(r#"form="vraag" name="eh-actie" value="langer-bewaren""#), "{}", page.body);
    // What the browser sends when that button is pressed: the page's fields, typed but not sent.
    let kept = post(
        port,
        &format!("{BASE}/wie-verhuist"),
        &visitor.cookie,
        &format!("csrf={}&wie=met-anderen&aantal=twee&namen=Ada%0D%0ABo&eh-actie=langer-bewaren", page.csrf()),
    );
    assert_eq!(kept.status, 200, "the same page again, not a redirect");
    assert!(kept.body.contains("Wij bewaren uw antwoorden nu tot"), "says it worked: {}", kept.body);
    assert!(kept.body.contains(r#"value="met-anderen" checked"#) && kept.body.contains(r#"value="twee""#), "typed values back");
    assert!(kept.body.contains("Ada\nBo</textarea>") || kept.body.contains("Ada\r\nBo</textarea>"), "names back");
    assert!(!kept.body.contains("<title>Fout:") && !kept.body.contains("eh-error-summary__list"), "not checked: no errors for 'twee'");
    // Nothing was saved as an answer: only "Doorgaan" saves.
    let later = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(!later.body.contains(r#"value="met-anderen" checked"#) && !later.body.contains("Ada"), "not saved");
    assert_eq!(visitor.get(&format!("{BASE}/nieuw-adres")).location(), "/verhuizing-doorgeven/wie-verhuist", "still unanswered");
}

fn the_moving_date_must_lie_between_5_days_ago_and_4_weeks_ahead(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=alleen").status, 303);
    assert_eq!(visitor.answer(&format!("{BASE}/nieuw-adres"), "adres-postcode=1234AB&adres-huisnummer=1").status, 303);
    let page = visitor.get(&format!("{BASE}/verhuisdatum"));
    assert!(page.body.contains("Dit kan een datum zijn van 5 dagen geleden tot 4 weken na vandaag."), "the hint says the rule");
    let (too_early, _) = moving_date(60);
    let reply = visitor.answer(&format!("{BASE}/verhuisdatum"), &too_early);
    assert_eq!(reply.status, 200);
    let (_, earliest) = moving_date(60 - 28);
    assert!(reply.body.contains("<title>Fout: Wanneer verhuist u?"), "{}", reply.body);
    assert!(reply.body.contains(&format!("U kunt uw verhuizing pas 4 weken van tevoren doorgeven. Dat kan vanaf {earliest}. Kom dan terug.")), "{}", reply.body);
    let (y, m, d) = eenheid_showcase::journey::clock::add_days(eenheid_showcase::journey::clock::today(), 60);
    assert!(reply.body.contains(&format!(r#"value="{d}""#)) && reply.body.contains(&format!(r#"value="{m}""#)) && reply.body.contains(&format!(r#"value="{y}""#)), "typed date kept");
    let (too_late, _) = moving_date(-6);
    let reply = visitor.answer(&format!("{BASE}/verhuisdatum"), &too_late);
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("Uw verhuizing was meer dan 5 dagen geleden. Dat kunt u niet meer online doorgeven."), "{}", reply.body);
    assert_eq!(visitor.get(&format!("{BASE}/doorgeven")).location(), "/verhuizing-doorgeven/verhuisdatum", "nothing saved");
    // In English, and the edges themselves are allowed.
    let english = request(port, "POST", &format!("{BASE}/verhuisdatum"), Some(&format!("{}; eh-taal=en", visitor.cookie)),
        Some(&format!("csrf={}&{too_late}", page.csrf())), &[]);
    assert!(english.body.contains("Your move was more than 5 days ago. You can no longer report it online."), "{}", english.body);
    assert_eq!(visitor.answer(&format!("{BASE}/verhuisdatum"), &moving_date(28).0).status, 303);
    assert_eq!(visitor.answer(&format!("{BASE}/verhuisdatum"), &moving_date(-5).0).status, 303);
}

fn a_missing_or_wrong_csrf_token_is_refused_and_changes_nothing(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    let other = Visitor::arrive(port);
    let other_token = other.get(&format!("{BASE}/wie-verhuist")).csrf();
    for body in ["wie=alleen".to_owned(), format!("csrf={other_token}&wie=alleen"), "csrf=&wie=alleen".to_owned()] {
        let reply = post(port, &format!("{BASE}/wie-verhuist"), &visitor.cookie, &body);
        assert_eq!(reply.status, 403, "{body}");
        assert!(reply.header("content-type").unwrap().starts_with("text/html"));
        assert!(reply.body.contains("Dit formulier kunnen wij niet aannemen") && reply.body.contains("Gemeente Voorbeeldstad"));
        assert_security_headers(&reply);
    }
    // Nothing saved: the next question still sends back to the first.
    assert_eq!(visitor.get(&format!("{BASE}/nieuw-adres")).location(), "/verhuizing-doorgeven/wie-verhuist");
}

fn oversized_posts_get_a_readable_413_and_saved_answers_stay(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Ada").status, 303);
    let token = visitor.get(&format!("{BASE}/wie-verhuist")).csrf();

    let megabyte = format!("csrf={token}&wie=met-anderen&aantal=1&namen={}", "x".repeat(1_000_000));
    let started = Instant::now();
    let reply = post(port, &format!("{BASE}/wie-verhuist"), &visitor.cookie, &megabyte);
    eprintln!("1 MB post answered {} in {:?}", reply.status, started.elapsed());
    assert_eq!(reply.status, 413);
    assert!(reply.header("content-type").unwrap().starts_with("text/html"));
    assert!(reply.body.contains("U stuurde te veel tekst") && reply.body.contains("Hulp nodig?"), "a page in the one look");
    assert_security_headers(&reply);

    let flood: String = (0..10_000).map(|_| "&doorgeven=duo").collect();
    let reply = post(port, &format!("{BASE}/doorgeven"), &visitor.cookie, &format!("csrf={token}{flood}"));
    assert_eq!(reply.status, 413, "10,000 checkboxes");
    // Just under the limit: a validation error, not a crash.
    let flood: String = (0..3_000).map(|_| "&doorgeven=duo").collect();
    assert_eq!(visitor.answer(&format!("{BASE}/nieuw-adres"), "adres-postcode=1234AB&adres-huisnummer=1").status, 303);
    assert_eq!(visitor.answer(&format!("{BASE}/verhuisdatum"), &moving_date(0).0).status, 303);
    let reply = post(port, &format!("{BASE}/doorgeven"), &visitor.cookie, &format!("csrf={token}{flood}"));
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("Kies uit de lijst"), "a validation error");

    let page = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(page.body.contains(">Ada</textarea>"), "the saved names are still there");

    // The same limit and page on the existing demo form.
    let reply = request(port, "POST", "/patronen/formulier", None, Some(&format!("naam={}", "x".repeat(1_000_000))), &[]);
    assert_eq!(reply.status, 413);
    assert!(reply.body.contains("U stuurde te veel tekst"));
}

#[test]
fn a_panic_becomes_a_500_page_not_a_dropped_connection() {
    let leptos = leptos::config::LeptosOptions::builder().output_name("x").build();
    let router = axum::Router::new().route("/stuk", axum::routing::get(|| async { if true { panic!("test panic") } "" }));
    let app = eenheid_showcase::limits::harden(router, leptos);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            axum::serve(tokio::net::TcpListener::from_std(listener).unwrap(), app).await.unwrap();
        });
    });
    let reply = get(port, "/stuk", Some("eh-taal=en"));
    assert_eq!(reply.status, 500);
    assert!(reply.body.contains("Something went wrong") && reply.body.contains(r#"<html lang="en""#), "{}", reply.body);
    assert_security_headers(&reply);
    assert_eq!(get(port, "/stuk", None).status, 500, "the server lives on");
}

/// The real binary, killed and started again on the same store and secret: the answers and the
/// cookie still work.
fn answers_survive_a_restart_of_the_server(backend: Backend) {
    let storage = Storage::new(backend);
    let mut env = storage.binary_env();
    env.push(("EENHEID_SECRET", "een-geheim-alleen-voor-deze-test-0123456789".to_owned()));
    let server = Process::start(&env);
    let visitor = Visitor::arrive(server.port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=2&namen=Ada%0D%0ABo").status, 303);
    assert_eq!(visitor.answer(&format!("{BASE}/nieuw-adres"), "adres-postcode=1234ab&adres-huisnummer=7").status, 303);
    server.kill();

    let server = Process::start(&env);
    let visitor = Visitor { port: server.port, cookie: visitor.cookie };
    let address = visitor.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!(address.status, 200, "{}", address.body);
    assert!(address.body.contains(r#"value="1234 AB""#) && address.body.contains(r#"value="7""#), "the address came back");
    assert_eq!(visitor.answer(&format!("{BASE}/verhuisdatum"), &moving_date(-5).0).status, 303);
    let who = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(who.body.contains("Ada\nBo</textarea>") || who.body.contains("Ada\r\nBo</textarea>"), "the names came back");
    match backend {
        Backend::Redb => assert!(storage.folder.join("sessies.redb").exists()),
        Backend::Postgres => {
            assert!(!storage.folder.join("unused").join("sessies.redb").exists(), "nothing in the data folder");
            let rows = storage.cluster().sql("eenheid", &format!("SELECT count(*) FROM eenheid_sessions WHERE id = '{}'", visitor.session_id())).unwrap();
            assert_eq!(rows, "1", "the session is a row in PostgreSQL");
        }
    }
}

/// A client that sends half a form and then waits gets a 408 page after the time-out; the
/// server does not wait for it forever.
#[test]
fn a_slow_request_gets_a_408_page() {
    let leptos = leptos::config::LeptosOptions::builder().output_name("x").build();
    let router = axum::Router::new().route("/traag", axum::routing::post(|body: axum::body::Bytes| async move { body.len().to_string() }));
    let app = eenheid_showcase::limits::harden_with_timeout(router, leptos, Duration::from_millis(500));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            axum::serve(tokio::net::TcpListener::from_std(listener).unwrap(), app).await.unwrap();
        });
    });
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "POST /traag HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nnaam=half").unwrap();
    let started = Instant::now();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("Dit duurde te lang"), "a readable page");
    assert!(started.elapsed() < Duration::from_secs(5), "answered after the time-out, not never");
}

/// A data folder that cannot be made at first (a file stands where it should be): the journey
/// answers with its error page, and once the folder can be made, the next requests work, without
/// a restart (the failure is tried again after a short back-off, not kept for ever).
#[test]
fn a_store_that_failed_to_open_is_opened_again_without_a_restart() {
    let data = std::env::temp_dir().join(format!("eenheid-journey-blocked-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let _ = std::fs::remove_file(&data);
    std::fs::write(&data, "not a folder").unwrap();
    let port = serve(site().with_data_dir(&data));
    let page = format!("{BASE}/wie-verhuist");
    let blocked = get(port, &page, None);
    assert_eq!(blocked.status, 500, "{}", blocked.body);
    assert_security_headers(&blocked);
    assert_eq!(get(port, &page, None).status, 500, "still blocked");

    std::fs::remove_file(&data).unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    let reply = loop {
        let reply = get(port, &page, None);
        if reply.status == 200 || Instant::now() > deadline {
            break reply;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(reply.status, 200, "the journey recovered: {}", reply.body);
    let visitor = Visitor { port, cookie: reply.session_cookie().expect("a session cookie") };
    assert_eq!(visitor.answer(&page, "wie=alleen").status, 303, "answers are saved again");
    let _ = std::fs::remove_dir_all(&data);
}

/// Without EENHEID_SECRET the key is made once, in `secret.key` (only the owner may read it, no
/// temporary file left), and a server started again on the same folder uses it: the visitor's
/// cookie still opens their answers.
#[test]
fn the_made_secret_survives_a_restart_and_is_private() {
    let data = std::env::temp_dir().join(format!("eenheid-journey-secret-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let first = serve(site().with_data_dir(&data));
    let visitor = Visitor::arrive(first);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=alleen").status, 303);
    assert_eq!(visitor.answer(&format!("{BASE}/nieuw-adres"), "adres-postcode=1234ab&adres-huisnummer=7").status, 303);
    let key = std::fs::read_to_string(data.join(eenheid_showcase::journey::SECRET_FILE)).expect("secret.key was made");
    assert!(key.len() >= 64 && key.bytes().all(|b| b.is_ascii_hexdigit()), "a whole key: {key:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join(eenheid_showcase::journey::SECRET_FILE)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "secret.key is readable by its owner only");
    }
    let names: Vec<String> = std::fs::read_dir(&data).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.starts_with(".secret.key")), "no temporary key file left: {names:?}");

    // A second server on the same folder (the first one's store is shared in this process, as
    // redb opens a file once; the key is read from the file again).
    let second = serve(site().with_data_dir(&data));
    let visitor = Visitor { port: second, cookie: visitor.cookie };
    let address = visitor.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!(address.status, 200, "{}", address.body);
    assert!(address.body.contains(r#"value="1234 AB""#), "the cookie signed with the made key still works");
    let _ = std::fs::remove_dir_all(&data);
}

/// A visitor whose post stops halfway gets the 408 page once the request time-out passes (here
/// 2 s instead of 30 s: every request of the test must finish within it, and on a busy 2-core
/// machine the first one, which opens the store, once took more than 500 ms); nothing is saved
/// from it, and what they saved before is kept.
fn a_slow_journey_post_gets_a_408_page_and_saved_answers_stay(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site().with_request_timeout(Duration::from_secs(2)));
    let visitor = Visitor::arrive(port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Ada").status, 303);
    let token = visitor.get(&format!("{BASE}/nieuw-adres")).csrf();

    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let half = format!("csrf={token}&adres-postcode=9999ZZ");
    write!(
        stream,
        "POST {BASE}/nieuw-adres HTTP/1.1\r\nHost: x\r\nCookie: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\n{half}",
        visitor.cookie
    )
    .unwrap();
    let started = Instant::now();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("Dit duurde te lang") && text.contains("Gemeente Voorbeeldstad"), "a readable page in the service's look");
    assert!(started.elapsed() < Duration::from_secs(5), "answered after the time-out, not never");

    let who = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(who.body.contains(">Ada</textarea>"), "the saved names are still there");
    let address = visitor.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!(address.status, 200);
    assert!(!address.body.contains("9999"), "nothing of the cut-off post was saved");
}

/// A record damaged in the store (not JSON, or JSON that is no record): that visitor starts
/// again with the plain message, nothing panics, and another visitor's answers are untouched.
fn a_damaged_record_starts_that_visitor_again_and_no_one_else(backend: Backend) {
    let storage = Storage::new(backend);
    let port = serve(storage.site_on_disk());
    let damaged = Visitor::arrive(port);
    let other = Visitor::arrive(port);
    assert_eq!(damaged.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Ada").status, 303);
    assert_eq!(other.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Bo").status, 303);

    storage.corrupt(&damaged.session_id());
    let reply = damaged.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!((reply.status, reply.location()), (303, "/verhuizing-doorgeven?opnieuw=1"), "start again: {}", reply.body);
    let fresh = reply.session_cookie().expect("a new session");
    let start = get(port, reply.location(), Some(&fresh));
    assert!(start.body.contains("Uw gegevens zijn niet meer bewaard. Begin opnieuw."), "the plain message");
    assert_eq!(get(port, &format!("{BASE}/nieuw-adres"), Some(&fresh)).location(), "/verhuizing-doorgeven/wie-verhuist", "an empty journey");
    // A post with the damaged session changes nothing and also starts again.
    let posted = damaged.post(&format!("{BASE}/wie-verhuist"), "csrf=x&wie=alleen");
    assert_eq!((posted.status, posted.location()), (303, "/verhuizing-doorgeven?opnieuw=1"));

    let theirs = other.get(&format!("{BASE}/wie-verhuist"));
    assert_eq!(theirs.status, 200);
    assert!(theirs.body.contains(">Bo</textarea>"), "the other visitor's answers are untouched");
    assert_eq!(other.answer(&format!("{BASE}/nieuw-adres"), "adres-postcode=1234ab&adres-huisnummer=7").status, 303, "and they go on");
}

/// 200 visitors do the whole journey at the same moment, each with their own names, postcode,
/// house number and date. Every one ends on their own confirmation with every answer they gave
/// (0 lost answers) and none of anyone else's (0 mixed-up sessions); all reference numbers differ.
fn two_hundred_visitors_at_once_lose_nothing_and_mix_nothing_up(backend: Backend) {
    const VISITORS: usize = 200;
    let storage = Storage::new(backend);
    let port = serve(storage.site());
    let started = Instant::now();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(VISITORS));
    let handles: Vec<_> = (0..VISITORS)
        .map(|i| {
            let barrier = std::sync::Arc::clone(&barrier);
            std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    barrier.wait();
                    let visitor = Visitor::arrive(port);
                    let name = format!("Bezoeker{i}x");
                    let postcode = format!("{}AB", 1000 + i);
                    let number = 1 + i;
                    // Every day the journey allows, from 5 days ago to 22 days ahead.
                    let (date_fields, date_text) = moving_date(i as i64 % 28 - 5);
                    for (slug, fields) in [
                        ("wie-verhuist", format!("wie=met-anderen&aantal=1&namen={name}")),
                        ("nieuw-adres", format!("adres-postcode={postcode}&adres-huisnummer={number}")),
                        ("verhuisdatum", date_fields.clone()),
                        ("doorgeven", if i % 2 == 0 { "doorgeven=duo".to_owned() } else { "doorgeven=svb".to_owned() }),
                    ] {
                        let reply = visitor.answer(&format!("{BASE}/{slug}"), &fields);
                        assert_eq!(reply.status, 303, "visitor {i}, {slug}: {}", reply.body);
                    }
                    let check = visitor.get(&format!("{BASE}/controleren"));
                    assert_eq!(check.status, 200, "visitor {i}: {}", check.body);
                    let names: Vec<&str> = check.body.match_indices("Bezoeker").map(|(at, _)| &check.body[at..]).collect();
                    assert!(!names.is_empty(), "visitor {i}: their name was lost");
                    assert!(names.iter().all(|n| n.starts_with(&name)), "visitor {i} sees someone else's name");
                    let postcode_shown = format!("{} AB", 1000 + i);
                    for (what, text) in [("postcode", format!("Postcode: {postcode_shown}")), ("house number", format!("Huisnummer: {number}<")), ("date", format!(">{date_text}<"))] {
                        assert!(check.body.contains(&text), "visitor {i}: {what} {text:?} lost");
                    }
                    let (organisation, not_theirs) = if i % 2 == 0 { ("(DUO)", "(SVB)") } else { ("(SVB)", "(DUO)") };
                    assert!(check.body.contains(organisation) && !check.body.contains(not_theirs), "visitor {i}: organisations mixed up");
                    let sent = visitor.post(&format!("{BASE}/controleren"), &format!("csrf={}", check.csrf()));
                    assert_eq!((sent.status, sent.location()), (303, "/verhuizing-doorgeven/bevestiging"), "visitor {i}");
                    let confirmation = visitor.get(&format!("{BASE}/bevestiging"));
                    assert_eq!(confirmation.status, 200, "visitor {i}");
                    let at = confirmation.body.find("VH-").unwrap_or_else(|| panic!("visitor {i}: no reference"));
                    let reference = confirmation.body[at..at + 12].to_owned();
                    let status = visitor.get(&format!("{BASE}/status"));
                    assert!(status.body.contains(&reference), "visitor {i}: the status page shows their own reference");
                    assert!(status.body.contains(organisation) && !status.body.contains(not_theirs), "visitor {i}: the status page shows their own organisation");
                    reference
                })
                .unwrap()
        })
        .collect();
    let references: Vec<String> = handles.into_iter().map(|h| h.join().expect("a visitor failed")).collect();
    let unique: std::collections::HashSet<&String> = references.iter().collect();
    assert_eq!(unique.len(), VISITORS, "every visitor has a reference of their own");
    eprintln!("{VISITORS} visitors ({backend:?}) did the whole journey in {:?}", started.elapsed());
}
