//! The SQLite store: opening, pragmas, migrations and the one-writer transaction helper.

pub struct Store {
    conn: rusqlite::Connection,
}

impl Store {
    pub fn conn(&self) -> &rusqlite::Connection {
        &self.conn
    }
}
