//! The answers of every visitor, by session id, in an embedded database file (`redb`) in the data
//! folder, so a restart of the server loses nothing. Without a data folder (tests, or
//! `SiteOptions::new`) the same store lives in memory only, private to one router.
//!
//! Each record carries the time of the visitor's last request; a record older than the session
//! time-out counts as gone, and [`Store::remove_expired`] clears such records out.

use std::path::Path;

use redb::{Database, ReadableTableMetadata, TableDefinition};
use serde::{Deserialize, Serialize};

use super::answers::Answers;

/// Session id → JSON of a [`Record`].
const SESSIONS: TableDefinition<&str, &[u8]> = TableDefinition::new("sessies");

/// One visitor's journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The visitor's last request (Unix time in milliseconds).
    pub last_seen_ms: u64,
    /// What they answered.
    pub answers: Answers,
}

/// Something went wrong in the database (disk full, file damaged): the handler shows the error page.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "answer store: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

fn error(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

/// The store.
pub struct Store {
    db: Database,
}

impl Store {
    /// Opens (or creates) `sessies.redb` in `dir`; in memory when `dir` is `None`.
    pub fn open(dir: Option<&Path>) -> Result<Store, StoreError> {
        let db = match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| StoreError(format!("{}: {e}", dir.display())))?;
                Database::create(dir.join("sessies.redb")).map_err(error)?
            }
            None => Database::builder().create_with_backend(redb::backends::InMemoryBackend::new()).map_err(error)?,
        };
        // Create the table once, so reads never meet a missing table.
        let write = db.begin_write().map_err(error)?;
        write.open_table(SESSIONS).map_err(error)?;
        write.commit().map_err(error)?;
        Ok(Store { db })
    }

    /// The record of `id`, if there is one.
    pub fn load(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let read = self.db.begin_read().map_err(error)?;
        let table = read.open_table(SESSIONS).map_err(error)?;
        let Some(bytes) = table.get(id).map_err(error)? else {
            return Ok(None);
        };
        // A record this version cannot read is treated as gone, not as a crash.
        Ok(serde_json::from_slice(bytes.value()).ok())
    }

    /// Saves `record` under `id` (written to disk before this returns).
    pub fn save(&self, id: &str, record: &Record) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(record).map_err(error)?;
        let write = self.db.begin_write().map_err(error)?;
        {
            let mut table = write.open_table(SESSIONS).map_err(error)?;
            table.insert(id, bytes.as_slice()).map_err(error)?;
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

    /// Forgets every record not seen for more than `timeout_ms`; returns how many.
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
            before - table.len().map_err(error)?
        };
        write.commit().map_err(error)?;
        Ok(removed as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_expire() {
        let store = Store::open(None).unwrap();
        let mut record = Record { last_seen_ms: 1_000, ..Record::default() };
        record.answers.inform = Some(vec!["duo".into()]);
        store.save("a", &record).unwrap();
        store.save("b", &Record { last_seen_ms: 5_000, ..Record::default() }).unwrap();
        assert_eq!(store.load("a").unwrap(), Some(record));
        assert_eq!(store.load("c").unwrap(), None);
        assert_eq!(store.remove_expired(6_000, 2_000).unwrap(), 1);
        assert_eq!(store.load("a").unwrap(), None);
        store.remove("b").unwrap();
        assert_eq!(store.load("b").unwrap(), None);
    }

    #[test]
    fn a_store_on_disk_keeps_records_after_reopening() {
        let dir = std::env::temp_dir().join(format!("eenheid-store-test-{}", super::super::session::SessionId::random().as_str()));
        {
            let store = Store::open(Some(&dir)).unwrap();
            store.save("x", &Record { last_seen_ms: 7, ..Record::default() }).unwrap();
        }
        let store = Store::open(Some(&dir)).unwrap();
        assert_eq!(store.load("x").unwrap().map(|r| r.last_seen_ms), Some(7));
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
