//! The actions list as CSV, filtered as on screen: one row per action with its owner's name and
//! where it came from, so a spreadsheet or a follow-up mail needs nothing else.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::ActionQuery;
use crate::csv_table::{csv_text, opt};
use crate::error::Result;

/// The header row of `actions_csv`.
pub const ACTIONS_CSV_HEADER: &[&str] = &[
    "id",
    "due_on",
    "status",
    "text",
    "owner",
    "committee",
    "meeting_on",
    "decision",
    "completed_on",
    "days_overdue",
];

/// The actions `query` selects (by due date, then id), `days_overdue` judged on `as_of`.
pub fn actions_csv(conn: &Connection, query: &ActionQuery, as_of: NaiveDate) -> Result<String> {
    let rows = super::list(conn, query, as_of)?.into_iter().map(|v| {
        let a = v.action;
        vec![
            a.id.to_string(),
            a.due_on.to_string(),
            a.status.as_str().to_string(),
            a.text,
            v.owner,
            v.committee_name.unwrap_or_default(),
            opt(v.meeting_on),
            v.decision_title.unwrap_or_default(),
            opt(a.completed_on),
            v.days_overdue.to_string(),
        ]
    });
    csv_text("the actions CSV", ACTIONS_CSV_HEADER, rows)
}
