//! A throw-away PostgreSQL cluster for the journey's tests and for `cargo xtask bench`: `initdb` in
//! a temporary folder, the server on a free loopback port (its unix socket in that folder too), one
//! database `eenheid` owned by a password-protected role `eenheid`, and a URL to hand to
//! `EENHEID_DATABASE_URL`. Dropping the [`Cluster`] stops the server and removes the folder, also
//! when a test panics (the drop runs while unwinding).
//!
//! PostgreSQL itself must be installed (`apt-get install postgresql`; `cargo xtask test` does it).
//! When it is not, [`Cluster::start`] panics with a message that says so: a PostgreSQL test never
//! passes by skipping. `initdb` refuses to run as root, so as root every PostgreSQL program runs
//! as the `postgres` system user (made by Debian's package) through `runuser`.
//!
//! A test process killed outright (SIGKILL) cannot run its drops: the next cluster started on this
//! machine stops and removes any cluster whose owning process is gone.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

/// The database and role every cluster has.
pub const DATABASE: &str = "eenheid";

/// The prefix of every cluster folder in the temporary folder (`eenheid-pg-<pid>-<n>`).
const FOLDER_PREFIX: &str = "eenheid-pg-";

/// Whether the server may trade durability for speed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// `fsync=off`, `synchronous_commit=off`: for tests, where a crash of the machine loses nothing
    /// of value. A stop or restart of the server (fast shutdown) still keeps every commit.
    Fast,
    /// PostgreSQL's defaults, every commit flushed to disk: for the bench, so the figures are
    /// those of a real set-up (redb also syncs each commit).
    Durable,
}

/// A running (or stopped, see [`Cluster::stop`]) throw-away cluster.
#[derive(Debug)]
pub struct Cluster {
    folder: PathBuf,
    bin: PathBuf,
    port: u16,
    password: String,
    durability: Durability,
}

impl Cluster {
    /// A fresh cluster for a test (fast, not durable). Panics with a clear message when
    /// PostgreSQL is missing or does not start.
    pub fn start() -> Cluster {
        Cluster::try_start(Durability::Fast).unwrap_or_else(|error| panic!("{error}"))
    }

    /// A fresh cluster, or why there is none.
    pub fn try_start(durability: Durability) -> Result<Cluster, String> {
        let bin = bin_folder()?;
        remove_orphans(&bin);
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let folder = parent().join(format!("{FOLDER_PREFIX}{}-{}", std::process::id(), COUNT.fetch_add(1, Ordering::Relaxed)));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let password = random_hex(16)?;
        // From here on the drop cleans up, whatever fails.
        let mut cluster = Cluster { folder, bin, port: 0, password, durability };
        let password_file = cluster.folder.join("wachtwoord");
        std::fs::write(&password_file, &cluster.password).map_err(|e| format!("{}: {e}", password_file.display()))?;
        if is_root() {
            checked(Command::new("chown").args(["-R", "postgres:postgres"]).arg(&cluster.folder), "chown")?;
        }
        let data = cluster.data();
        let mut initdb = cluster.program("initdb");
        initdb
            .arg("-D")
            .arg(&data)
            .args(["-U", DATABASE, "-E", "UTF8", "--no-locale", "--no-sync", "--auth-local=trust", "--auth-host=scram-sha-256"])
            .arg(format!("--pwfile={}", password_file.display()));
        checked(&mut initdb, "initdb")?;
        let _ = std::fs::remove_file(&password_file);
        // A free port may be taken between asking and binding: try a few.
        let mut last = String::new();
        for _ in 0..5 {
            cluster.port = free_port()?;
            match cluster.start_again() {
                Ok(()) => {
                    cluster.sql("postgres", &format!("CREATE DATABASE {DATABASE}"))?;
                    return Ok(cluster);
                }
                Err(error) => last = error,
            }
        }
        Err(format!("PostgreSQL did not start on a loopback port: {last}"))
    }

    /// `postgres://eenheid:…@127.0.0.1:PORT/eenheid`.
    pub fn url(&self) -> String {
        self.url_with_password(&self.password)
    }

    /// The URL with another password (to test a wrong one).
    pub fn url_with_password(&self, password: &str) -> String {
        format!("postgres://{DATABASE}:{password}@127.0.0.1:{}/{DATABASE}", self.port)
    }

    /// The loopback port the server listens on (kept across [`Cluster::stop`] and
    /// [`Cluster::start_again`]).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server (fast shutdown: every committed transaction is kept), leaving the folder.
    pub fn stop(&self) -> Result<(), String> {
        let mut stop = self.program("pg_ctl");
        stop.arg("-D").arg(self.data()).args(["-m", "fast", "-w", "stop"]);
        checked(&mut stop, "pg_ctl stop").map(drop)
    }

    /// Starts the (stopped) server again on the same port.
    pub fn start_again(&self) -> Result<(), String> {
        let mut options = format!("-c listen_addresses=127.0.0.1 -p {} -k {} -c max_connections=250", self.port, self.folder.display());
        if self.durability == Durability::Fast {
            options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        let mut start = self.program("pg_ctl");
        start.arg("-D").arg(self.data()).arg("-l").arg(self.folder.join("server.log")).args(["-w", "-t", "30", "-o", &options, "start"]);
        checked(&mut start, "pg_ctl start").map(drop).map_err(|error| format!("{error}\n{}", self.log_tail()))
    }

    /// Runs `sql` in `database` as the cluster's superuser (over the unix socket) and returns
    /// what `psql` printed (unaligned, tuples only).
    pub fn sql(&self, database: &str, sql: &str) -> Result<String, String> {
        let mut psql = Command::new(self.bin.join("psql"));
        psql.arg("-h")
            .arg(&self.folder)
            .args(["-p", &self.port.to_string(), "-U", DATABASE, "-d", database, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]);
        checked(&mut psql, "psql").map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// The last lines of the server's log (for a failure message).
    pub fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.folder.join("server.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        format!("server log ({}):\n{}", self.folder.join("server.log").display(), lines[lines.len().saturating_sub(15)..].join("\n"))
    }

    fn data(&self) -> PathBuf {
        self.folder.join("data")
    }

    /// A PostgreSQL program, as the `postgres` user when we are root.
    fn program(&self, name: &str) -> Command {
        program(&self.bin, name)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        stop_and_remove(&self.bin, &self.folder);
    }
}

fn program(bin: &Path, name: &str) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(bin.join(name));
        command
    } else {
        Command::new(bin.join(name))
    }
}

/// Immediate stop (nothing to keep), then the folder goes.
fn stop_and_remove(bin: &Path, folder: &Path) {
    let data = folder.join("data");
    if data.join("postmaster.pid").exists() {
        let _ = program(bin, "pg_ctl").arg("-D").arg(&data).args(["-m", "immediate", "-w", "stop"]).stdout(Stdio::null()).stderr(Stdio::null()).status();
    }
    let _ = std::fs::remove_dir_all(folder);
}

/// Clusters left by test processes that were killed: their owner's pid is in the folder name.
fn remove_orphans(bin: &Path) {
    let Ok(entries) = std::fs::read_dir(parent()) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(FOLDER_PREFIX).and_then(|rest| rest.split('-').next()).and_then(|pid| pid.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            stop_and_remove(bin, &entry.path());
        }
    }
}

/// Where cluster folders go: the temporary folder, unless the `postgres` user could not reach
/// it (as root, a `TMPDIR` under `/root`) or its unix socket path would be too long (PostgreSQL
/// allows about 100 bytes): then `/tmp`.
fn parent() -> PathBuf {
    let temp = std::env::temp_dir();
    let reachable = |dir: &Path| {
        dir.ancestors().all(|folder| std::fs::metadata(folder).is_ok_and(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o001 != 0))
    };
    if temp.as_os_str().len() > 60 || (is_root() && !reachable(&temp)) { PathBuf::from("/tmp") } else { temp }
}

/// The folder with `initdb`, `pg_ctl` and `psql`: `EENHEID_PG_BIN`, else Debian's newest
/// `/usr/lib/postgresql/N/bin`, else `pg_config --bindir`.
pub fn bin_folder() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("EENHEID_PG_BIN") {
        let bin = PathBuf::from(bin);
        return if bin.join("initdb").exists() {
            Ok(bin)
        } else {
            Err(format!("PostgreSQL not found: EENHEID_PG_BIN={} has no initdb. The PostgreSQL tests fail without it, they do not skip.", bin.display()))
        };
    }
    let mut debian: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| Some((entry.file_name().to_str()?.parse().ok()?, entry.path().join("bin"))))
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    debian.sort();
    if let Some((_, bin)) = debian.pop() {
        return Ok(bin);
    }
    let from_pg_config = Command::new("pg_config").arg("--bindir").output().ok().map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    match from_pg_config {
        Some(bin) if bin.join("initdb").exists() => Ok(bin),
        _ => Err("PostgreSQL is not installed: no initdb in /usr/lib/postgresql/*/bin nor in `pg_config --bindir`. \
                  Install it (`apt-get install postgresql`; `cargo xtask test` does this when it runs as root), \
                  or point EENHEID_PG_BIN at its bin folder. The PostgreSQL tests fail without it, they do not skip."
            .to_owned()),
    }
}

fn is_root() -> bool {
    // The owner of our own /proc entry is our effective user; without /proc, assume not root
    // (the PostgreSQL programs then run as we are).
    std::fs::metadata("/proc/self").is_ok_and(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free loopback port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

fn random_hex(bytes: usize) -> Result<String, String> {
    use std::io::Read;
    let mut buffer = vec![0u8; bytes];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buffer)).map_err(|e| format!("/dev/urandom: {e}"))?;
    Ok(buffer.iter().map(|b| format!("{b:02x}")).collect())
}

/// Runs `command`; a failure says which program and what it printed.
fn checked(command: &mut Command, what: &str) -> Result<Output, String> {
    let output = command.stdin(Stdio::null()).output().map_err(|e| format!("could not run {what}: {e}"))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!("{what} failed ({}): {}{}", output.status, String::from_utf8_lossy(&output.stderr), String::from_utf8_lossy(&output.stdout)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether process `pid` has ended (gone, or a zombie nobody reaped yet), waiting up to 5 s:
    /// `pg_ctl stop` returns when the server removed its pid file, a moment before it exits.
    fn ended(pid: u32) -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok();
            if state.as_deref().is_none_or(|stat| stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('Z'))) {
                return true;
            }
            if std::time::Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    #[test]
    fn a_cluster_starts_answers_restarts_and_is_gone_after_drop() {
        let cluster = Cluster::start();
        let folder = cluster.folder.clone();
        assert!(cluster.url().starts_with("postgres://eenheid:") && cluster.url().contains("@127.0.0.1:"));
        assert_eq!(cluster.sql(DATABASE, "SELECT 40 + 2").unwrap(), "42");
        cluster.sql(DATABASE, "CREATE TABLE t (x int); INSERT INTO t VALUES (7)").unwrap();
        cluster.stop().unwrap();
        assert!(cluster.sql(DATABASE, "SELECT 1").is_err(), "stopped");
        assert!(std::net::TcpStream::connect(("127.0.0.1", cluster.port())).is_err(), "nothing listens when stopped");
        cluster.start_again().unwrap();
        assert_eq!(cluster.sql(DATABASE, "SELECT x FROM t").unwrap(), "7", "data kept across a restart");
        let pid_file = folder.join("data/postmaster.pid");
        let pid: u32 = std::fs::read_to_string(&pid_file).unwrap().lines().next().unwrap().parse().unwrap();
        drop(cluster);
        assert!(!folder.exists(), "folder removed");
        assert!(ended(pid), "server process {pid} stopped");
    }

    #[test]
    fn a_panicking_test_leaves_nothing_running() {
        let (sender, receiver) = std::sync::mpsc::channel();
        let result = std::thread::spawn(move || {
            let cluster = Cluster::start();
            let pid = std::fs::read_to_string(cluster.folder.join("data/postmaster.pid")).unwrap().lines().next().unwrap().to_owned();
            sender.send((cluster.folder.clone(), pid)).unwrap();
            panic!("a test that fails while its cluster runs");
        })
        .join();
        assert!(result.is_err());
        let (folder, pid) = receiver.recv().unwrap();
        assert!(!folder.exists(), "folder removed while unwinding");
        assert!(ended(pid.parse().unwrap()), "server process {pid} stopped while unwinding");
    }
}
