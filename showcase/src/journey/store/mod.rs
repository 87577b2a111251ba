//! Where the journey keeps what it must remember between requests: each visitor's [`Record`]
//! (answers and last activity, by session id) and the key that signs cookies and form tokens (CSRF
//! tokens are made from that key and the session id, so they need nothing else stored).
//!
//! One interface, [`Store`], with two backends, chosen by the server's options:
//! - [`redb`] (the default): an embedded file in the data folder, nothing to set up; one server.
//! - [`postgres`]: PostgreSQL (`EENHEID_DATABASE_URL=postgres://…`), for several servers behind a
//!   load balancer: they share the sessions and the key, so a visitor can be sent to any of them.
//!
//! Every call is async; the redb calls run on tokio's blocking threads. A new kind of data (say,
//! saved reference codes, [`SavedCode`]) gets its own methods here, its own table in redb and its
//! own migration in PostgreSQL, next to the sessions.

pub mod postgres;
pub mod redb;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock, Weak};

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::session::Secret;
use postgres::{DatabaseUrl, PostgresStore};
use redb::RedbStore;

/// One visitor's journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The visitor's last request (Unix time in milliseconds).
    pub last_seen_ms: u64,
    /// What they answered.
    pub answers: Answers,
    /// The code the answers were saved under ("Opslaan en later verder"), without the dash:
    /// saving again updates that code, and the help block shows it. Absent in older records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_code: Option<String>,
    /// What was typed on a page that was saved for later before it was right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// The visitor's request to be called back ("Bel mij terug"), as it was checked. A real
    /// service hands it to its helpdesk's queue; the example keeps it with the answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_back: Option<eenheid::patterns::call_back::CallBackRequest>,
}

/// What was typed on one question page, not yet checked: "Opslaan en later verder" keeps it as it
/// was typed, and the page shows it again (and checks it) when the visitor continues.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The page's slug.
    pub step: String,
    /// The form's fields as posted (without the CSRF token and the button).
    pub fields: Vec<(String, String)>,
}

/// Answers saved under a reference code, to continue later or on another device.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedCode {
    /// The answers at the moment of saving.
    pub answers: Answers,
    /// What was typed on the page where the visitor saved, when it was not (yet) right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// When the code stops working (Unix milliseconds).
    pub expires_ms: u64,
}

/// What a look-up found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// The record (boxed: it is large next to the other two).
    Found(Box<Record>),
    /// Nothing under this id.
    Missing,
    /// Something this version cannot read (damaged, or written by another version): the visitor
    /// starts again; never a crash, never someone else's answers.
    Unreadable,
}

impl Loaded {
    fn from_json(bytes: &[u8]) -> Loaded {
        serde_json::from_slice(bytes).map_or(Loaded::Unreadable, |record| Loaded::Found(Box::new(record)))
    }
}

/// Something went wrong in the store: the handler shows the error page (503 when the store could
/// not be reached, so "try again in a few minutes" is true; 500 otherwise).
#[derive(Clone, Debug)]
pub struct StoreError {
    /// What happened, for the server's log (never a password).
    pub message: String,
    /// The store could not be reached (database down, pool exhausted): worth trying again.
    pub unavailable: bool,
}

impl StoreError {
    /// A failure in the store itself (disk full, file damaged, an SQL error).
    pub fn failed(message: impl std::fmt::Display) -> StoreError {
        StoreError { message: message.to_string(), unavailable: false }
    }

    /// The store could not be reached.
    pub fn unavailable(message: impl std::fmt::Display) -> StoreError {
        StoreError { message: message.to_string(), unavailable: true }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "answer store: {}", self.message)
    }
}

impl std::error::Error for StoreError {}

/// Which backend, and where.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum StoreConfig {
    /// redb in memory, private to one router (tests).
    Memory,
    /// redb in this data folder (`sessies.redb`, `secret.key`).
    Folder(PathBuf),
    /// PostgreSQL.
    Postgres(DatabaseUrl),
}

/// The store: one backend behind one set of async calls.
pub enum Store {
    /// The embedded file (or memory).
    Redb {
        /// The database.
        store: Arc<RedbStore>,
        /// Its data folder, which holds the key too; `None`: in memory.
        folder: Option<PathBuf>,
    },
    /// PostgreSQL, through a connection pool.
    Postgres(PostgresStore),
}

impl Store {
    /// Opens the store `config` names. A folder or a database URL is opened once per process and
    /// shared: redb can open a file only once, and two routers (tests, or the binary's check at
    /// start and its router) should share one pool. PostgreSQL: connects, and brings the tables up
    /// to date ([`postgres`]'s migrations).
    pub async fn open(config: &StoreConfig) -> Result<Arc<Store>, StoreError> {
        if *config == StoreConfig::Memory {
            return blocking(|| RedbStore::open(None)).await.map(|store| Arc::new(Store::Redb { store: Arc::new(store), folder: None }));
        }
        // Held while opening, so two routers never open one file (or two pools) at once.
        static OPEN: OnceLock<tokio::sync::Mutex<HashMap<StoreConfig, Weak<Store>>>> = OnceLock::new();
        let mut open = OPEN.get_or_init(Default::default).lock().await;
        if let Some(store) = open.get(config).and_then(Weak::upgrade) {
            return Ok(store);
        }
        let store = Arc::new(match config {
            StoreConfig::Memory => unreachable!("handled above"),
            StoreConfig::Folder(dir) => {
                let path = dir.clone();
                Store::Redb { store: Arc::new(blocking(move || RedbStore::open(Some(&path))).await?), folder: Some(dir.clone()) }
            }
            StoreConfig::Postgres(url) => Store::Postgres(PostgresStore::open(url).await?),
        });
        open.retain(|_, store| store.strong_count() > 0);
        open.insert(config.clone(), Arc::downgrade(&store));
        Ok(store)
    }

    /// The record of `id`.
    pub async fn load(&self, id: &str) -> Result<Loaded, StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let (store, id) = (Arc::clone(store), id.to_owned());
                blocking(move || store.load(&id)).await
            }
            Store::Postgres(store) => store.load(id).await,
        }
    }

    /// Saves `record` under `id`; it expires at `expires_ms` (Unix milliseconds) unless saved again.
    pub async fn save(&self, id: &str, record: &Record, expires_ms: u64) -> Result<(), StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let (store, id, record) = (Arc::clone(store), id.to_owned(), record.clone());
                blocking(move || store.save(&id, &record)).await
            }
            Store::Postgres(store) => store.save(id, record, expires_ms).await,
        }
    }

    /// Forgets `id`.
    pub async fn remove(&self, id: &str) -> Result<(), StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let (store, id) = (Arc::clone(store), id.to_owned());
                blocking(move || store.remove(&id)).await
            }
            Store::Postgres(store) => store.remove(id).await,
        }
    }

    /// Forgets every expired record and saved code: redb by each record's last activity and
    /// `timeout_ms` (and each code's expiry); PostgreSQL by the indexed expiry columns, in
    /// `DELETE`s done by the database. Returns how many.
    pub async fn remove_expired(&self, now_ms: u64, timeout_ms: u64) -> Result<usize, StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let store = Arc::clone(store);
                blocking(move || store.remove_expired(now_ms, timeout_ms)).await
            }
            Store::Postgres(store) => store.remove_expired(now_ms).await,
        }
    }

    /// Keeps `saved` under `code` unless that code is taken (then `false`: make another code).
    pub async fn add_code(&self, code: &str, saved: &SavedCode) -> Result<bool, StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let (store, code, saved) = (Arc::clone(store), code.to_owned(), saved.clone());
                blocking(move || store.put_code(&code, &saved, false)).await
            }
            Store::Postgres(store) => store.put_code(code, saved, false).await,
        }
    }

    /// Keeps `saved` under `code`, replacing what was saved there before.
    pub async fn replace_code(&self, code: &str, saved: &SavedCode) -> Result<(), StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let (store, code, saved) = (Arc::clone(store), code.to_owned(), saved.clone());
                blocking(move || store.put_code(&code, &saved, true)).await.map(|_| ())
            }
            Store::Postgres(store) => store.put_code(code, saved, true).await.map(|_| ()),
        }
    }

    /// What was saved under `code`, if it is there and has not expired at `now_ms` (an expired
    /// one is removed). Unreadable entries count as not there.
    pub async fn load_code(&self, code: &str, now_ms: u64) -> Result<Option<SavedCode>, StoreError> {
        let saved = match self {
            Store::Redb { store, .. } => {
                let (store, code) = (Arc::clone(store), code.to_owned());
                blocking(move || store.load_code(&code)).await?
            }
            Store::Postgres(store) => store.load_code(code).await?,
        };
        match saved {
            Some(saved) if saved.expires_ms > now_ms => Ok(Some(saved)),
            Some(_) => {
                self.remove_code(code).await?;
                Ok(None)
            }
            None => Ok(None),
        }
    }

    /// Forgets `code`.
    pub async fn remove_code(&self, code: &str) -> Result<(), StoreError> {
        match self {
            Store::Redb { store, .. } => {
                let (store, code) = (Arc::clone(store), code.to_owned());
                blocking(move || store.remove_code(&code)).await
            }
            Store::Postgres(store) => store.remove_code(code).await,
        }
    }

    /// The signing key kept by the store: redb in the data folder's `secret.key` (random, and
    /// forgotten, in memory); PostgreSQL in the database, so every server signs alike. Made on
    /// first use.
    pub async fn secret(&self) -> Result<Secret, StoreError> {
        match self {
            Store::Redb { folder: Some(dir), .. } => {
                let dir = dir.clone();
                blocking(move || redb::secret_in(&dir)).await
            }
            Store::Redb { folder: None, .. } => Ok(Secret::random()),
            Store::Postgres(store) => store.secret().await,
        }
    }
}

/// Runs blocking work (the redb file) on tokio's blocking threads; a panic there stays a panic.
pub(crate) async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    match tokio::task::spawn_blocking(work).await {
        Ok(value) => value,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    }
}
