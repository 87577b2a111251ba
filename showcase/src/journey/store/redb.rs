//! The default backend: the answers of every visitor, by session id, in an embedded database file
//! (`redb`) in the data folder, so a restart of the server loses nothing and nothing needs setting
//! up. Without a data folder (tests, or `SiteOptions::new`) the same store lives in memory only,
//! private to one router. One file belongs to one process: for several servers, use PostgreSQL.
//!
//! The signing key is kept beside the file as `secret.key` (see [`secret_in`]).

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use redb::{Database, ReadableTable, ReadableTableMetadata, TableDefinition};

use super::super::session::Secret;
use super::{Loaded, Record, SavedCode, StoreError};

/// Session id → JSON of a [`Record`].
const SESSIONS: TableDefinition<&str, &[u8]> = TableDefinition::new("sessies");
/// Reference code (no dash) → JSON of a [`SavedCode`].
const CODES: TableDefinition<&str, &[u8]> = TableDefinition::new("codes");

/// The file in the data folder that holds the signing key.
pub const SECRET_FILE: &str = "secret.key";

fn error(e: impl std::fmt::Display) -> StoreError {
    StoreError::failed(e)
}

/// The redb store (blocking: the journey calls it through [`super::Store`], off the async threads).
pub struct RedbStore {
    db: Database,
}

impl RedbStore {
    /// Opens (or creates) `sessies.redb` in `dir`; in memory when `dir` is `None`.
    pub fn open(dir: Option<&Path>) -> Result<RedbStore, StoreError> {
        let db = match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::failed(format!("{}: {e}", dir.display())))?;
                Database::create(dir.join("sessies.redb")).map_err(error)?
            }
            None => Database::builder().create_with_backend(redb::backends::InMemoryBackend::new()).map_err(error)?,
        };
        // Create the table once, so reads never meet a missing table.
        let write = db.begin_write().map_err(error)?;
        write.open_table(SESSIONS).map_err(error)?;
        write.open_table(CODES).map_err(error)?;
        write.commit().map_err(error)?;
        Ok(RedbStore { db })
    }

    /// The record of `id`, if there is one.
    pub fn load(&self, id: &str) -> Result<Loaded, StoreError> {
        let read = self.db.begin_read().map_err(error)?;
        let table = read.open_table(SESSIONS).map_err(error)?;
        let Some(bytes) = table.get(id).map_err(error)? else {
            return Ok(Loaded::Missing);
        };
        Ok(Loaded::from_json(bytes.value()))
    }

    /// Saves `record` under `id` (written to disk before this returns).
    pub fn save(&self, id: &str, record: &Record) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(record).map_err(error)?;
        self.save_bytes(id, &bytes)
    }

    /// Saves raw bytes under `id` (tests use it to damage a record on purpose).
    pub fn save_bytes(&self, id: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let write = self.db.begin_write().map_err(error)?;
        {
            let mut table = write.open_table(SESSIONS).map_err(error)?;
            table.insert(id, bytes).map_err(error)?;
        }
        write.commit().map_err(error)
    }

    /// Forgets `id`.
    pub fn remove(&self, id: &str) -> Result<(), StoreError> {
        let write = self.db.begin_write().map_err(error)?;
        {
            let mut table = write.open_table(SESSIONS).map_err(error)?;
            table.remove(id).map_err(error)?;
        }
        write.commit().map_err(error)
    }

    /// Keeps `saved` under `code`; when the code is taken, replaces it only if `replace`.
    /// Returns whether it was written.
    pub fn put_code(&self, code: &str, saved: &SavedCode, replace: bool) -> Result<bool, StoreError> {
        let bytes = serde_json::to_vec(saved).map_err(error)?;
        let write = self.db.begin_write().map_err(error)?;
        let written = {
            let mut table = write.open_table(CODES).map_err(error)?;
            let taken = table.get(code).map_err(error)?.is_some();
            if taken && !replace {
                false
            } else {
                table.insert(code, bytes.as_slice()).map_err(error)?;
                true
            }
        };
        write.commit().map_err(error)?;
        Ok(written)
    }

    /// What was saved under `code` (expired or not; `None` when unreadable too).
    pub fn load_code(&self, code: &str) -> Result<Option<SavedCode>, StoreError> {
        let read = self.db.begin_read().map_err(error)?;
        let table = read.open_table(CODES).map_err(error)?;
        let saved = table.get(code).map_err(error)?;
        Ok(saved.and_then(|bytes| serde_json::from_slice(bytes.value()).ok()))
    }

    /// Forgets `code`.
    pub fn remove_code(&self, code: &str) -> Result<(), StoreError> {
        let write = self.db.begin_write().map_err(error)?;
        {
            let mut table = write.open_table(CODES).map_err(error)?;
            table.remove(code).map_err(error)?;
        }
        write.commit().map_err(error)
    }

    /// Forgets every record not seen for more than `timeout_ms`, every code expired at `now_ms`,
    /// and every unreadable entry; returns how many.
    pub fn remove_expired(&self, now_ms: u64, timeout_ms: u64) -> Result<usize, StoreError> {
        let write = self.db.begin_write().map_err(error)?;
        let removed = {
            let mut table = write.open_table(SESSIONS).map_err(error)?;
            let before = table.len().map_err(error)?;
            table
                .retain(|_, bytes| {
                    serde_json::from_slice::<Record>(bytes)
                        .is_ok_and(|record| now_ms.saturating_sub(record.last_seen_ms) <= timeout_ms)
                })
                .map_err(error)?;
            let mut codes = write.open_table(CODES).map_err(error)?;
            let codes_before = codes.len().map_err(error)?;
            codes
                .retain(|_, bytes| serde_json::from_slice::<SavedCode>(bytes).is_ok_and(|saved| saved.expires_ms > now_ms))
                .map_err(error)?;
            before - table.len().map_err(error)? + codes_before - codes.len().map_err(error)?
        };
        write.commit().map_err(error)?;
        Ok(removed as usize)
    }
}

/// The key from the data folder's `secret.key`, made (readable only by us) on first use.
///
/// Made atomically: the key is written and synced to a temporary file of its own (mode 0600),
/// then linked to `secret.key`, which fails if another process made one in between (theirs is
/// used). So `secret.key` never exists half-written, not even after a crash mid-write.
pub fn secret_in(dir: &Path) -> Result<Secret, StoreError> {
    let file = dir.join(SECRET_FILE);
    if let Ok(text) = std::fs::read_to_string(&file) {
        return Secret::from_hex(&text).ok_or_else(|| StoreError::failed(format!("{} is not a key written by this server", file.display())));
    }
    let secret = Secret::random();
    std::fs::create_dir_all(dir).map_err(|e| StoreError::failed(format!("{}: {e}", dir.display())))?;
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let temporary = dir.join(format!(".{SECRET_FILE}.{}-{}", std::process::id(), WRITES.fetch_add(1, Ordering::Relaxed)));
    let written = write_private(&temporary, secret.to_hex().as_bytes()).and_then(|()| std::fs::hard_link(&temporary, &file));
    let _ = std::fs::remove_file(&temporary);
    match written {
        Ok(()) => Ok(secret),
        // Another process made it in between: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => secret_in(dir),
        Err(e) => Err(StoreError::failed(format!("{}: {e}", file.display()))),
    }
}

/// Writes `bytes` to a new file readable only by this user, and syncs it to disk.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut handle = options.open(path)?;
    handle.write_all(bytes)?;
    handle.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_expire() {
        let store = RedbStore::open(None).unwrap();
        let mut record = Record { last_seen_ms: 1_000, ..Record::default() };
        record.answers.inform = Some(vec!["duo".into()]);
        store.save("a", &record).unwrap();
        store.save("b", &Record { last_seen_ms: 5_000, ..Record::default() }).unwrap();
        assert_eq!(store.load("a").unwrap(), Loaded::Found(Box::new(record)));
        assert_eq!(store.load("c").unwrap(), Loaded::Missing);
        assert_eq!(store.remove_expired(6_000, 2_000).unwrap(), 1);
        assert_eq!(store.load("a").unwrap(), Loaded::Missing);
        store.remove("b").unwrap();
        assert_eq!(store.load("b").unwrap(), Loaded::Missing);
    }

    #[test]
    fn codes_are_kept_once_replaced_on_purpose_and_swept_when_expired() {
        let store = RedbStore::open(None).unwrap();
        let mut saved = SavedCode { expires_ms: 10_000, ..SavedCode::default() };
        saved.answers.inform = Some(vec!["svb".into()]);
        assert!(store.put_code("K7QM4XHT", &saved, false).unwrap());
        let other = SavedCode { expires_ms: 2_000, ..SavedCode::default() };
        assert!(!store.put_code("K7QM4XHT", &other, false).unwrap(), "a taken code is not overwritten");
        assert_eq!(store.load_code("K7QM4XHT").unwrap(), Some(saved.clone()));
        assert!(store.put_code("K7QM4XHT", &other, true).unwrap());
        assert_eq!(store.load_code("K7QM4XHT").unwrap(), Some(other));
        assert!(store.put_code("ABCD2345", &saved, false).unwrap());
        assert_eq!(store.remove_expired(5_000, u64::MAX).unwrap(), 1, "only the expired code");
        assert_eq!(store.load_code("K7QM4XHT").unwrap(), None);
        assert_eq!(store.load_code("ABCD2345").unwrap(), Some(saved));
        store.remove_code("ABCD2345").unwrap();
        assert_eq!(store.load_code("ABCD2345").unwrap(), None);
    }

    #[test]
    fn a_damaged_record_reads_as_unreadable_and_is_swept() {
        let store = RedbStore::open(None).unwrap();
        store.save_bytes("kapot", b"{\"answers\": nee").unwrap();
        store.save("heel", &Record { last_seen_ms: 5_000, ..Record::default() }).unwrap();
        assert_eq!(store.load("kapot").unwrap(), Loaded::Unreadable);
        assert_eq!(store.remove_expired(5_000, 1_000).unwrap(), 1, "only the damaged one");
        assert!(matches!(store.load("heel").unwrap(), Loaded::Found(_)));
    }

    #[test]
    fn a_store_on_disk_keeps_records_after_reopening() {
        let dir = std::env::temp_dir().join(format!("eenheid-store-test-{}", super::super::super::session::SessionId::random().as_str()));
        {
            let store = RedbStore::open(Some(&dir)).unwrap();
            store.save("x", &Record { last_seen_ms: 7, ..Record::default() }).unwrap();
        }
        let store = RedbStore::open(Some(&dir)).unwrap();
        assert!(matches!(store.load("x").unwrap(), Loaded::Found(record) if record.last_seen_ms == 7));
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
