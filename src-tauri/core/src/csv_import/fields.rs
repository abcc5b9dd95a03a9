//! The fields a CSV column can fill, per kind, and the guess from a header to a field:
//! case, spaces and punctuation ignored, common synonyms of HR exports accepted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, Result};

/// What a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvKind {
    Sponsors,
    OrgUnits,
}

/// One field a column can be mapped to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvField {
    /// The API name, e.g. `org_unit`.
    pub name: String,
    pub label: String,
    pub required: bool,
}

/// (field, label, required, synonyms after normalising).
type Spec = (&'static str, &'static str, bool, &'static [&'static str]);

const SPONSOR_FIELDS: &[Spec] = &[
    (
        "id",
        "Id",
        false,
        &["id", "sponsorid", "personid", "employeeid"],
    ),
    (
        "name",
        "Name",
        true,
        &[
            "name",
            "fullname",
            "person",
            "sponsor",
            "employee",
            "employeename",
            "displayname",
        ],
    ),
    (
        "title",
        "Job title",
        false,
        &["title", "jobtitle", "position", "role", "jobrole"],
    ),
    (
        "email",
        "Email",
        false,
        &["email", "emailaddress", "mail", "workemail"],
    ),
    (
        "org_unit",
        "Org unit",
        true,
        &[
            "orgunit",
            "orgunitid",
            "unit",
            "department",
            "dept",
            "division",
            "team",
            "businessunit",
            "organisation",
            "organization",
            "directorate",
        ],
    ),
    (
        "reports_to",
        "Reports to (name or email)",
        false,
        &[
            "reportsto",
            "manager",
            "managername",
            "manageremail",
            "linemanager",
            "boss",
            "supervisor",
        ],
    ),
    (
        "tier",
        "Tier (1-4)",
        false,
        &["tier", "level", "sponsortier"],
    ),
    ("stance", "Stance", false, &["stance", "attitude"]),
    ("influence", "Influence (1-5)", false, &["influence"]),
    ("interest", "Interest (1-5)", false, &["interest"]),
    ("status", "Status", false, &["status"]),
    (
        "status_date",
        "Status date",
        false,
        &["statusdate", "departuredate", "leavingdate", "enddate"],
    ),
    ("priorities", "Priorities", false, &["priorities"]),
    (
        "talking_points",
        "Talking points",
        false,
        &["talkingpoints"],
    ),
    (
        "preferred_channel",
        "Preferred channel",
        false,
        &["preferredchannel", "channel"],
    ),
    (
        "notes",
        "Notes",
        false,
        &["notes", "note", "comments", "comment"],
    ),
];

const ORG_UNIT_FIELDS: &[Spec] = &[
    ("id", "Id", false, &["id", "orgunitid", "unitid"]),
    (
        "name",
        "Name or path (A / B)",
        true,
        &["name", "unit", "orgunit", "department", "path", "unitname"],
    ),
    (
        "parent",
        "Parent (name or path)",
        false,
        &["parent", "parentunit", "parentname", "partof", "under"],
    ),
    ("kind", "Kind", false, &["kind", "type", "unittype"]),
    (
        "notes",
        "Notes",
        false,
        &["notes", "note", "comments", "description"],
    ),
];

fn specs(kind: CsvKind) -> &'static [Spec] {
    match kind {
        CsvKind::Sponsors => SPONSOR_FIELDS,
        CsvKind::OrgUnits => ORG_UNIT_FIELDS,
    }
}

/// The fields of `kind`, in the order a mapping screen lists them.
pub fn fields(kind: CsvKind) -> Vec<CsvField> {
    specs(kind)
        .iter()
        .map(|(name, label, required, _)| CsvField {
            name: name.to_string(),
            label: label.to_string(),
            required: *required,
        })
        .collect()
}

/// A header reduced to lowercase letters and digits: "E-mail " and "email" are one.
pub(crate) fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field a header names, if any.
fn guess(kind: CsvKind, header: &str) -> Option<&'static str> {
    let key = normalize(header);
    specs(kind)
        .iter()
        .find(|(name, _, _, synonyms)| normalize(name) == key || synonyms.contains(&key.as_str()))
        .map(|(name, ..)| *name)
}

/// Which field each column fills (None: ignored), from the header and the user's overrides.
/// An override maps a header (matched like the guess) to a field name, or to "" to ignore it.
pub(crate) fn map_columns(
    kind: CsvKind,
    headers: &[String],
    overrides: &BTreeMap<String, String>,
) -> Result<Vec<Option<&'static str>>> {
    let known = specs(kind);
    let mut by_header: BTreeMap<String, (&String, &String)> = BTreeMap::new();
    for (header, field) in overrides {
        by_header.insert(normalize(header), (header, field));
    }
    let mut used = vec![false; by_header.len()];
    let keys: Vec<String> = by_header.keys().cloned().collect();
    let mut mapping = Vec::with_capacity(headers.len());
    for header in headers {
        let key = normalize(header);
        let chosen = match by_header.get(&key) {
            Some((_, field)) => {
                if let Some(i) = keys.iter().position(|k| *k == key) {
                    used[i] = true;
                }
                let field = field.trim();
                if field.is_empty() || field.eq_ignore_ascii_case("ignore") {
                    None
                } else {
                    let found = known.iter().find(|(name, ..)| *name == field);
                    match found {
                        Some((name, ..)) => Some(*name),
                        None => {
                            return Err(CoreError::InvalidImport {
                                location: format!("mapping for column \"{header}\""),
                                field: Some(field.to_string()),
                                message: format!(
                                    "\"{field}\" is not a field; use one of: {}, or \"\" to ignore the column",
                                    known.iter().map(|(n, ..)| *n).collect::<Vec<_>>().join(", ")
                                ),
                            })
                        }
                    }
                }
            }
            None => guess(kind, header),
        };
        mapping.push(chosen);
    }
    if let Some(i) = used.iter().position(|u| !u) {
        let (header, _) = by_header[&keys[i]];
        return Err(CoreError::InvalidImport {
            location: "mapping".into(),
            field: None,
            message: format!(
                "the mapping names column \"{header}\", which is not in the file's header; use one of: {}",
                headers.join(", ")
            ),
        });
    }
    // Two columns filling one field would silently drop one of them.
    for (i, field) in mapping.iter().enumerate() {
        if let Some(field) = field {
            if let Some(j) = mapping[..i].iter().position(|f| f == &Some(*field)) {
                return Err(CoreError::InvalidImport {
                    location: format!("row 1, column {} \"{}\"", i + 1, headers[i]),
                    field: Some(field.to_string()),
                    message: format!(
                        "columns \"{}\" and \"{}\" both fill the field {field}; map one of them to another field or ignore it",
                        headers[j], headers[i]
                    ),
                });
            }
        }
    }
    Ok(mapping)
}

/// The required fields no column fills.
pub(crate) fn missing_required(kind: CsvKind, mapping: &[Option<&'static str>]) -> Vec<CsvField> {
    fields(kind)
        .into_iter()
        .filter(|f| f.required && !mapping.contains(&Some(f.name.as_str())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_ignore_case_spaces_and_punctuation() {
        let headers: Vec<String> = [
            "Full name",
            "Job title",
            "E-mail",
            "Department",
            "Reports to",
            "Shoe size",
        ]
        .map(String::from)
        .to_vec();
        let m = map_columns(CsvKind::Sponsors, &headers, &BTreeMap::new()).unwrap();
        assert_eq!(
            m,
            vec![
                Some("name"),
                Some("title"),
                Some("email"),
                Some("org_unit"),
                Some("reports_to"),
                None
            ]
        );
    }

    #[test]
    fn override_wins_and_unknown_field_is_named() {
        let headers = vec!["Boss".to_string(), "Who".to_string()];
        let mut o = BTreeMap::new();
        o.insert("who".to_string(), "name".to_string());
        let m = map_columns(CsvKind::Sponsors, &headers, &o).unwrap();
        assert_eq!(m, vec![Some("reports_to"), Some("name")]);
        o.insert("Boss".to_string(), "chief".to_string());
        let err = map_columns(CsvKind::Sponsors, &headers, &o).unwrap_err();
        assert!(
            err.to_string().contains("\"chief\" is not a field"),
            "{err}"
        );
    }
}
