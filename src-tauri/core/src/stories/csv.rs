//! The stories as CSV for sharing: each story as `sharing` lets it leave the app, so the quotes
//! column holds the consented quotes only (a `SharedQuote` cannot be built from any other) and
//! `quotes_withheld` only counts the others.

use std::collections::HashMap;

use rusqlite::Connection;

use super::model::{Impact, SharedQuote};
use super::sharing::shared;
use crate::csv_table::csv_text;
use crate::error::Result;
use crate::{initiatives, Id};

/// The header row of `stories_csv`.
pub const STORIES_CSV_HEADER: &[&str] = &[
    "id",
    "told_on",
    "initiative_id",
    "initiative",
    "headline",
    "narrative",
    "tags",
    "impacts",
    "quotes",
    "quotes_withheld",
];

/// Every story (or one initiative's), newest first as the list shows them. Tags and impacts are
/// joined with "; ", quotes one per line in the cell.
pub fn stories_csv(conn: &Connection, initiative_id: Option<Id>) -> Result<String> {
    let names: HashMap<Id, String> = initiatives::list(conn)?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect();
    let rows: Vec<Vec<String>> = super::list(conn, initiative_id)?
        .iter()
        .map(|story| {
            let name = names.get(&story.initiative_id).map_or("", String::as_str);
            let s = shared(story, name);
            vec![
                s.id.to_string(),
                s.told_on.to_string(),
                s.initiative_id.to_string(),
                s.initiative,
                s.headline,
                s.narrative,
                s.tags.join("; "),
                s.impacts.iter().map(impact).collect::<Vec<_>>().join("; "),
                s.quotes.iter().map(quote).collect::<Vec<_>>().join("\n"),
                s.quotes_withheld.to_string(),
            ]
        })
        .collect();
    csv_text("the stories CSV", STORIES_CSV_HEADER, rows)
}

/// "Search time: 40 -> 12 min".
fn impact(i: &Impact) -> String {
    let unit = if i.unit.trim().is_empty() {
        String::new()
    } else {
        format!(" {}", i.unit.trim())
    };
    format!("{}: {} -> {}{unit}", i.metric, i.before, i.after)
}

/// "“We found the expert in a day.” (Ana Silva, Engineer; consent 2026-01-02)".
fn quote(q: &SharedQuote) -> String {
    let who = if q.person_role.trim().is_empty() {
        q.person_name.clone()
    } else {
        format!("{}, {}", q.person_name, q.person_role)
    };
    format!("“{}” ({who}; consent {})", q.text, q.consent_on)
}
