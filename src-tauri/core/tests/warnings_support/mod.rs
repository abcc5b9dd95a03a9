//! Fixtures for the warnings tests: a store on a temporary file, filled by direct SQL inserts so
//! the tests depend only on the schema, not on other features' write functions.
#![allow(dead_code)]

use chrono::NaiveDate;
use rusqlite::params;
use sponsor_desk_core::warnings::{self, Warning, WarningCode};
use sponsor_desk_core::{Id, Store};

pub fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

pub struct Fx {
    pub store: Store,
    _dir: tempfile::TempDir,
}

const STAMP: &str = "2026-01-01T00:00:00.000Z";

impl Fx {
    pub fn new() -> Fx {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("desk.db")).expect("open store");
        Fx { store, _dir: dir }
    }

    pub fn exec(&self, sql: &str, args: impl rusqlite::Params) {
        self.store.conn().execute(sql, args).expect(sql);
    }

    fn last_id(&self) -> Id {
        self.store.conn().last_insert_rowid()
    }

    pub fn unit(&self, name: &str, parent: Option<Id>) -> Id {
        self.exec(
            "INSERT INTO org_units (name, kind, parent_id, created_at, updated_at) VALUES (?1, 'department', ?2, ?3, ?3)",
            params![name, parent, STAMP],
        );
        self.last_id()
    }

    /// An active supporter with influence 3.
    pub fn sponsor(&self, name: &str, unit: Id, tier: u8) -> Id {
        self.exec(
            "INSERT INTO sponsors (name, org_unit_id, tier, stance, influence, interest, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'supporter', 3, 3, 'active', ?4, ?4)",
            params![name, unit, tier, STAMP],
        );
        self.last_id()
    }

    pub fn status(&self, sponsor: Id, status: &str, date: Option<&str>) {
        self.exec(
            "UPDATE sponsors SET status = ?2, status_date = ?3 WHERE id = ?1",
            params![sponsor, status, date],
        );
    }

    pub fn stance(&self, sponsor: Id, stance: &str, influence: u8) {
        self.exec(
            "UPDATE sponsors SET stance = ?2, influence = ?3 WHERE id = ?1",
            params![sponsor, stance, influence],
        );
    }

    /// An active initiative with the default coverage (one executive, one tier-3), started on
    /// 2026-03-01 (so no story drought before 2026-06-30).
    pub fn initiative(&self, name: &str) -> Id {
        self.exec(
            "INSERT INTO initiatives (name, kind, status, start_date, created_at, updated_at)
             VALUES (?1, 'programme', 'active', '2026-03-01', ?2, ?2)",
            params![name, STAMP],
        );
        self.last_id()
    }

    pub fn initiative_status(&self, initiative: Id, status: &str) {
        self.exec(
            "UPDATE initiatives SET status = ?2 WHERE id = ?1",
            params![initiative, status],
        );
    }

    pub fn require(&self, initiative: Id, executive: u8, t1: u8, t2: u8, t3: u8, t4: u8) {
        self.exec(
            "UPDATE initiatives SET required_executive = ?2, required_tier1 = ?3, required_tier2 = ?4,
                    required_tier3 = ?5, required_tier4 = ?6 WHERE id = ?1",
            params![initiative, executive, t1, t2, t3, t4],
        );
    }

    pub fn spans(&self, initiative: Id, unit: Id) {
        self.exec(
            "INSERT INTO initiative_org_units (initiative_id, org_unit_id) VALUES (?1, ?2)",
            params![initiative, unit],
        );
    }

    /// A sponsorship from `start` with no end.
    pub fn sponsorship(&self, sponsor: Id, initiative: Id, role: &str, start: &str) -> Id {
        self.exec(
            "INSERT INTO sponsorships (sponsor_id, initiative_id, role, start_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![sponsor, initiative, role, start, STAMP],
        );
        self.last_id()
    }

    pub fn end(&self, sponsorship: Id, end: &str) {
        self.exec(
            "UPDATE sponsorships SET end_date = ?2 WHERE id = ?1",
            params![sponsorship, end],
        );
    }

    pub fn touchpoint(
        &self,
        on: &str,
        sponsors: &[Id],
        stance: Option<&str>,
        follow_up: Option<&str>,
    ) -> Id {
        self.exec(
            "INSERT INTO touchpoints (occurred_on, kind, summary, stance_observed, follow_up_on, created_at, updated_at)
             VALUES (?1, 'call', 'Caught up on the programme', ?2, ?3, ?4, ?4)",
            params![on, stance, follow_up, STAMP],
        );
        let id = self.last_id();
        for s in sponsors {
            self.exec(
                "INSERT INTO touchpoint_sponsors (touchpoint_id, sponsor_id) VALUES (?1, ?2)",
                params![id, s],
            );
        }
        id
    }

    /// A committee with a fixed cadence: `monthly` (30 days) or `quarterly` (91 days).
    pub fn committee(&self, name: &str, cadence: &str) -> Id {
        self.exec(
            "INSERT INTO committees (name, cadence, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![name, cadence, STAMP],
        );
        self.last_id()
    }

    /// A meeting: `planned`, `held` or `cancelled`.
    pub fn meeting(&self, committee: Id, on: &str, status: &str) -> Id {
        self.exec(
            "INSERT INTO meetings (committee_id, scheduled_on, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![committee, on, status, STAMP],
        );
        self.last_id()
    }

    /// A decision tabled at `meeting`, or recorded on `recorded_on` when there is none.
    pub fn decision(
        &self,
        title: &str,
        status: &str,
        meeting: Option<Id>,
        recorded_on: &str,
    ) -> Id {
        self.exec(
            "INSERT INTO decisions (title, status, meeting_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![
                title,
                status,
                meeting,
                format!("{recorded_on}T09:00:00.000Z")
            ],
        );
        self.last_id()
    }

    /// An open action owned by a named person.
    pub fn action(&self, text: &str, owner: &str, due: &str) -> Id {
        self.exec(
            "INSERT INTO actions (text, owner_name, due_on, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'open', ?4, ?4)",
            params![text, owner, due, STAMP],
        );
        self.last_id()
    }

    /// A quick win; `delivered_on` is required exactly when the status is `delivered`.
    pub fn quick_win(
        &self,
        initiative: Id,
        title: &str,
        (start, target): (&str, &str),
        status: &str,
        delivered_on: Option<&str>,
    ) -> Id {
        self.exec(
            "INSERT INTO quick_wins (initiative_id, title, start_on, target_on, status, delivered_on,
                                     recurrence, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'one_off', ?7, ?7)",
            params![initiative, title, start, target, status, delivered_on, STAMP],
        );
        self.last_id()
    }

    pub fn story(&self, initiative: Id, told_on: &str) -> Id {
        self.exec(
            "INSERT INTO stories (initiative_id, told_on, headline, created_at, updated_at)
             VALUES (?1, ?2, 'Onboarding took half the time', ?3, ?3)",
            params![initiative, told_on, STAMP],
        );
        self.last_id()
    }

    pub fn warnings(&self, as_of: &str) -> Vec<Warning> {
        warnings::list(self.store.conn(), d(as_of)).expect("warnings")
    }

    /// The warnings with `code` as of `as_of`.
    pub fn with_code(&self, as_of: &str, code: WarningCode) -> Vec<Warning> {
        self.warnings(as_of)
            .into_iter()
            .filter(|w| w.code == code)
            .collect()
    }

    /// The subject ids of the warnings with `code`.
    pub fn subjects(&self, as_of: &str, code: WarningCode) -> Vec<Id> {
        self.with_code(as_of, code)
            .iter()
            .map(|w| w.subject.id)
            .collect()
    }

    /// Row counts of every table, to show that something wrote nothing.
    pub fn table_counts(&self) -> Vec<(String, i64)> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("tables");
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("names")
            .collect::<rusqlite::Result<_>>()
            .expect("names");
        names
            .into_iter()
            .map(|name| {
                // Table names come from sqlite_master, not from input; quoted as identifiers.
                let sql = format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\""));
                let n: i64 = conn.query_row(&sql, [], |r| r.get(0)).expect("count");
                (name, n)
            })
            .collect()
    }
}

/// A covered, engaged initiative as of 2026-06-01: a tier-1 executive sponsor and a tier-3 line
/// manager, both met last week, in one unit. Returns (initiative, executive, line manager, unit).
pub fn healthy(fx: &Fx, name: &str) -> (Id, Id, Id, Id) {
    let unit = fx.unit(&format!("{name} unit"), None);
    let initiative = fx.initiative(name);
    let exec = fx.sponsor(&format!("{name} exec"), unit, 1);
    let line = fx.sponsor(&format!("{name} line"), unit, 3);
    fx.sponsorship(exec, initiative, "executive_sponsor", "2026-01-01");
    fx.sponsorship(line, initiative, "line_manager_sponsor", "2026-01-01");
    fx.touchpoint("2026-05-25", &[exec, line], None, None);
    (initiative, exec, line, unit)
}
