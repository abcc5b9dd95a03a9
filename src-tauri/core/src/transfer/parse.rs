//! Reading an import file into an `Export`, with errors a person can act on: the line and column
//! of a JSON syntax error, or the record (kind and id) and field of anything else. Writes nothing.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::model::{Export, FORMAT, VERSION};
use crate::error::{CoreError, Result};
use crate::Id;

/// The top-level keys a file may have, in export order.
const KEYS: &[&str] = &[
    "format",
    "version",
    "org_units",
    "sponsors",
    "initiatives",
    "initiative_org_units",
    "initiative_milestones",
    "initiative_assessments",
    "sponsorships",
    "touchpoints",
    "settings",
    "warning_acks",
    "committees",
    "committee_members",
    "meetings",
    "decisions",
    "actions",
    "quick_wins",
    "stories",
    "quotes",
    "metrics",
    "metric_values",
    "history",
];

fn invalid(
    location: impl Into<String>,
    field: Option<&str>,
    message: impl Into<String>,
) -> CoreError {
    CoreError::InvalidImport {
        location: location.into(),
        field: field.map(str::to_string),
        message: message.into(),
    }
}

/// Parses and checks an import file: syntax, shape, every record's fields, duplicate ids and
/// references to records that are not in the file.
pub(crate) fn parse(text: &str) -> Result<Export> {
    // Windows editors save "UTF-8" with a byte-order mark; it is no content (RFC 8259 lets a
    // reader ignore it), and the CSV import accepts it too.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).map_err(|e| {
        invalid(
            format!("line {}, column {}", e.line(), e.column()),
            None,
            format!(
                "this is not valid JSON ({}); fix the file there",
                bare_message(&e)
            ),
        )
    })?;
    let Value::Object(root) = root else {
        return Err(invalid(
            "the file",
            None,
            "an import file is one JSON object, as `export` writes it",
        ));
    };
    if let Some(key) = root.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(invalid(
            "the file",
            Some(key),
            format!(
                "\"{key}\" is not a record kind this version knows (expected {})",
                KEYS.join(", ")
            ),
        ));
    }
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(invalid(
            "the file",
            Some("format"),
            format!("\"format\" must be \"{FORMAT}\"; is this a Sponsor Desk export?"),
        ));
    }
    if root.get("version").and_then(Value::as_u64) != Some(u64::from(VERSION)) {
        return Err(invalid(
            "the file",
            Some("version"),
            format!("\"version\" must be {VERSION}; this file comes from another version of Sponsor Desk"),
        ));
    }
    let export = Export {
        format: FORMAT.to_string(),
        version: VERSION,
        org_units: section(&root, "org_units")?,
        sponsors: section(&root, "sponsors")?,
        initiatives: section(&root, "initiatives")?,
        initiative_org_units: section(&root, "initiative_org_units")?,
        initiative_milestones: section(&root, "initiative_milestones")?,
        initiative_assessments: section(&root, "initiative_assessments")?,
        sponsorships: section(&root, "sponsorships")?,
        touchpoints: section(&root, "touchpoints")?,
        settings: section(&root, "settings")?,
        warning_acks: section(&root, "warning_acks")?,
        committees: section(&root, "committees")?,
        committee_members: section(&root, "committee_members")?,
        meetings: section(&root, "meetings")?,
        decisions: section(&root, "decisions")?,
        actions: section(&root, "actions")?,
        quick_wins: section(&root, "quick_wins")?,
        stories: section(&root, "stories")?,
        quotes: section(&root, "quotes")?,
        metrics: section(&root, "metrics")?,
        metric_values: section(&root, "metric_values")?,
        history: section(&root, "history")?,
    };
    check_references(&export)?;
    Ok(export)
}

/// serde_json's message without its " at line L column C" tail (we say where ourselves).
fn bare_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn section<T: DeserializeOwned>(root: &Map<String, Value>, key: &str) -> Result<Vec<T>> {
    let Some(value) = root.get(key) else {
        return Ok(Vec::new());
    };
    let Value::Array(items) = value else {
        return Err(invalid(
            key,
            None,
            format!("\"{key}\" must be a list of records"),
        ));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| record(key, index, item))
        .collect()
}

/// Timestamps are kept verbatim (history and order depend on them), so one that is not RFC 3339
/// would sort and show wrong for ever: it is refused here, by field.
fn check_timestamps(where_: &str, item: &Value) -> Result<()> {
    for key in ["created_at", "updated_at", "at"] {
        if let Some(Value::String(stamp)) = item.get(key) {
            if chrono::DateTime::parse_from_rfc3339(stamp).is_err() {
                return Err(invalid(
                    where_,
                    Some(key),
                    format!(
                        "\"{stamp}\" is not a timestamp; use RFC 3339 in UTC, e.g. 2026-11-22T09:00:13.000Z"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Where a record is: `sponsors[id=7]`, or `initiative_org_units[3]` when it has no id.
pub(crate) fn location(kind: &str, index: usize, id: Option<Id>) -> String {
    match id {
        Some(id) => format!("{kind}[id={id}]"),
        None => format!("{kind}[{index}]"),
    }
}

/// One record, read straight from its JSON value; serde_path_to_error tracks where serde was
/// when it failed, so a wrong value names its field even when nested (`items[0].kind`), which
/// serde's own messages do only for unknown and missing fields.
fn record<T: DeserializeOwned>(kind: &str, index: usize, item: &Value) -> Result<T> {
    let where_ = location(kind, index, item.get("id").and_then(Value::as_i64));
    check_timestamps(&where_, item)?;
    serde_path_to_error::deserialize(item).map_err(|e| {
        let path = e.path().to_string();
        let message = e.inner().to_string();
        // A missing field is reported at its parent, so the name comes from the message.
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
            .map(|name| match path.as_str() {
                "." => name.to_string(),
                parent => format!("{parent}.{name}"),
            });
        let field = missing.or_else(|| (path != ".").then_some(path));
        let fix = if message.starts_with("unknown field") {
            "; remove it"
        } else if message.starts_with("missing field") {
            "; add it"
        } else {
            ""
        };
        invalid(where_, field.as_deref(), format!("{message}{fix}"))
    })
}

/// One reference of one record: where it is, the field, and the id it points at.
struct Ref {
    kind: &'static str,
    index: usize,
    id: Option<Id>,
    field: String,
    target: Option<Id>,
    /// The field may be null, which the message then offers.
    nullable: bool,
}

/// The references of one kind of record to one kind of target, gathered per target.
#[derive(Default)]
struct Refs(Vec<Ref>);

impl Refs {
    /// A reference that must be set.
    fn to(&mut self, kind: &'static str, index: usize, id: Option<Id>, field: &str, target: Id) {
        self.push(kind, index, id, field, Some(target), false);
    }

    /// A reference that may be null.
    fn maybe(
        &mut self,
        kind: &'static str,
        index: usize,
        id: Option<Id>,
        field: &str,
        target: Option<Id>,
    ) {
        self.push(kind, index, id, field, target, true);
    }

    fn push(
        &mut self,
        kind: &'static str,
        index: usize,
        id: Option<Id>,
        field: &str,
        target: Option<Id>,
        nullable: bool,
    ) {
        self.0.push(Ref {
            kind,
            index,
            id,
            field: field.to_string(),
            target,
            nullable,
        });
    }
}

/// Ids are unique per kind, every reference points at a record in the file, and every part
/// nested in a record (an agenda item, an ask, a usage) names that record as its parent.
fn check_references(e: &Export) -> Result<()> {
    let units = ids("org_units", e.org_units.iter().map(|r| r.id))?;
    let sponsors = ids("sponsors", e.sponsors.iter().map(|r| r.id))?;
    let initiatives = ids("initiatives", e.initiatives.iter().map(|r| r.id))?;
    ids(
        "initiative_milestones",
        e.initiative_milestones.iter().map(|r| r.id),
    )?;
    ids(
        "initiative_assessments",
        e.initiative_assessments.iter().map(|r| r.id),
    )?;
    ids("sponsorships", e.sponsorships.iter().map(|r| r.id))?;
    ids("touchpoints", e.touchpoints.iter().map(|r| r.id))?;
    ids(
        "touchpoints items",
        e.touchpoints
            .iter()
            .flat_map(|t| t.items.iter().map(|i| i.id)),
    )?;
    let committees = ids("committees", e.committees.iter().map(|r| r.id))?;
    ids(
        "committee_members",
        e.committee_members.iter().map(|r| r.id),
    )?;
    let meetings = ids("meetings", e.meetings.iter().map(|r| r.id))?;
    ids(
        "meetings agenda",
        e.meetings
            .iter()
            .flat_map(|m| m.agenda.iter().map(|a| a.id)),
    )?;
    ids(
        "meetings attendance",
        e.meetings
            .iter()
            .flat_map(|m| m.attendance.iter().map(|a| a.id)),
    )?;
    let decisions = ids("decisions", e.decisions.iter().map(|r| r.id))?;
    ids("actions", e.actions.iter().map(|r| r.id))?;
    ids("quick_wins", e.quick_wins.iter().map(|r| r.id))?;
    let stories = ids("stories", e.stories.iter().map(|r| r.id))?;
    ids(
        "stories usages",
        e.stories.iter().flat_map(|s| s.usages.iter().map(|u| u.id)),
    )?;
    ids("quotes", e.quotes.iter().map(|r| r.id))?;
    let metrics = ids("metrics", e.metrics.iter().map(|r| r.id))?;
    ids("metric_values", e.metric_values.iter().map(|r| r.id))?;
    ids("history", e.history.iter().map(|r| r.id))?;
    check_parents(e)?;

    let (mut to_unit, mut to_sponsor, mut to_initiative) =
        (Refs::default(), Refs::default(), Refs::default());
    let (mut to_committee, mut to_meeting, mut to_decision) =
        (Refs::default(), Refs::default(), Refs::default());
    let (mut to_story, mut to_metric) = (Refs::default(), Refs::default());

    for (i, u) in e.org_units.iter().enumerate() {
        to_unit.maybe("org_units", i, Some(u.id), "parent_id", u.parent_id);
    }
    for (i, s) in e.sponsors.iter().enumerate() {
        to_unit.to("sponsors", i, Some(s.id), "org_unit_id", s.org_unit_id);
        to_sponsor.maybe("sponsors", i, Some(s.id), "reports_to_id", s.reports_to_id);
    }
    for (i, l) in e.initiative_org_units.iter().enumerate() {
        to_unit.to(
            "initiative_org_units",
            i,
            None,
            "org_unit_id",
            l.org_unit_id,
        );
        to_initiative.to(
            "initiative_org_units",
            i,
            None,
            "initiative_id",
            l.initiative_id,
        );
    }
    for (i, m) in e.initiative_milestones.iter().enumerate() {
        to_initiative.to(
            "initiative_milestones",
            i,
            Some(m.id),
            "initiative_id",
            m.initiative_id,
        );
    }
    for (i, a) in e.initiative_assessments.iter().enumerate() {
        to_initiative.to(
            "initiative_assessments",
            i,
            Some(a.id),
            "initiative_id",
            a.initiative_id,
        );
    }
    for (i, p) in e.sponsorships.iter().enumerate() {
        to_sponsor.to("sponsorships", i, Some(p.id), "sponsor_id", p.sponsor_id);
        to_initiative.to(
            "sponsorships",
            i,
            Some(p.id),
            "initiative_id",
            p.initiative_id,
        );
    }
    for (i, t) in e.touchpoints.iter().enumerate() {
        for (n, sponsor) in t.sponsor_ids.iter().enumerate() {
            to_sponsor.to(
                "touchpoints",
                i,
                Some(t.id),
                &format!("sponsor_ids[{n}]"),
                *sponsor,
            );
        }
    }
    for (i, m) in e.committee_members.iter().enumerate() {
        to_committee.to(
            "committee_members",
            i,
            Some(m.id),
            "committee_id",
            m.committee_id,
        );
        to_sponsor.to(
            "committee_members",
            i,
            Some(m.id),
            "sponsor_id",
            m.sponsor_id,
        );
    }
    for (i, m) in e.meetings.iter().enumerate() {
        to_committee.to("meetings", i, Some(m.id), "committee_id", m.committee_id);
        for (n, a) in m.agenda.iter().enumerate() {
            let field = format!("agenda[{n}].initiative_id");
            to_initiative.maybe("meetings", i, Some(m.id), &field, a.initiative_id);
        }
        for (n, a) in m.attendance.iter().enumerate() {
            let field = format!("attendance[{n}].sponsor_id");
            to_sponsor.maybe("meetings", i, Some(m.id), &field, a.sponsor_id);
        }
    }
    for (i, d) in e.decisions.iter().enumerate() {
        to_meeting.maybe("decisions", i, Some(d.id), "meeting_id", d.meeting_id);
        to_decision.maybe("decisions", i, Some(d.id), "supersedes_id", d.supersedes_id);
        for (n, initiative) in d.initiative_ids.iter().enumerate() {
            let field = format!("initiative_ids[{n}]");
            to_initiative.to("decisions", i, Some(d.id), &field, *initiative);
        }
    }
    for (i, a) in e.actions.iter().enumerate() {
        to_sponsor.maybe(
            "actions",
            i,
            Some(a.id),
            "owner_sponsor_id",
            a.owner_sponsor_id,
        );
        to_meeting.maybe("actions", i, Some(a.id), "meeting_id", a.meeting_id);
        to_decision.maybe("actions", i, Some(a.id), "decision_id", a.decision_id);
    }
    for (i, w) in e.quick_wins.iter().enumerate() {
        to_initiative.to(
            "quick_wins",
            i,
            Some(w.id),
            "initiative_id",
            w.initiative_id,
        );
        for (n, sponsor) in w.sponsor_ids.iter().enumerate() {
            to_sponsor.to(
                "quick_wins",
                i,
                Some(w.id),
                &format!("sponsor_ids[{n}]"),
                *sponsor,
            );
        }
    }
    for (i, s) in e.stories.iter().enumerate() {
        to_initiative.to("stories", i, Some(s.id), "initiative_id", s.initiative_id);
        for (n, u) in s.usages.iter().enumerate() {
            let (sponsor, meeting) = (
                format!("usages[{n}].sponsor_id"),
                format!("usages[{n}].meeting_id"),
            );
            to_sponsor.maybe("stories", i, Some(s.id), &sponsor, u.sponsor_id);
            to_meeting.maybe("stories", i, Some(s.id), &meeting, u.meeting_id);
        }
    }
    for (i, q) in e.quotes.iter().enumerate() {
        to_story.to("quotes", i, Some(q.id), "story_id", q.story_id);
    }
    for (i, m) in e.metrics.iter().enumerate() {
        to_initiative.maybe("metrics", i, Some(m.id), "initiative_id", m.initiative_id);
    }
    for (i, v) in e.metric_values.iter().enumerate() {
        to_metric.to("metric_values", i, Some(v.id), "metric_id", v.metric_id);
    }

    // (the references, what they point at, its list in the file, the ids of those in the file)
    let groups: [(Refs, &str, &str, &HashSet<Id>); 8] = [
        (to_unit, "org unit", "org_units", &units),
        (to_sponsor, "sponsor", "sponsors", &sponsors),
        (to_initiative, "initiative", "initiatives", &initiatives),
        (to_committee, "committee", "committees", &committees),
        (to_meeting, "meeting", "meetings", &meetings),
        (to_decision, "decision", "decisions", &decisions),
        (to_story, "story", "stories", &stories),
        (to_metric, "metric", "metrics", &metrics),
    ];
    for (refs, what, key, known) in groups {
        for reference in refs.0 {
            if let Some(target) = reference.target.filter(|t| !known.contains(t)) {
                let or_null = if reference.nullable { ", or null" } else { "" };
                return Err(invalid(
                    location(reference.kind, reference.index, reference.id),
                    Some(&reference.field),
                    format!(
                        "refers to {what} {target}, which is not in the file; use the id of one of the \"{key}\"{or_null}"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// A part nested in a record names that record: an ask its touchpoint, an agenda item or an
/// attendee its meeting, a usage its story.
fn check_parents(e: &Export) -> Result<()> {
    let mut parts: Vec<(&'static str, usize, Id, String, Id)> = Vec::new();
    for (i, t) in e.touchpoints.iter().enumerate() {
        for (n, item) in t.items.iter().enumerate() {
            parts.push((
                "touchpoints",
                i,
                t.id,
                format!("items[{n}].touchpoint_id"),
                item.touchpoint_id,
            ));
        }
    }
    for (i, m) in e.meetings.iter().enumerate() {
        for (n, a) in m.agenda.iter().enumerate() {
            parts.push((
                "meetings",
                i,
                m.id,
                format!("agenda[{n}].meeting_id"),
                a.meeting_id,
            ));
        }
        for (n, a) in m.attendance.iter().enumerate() {
            parts.push((
                "meetings",
                i,
                m.id,
                format!("attendance[{n}].meeting_id"),
                a.meeting_id,
            ));
        }
    }
    for (i, s) in e.stories.iter().enumerate() {
        for (n, u) in s.usages.iter().enumerate() {
            parts.push((
                "stories",
                i,
                s.id,
                format!("usages[{n}].story_id"),
                u.story_id,
            ));
        }
    }
    match parts
        .into_iter()
        .find(|(_, _, parent, _, named)| parent != named)
    {
        None => Ok(()),
        Some((kind, index, parent, field, named)) => Err(invalid(
            location(kind, index, Some(parent)),
            Some(&field),
            format!("names {named}, but it is nested in record {parent}; set it to {parent}"),
        )),
    }
}

/// The largest id a file may use: the search index numbers a record `id * 8 + kind`, which must
/// stay a whole number SQLite can store (a larger id failed deep in the insert as a database
/// error naming nothing). Sponsor Desk itself counts up from 1, so no real file comes near it.
pub(crate) const MAX_ID: Id = (Id::MAX - 7) / 8;

fn ids(kind: &str, all: impl Iterator<Item = Id>) -> Result<HashSet<Id>> {
    let mut seen = HashSet::new();
    for (index, id) in all.enumerate() {
        if !(1..=MAX_ID).contains(&id) {
            return Err(invalid(
                location(kind, index, Some(id)),
                Some("id"),
                format!("id {id} is out of range; use a whole number from 1 to {MAX_ID}, as Sponsor Desk numbers records"),
            ));
        }
        if !seen.insert(id) {
            return Err(invalid(
                location(kind, index, Some(id)),
                Some("id"),
                format!(
                    "id {id} appears more than once in \"{kind}\"; give each record its own id"
                ),
            ));
        }
    }
    Ok(seen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> (String, Option<String>, String) {
        match parse(text) {
            Err(CoreError::InvalidImport {
                location,
                field,
                message,
            }) => (location, field, message),
            other => panic!("expected InvalidImport, got {other:?}"),
        }
    }

    const UNIT: &str = r#"{"id": 1, "name": "Web", "kind": "team", "parent_id": null, "notes": "", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}"#;

    #[test]
    fn malformed_json_names_line_and_column() {
        let (location, field, message) =
            error_of("{\n  \"format\": \"sponsor-desk\",\n  \"version\": 1,,\n}");
        assert_eq!(location, "line 3, column 16");
        assert_eq!(field, None);
        assert!(message.starts_with("this is not valid JSON"), "{message}");
    }

    #[test]
    fn unknown_fields_name_the_record_and_field() {
        let unit = UNIT.replace("\"notes\"", "\"colour\": \"red\", \"notes\"");
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        let (location, field, message) = error_of(&text);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("org_units[id=1]", Some("colour"))
        );
        assert!(message.contains("unknown field `colour`"), "{message}");
        let (location, field, _) =
            error_of(r#"{"format": "sponsor-desk", "version": 1, "gadgets": []}"#);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("the file", Some("gadgets"))
        );
    }

    #[test]
    fn wrong_values_name_their_field() {
        let unit = UNIT.replace("\"team\"", "\"squad\"");
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        let (location, field, message) = error_of(&text);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("org_units[id=1]", Some("kind"))
        );
        assert!(message.contains("squad"), "{message}");
        let unit = UNIT.replace(r#""name": "Web", "#, "");
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        assert_eq!(error_of(&text).1.as_deref(), Some("name"));
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_field_even_nested() {
        let unit = UNIT.replace("\"id\": 1", "\"id\": \"seven\"");
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        let (location, field, message) = error_of(&text);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("org_units[0]", Some("id"))
        );
        assert!(message.contains("\"seven\""), "{message}");
        let touchpoint = r#"{"id": 4, "occurred_on": "2026-01-02", "kind": "email", "summary": "", "stance_observed": null, "follow_up_on": null, "sponsor_ids": [], "items": [{"id": 1, "touchpoint_id": 4, "kind": "wish", "text": "x", "status": "open", "resolved_on": null}], "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}"#;
        let text =
            format!(r#"{{"format": "sponsor-desk", "version": 1, "touchpoints": [{touchpoint}]}}"#);
        let (location, field, _) = error_of(&text);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("touchpoints[id=4]", Some("items[0].kind"))
        );
        let nested_missing = touchpoint
            .replace(r#""text": "x", "#, "")
            .replace("wish", "ask");
        let text = format!(
            r#"{{"format": "sponsor-desk", "version": 1, "touchpoints": [{nested_missing}]}}"#
        );
        assert_eq!(error_of(&text).1.as_deref(), Some("items[0].text"));
    }

    #[test]
    fn dangling_references_and_repeated_ids_are_named() {
        let unit = UNIT.replace("\"parent_id\": null", "\"parent_id\": 99");
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        let (location, field, message) = error_of(&text);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("org_units[id=1]", Some("parent_id"))
        );
        assert_eq!(
            message,
            "refers to org unit 99, which is not in the file; use the id of one of the \"org_units\", or null"
        );
        let text =
            format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{UNIT}, {UNIT}]}}"#);
        assert_eq!(error_of(&text).1.as_deref(), Some("id"));
    }

    #[test]
    fn ids_beyond_what_the_search_index_can_number_are_refused_by_field() {
        // Found by fuzzing: id 9223372036854775807 made the search trigger's id * 8 + 1 a
        // float, and the insert failed as "datatype mismatch".
        for id in [MAX_ID + 1, Id::MAX, 0, -3] {
            let unit = UNIT.replace("\"id\": 1", &format!("\"id\": {id}"));
            let text =
                format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
            let (location, field, message) = error_of(&text);
            assert_eq!(location, format!("org_units[id={id}]"));
            assert_eq!(field.as_deref(), Some("id"));
            assert!(message.contains("out of range"), "{message}");
        }
        let unit = UNIT.replace("\"id\": 1", &format!("\"id\": {MAX_ID}"));
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn format_and_version_are_required() {
        assert_eq!(error_of("[]").0, "the file");
        assert_eq!(
            error_of(r#"{"format": "other", "version": 1}"#)
                .1
                .as_deref(),
            Some("format")
        );
        assert_eq!(
            error_of(r#"{"format": "sponsor-desk", "version": 2}"#)
                .1
                .as_deref(),
            Some("version")
        );
        assert!(parse(r#"{"format": "sponsor-desk", "version": 1}"#).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_ignored_but_only_at_the_start() {
        assert!(parse("\u{feff}{\"format\": \"sponsor-desk\", \"version\": 1}").is_ok());
        let (location, _, _) = error_of("{\u{feff}\"format\": \"sponsor-desk\", \"version\": 1}");
        assert_eq!(location, "line 1, column 2");
    }
}
