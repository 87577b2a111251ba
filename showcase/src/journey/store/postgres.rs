//! The PostgreSQL backend (`EENHEID_DATABASE_URL=postgres://user:password@host:port/database`),
//! for a service on several servers: they share the sessions and the signing key, so a load
//! balancer may send each request anywhere, and a server that dies or restarts loses nothing.
//!
//! - **Migrations**: on start, in one transaction under an advisory lock (so servers starting
//!   together take turns), the table `eenheid_schema_versions` says which of [`MIGRATIONS`] ran;
//!   the missing ones run, in order. Running it again changes nothing.
//! - **Expiry**: each row has an indexed `expires_at` (last activity + the session time-out); the
//!   journey's periodic sweep is one `DELETE … WHERE expires_at < $now` done by the database.
//! - **Pool**: at most [`DatabaseUrl::pool_size`] connections (`EENHEID_DATABASE_POOL`, default
//!   [`DEFAULT_POOL_SIZE`]); a request waits at most [`WAIT_TIMEOUT`] for one. A connection found
//!   closed (the database restarted) is replaced on the next request, so the service recovers by
//!   itself; while the database cannot be reached, requests get the 503 page and nothing saved is
//!   lost.
//! - **No TLS**: this build speaks plain PostgreSQL. A URL whose host is not this machine (not
//!   loopback, not a unix socket) is refused unless it says `sslmode=disable`, so an unencrypted
//!   connection over a network is a choice someone wrote down, never an accident.

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, PoolError, RecyclingMethod, Runtime};
use tokio_postgres::NoTls;
use tokio_postgres::config::{Host, SslMode};

use super::super::session::Secret;
use super::{Loaded, Record, SavedCode, StoreError};

/// Connections per server when `EENHEID_DATABASE_POOL` is not set.
pub const DEFAULT_POOL_SIZE: usize = 16;
/// How long a request waits for a free connection before it gets the 503 page.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long making a connection may take (unless the URL sets `connect_timeout`).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema, one step per version; a step is never changed once released, only added to.
pub const MIGRATIONS: &[(i32, &str)] = &[
    (
        1,
        "CREATE TABLE eenheid_sessions (
             id text PRIMARY KEY,
             record jsonb NOT NULL,
             expires_at timestamptz NOT NULL
         );
         CREATE INDEX eenheid_sessions_expires_at ON eenheid_sessions (expires_at);
         CREATE TABLE eenheid_secret (
             id smallint PRIMARY KEY CHECK (id = 1),
             key text NOT NULL
         );",
    ),
    // Answers saved under a reference code ("Opslaan en later verder"), by code, with their expiry.
    (
        2,
        "CREATE TABLE eenheid_saved_codes (
             code text PRIMARY KEY,
             saved jsonb NOT NULL,
             expires_at timestamptz NOT NULL
         );
         CREATE INDEX eenheid_saved_codes_expires_at ON eenheid_saved_codes (expires_at);",
    ),
];

/// The advisory lock the migrations run under (any fixed number; this one spells "eenheid").
const MIGRATION_LOCK: i64 = 0x0065_656e_6865_6964;

/// A checked `postgres://` URL and the pool size. Its `Debug` and [`DatabaseUrl::place`] never
/// show the password.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DatabaseUrl {
    text: String,
    pool_size: usize,
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatabaseUrl({}, pool {})", self.place(), self.pool_size)
    }
}

impl DatabaseUrl {
    /// Checks `text`: a `postgres://` or `postgresql://` URL that tokio-postgres understands, on
    /// this machine or with `sslmode=disable` (see the module docs). The error names the host,
    /// never the password.
    pub fn parse(text: &str) -> Result<DatabaseUrl, String> {
        if !(text.starts_with("postgres://") || text.starts_with("postgresql://")) {
            return Err("EENHEID_DATABASE_URL must start with postgres:// (postgres://user:password@host:port/database)".to_owned());
        }
        let config: tokio_postgres::Config = text
            .parse()
            .map_err(|e| format!("EENHEID_DATABASE_URL is not a PostgreSQL URL (postgres://user:password@host:port/database): {}", one_line(&e)))?;
        let url = DatabaseUrl { text: text.to_owned(), pool_size: DEFAULT_POOL_SIZE };
        let remote = config.get_hosts().iter().any(|host| match host {
            Host::Tcp(name) => !is_loopback(name),
            Host::Unix(_) => false,
        });
        if remote && config.get_ssl_mode() != SslMode::Disable {
            return Err(format!(
                "EENHEID_DATABASE_URL points at {}, which is not this machine, and this server speaks to PostgreSQL \
                 without TLS: others on the network could read the answers. Use a loopback address or a unix socket \
                 (with a TLS tunnel to the database), or add ?sslmode=disable to accept an unencrypted connection on a \
                 private network you trust.",
                url.place()
            ));
        }
        Ok(url)
    }

    /// Keep at most `size` connections (at least 1).
    pub fn with_pool_size(mut self, size: usize) -> DatabaseUrl {
        self.pool_size = size.max(1);
        self
    }

    /// The pool size.
    pub fn pool_size(&self) -> usize {
        self.pool_size
    }

    /// Where it points, for messages: `host:port/database (user …)`, no password.
    pub fn place(&self) -> String {
        let Ok(config) = self.text.parse::<tokio_postgres::Config>() else {
            return "an unreadable URL".to_owned();
        };
        let hosts: Vec<String> = config
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let port = config.get_ports().get(i).or(config.get_ports().first()).copied().unwrap_or(5432);
                match host {
                    Host::Tcp(name) => format!("{name}:{port}"),
                    Host::Unix(path) => format!("{}:{port}", path.display()),
                }
            })
            .collect();
        let hosts = if hosts.is_empty() { "localhost:5432".to_owned() } else { hosts.join(",") };
        let database = config.get_dbname().or(config.get_user()).unwrap_or("?");
        match config.get_user() {
            Some(user) => format!("{hosts}/{database} (user {user})"),
            None => format!("{hosts}/{database}"),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The PostgreSQL store: a pool of connections.
pub struct PostgresStore {
    pool: Pool,
    place: String,
}

impl PostgresStore {
    /// Connects and runs the migrations. An error names the place (host, port, database, user),
    /// never the password.
    pub async fn open(url: &DatabaseUrl) -> Result<PostgresStore, StoreError> {
        let place = url.place();
        let mut config: tokio_postgres::Config = url.text.parse().map_err(|e| StoreError::failed(format!("PostgreSQL at {place}: {}", one_line(&e))))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        config.application_name("eenheid-showcase");
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .max_size(url.pool_size)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(WAIT_TIMEOUT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError::failed(format!("PostgreSQL at {place}: {e}")))?;
        let store = PostgresStore { pool, place };
        store.migrate().await?;
        Ok(store)
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(|error| match error {
            PoolError::Backend(error) => self.error(error),
            PoolError::Timeout(_) => StoreError::unavailable(format!("PostgreSQL at {}: no connection free or made in time", self.place)),
            other => StoreError::failed(format!("PostgreSQL at {}: {other}", self.place)),
        })
    }

    /// A database error, named with the place; "unavailable" when the connection failed or the
    /// server is shutting down or out of resources (worth trying again), else a plain failure.
    fn error(&self, error: tokio_postgres::Error) -> StoreError {
        let message = format!("PostgreSQL at {}: {}", self.place, one_line(&error));
        match error.code() {
            // 08: connection exception; 53: insufficient resources; 57: operator intervention
            // (shutdown, restart).
            Some(code) if ["08", "53", "57"].iter().any(|class| code.code().starts_with(class)) => StoreError::unavailable(message),
            Some(_) => StoreError::failed(message),
            None => StoreError::unavailable(message),
        }
    }

    /// Brings the schema up to date (see the module docs).
    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await.map_err(|e| self.error(e))?;
        let steps = async {
            transaction.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK]).await?;
            transaction
                .batch_execute(
                    "CREATE TABLE IF NOT EXISTS eenheid_schema_versions (
                         version integer PRIMARY KEY,
                         applied_at timestamptz NOT NULL DEFAULT now()
                     )",
                )
                .await?;
            let current: i32 = transaction.query_one("SELECT coalesce(max(version), 0) FROM eenheid_schema_versions", &[]).await?.get(0);
            // A newer schema (a newer server ran first, during a rolling release) is left as it
            // is: steps only ever add, so this server's tables are there.
            for (version, sql) in MIGRATIONS.iter().filter(|(version, _)| *version > current) {
                transaction.batch_execute(sql).await?;
                transaction.execute("INSERT INTO eenheid_schema_versions (version) VALUES ($1)", &[version]).await?;
            }
            Ok::<(), tokio_postgres::Error>(())
        }
        .await;
        match steps {
            Ok(()) => transaction.commit().await.map_err(|e| self.error(e)),
            Err(error) => Err(self.error(error)),
        }
    }

    /// The record of `id`.
    pub async fn load(&self, id: &str) -> Result<Loaded, StoreError> {
        let client = self.client().await?;
        let statement = client.prepare_cached("SELECT record::text FROM eenheid_sessions WHERE id = $1").await.map_err(|e| self.error(e))?;
        let row = client.query_opt(&statement, &[&id]).await.map_err(|e| self.error(e))?;
        Ok(match row {
            Some(row) => Loaded::from_json(row.get::<_, &str>(0).as_bytes()),
            None => Loaded::Missing,
        })
    }

    /// Saves `record` under `id`, expiring at `expires_ms`.
    pub async fn save(&self, id: &str, record: &Record, expires_ms: u64) -> Result<(), StoreError> {
        let json = serde_json::to_string(record).map_err(StoreError::failed)?;
        let client = self.client().await?;
        let statement = client
            .prepare_cached(
                "INSERT INTO eenheid_sessions (id, record, expires_at)
                 VALUES ($1, $2::text::jsonb, to_timestamp($3::bigint / 1000.0))
                 ON CONFLICT (id) DO UPDATE SET record = excluded.record, expires_at = excluded.expires_at",
            )
            .await
            .map_err(|e| self.error(e))?;
        client.execute(&statement, &[&id, &json, &millis(expires_ms)]).await.map_err(|e| self.error(e))?;
        Ok(())
    }

    /// Forgets `id`.
    pub async fn remove(&self, id: &str) -> Result<(), StoreError> {
        let client = self.client().await?;
        client.execute("DELETE FROM eenheid_sessions WHERE id = $1", &[&id]).await.map_err(|e| self.error(e))?;
        Ok(())
    }

    /// Deletes every session and saved code whose `expires_at` has passed (by the indexes);
    /// returns how many.
    pub async fn remove_expired(&self, now_ms: u64) -> Result<usize, StoreError> {
        let client = self.client().await?;
        let mut removed = 0;
        for sql in [
            "DELETE FROM eenheid_sessions WHERE expires_at < to_timestamp($1::bigint / 1000.0)",
            "DELETE FROM eenheid_saved_codes WHERE expires_at <= to_timestamp($1::bigint / 1000.0)",
        ] {
            removed += client.execute(sql, &[&millis(now_ms)]).await.map_err(|e| self.error(e))?;
        }
        Ok(removed as usize)
    }

    /// Keeps `saved` under `code`; when the code is taken, replaces it only if `replace`.
    /// Returns whether it was written.
    pub async fn put_code(&self, code: &str, saved: &SavedCode, replace: bool) -> Result<bool, StoreError> {
        let json = serde_json::to_string(saved).map_err(StoreError::failed)?;
        let client = self.client().await?;
        let sql = if replace {
            "INSERT INTO eenheid_saved_codes (code, saved, expires_at) VALUES ($1, $2::text::jsonb, to_timestamp($3::bigint / 1000.0))
             ON CONFLICT (code) DO UPDATE SET saved = excluded.saved, expires_at = excluded.expires_at"
        } else {
            "INSERT INTO eenheid_saved_codes (code, saved, expires_at) VALUES ($1, $2::text::jsonb, to_timestamp($3::bigint / 1000.0))
             ON CONFLICT (code) DO NOTHING"
        };
        let statement = client.prepare_cached(sql).await.map_err(|e| self.error(e))?;
        let written = client.execute(&statement, &[&code, &json, &millis(saved.expires_ms)]).await.map_err(|e| self.error(e))?;
        Ok(written == 1)
    }

    /// What was saved under `code` (expired or not; `None` when unreadable too). The expiry is
    /// the indexed column's, the one the sweep deletes by.
    pub async fn load_code(&self, code: &str) -> Result<Option<SavedCode>, StoreError> {
        let client = self.client().await?;
        let statement = client
            .prepare_cached("SELECT saved::text, (extract(epoch FROM expires_at) * 1000)::bigint FROM eenheid_saved_codes WHERE code = $1")
            .await
            .map_err(|e| self.error(e))?;
        let row = client.query_opt(&statement, &[&code]).await.map_err(|e| self.error(e))?;
        Ok(row.and_then(|row| {
            let mut saved: SavedCode = serde_json::from_str(row.get::<_, &str>(0)).ok()?;
            saved.expires_ms = u64::try_from(row.get::<_, i64>(1)).unwrap_or(0);
            Some(saved)
        }))
    }

    /// Forgets `code`.
    pub async fn remove_code(&self, code: &str) -> Result<(), StoreError> {
        let client = self.client().await?;
        client.execute("DELETE FROM eenheid_saved_codes WHERE code = $1", &[&code]).await.map_err(|e| self.error(e))?;
        Ok(())
    }

    /// The shared signing key: the first server to ask makes it; every later one reads it.
    pub async fn secret(&self) -> Result<Secret, StoreError> {
        let client = self.client().await?;
        let made = Secret::random().to_hex();
        client
            .execute("INSERT INTO eenheid_secret (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", &[&made])
            .await
            .map_err(|e| self.error(e))?;
        let key: String = client.query_one("SELECT key FROM eenheid_secret WHERE id = 1", &[]).await.map_err(|e| self.error(e))?.get(0);
        Secret::from_hex(&key).ok_or_else(|| StoreError::failed(format!("PostgreSQL at {}: eenheid_secret holds no key written by this server", self.place)))
    }
}

fn millis(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// A tokio-postgres error with its causes ("error connecting to server: Connection refused"), on
/// one line (a server's message can span lines).
fn one_line(error: &tokio_postgres::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_and_never_show_the_password() {
        let url = DatabaseUrl::parse("postgres://eenheid:geheim-wachtwoord@127.0.0.1:5433/diensten").unwrap();
        assert_eq!(url.place(), "127.0.0.1:5433/diensten (user eenheid)");
        assert!(!format!("{url:?}").contains("geheim"), "{url:?}");
        assert_eq!(url.pool_size(), DEFAULT_POOL_SIZE);
        assert_eq!(url.clone().with_pool_size(0).pool_size(), 1);
        assert!(DatabaseUrl::parse("postgresql://u@localhost/db").is_ok());
        assert!(DatabaseUrl::parse("postgres://u@[::1]:5432/db").is_ok());
        assert!(DatabaseUrl::parse("mysql://u@localhost/db").is_err());
        let socket = DatabaseUrl::parse("postgres://eenheid:pw@%2Fvar%2Frun%2Fpostgresql/eenheid").expect("a unix socket is this machine");
        assert!(socket.place().starts_with("/var/run/postgresql:5432/eenheid"), "{}", socket.place());

        let remote = DatabaseUrl::parse("postgres://eenheid:geheim-wachtwoord@db.voorbeeldstad.example:5432/diensten").unwrap_err();
        assert!(remote.contains("db.voorbeeldstad.example:5432") && remote.contains("sslmode=disable"), "{remote}");
        assert!(!remote.contains("geheim"), "{remote}");
        assert!(DatabaseUrl::parse("postgres://u:p@10.0.0.5:5432/db?sslmode=disable").is_ok(), "an explicit choice");
    }

    #[test]
    fn migration_steps_are_numbered_in_order() {
        let versions: Vec<i32> = MIGRATIONS.iter().map(|(v, _)| *v).collect();
        let expected: Vec<i32> = (1..=MIGRATIONS.len() as i32).collect();
        assert_eq!(versions, expected);
    }
}
