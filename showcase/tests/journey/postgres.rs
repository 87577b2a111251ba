//! What only PostgreSQL makes possible, and what can go wrong with it: two real showcase
//! processes on one database (a load balancer's view), one of them killed, the database restarted
//! or failing under a running service, and bad URLs or passwords at start.

use std::time::{Duration, Instant};

use eenheid_test_postgres::Cluster;

use super::http::{BASE, Backend, Process, Storage, Visitor, answers, get, run_to_exit, serve};

/// Two servers started on one database, without `EENHEID_SECRET`: they share the signing key
/// through the database.
fn two_servers(storage: &Storage) -> (Process, Process) {
    let env = storage.binary_env();
    (Process::start(&env), Process::start(&env))
}

/// Asserts the check page (on `port`) shows every answer [`answers`] gave for `names`/`postcode`.
fn assert_every_answer_kept(visitor: &Visitor, names: &str) {
    let check = visitor.get(&format!("{BASE}/controleren"));
    assert_eq!(check.status, 200, "{}", check.body);
    let date = super::http::moving_date(10).1;
    for text in [names, "Ik en 1 anderen", "Postcode: 1234 AB", "Huisnummer: 12 A", date.as_str(), "(DUO)", "(SVB)"] {
        assert!(check.body.contains(text), "{text:?} kept: {}", check.body);
    }
}

/// A visitor sent to the other server on every single request (GET and POST alike) answers
/// every question, checks and sends: every value is kept, the cookie and form token of one server
/// are good on the other.
#[test]
fn a_visitor_alternating_between_two_servers_keeps_every_value() {
    let storage = Storage::new(Backend::Postgres);
    let (a, b) = two_servers(&storage);
    let mut visitor = Visitor::arrive(a.port);
    let mut other = b.port;
    let mut switch = |visitor: &mut Visitor| std::mem::swap(&mut visitor.port, &mut other);
    for (slug, fields, next) in answers("Ada", "1234ab") {
        let path = format!("{BASE}/{slug}");
        switch(&mut visitor);
        let page = visitor.get(&path);
        assert_eq!(page.status, 200, "GET {slug} on {}: {}", visitor.port, page.body);
        switch(&mut visitor);
        let reply = visitor.post(&path, &format!("csrf={}&{fields}", page.csrf()));
        assert_eq!((reply.status, reply.location()), (303, format!("{BASE}/{next}").as_str()), "POST {slug} on {}", visitor.port);
    }
    switch(&mut visitor);
    assert_every_answer_kept(&visitor, "Ada");
    let token = visitor.get(&format!("{BASE}/controleren")).csrf();
    switch(&mut visitor);
    assert_eq!(visitor.post(&format!("{BASE}/controleren"), &format!("csrf={token}")).status, 303);
    switch(&mut visitor);
    let confirmation = visitor.get(&format!("{BASE}/bevestiging"));
    assert!(confirmation.body.contains("VH-"), "sent, and the other server shows it");
}

/// One server is killed (SIGKILL) in the middle of the journey; the visitor goes on on the other
/// with everything they answered on the first.
#[test]
fn a_server_killed_mid_journey_and_the_visitor_goes_on_on_the_other() {
    let storage = Storage::new(Backend::Postgres);
    let (a, b) = two_servers(&storage);
    let visitor = Visitor::arrive(a.port);
    let steps = answers("Ada", "1234ab");
    for (slug, fields, _) in &steps[..2] {
        assert_eq!(visitor.answer(&format!("{BASE}/{slug}"), fields).status, 303, "{slug} on the first server");
    }
    a.kill();
    let visitor = Visitor { port: b.port, cookie: visitor.cookie };
    let address = visitor.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!(address.status, 200, "{}", address.body);
    assert!(address.body.contains(r#"value="1234 AB""#), "the answer given to the killed server is there");
    for (slug, fields, _) in &steps[2..] {
        assert_eq!(visitor.answer(&format!("{BASE}/{slug}"), fields).status, 303, "{slug} on the second server");
    }
    assert_every_answer_kept(&visitor, "Ada");
}

/// PostgreSQL stops in the middle of a journey: the request then gets the 503 page (in the
/// service's look), nothing is lost; when it is back, the very next request works, without a
/// restart of the showcase.
#[test]
fn postgres_restarted_mid_journey_gives_the_error_page_then_goes_on() {
    let storage = Storage::new(Backend::Postgres);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    let steps = answers("Ada", "1234ab");
    for (slug, fields, _) in &steps[..2] {
        assert_eq!(visitor.answer(&format!("{BASE}/{slug}"), fields).status, 303);
    }
    let token = visitor.get(&format!("{BASE}/verhuisdatum")).csrf();

    storage.cluster().stop().unwrap();
    let down = visitor.post(&format!("{BASE}/verhuisdatum"), &format!("csrf={token}&{}", steps[2].1));
    assert_eq!(down.status, 503, "{}", down.body);
    assert!(down.body.contains("Er ging iets mis") && down.body.contains("Gemeente Voorbeeldstad"), "the service's error page");
    assert_eq!(visitor.get(&format!("{BASE}/nieuw-adres")).status, 503, "still down");

    storage.cluster().start_again().unwrap();
    let started = Instant::now();
    let address = visitor.get(&format!("{BASE}/nieuw-adres"));
    assert_eq!(address.status, 200, "the first request after the restart works: {}", address.body);
    assert!(address.body.contains(r#"value="1234 AB""#), "answers saved before are kept");
    eprintln!("first request after the restart answered in {:?}", started.elapsed());
    for (slug, fields, _) in &steps[2..] {
        assert_eq!(visitor.answer(&format!("{BASE}/{slug}"), fields).status, 303, "{slug} after the restart");
    }
    assert_every_answer_kept(&visitor, "Ada");
}

/// The database is down when the first journey request comes: the 503 page; once it is up, the
/// journey opens the store again by itself (after a short back-off), no restart needed.
#[test]
fn a_database_down_at_the_first_request_is_opened_again_without_a_restart() {
    let storage = Storage::new(Backend::Postgres);
    storage.cluster().stop().unwrap();
    let port = serve(storage.site());
    let page = format!("{BASE}/wie-verhuist");
    let down = get(port, &page, None);
    assert_eq!(down.status, 503, "{}", down.body);
    assert!(down.body.contains("Er ging iets mis"));
    storage.cluster().start_again().unwrap();
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
}

/// A failing statement (the database refuses every write for a while) is the 500 page, in the
/// service's look; reads of saved answers are untouched and writing works again afterwards.
#[test]
fn a_failing_write_gets_the_500_page_and_saved_answers_stay() {
    let storage = Storage::new(Backend::Postgres);
    let port = serve(storage.site());
    let visitor = Visitor::arrive(port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=met-anderen&aantal=1&namen=Ada").status, 303);
    let token = visitor.get(&format!("{BASE}/nieuw-adres")).csrf();

    let cluster = storage.cluster();
    cluster.sql("eenheid", "ALTER TABLE eenheid_sessions ADD CONSTRAINT geen_schrijven CHECK (false) NOT VALID").unwrap();
    let refused = visitor.post(&format!("{BASE}/nieuw-adres"), &format!("csrf={token}&adres-postcode=1234ab&adres-huisnummer=7"));
    assert_eq!(refused.status, 500, "{}", refused.body);
    assert!(refused.body.contains("Er ging iets mis") && refused.body.contains("Gemeente Voorbeeldstad"));
    cluster.sql("eenheid", "ALTER TABLE eenheid_sessions DROP CONSTRAINT geen_schrijven").unwrap();

    let who = visitor.get(&format!("{BASE}/wie-verhuist"));
    assert!(who.body.contains(">Ada</textarea>"), "the saved names are kept");
    assert_eq!(visitor.post(&format!("{BASE}/nieuw-adres"), &format!("csrf={token}&adres-postcode=1234ab&adres-huisnummer=7")).status, 303);
}

/// At start, a database that cannot be reached, a wrong password or a remote host without TLS
/// is one clear line naming the host (never the password) and exit code 1.
#[test]
fn a_bad_database_url_at_start_is_one_line_and_exit_1() {
    let cluster = Cluster::start();
    let wrong = "fout-wachtwoord-9f8e7d";
    let unreachable_port = super::http::free_port();
    let cases = [
        ("wrong password", cluster.url_with_password(wrong), format!("127.0.0.1:{}", cluster.port())),
        ("unreachable", format!("postgres://eenheid:{wrong}@127.0.0.1:{unreachable_port}/eenheid"), format!("127.0.0.1:{unreachable_port}")),
        ("remote without TLS", format!("postgres://eenheid:{wrong}@db.voorbeeldstad.example/eenheid"), "db.voorbeeldstad.example:5432".to_owned()),
        ("not a URL", format!("mysql://eenheid:{wrong}@127.0.0.1/eenheid"), "postgres://".to_owned()),
    ];
    for (what, url, host) in cases {
        let started = Instant::now();
        let (code, stderr) = run_to_exit(&[("EENHEID_DATABASE_URL", url)]);
        assert_eq!(code, Some(1), "{what}: exit 1 ({stderr})");
        assert_eq!(stderr.trim().lines().count(), 1, "{what}: one line: {stderr}");
        assert!(stderr.contains(&host), "{what}: names {host}: {stderr}");
        assert!(!stderr.contains(wrong), "{what}: the password is never shown: {stderr}");
        assert!(started.elapsed() < Duration::from_secs(15), "{what}: quickly, not after a long wait");
        eprintln!("{what}: {}", stderr.trim());
    }
    // The right password starts (and the migration is there).
    let server = Process::start(&[("EENHEID_DATABASE_URL", cluster.url())]);
    assert_eq!(get(server.port, &format!("{BASE}/wie-verhuist"), None).status, 200);
    assert_eq!(cluster.sql("eenheid", "SELECT max(version) FROM eenheid_schema_versions").unwrap(), "2");
}

/// Running the migration again (a second server, a restart) changes nothing and loses nothing.
#[test]
fn the_migration_runs_once_and_again_changes_nothing() {
    let storage = Storage::new(Backend::Postgres);
    let cluster = storage.cluster();
    let first = Process::start(&storage.binary_env());
    let visitor = Visitor::arrive(first.port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=alleen").status, 303);
    let second = Process::start(&storage.binary_env());
    let third = Process::start(&storage.binary_env());
    drop((second, third));
    assert_eq!(cluster.sql("eenheid", "SELECT string_agg(version::text, ',' ORDER BY version) FROM eenheid_schema_versions").unwrap(), "1,2");
    let indexes = cluster.sql("eenheid", "SELECT indexdef FROM pg_indexes WHERE tablename = 'eenheid_sessions' AND indexdef LIKE '%expires_at%'").unwrap();
    assert!(indexes.contains("(expires_at)"), "the expiry column is indexed: {indexes:?}");
    let code_indexes = cluster.sql("eenheid", "SELECT indexdef FROM pg_indexes WHERE tablename = 'eenheid_saved_codes' AND indexdef LIKE '%expires_at%'").unwrap();
    assert!(code_indexes.contains("(expires_at)"), "saved codes expire by an index too: {code_indexes:?}");
    assert_eq!(cluster.sql("eenheid", "SELECT count(*) FROM eenheid_sessions").unwrap(), "1", "the session is kept");
    assert_eq!(cluster.sql("eenheid", "SELECT count(*) FROM eenheid_secret").unwrap(), "1", "one shared key");
}

/// Expired sessions are deleted by the database (one `DELETE` on the indexed `expires_at`) in the
/// sweep each server runs when its store opens and then every `sweep_every`, whether or not any
/// visitor comes: here nobody does after the session is made.
#[test]
fn expired_sessions_are_deleted_by_the_database() {
    let storage = Storage::new(Backend::Postgres);
    let cluster = storage.cluster();
    let short = storage.site().with_session_timeout(Duration::from_secs(1)).with_sweep_every(Duration::from_millis(300));
    let port = serve(short);
    let visitor = Visitor::arrive(port);
    assert_eq!(visitor.answer(&format!("{BASE}/wie-verhuist"), "wie=alleen").status, 303);
    assert_eq!(cluster.sql("eenheid", "SELECT count(*) FROM eenheid_sessions").unwrap(), "1", "kept while it is fresh");
    let started = Instant::now();
    let mut left = String::new();
    while started.elapsed() < Duration::from_secs(10) {
        left = cluster.sql("eenheid", "SELECT count(*) FROM eenheid_sessions").unwrap();
        if left == "0" {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(left, "0", "the expired session is deleted without any request");
    assert!(started.elapsed() >= Duration::from_millis(600), "not before it expired ({:?})", started.elapsed());
    eprintln!("deleted {:?} after the last request (timeout 1 s, sweep every 300 ms)", started.elapsed());
}
