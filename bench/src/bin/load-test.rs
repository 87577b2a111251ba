//! `load-test --base http://127.0.0.1:PORT [--connections 50] [--seconds 20]
//!            --route 'NAME|METHOD|PATH|BODY|EXPECT|SESSION_PAGE' ...`
//!
//! A closed-loop HTTP/1.1 load generator for loopback: `connections` keep-alive connections, each
//! sending one request after the other for `seconds`, cycling through the routes (so every route
//! gets the same share). A response counts as an error unless its status is 2xx or a redirect
//! (3xx: the answer to a good POST); every response must also contain EXPECT (in the body, or in
//! the `Location` of a redirect) when given.
//!
//! SESSION_PAGE (optional) is a page that starts a session: each connection GETs it once (not
//! counted), keeps its `Set-Cookie` and the form's hidden `csrf` value, and sends both with every
//! request of this route (`csrf=…` is added to BODY), as a browser does in a multi-step journey.
//!
//! Prints one JSON object: totals and, per route, requests/s and p50/p99/max latency.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;

#[derive(Clone, Debug)]
struct Route {
    name: String,
    method: Method,
    path: String,
    body: String,
    expect: String,
    session_page: String,
}

/// A connection's session for a route: the cookie to send and the form token.
#[derive(Clone, Debug)]
struct Session {
    cookie: String,
    csrf: String,
}

#[derive(Default)]
struct Tally {
    latencies_us: Vec<Vec<u32>>,
    errors: Vec<u64>,
    bytes: Vec<u64>,
    samples: Vec<String>,
}

fn parse_route(text: &str) -> Result<Route, String> {
    let mut parts = text.splitn(6, '|');
    let name = parts.next().unwrap_or_default().to_owned();
    let method = parts.next().unwrap_or_default().parse::<Method>().map_err(|_| format!("bad method in {text:?}"))?;
    let path = parts.next().filter(|p| p.starts_with('/')).ok_or_else(|| format!("the path must start with / in {text:?}"))?.to_owned();
    let body = parts.next().unwrap_or_default().to_owned();
    let expect = parts.next().unwrap_or_default().to_owned();
    let session_page = parts.next().unwrap_or_default().to_owned();
    Ok(Route { name, method, path, body, expect, session_page })
}

fn main() -> ExitCode {
    let mut base = String::new();
    let mut connections = 50usize;
    let mut seconds = 20.0f64;
    let mut routes = Vec::new();
    let mut args = std::env::args().skip(1);
    let usage = "usage: load-test --base http://127.0.0.1:PORT [--connections N] [--seconds S] --route 'NAME|METHOD|PATH|BODY|EXPECT|SESSION_PAGE'...";
    while let Some(arg) = args.next() {
        let value = args.next();
        let result = match (arg.as_str(), value) {
            ("--base", Some(v)) => Ok(base = v),
            ("--connections", Some(v)) => v.parse().map(|n| connections = n).map_err(|_| format!("--connections {v:?} is not a number")),
            ("--seconds", Some(v)) => v.parse().map(|s| seconds = s).map_err(|_| format!("--seconds {v:?} is not a number")),
            ("--route", Some(v)) => parse_route(&v).map(|r| routes.push(r)),
            _ => Err(usage.to_owned()),
        };
        if let Err(message) = result {
            eprintln!("load-test: {message}");
            return ExitCode::from(2);
        }
    }
    let Some(authority) = base.strip_prefix("http://").map(|a| a.trim_end_matches('/').to_owned()) else {
        eprintln!("load-test: --base must be http://HOST:PORT\n{usage}");
        return ExitCode::from(2);
    };
    if routes.is_empty() || connections == 0 || !(seconds > 0.0) {
        eprintln!("load-test: need at least one route, one connection and a positive duration\n{usage}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("load-test: could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let report = runtime.block_on(run(authority, connections, Duration::from_secs_f64(seconds), routes));
    println!("{report}");
    ExitCode::SUCCESS
}

async fn run(authority: String, connections: usize, duration: Duration, routes: Vec<Route>) -> serde_json::Value {
    let start = Instant::now();
    let deadline = start + duration;
    let mut tasks = Vec::new();
    for index in 0..connections {
        tasks.push(tokio::spawn(connection(authority.clone(), routes.clone(), index, deadline)));
    }
    let mut total = Tally { latencies_us: vec![Vec::new(); routes.len()], errors: vec![0; routes.len()], bytes: vec![0; routes.len()], samples: Vec::new() };
    let mut task_failures = 0;
    for task in tasks {
        match task.await {
            Ok(tally) => {
                for i in 0..routes.len() {
                    total.latencies_us[i].extend(&tally.latencies_us[i]);
                    total.errors[i] += tally.errors[i];
                    total.bytes[i] += tally.bytes[i];
                }
                if total.samples.len() < 5 {
                    total.samples.extend(tally.samples.into_iter().take(5 - total.samples.len()));
                }
            }
            Err(_) => task_failures += 1,
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    let mut per_route = Vec::new();
    let (mut requests, mut errors) = (0u64, task_failures as u64);
    for (i, route) in routes.iter().enumerate() {
        let latencies = &mut total.latencies_us[i];
        latencies.sort_unstable();
        let ok = latencies.len() as u64;
        requests += ok + total.errors[i];
        errors += total.errors[i];
        let pick = |q: f64| -> f64 {
            if latencies.is_empty() { return 0.0 }
            let at = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
            f64::from(latencies[at]) / 1000.0
        };
        per_route.push(serde_json::json!({
            "name": route.name,
            "method": route.method.as_str(),
            "path": route.path,
            "requests": ok + total.errors[i],
            "errors": total.errors[i],
            "requests_per_s": (ok + total.errors[i]) as f64 / elapsed,
            "p50_ms": pick(0.50),
            "p99_ms": pick(0.99),
            "max_ms": pick(1.0),
            "bytes_per_response": if ok > 0 { total.bytes[i] / ok } else { 0 },
        }));
    }
    serde_json::json!({
        "connections": connections,
        "seconds": elapsed,
        "requests": requests,
        "errors": errors,
        "requests_per_s": requests as f64 / elapsed,
        "routes": per_route,
        "error_samples": total.samples,
    })
}

type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

async fn connect(authority: &str) -> Result<Sender, String> {
    let stream = tokio::net::TcpStream::connect(authority).await.map_err(|e| format!("connect {authority}: {e}"))?;
    let _ = stream.set_nodelay(true);
    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| format!("handshake: {e}"))?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    Ok(sender)
}

/// One keep-alive connection: requests one after the other until the deadline; reconnects after
/// an error.
async fn connection(authority: String, routes: Vec<Route>, index: usize, deadline: Instant) -> Tally {
    let mut tally = Tally { latencies_us: vec![Vec::new(); routes.len()], errors: vec![0; routes.len()], bytes: vec![0; routes.len()], samples: Vec::new() };
    let mut sessions: Vec<Option<Session>> = vec![None; routes.len()];
    let mut sender: Option<Sender> = None;
    let mut turn = index;
    while Instant::now() < deadline {
        let r = turn % routes.len();
        turn += 1;
        let route = &routes[r];
        let started = Instant::now();
        let outcome: Result<(u64, bool), String> = async {
            if sender.is_none() {
                sender = Some(connect(&authority).await?);
            }
            let send = sender.as_mut().ok_or("no connection")?;
            if !route.session_page.is_empty() && sessions[r].is_none() {
                sessions[r] = Some(start_session(send, &authority, &route.session_page).await?);
            }
            let mut body = route.body.clone();
            let mut request = Request::builder().method(route.method.clone()).uri(&route.path).header("host", &authority);
            if let Some(session) = &sessions[r] {
                request = request.header("cookie", &session.cookie);
                if route.method == Method::POST {
                    body = if body.is_empty() { format!("csrf={}", session.csrf) } else { format!("{body}&csrf={}", session.csrf) };
                }
            }
            if !body.is_empty() {
                request = request.header("content-type", "application/x-www-form-urlencoded");
            }
            send.ready().await.map_err(|e| format!("connection: {e}"))?;
            let request = request.body(Full::new(Bytes::from(body))).map_err(|e| e.to_string())?;
            let response = send.send_request(request).await.map_err(|e| format!("request: {e}"))?;
            let status = response.status();
            let location = response.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
            let body = response.into_body().collect().await.map_err(|e| format!("body: {e}"))?.to_bytes();
            if !(status.is_success() || status.is_redirection()) {
                return Err(format!("{} {} → {status}", route.method, route.path));
            }
            // Every response is checked, not only a connection's first: a wrong answer is an error.
            let expected = route.expect.is_empty()
                || if status.is_redirection() { location.contains(&route.expect) } else { String::from_utf8_lossy(&body).contains(&route.expect) };
            Ok((body.len() as u64, expected))
        }
        .await;
        let micros = u32::try_from(started.elapsed().as_micros()).unwrap_or(u32::MAX);
        match outcome {
            Ok((bytes, true)) => {
                tally.latencies_us[r].push(micros);
                tally.bytes[r] += bytes;
            }
            Ok((_, false)) => {
                tally.errors[r] += 1;
                if tally.samples.len() < 5 {
                    tally.samples.push(format!("{} {}: the response does not contain {:?}", route.method, route.path, route.expect));
                }
            }
            Err(message) => {
                tally.errors[r] += 1;
                sender = None;
                sessions[r] = None;
                if tally.samples.len() < 5 {
                    tally.samples.push(message);
                }
            }
        }
    }
    tally
}

/// GETs `page` on this connection and keeps its session cookie and form token.
async fn start_session(send: &mut Sender, authority: &str, page: &str) -> Result<Session, String> {
    send.ready().await.map_err(|e| format!("connection: {e}"))?;
    let request = Request::builder().uri(page).header("host", authority).body(Full::new(Bytes::new())).map_err(|e| e.to_string())?;
    let response = send.send_request(request).await.map_err(|e| format!("session page: {e}"))?;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .collect::<Vec<_>>()
        .join("; ");
    let status = response.status();
    let body = response.into_body().collect().await.map_err(|e| format!("session page body: {e}"))?.to_bytes();
    let html = String::from_utf8_lossy(&body);
    let marker = "name=\"csrf\" value=\"";
    let csrf = html
        .find(marker)
        .map(|at| &html[at + marker.len()..])
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned();
    if !status.is_success() || cookie.is_empty() || csrf.is_empty() {
        return Err(format!("GET {page} → {status}: no session cookie or csrf field"));
    }
    Ok(Session { cookie, csrf })
}
