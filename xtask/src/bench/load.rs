//! The load test: the showcase release server under keep-alive connections on loopback (the
//! `load-test` binary), each route alone and then all mixed; and the journey's routes again with
//! the answers in a throw-away PostgreSQL cluster.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::options::Options;
use super::process::json_line;
use super::report::{Load, PostgresStore, RouteRun};
use super::server::start_server;
use super::step;
use crate::root;

pub const FORM_PATH: &str = "/patronen/formulier";
pub const JOURNEY_PATH: &str = "/verhuizing-doorgeven";

/// The pool size of the PostgreSQL run (the showcase's default).
const POSTGRES_POOL: usize = 16;

/// What one `load-test` run prints.
#[derive(Deserialize)]
struct LoadRun {
    connections: usize,
    error_samples: Vec<String>,
    errors: u64,
    requests: u64,
    requests_per_s: f64,
    routes: Vec<RouteRun>,
    seconds: f64,
}

/// The journey's routes on PostgreSQL.
struct PostgresJourney {
    store: PostgresStore,
    routes: Vec<RouteRun>,
    errors: u64,
    error_samples: Vec<String>,
}

/// The load test, then the journey's routes on PostgreSQL (a note says so when those could not
/// run; the redb figures still count).
pub fn measure(release: &Path, options: &Options, notes: &mut Vec<String>) -> Result<Load> {
    let mut load = load_test(release, options)?;
    step("load test: the journey's routes again, with the answers in PostgreSQL (throw-away cluster)");
    match journey_on_postgres(release, options.connections, load.route_seconds) {
        Ok(postgres) => {
            load.errors += postgres.errors;
            load.error_samples.extend(postgres.error_samples);
            load.routes.extend(postgres.routes);
            load.postgres = Some(postgres.store);
        }
        Err(error) => notes.push(format!("journey on PostgreSQL not measured: {error:#}")),
    }
    Ok(load)
}

fn load_test(release: &Path, options: &Options) -> Result<Load> {
    // The journey's answers go to a fresh folder of the bench's own.
    let (_server, address) = start_server(release, &root().join("target/bench/eenheid-data"), &[])?;
    let component = "text-input";
    let mut routes = vec![
        "home|GET|/||Alle componenten".to_owned(),
        format!("component page|GET|/componenten/{component}||<h1"),
        format!(
            "form POST (valid)|POST|{}|naam=Jan+Jansen&postcode=1234+ab&provincie=utrecht&wie=post&melden=duo&datum-dag=27&datum-maand=3&datum-jaar=2027|Bedankt",
            FORM_PATH
        ),
        format!("form POST (errors)|POST|{FORM_PATH}|naam=&postcode=12345&melden=geen&melden=duo|Er is een probleem"),
        format!("stylesheet|GET|/static/{}||--eh-", stylesheet_file_name()?),
    ];
    routes.extend(journey_routes(&address));
    let run = |routes: &[String], seconds: f64| load_run(release, &address, options.connections, routes, seconds);
    // Each route alone, for its own slice of time (a slow route is not hidden by the fast ones),
    // then all of them mixed.
    let slice = (options.load_seconds / routes.len() as f64).max(2.0);
    let mut alone = Vec::new();
    let mut errors = 0;
    let mut samples = Vec::new();
    for route in &routes {
        let result = run(std::slice::from_ref(route), slice)?;
        errors += result.errors;
        samples.extend(result.error_samples);
        alone.extend(result.routes);
    }
    let mixed = run(&routes, options.load_seconds)?;
    errors += mixed.errors;
    samples.extend(mixed.error_samples);
    Ok(Load {
        connections: mixed.connections,
        error_samples: samples,
        errors,
        mixed_routes: mixed.routes,
        postgres: None,
        requests: mixed.requests,
        requests_per_s: mixed.requests_per_s,
        route_seconds: slice,
        routes: with_store(alone, "redb"),
        seconds: mixed.seconds,
    })
}

/// One `load-test` run of `routes` against `address`.
fn load_run(release: &Path, address: &str, connections: usize, routes: &[String], seconds: f64) -> Result<LoadRun> {
    let mut command = Command::new(release.join("load-test"));
    command
        .args(["--base", &format!("http://{address}")])
        .args(["--connections", &connections.to_string()])
        .args(["--seconds", &seconds.to_string()]);
    for route in routes {
        command.args(["--route", route]);
    }
    json_line(&mut command)
}

/// The journey's routes, each alone for `seconds`, against the release server with its answers
/// in PostgreSQL: a throw-away cluster (eenheid-test-postgres, the one the tests use) with
/// PostgreSQL's durable defaults, as a service would run it, so the row compares with redb's
/// (which syncs each commit too). Each route's name says the store.
fn journey_on_postgres(release: &Path, connections: usize, seconds: f64) -> Result<PostgresJourney> {
    let cluster = eenheid_test_postgres::Cluster::try_start(eenheid_test_postgres::Durability::Durable).map_err(anyhow::Error::msg)?;
    let version = cluster.sql(eenheid_test_postgres::DATABASE, "SHOW server_version").map_err(anyhow::Error::msg)?;
    let version = version.split_whitespace().next().unwrap_or("?").to_owned();
    // Declared after the cluster, so the server stops first.
    let (_server, address) = start_server(release, &root().join("target/bench/eenheid-data-unused"), &[("EENHEID_DATABASE_URL", cluster.url()), ("EENHEID_DATABASE_POOL", POSTGRES_POOL.to_string())])?;
    let routes = journey_routes(&address);
    if routes.len() < 2 {
        bail!("the journey did not answer on PostgreSQL");
    }
    let mut measured = Vec::new();
    let (mut errors, mut samples) = (0, Vec::new());
    for route in routes.iter().filter(|r| !r.starts_with("journey start")) {
        let result = load_run(release, &address, connections, std::slice::from_ref(route), seconds)?;
        errors += result.errors;
        samples.extend(result.error_samples);
        measured.extend(result.routes);
    }
    let store = format!("PostgreSQL {version}");
    Ok(PostgresJourney { routes: with_store(measured, &store), store: PostgresStore { pool: POSTGRES_POOL, store }, errors, error_samples: samples })
}

/// Names each journey route's store ("journey POST (answer saved), redb").
pub fn with_store(routes: Vec<RouteRun>, store: &str) -> Vec<RouteRun> {
    routes
        .into_iter()
        .map(|mut route| {
            if route.name.starts_with("journey") {
                route.name = format!("{}, {store}", route.name);
                route.store = Some(store.to_owned());
            }
            route
        })
        .collect()
}

/// The hashed stylesheet name, read from the file `render-page --css` wrote (same hash function
/// as `eenheid::style::stylesheet_file_name`, which the server uses).
fn stylesheet_file_name() -> Result<String> {
    let html = std::fs::read_to_string(root().join("target/bench/eenheid-page.html"))?;
    let start = html.find("/static/eenheid").context("no stylesheet link in the rendered page")? + "/static/".len();
    let end = html[start..].find('"').context("unterminated stylesheet link")? + start;
    Ok(html[start..end].to_owned())
}

/// The change-of-address journey (when the showcase has it): its start page, and its first
/// question posted with a valid answer inside a session (cookie + form token, as a browser sends
/// them; the answer is saved, the server redirects to the next question). Empty when the journey
/// does not exist.
fn journey_routes(address: &str) -> Vec<String> {
    use std::io::Read;
    let step = format!("{JOURNEY_PATH}/wie-verhuist");
    let fetch = |path: &str| -> Option<String> {
        let mut stream = std::net::TcpStream::connect(address).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").ok()?;
        let mut response = String::new();
        stream.read_to_string(&mut response).ok()?;
        Some(response)
    };
    let mut routes = Vec::new();
    if fetch(JOURNEY_PATH).is_some_and(|r| r.starts_with("HTTP/1.1 200")) {
        routes.push(format!("journey start|GET|{JOURNEY_PATH}||<h1"));
    }
    if fetch(&step).is_some_and(|r| r.starts_with("HTTP/1.1 200") && r.contains("name=\"csrf\"")) {
        routes.push(format!("journey step page|GET|{step}||name=\"wie\"|{step}"));
        routes.push(format!("journey POST (answer saved)|POST|{step}|wie=alleen|{JOURNEY_PATH}/nieuw-adres|{step}"));
    }
    routes
}
