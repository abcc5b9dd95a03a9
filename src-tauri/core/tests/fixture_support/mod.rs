//! What the committee and evidence fixtures share: a store on a temporary file with one org
//! unit, a minimal sponsor input, dates, row counts and the fields an error names.
#![allow(dead_code)]

use chrono::NaiveDate;
use sponsor_desk_core::org_units::{self, OrgUnitInput, OrgUnitKind};
use sponsor_desk_core::sponsors::{SponsorInput, SponsorStatus, Stance};
use sponsor_desk_core::{CoreError, Id, Store};

pub fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

/// A store on a real file (`desk.db` in a fresh temporary folder) holding one directorate.
pub struct StoreWithUnit {
    pub store: Store,
    pub unit: Id,
    pub path: std::path::PathBuf,
    pub dir: tempfile::TempDir,
}

pub fn store_with_unit(unit_name: &str) -> StoreWithUnit {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("desk.db");
    let mut store = Store::open(&path).expect("open store");
    let unit = store
        .write(|tx| {
            Ok(org_units::create(
                tx,
                &OrgUnitInput {
                    name: unit_name.into(),
                    kind: OrgUnitKind::Directorate,
                    parent_id: None,
                    notes: String::new(),
                },
            )?
            .id)
        })
        .expect("unit");
    StoreWithUnit {
        store,
        unit,
        path,
        dir,
    }
}

/// Rows in a table (or `table WHERE ...`), to show nothing was written.
pub fn count(store: &Store, table: &str) -> i64 {
    // Table names come from the tests themselves, never from data.
    let sql = format!("SELECT count(*) FROM {table}");
    store
        .conn()
        .query_row(&sql, [], |r| r.get(0))
        .expect("count")
}

pub fn sponsor_input(name: &str, unit: Id, tier: i64) -> SponsorInput {
    SponsorInput {
        name: name.into(),
        title: "Director".into(),
        email: None,
        org_unit_id: Some(unit),
        reports_to_id: None,
        tier,
        stance: Stance::Supporter,
        influence: 3,
        interest: 3,
        status: SponsorStatus::Active,
        status_date: None,
        priorities: String::new(),
        talking_points: String::new(),
        preferred_channel: String::new(),
        notes: String::new(),
    }
}

/// The fields a validation error names, in order.
pub fn fields(err: CoreError) -> Vec<String> {
    err.field_errors().into_iter().map(|e| e.field).collect()
}
