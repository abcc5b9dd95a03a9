//! The quick wins as CSV: one row per quick win with its initiative and sponsors by name, the
//! saving as an exact decimal beside its ISO 4217 code (never a float), and its evidence.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::csv_table::{csv_text, opt};
use crate::error::Result;
use crate::{initiatives, sponsors, Id};

/// The header row of `quick_wins_csv`.
pub const QUICK_WINS_CSV_HEADER: &[&str] = &[
    "id",
    "initiative_id",
    "initiative",
    "title",
    "status",
    "start_on",
    "target_on",
    "delivered_on",
    "late",
    "savings_amount",
    "currency",
    "recurrence",
    "savings_basis",
    "soft_benefits",
    "evidence",
    "sponsors",
];

/// Every quick win (or one initiative's), newest start first as the list shows them; `late`
/// judged on `as_of`. Evidence and sponsors are joined with "; ".
pub fn quick_wins_csv(
    conn: &Connection,
    initiative_id: Option<Id>,
    as_of: NaiveDate,
) -> Result<String> {
    let initiative_names: HashMap<Id, String> = initiatives::list(conn)?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect();
    let mut sponsor_names: HashMap<Id, String> = HashMap::new();
    let mut rows = Vec::new();
    for w in super::list(conn, initiative_id)? {
        let mut names = Vec::with_capacity(w.sponsor_ids.len());
        for id in &w.sponsor_ids {
            if !sponsor_names.contains_key(id) {
                sponsor_names.insert(*id, sponsors::get(conn, *id)?.name);
            }
            names.push(sponsor_names.get(id).cloned().unwrap_or_default());
        }
        let evidence: Vec<String> = w
            .evidence
            .iter()
            .map(|e| match e.label.trim() {
                "" => e.reference.clone(),
                label => format!("{label} <{}>", e.reference),
            })
            .collect();
        let late = if w.is_late_on(as_of) { "yes" } else { "no" };
        rows.push(vec![
            w.id.to_string(),
            w.initiative_id.to_string(),
            initiative_names
                .get(&w.initiative_id)
                .cloned()
                .unwrap_or_default(),
            w.title.clone(),
            w.status.as_str().to_string(),
            w.start_on.to_string(),
            w.target_on.to_string(),
            opt(w.delivered_on),
            late.to_string(),
            opt(w.savings.as_ref().map(|s| s.amount.clone())),
            opt(w.savings.as_ref().map(|s| s.currency.clone())),
            w.recurrence.as_str().to_string(),
            w.savings_basis.clone(),
            w.soft_benefits.clone(),
            evidence.join("; "),
            names.join("; "),
        ]);
    }
    csv_text("the quick wins CSV", QUICK_WINS_CSV_HEADER, rows)
}
