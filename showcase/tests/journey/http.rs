//! What the journey tests share: plain HTTP/1.1 on loopback, a visitor with a cookie, the
//! showcase in this process or as the real binary, and the two stores to run against.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use eenheid_showcase::journey::store::postgres::DatabaseUrl;
use eenheid_showcase::journey::store::{Store, StoreConfig};
use eenheid_showcase::server::SiteOptions;
use eenheid_test_postgres::Cluster;

pub const BASE: &str = "/verhuizing-doorgeven";

/// One HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Header lines, names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The `eh-sessie=…` pair of a Set-Cookie, if the answer sets one.
    pub fn session_cookie(&self) -> Option<String> {
        self.headers
            .iter()
            .filter(|(n, _)| n == "set-cookie")
            .find(|(_, v)| v.starts_with("eh-sessie="))
            .map(|(_, v)| v.split(';').next().unwrap().to_owned())
    }

    /// The CSRF token in the page's first form.
    pub fn csrf(&self) -> String {
        let start = self.body.find(r#"name="csrf" value=""#).unwrap_or_else(|| panic!("no CSRF field in {}", self.body)) + 19;
        self.body[start..start + 64].to_owned()
    }

    pub fn location(&self) -> &str {
        self.header("location").unwrap_or_else(|| panic!("no Location on a {}: {}", self.status, self.body))
    }
}

/// A plain HTTP/1.1 request. A large body may be cut off by the server (413): what it answered
/// is still read.
pub fn request(port: u16, method: &str, path: &str, cookie: Option<&str>, body: Option<&str>, extra: &[(&str, &str)]) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap_or_else(|e| panic!("connect to {port}: {e}"));
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    if let Some(body) = body {
        let _ = stream.write_all(body.as_bytes());
    }
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or_else(|| panic!("no HTTP answer to {method} {path}: {text:?}"));
    let mut lines = head.lines();
    let status = lines.next().unwrap().split_whitespace().nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(": "))
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
        .collect();
    Reply { status, headers, body: body.to_owned() }
}

pub fn get(port: u16, path: &str, cookie: Option<&str>) -> Reply {
    request(port, "GET", path, cookie, None, &[])
}

pub fn post(port: u16, path: &str, cookie: &str, body: &str) -> Reply {
    request(port, "POST", path, Some(cookie), Some(body), &[])
}

/// The showcase in this process on a free loopback port (listening with tokio's backlog, so
/// hundreds of visitors may knock at once).
pub fn serve(site: SiteOptions) -> u16 {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            sender.send(listener.local_addr().unwrap().port()).unwrap();
            eenheid_showcase::server::serve(listener, site).await.unwrap();
        });
    });
    receiver.recv().expect("the test server started")
}

/// The options every in-process test starts from: answers in memory.
pub fn site() -> SiteOptions {
    SiteOptions::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site"))
}

/// A free loopback port.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A visitor: their cookie, kept across requests; `port` may change between requests (a load
/// balancer sending them to another server).
pub struct Visitor {
    pub port: u16,
    pub cookie: String,
}

impl Visitor {
    /// Opens the first question: gets a session cookie.
    pub fn arrive(port: u16) -> Visitor {
        let reply = get(port, &format!("{BASE}/wie-verhuist"), None);
        assert_eq!(reply.status, 200, "{}", reply.body);
        Visitor { port, cookie: reply.session_cookie().expect("a session cookie on the first question") }
    }

    /// The session id inside the cookie (the store's key).
    pub fn session_id(&self) -> String {
        self.cookie.trim_start_matches("eh-sessie=").split('.').next().unwrap().to_owned()
    }

    pub fn get(&self, path: &str) -> Reply {
        get(self.port, path, Some(&self.cookie))
    }

    pub fn post(&self, path: &str, body: &str) -> Reply {
        post(self.port, path, &self.cookie, body)
    }

    /// GETs `path`, then posts `fields` with the page's CSRF token.
    pub fn answer(&self, path: &str, fields: &str) -> Reply {
        let page = self.get(path);
        assert_eq!(page.status, 200, "GET {path}: {}", page.body);
        self.post(path, &format!("csrf={}&{fields}", page.csrf()))
    }

    /// Answers all four questions; every answer must lead to the next page.
    pub fn answer_all(&self, names: &str, postcode: &str) {
        for (slug, fields, next) in answers(names, postcode) {
            let reply = self.answer(&format!("{BASE}/{slug}"), &fields);
            assert_eq!(reply.status, 303, "{slug}: {}", reply.body);
            assert_eq!(reply.location(), format!("{BASE}/{next}"));
        }
    }
}

/// A moving date `days` from today (the server's clock, as the journey checks it): the form
/// fields, and the date as the check page writes it ("1 februari 2027").
pub fn moving_date(days: i64) -> (String, String) {
    use eenheid_showcase::journey::clock;
    let (y, m, d) = clock::add_days(clock::today(), days);
    let fields = format!("datum-dag={d}&datum-maand={m}&datum-jaar={y}");
    (fields, eenheid_showcase::journey::pages::long_date(eenheid::i18n::Lang::Nl, &d.to_string(), &m.to_string(), &y.to_string()))
}

/// The four steps' (slug, fields, next slug) for a visitor called `names` moving to `postcode`.
pub fn answers(names: &str, postcode: &str) -> [(&'static str, String, &'static str); 4] {
    [
        ("wie-verhuist", format!("wie=met-anderen&aantal=1&namen={names}"), "nieuw-adres"),
        ("nieuw-adres", format!("adres-postcode={postcode}&adres-huisnummer=12&adres-toevoeging=A"), "verhuisdatum"),
        ("verhuisdatum", moving_date(10).0, "doorgeven"),
        ("doorgeven", "doorgeven=duo&doorgeven=svb".to_owned(), "controleren"),
    ]
}

pub fn assert_security_headers(reply: &Reply) {
    for name in ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"] {
        assert!(reply.header(name).is_some(), "{name} missing on a {} answer", reply.status);
    }
}

/// Which store a test runs against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// redb in memory (in-process servers) or in a data folder (the binary).
    Redb,
    /// A throw-away PostgreSQL cluster of the test's own.
    Postgres,
}

/// A test's store: its PostgreSQL cluster or its data folder, gone when dropped.
pub struct Storage {
    pub backend: Backend,
    pub cluster: Option<Cluster>,
    pub folder: PathBuf,
}

impl Storage {
    pub fn new(backend: Backend) -> Storage {
        static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let folder = std::env::temp_dir().join(format!("eenheid-journey-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let cluster = (backend == Backend::Postgres).then(Cluster::start);
        Storage { backend, cluster, folder }
    }

    /// The cluster (PostgreSQL tests only).
    pub fn cluster(&self) -> &Cluster {
        self.cluster.as_ref().expect("a PostgreSQL test")
    }

    pub fn database_url(&self) -> Option<DatabaseUrl> {
        self.cluster.as_ref().map(|cluster| DatabaseUrl::parse(&cluster.url()).unwrap())
    }

    /// In-process options: PostgreSQL, or redb in memory.
    pub fn site(&self) -> SiteOptions {
        match self.database_url() {
            Some(url) => site().with_database(url),
            None => site(),
        }
    }

    /// In-process options with redb in this test's data folder (PostgreSQL: as [`Storage::site`]).
    pub fn site_on_disk(&self) -> SiteOptions {
        match self.backend {
            Backend::Redb => site().with_data_dir(&self.folder),
            Backend::Postgres => self.site(),
        }
    }

    /// Damages the stored record of `session` (redb: bytes that are no JSON; PostgreSQL, whose
    /// `jsonb` column takes only JSON: JSON that is no record), as a broken disk or a careless
    /// hand in the database would. Needs [`Storage::site_on_disk`] for redb.
    pub fn corrupt(&self, session: &str) {
        match &self.cluster {
            Some(cluster) => {
                let changed = cluster
                    .sql("eenheid", &format!("UPDATE eenheid_sessions SET record = '{{\"answers\": \"kapot\"}}' WHERE id = '{session}' RETURNING id"))
                    .unwrap();
                assert_eq!(changed, session, "the row was there to damage");
            }
            None => {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                let store = runtime.block_on(Store::open(&StoreConfig::Folder(self.folder.clone()))).unwrap();
                match &*store {
                    Store::Redb { store, .. } => store.save_bytes(session, b"{\"last_seen_ms\": nee").unwrap(),
                    Store::Postgres(_) => unreachable!(),
                }
            }
        }
    }

    /// Environment for the real binary: `EENHEID_DATABASE_URL`, or the data folder.
    pub fn binary_env(&self) -> Vec<(&'static str, String)> {
        match &self.cluster {
            Some(cluster) => vec![("EENHEID_DATABASE_URL", cluster.url()), ("EENHEID_DATA_DIR", self.folder.join("unused").display().to_string())],
            None => vec![("EENHEID_DATA_DIR", self.folder.display().to_string())],
        }
    }
}

impl Drop for Storage {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// The real showcase binary, killed (SIGKILL) when dropped.
pub struct Process {
    pub child: Child,
    pub port: u16,
}

impl Process {
    /// Starts the binary on a free port with `env` and waits until it listens.
    pub fn start(env: &[(&str, String)]) -> Process {
        let port = free_port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_eenheid-showcase"));
        command.env("PORT", port.to_string()).env_remove("EENHEID_DATABASE_URL").env_remove("EENHEID_SECRET").stdout(Stdio::null()).stderr(Stdio::null());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("the showcase stopped at start ({status})");
            }
            assert!(Instant::now() < deadline, "the showcase did not start on {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Process { child, port }
    }

    /// SIGKILL, as a crashed machine or the OOM killer would.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the binary with `env` until it exits (it must, within 30 s): (exit code, stderr).
pub fn run_to_exit(env: &[(&str, String)]) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_eenheid-showcase"));
    command.env("PORT", free_port().to_string()).env_remove("EENHEID_SECRET").stdout(Stdio::null()).stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
            return (status.code(), stderr);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the showcase did not exit within 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
