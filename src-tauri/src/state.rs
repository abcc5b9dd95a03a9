//! The window's shared state: the one writer `Store`, behind a mutex so commands take turns,
//! and the helper that runs a core call off the async runtime (SQLite calls block).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use sponsor_desk_core::{CoreError, Store};

use crate::error::IpcError;

pub struct AppState {
    store: Arc<Mutex<Store>>,
    db_path: PathBuf,
}

impl AppState {
    pub fn new(store: Store, db_path: PathBuf) -> Self {
        AppState {
            store: Arc::new(Mutex::new(store)),
            db_path,
        }
    }

    pub fn db_path(&self) -> &std::path::Path {
        &self.db_path
    }

    /// Loads the warnings' snapshot and evaluates `today`'s warnings on a thread of its own
    /// while the webview boots, so Home's first calls find them cached instead of waiting for
    /// them (on a large database the load and evaluation are most of the Rust side of the
    /// start-up). A failure here is left for those calls to meet and report.
    pub fn warm_up(&self, today: chrono::NaiveDate) {
        let store = Arc::clone(&self.store);
        std::thread::spawn(move || {
            let guard = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let _ = sponsor_desk_core::warnings::prepare(guard.conn(), today);
        });
    }

    /// Runs `job` with the store on this thread: for the exit hook, when no command is left to
    /// wait for and the async runtime may already be gone.
    pub fn with_store<T>(&self, job: impl FnOnce(&Store) -> T) -> T {
        let guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        job(&guard)
    }

    /// Runs `job` with the store on a blocking worker thread and turns its error into the
    /// typed error the UI shows.
    pub async fn run<T, F>(&self, job: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, CoreError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tauri::async_runtime::spawn_blocking(move || {
            // A poisoned lock means an earlier command panicked mid-call; its transaction was
            // rolled back when the guard dropped, so the store itself is still consistent.
            let mut guard = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            job(&mut guard).map_err(IpcError::from)
        })
        .await
        .map_err(|error| IpcError::internal(format!("the command stopped unexpectedly: {error}")))?
    }

    /// Runs `job` on the database file with the store closed (a restore replaces the file), then
    /// opens the file again whatever `job` did, so a failed job leaves the old database in use.
    /// Holding the lock throughout keeps every other command waiting, never writing meanwhile.
    pub async fn with_database_closed<T, F>(&self, job: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&std::path::Path) -> Result<T, CoreError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let path = self.db_path.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            // The file's last connection closes here (SQLite folds its log back in), and an
            // in-memory store holds the place until the file opens again.
            let placeholder = Store::open_in_memory().map_err(IpcError::from)?;
            drop(std::mem::replace(&mut *guard, placeholder));
            let outcome = job(&path);
            match Store::open(&path) {
                Ok(reopened) => *guard = reopened,
                Err(error) => {
                    return Err(IpcError::internal(format!(
                        "the database {} could not be opened again ({error}); restart Sponsor Desk",
                        path.display()
                    )))
                }
            }
            outcome.map_err(IpcError::from)
        })
        .await
        .map_err(|error| IpcError::internal(format!("the command stopped unexpectedly: {error}")))?
    }
}
