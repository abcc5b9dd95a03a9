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

/// Where a record is: `sponsors[id=7]`, or `initiative_org_units[3]` when it has no id.
pub(crate) fn location(kind: &str, index: usize, id: Option<Id>) -> String {
    match id {
        Some(id) => format!("{kind}[id={id}]"),
        None => format!("{kind}[{index}]"),
    }
}

/// One record. It is re-printed one field per line so that serde's line number of an error
/// tells which field it is about (serde itself names only unknown and missing fields).
fn record<T: DeserializeOwned>(kind: &str, index: usize, item: &Value) -> Result<T> {
    let where_ = location(kind, index, item.get("id").and_then(Value::as_i64));
    let text = serde_json::to_string_pretty(item).unwrap_or_default();
    serde_json::from_str(&text).map_err(|e| {
        let message = bare_message(&e);
        let named = ["unknown field `", "missing field `"]
            .iter()
            .find_map(|prefix| {
                let rest = message.strip_prefix(prefix)?;
                rest.split('`').next().map(str::to_string)
            });
        let field = named.or_else(|| field_at_line(&text, e.line()));
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

/// The top-level key on or above `line` (1-based) of a pretty-printed object.
fn field_at_line(text: &str, line: usize) -> Option<String> {
    text.lines()
        .take(line)
        .filter_map(|l| l.strip_prefix("  \""))
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split('"').next())
        .last()
        .map(str::to_string)
}

/// One reference of one record: where it is, the field, and the id it points at.
struct Ref {
    kind: &'static str,
    index: usize,
    id: Option<Id>,
    field: &'static str,
    target: Option<Id>,
}

/// Ids are unique per kind, and every reference points at a record in the file.
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
    ids("history", e.history.iter().map(|r| r.id))?;
    let r = |kind, index, id, field, target| Ref {
        kind,
        index,
        id,
        field,
        target,
    };
    // (the references, what they point at, the ids of those in the file)
    let groups: [(Vec<Ref>, &str, &HashSet<Id>); 3] = [
        (
            (e.org_units.iter().enumerate())
                .map(|(i, u)| r("org_units", i, Some(u.id), "parent_id", u.parent_id))
                .chain(e.sponsors.iter().enumerate().map(|(i, s)| {
                    r(
                        "sponsors",
                        i,
                        Some(s.id),
                        "org_unit_id",
                        Some(s.org_unit_id),
                    )
                }))
                .chain(e.initiative_org_units.iter().enumerate().map(|(i, l)| {
                    r(
                        "initiative_org_units",
                        i,
                        None,
                        "org_unit_id",
                        Some(l.org_unit_id),
                    )
                }))
                .collect(),
            "org unit",
            &units,
        ),
        (
            (e.sponsors.iter().enumerate())
                .map(|(i, s)| r("sponsors", i, Some(s.id), "reports_to_id", s.reports_to_id))
                .chain(e.sponsorships.iter().enumerate().map(|(i, p)| {
                    r(
                        "sponsorships",
                        i,
                        Some(p.id),
                        "sponsor_id",
                        Some(p.sponsor_id),
                    )
                }))
                .collect(),
            "sponsor",
            &sponsors,
        ),
        (
            (e.initiative_org_units.iter().enumerate())
                .map(|(i, l)| {
                    r(
                        "initiative_org_units",
                        i,
                        None,
                        "initiative_id",
                        Some(l.initiative_id),
                    )
                })
                .chain(e.initiative_milestones.iter().enumerate().map(|(i, m)| {
                    r(
                        "initiative_milestones",
                        i,
                        Some(m.id),
                        "initiative_id",
                        Some(m.initiative_id),
                    )
                }))
                .chain(e.initiative_assessments.iter().enumerate().map(|(i, a)| {
                    r(
                        "initiative_assessments",
                        i,
                        Some(a.id),
                        "initiative_id",
                        Some(a.initiative_id),
                    )
                }))
                .chain(e.sponsorships.iter().enumerate().map(|(i, p)| {
                    r(
                        "sponsorships",
                        i,
                        Some(p.id),
                        "initiative_id",
                        Some(p.initiative_id),
                    )
                }))
                .collect(),
            "initiative",
            &initiatives,
        ),
    ];
    for (refs, what, known) in groups {
        for reference in refs {
            if let Some(target) = reference.target.filter(|t| !known.contains(t)) {
                return Err(invalid(
                    location(reference.kind, reference.index, reference.id),
                    Some(reference.field),
                    format!("refers to {what} {target}, which is not in the file"),
                ));
            }
        }
    }
    Ok(())
}

fn ids(kind: &str, all: impl Iterator<Item = Id>) -> Result<HashSet<Id>> {
    let mut seen = HashSet::new();
    for (index, id) in all.enumerate() {
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

    const UNIT: &str = r#"{"id": 1, "name": "Web", "kind": "team", "parent_id": null, "notes": "", "created_at": "t", "updated_at": "t"}"#;

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
            error_of(r#"{"format": "sponsor-desk", "version": 1, "touchpoints": []}"#);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("the file", Some("touchpoints"))
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
    fn dangling_references_and_repeated_ids_are_named() {
        let unit = UNIT.replace("\"parent_id\": null", "\"parent_id\": 99");
        let text = format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{unit}]}}"#);
        let (location, field, message) = error_of(&text);
        assert_eq!(
            (location.as_str(), field.as_deref()),
            ("org_units[id=1]", Some("parent_id"))
        );
        assert_eq!(message, "refers to org unit 99, which is not in the file");
        let text =
            format!(r#"{{"format": "sponsor-desk", "version": 1, "org_units": [{UNIT}, {UNIT}]}}"#);
        assert_eq!(error_of(&text).1.as_deref(), Some("id"));
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
}
