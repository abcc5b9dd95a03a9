//! The decision register as a page and as CSV: filtered decisions with their meeting, committee,
//! initiatives and the supersede chain both ways. Reads only.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::{Decision, DecisionRef, InitiativeName, RegisterEntry, RegisterFilter};
use super::queries::list_all;
use crate::csv_table::{csv_text, opt};
use crate::error::Result;
use crate::Id;

/// Where a decision's meeting took place: date and committee.
struct MeetingFacts {
    on: NaiveDate,
    committee_id: Id,
    committee_name: String,
}

/// The register, newest first (by `dated_on`, then id), filtered by `filter`. Each entry carries
/// the whole supersede chain: the decisions it replaced and the ones that replaced it.
pub fn decision_register(conn: &Connection, filter: &RegisterFilter) -> Result<Vec<RegisterEntry>> {
    let all = list_all(conn)?;
    let meetings = meeting_facts(conn)?;
    let initiatives = initiative_names(conn)?;
    let by_id: HashMap<Id, &Decision> = all.iter().map(|d| (d.id, d)).collect();
    // The schema allows one successor per decision (a unique index), so this is a map.
    let successor: HashMap<Id, Id> = all
        .iter()
        .filter_map(|d| Some((d.supersedes_id?, d.id)))
        .collect();
    let mut entries = Vec::new();
    for d in &all {
        let meeting = d.meeting_id.and_then(|m| meetings.get(&m));
        let dated_on = d
            .decided_on
            .or(meeting.map(|m| m.on))
            .unwrap_or_else(|| recorded_on(&d.created_at));
        if filter.status.is_some_and(|s| s != d.status)
            || filter
                .initiative_id
                .is_some_and(|i| !d.initiative_ids.contains(&i))
            || filter
                .committee_id
                .is_some_and(|c| meeting.is_none_or(|m| m.committee_id != c))
            || filter.from.is_some_and(|from| dated_on < from)
            || filter.to.is_some_and(|to| dated_on > to)
        {
            continue;
        }
        let mut names: Vec<InitiativeName> = d
            .initiative_ids
            .iter()
            .filter_map(|i| {
                Some(InitiativeName {
                    id: *i,
                    name: initiatives.get(i)?.clone(),
                })
            })
            .collect();
        names.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        entries.push(RegisterEntry {
            dated_on,
            meeting_on: meeting.map(|m| m.on),
            committee_id: meeting.map(|m| m.committee_id),
            committee_name: meeting.map(|m| m.committee_name.clone()),
            initiatives: names,
            supersedes: walk(&by_id, d.id, |x| x.supersedes_id),
            superseded_by: walk(&by_id, d.id, |x| successor.get(&x.id).copied()),
            decision: d.clone(),
        });
    }
    entries.sort_by(|a, b| {
        b.dated_on
            .cmp(&a.dated_on)
            .then(b.decision.id.cmp(&a.decision.id))
    });
    Ok(entries)
}

/// Follows `next` from decision `start`, nearest first, stopping at the end of the chain (or at
/// a repeat, which validation prevents but a hand-edited file might hold).
fn walk(
    by_id: &HashMap<Id, &Decision>,
    start: Id,
    next: impl Fn(&Decision) -> Option<Id>,
) -> Vec<DecisionRef> {
    let mut chain = Vec::new();
    let mut seen = BTreeSet::from([start]);
    let mut current = by_id.get(&start).and_then(|d| next(d));
    while let Some(id) = current {
        let Some(d) = by_id.get(&id) else { break };
        if !seen.insert(id) {
            break;
        }
        chain.push(DecisionRef {
            id,
            title: d.title.clone(),
            status: d.status,
        });
        current = next(d);
    }
    chain
}

/// The day of an RFC 3339 timestamp as stored (`2026-03-01T...`); the epoch if unreadable.
fn recorded_on(at: &str) -> NaiveDate {
    at.get(..10)
        .and_then(|day| day.parse().ok())
        .unwrap_or_default()
}

fn meeting_facts(conn: &Connection) -> Result<HashMap<Id, MeetingFacts>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.scheduled_on, m.committee_id, c.name
         FROM meetings m JOIN committees c ON c.id = m.committee_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, Id>(0)?,
            MeetingFacts {
                on: r.get(1)?,
                committee_id: r.get(2)?,
                committee_name: r.get(3)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn initiative_names(conn: &Connection) -> Result<HashMap<Id, String>> {
    let mut stmt = conn.prepare_cached("SELECT id, name FROM initiatives")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The register's CSV columns, in order.
pub const REGISTER_CSV_HEADER: [&str; 14] = [
    "id",
    "dated_on",
    "title",
    "status",
    "decision",
    "rationale",
    "decided_by",
    "decided_on",
    "meeting_id",
    "meeting_on",
    "committee",
    "initiatives",
    "supersedes_id",
    "superseded_by_id",
];

/// The register (as `decision_register` filters and orders it) as RFC 4180 CSV: a header row,
/// then one row per decision, CRLF line ends, fields quoted when they need it. Texts are written
/// exactly as typed. Initiatives are joined with "; ". An empty register is the header alone.
pub fn register_csv(conn: &Connection, filter: &RegisterFilter) -> Result<String> {
    let entries = decision_register(conn, filter)?;
    let rows = entries.iter().map(|e| {
        let d = &e.decision;
        let initiatives: Vec<&str> = e.initiatives.iter().map(|i| i.name.as_str()).collect();
        [
            d.id.to_string(),
            e.dated_on.to_string(),
            d.title.clone(),
            d.status.as_str().to_string(),
            d.text.clone(),
            d.rationale.clone(),
            d.decided_by.clone(),
            opt(d.decided_on),
            opt(d.meeting_id),
            opt(e.meeting_on),
            e.committee_name.clone().unwrap_or_default(),
            initiatives.join("; "),
            opt(d.supersedes_id),
            opt(e.superseded_by.first().map(|x| x.id)),
        ]
    });
    csv_text("the decision register as CSV", &REGISTER_CSV_HEADER, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::committees::decisions::DecisionStatus;

    fn decision(id: Id, supersedes_id: Option<Id>) -> Decision {
        Decision {
            id,
            title: format!("D{id}"),
            text: String::new(),
            rationale: String::new(),
            status: DecisionStatus::Decided,
            meeting_id: None,
            decided_by: String::new(),
            decided_on: None,
            supersedes_id,
            initiative_ids: Vec::new(),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn a_walk_stops_at_a_loop_a_hand_edited_file_might_hold() {
        let all = [
            decision(1, Some(2)),
            decision(2, Some(3)),
            decision(3, Some(1)),
        ];
        let by_id: HashMap<Id, &Decision> = all.iter().map(|d| (d.id, d)).collect();
        let chain: Vec<Id> = walk(&by_id, 1, |d| d.supersedes_id)
            .iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(chain, [2, 3]);
    }

    #[test]
    fn the_recorded_day_is_read_from_the_timestamp() {
        assert_eq!(
            recorded_on("2026-03-01T10:00:00.000Z"),
            "2026-03-01".parse::<NaiveDate>().unwrap()
        );
        assert_eq!(recorded_on("bad"), NaiveDate::default());
    }
}
