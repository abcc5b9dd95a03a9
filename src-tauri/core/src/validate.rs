//! Field rules shared by every record kind: names, numeric ranges, and how errors are labelled.
//! Pure functions over values; the per-feature `validate.rs` files add the rules that need the database.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{CoreError, FieldError, Result};
use crate::Id;

/// The longest name a record may have, in characters after trimming.
pub const NAME_MAX: usize = 200;

/// Collects field errors for one record.
#[derive(Debug, Default)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    /// A required name (or title): 1 to 200 characters once trimmed.
    pub fn name(&mut self, field: &str, what: &str, value: &str) {
        required_text(self, field, what, value, NAME_MAX);
    }

    /// An integer that must lie in `min..=max`.
    pub fn range(&mut self, field: &str, what: &str, value: i64, min: i64, max: i64) {
        if !(min..=max).contains(&value) {
            self.push(
                field,
                format!("{what} must be between {min} and {max} (it is {value})"),
            );
        }
    }

    pub fn into_vec(self) -> Vec<FieldError> {
        self.0
    }
}

/// A required text (a name, a summary, an action): 1 to `max` characters once trimmed, counted
/// as the table's `CHECK (length(trim(..)) BETWEEN 1 AND max)` counts them.
pub(crate) fn required_text(errors: &mut Errors, field: &str, what: &str, value: &str, max: usize) {
    // SQLite's trim() strips spaces only, so tabs and line breaks around a text still count
    // there (found by fuzzing the JSON import).
    let stored = value.trim_matches(' ').chars().count();
    if value.trim().is_empty() {
        errors.push(
            field,
            format!("{what} is required; type at least one character"),
        );
    } else if stored > max {
        errors.push(
            field,
            format!("{what} must be at most {max} characters (it has {stored}); shorten it"),
        );
    } else if value.contains('\0') {
        // SQLite's length() stops at a NUL, so the table would see a shorter (or empty) text
        // than this check did (found by fuzzing the CSV and JSON imports).
        errors.push(
            field,
            format!("{what} contains a NUL character (code 0), which cannot be stored; remove it"),
        );
    }
}

/// A text that may be empty but not longer than `max` characters.
pub(crate) fn optional_text(errors: &mut Errors, field: &str, what: &str, value: &str, max: usize) {
    let length = value.chars().count();
    if length > max {
        errors.push(
            field,
            format!("{what} must be at most {max} characters (it has {length}); shorten it"),
        );
    }
}

/// How an error names the record: `sponsor 7 "Ada Lovelace"`, or `new sponsor "Ada Lovelace"`.
pub fn record_label(kind: &str, id: Option<Id>, name: &str) -> String {
    let name = name.trim();
    match (id, name.is_empty()) {
        (Some(id), false) => format!("{kind} {id} \"{name}\""),
        (Some(id), true) => format!("{kind} {id}"),
        (None, false) => format!("new {kind} \"{name}\""),
        (None, true) => format!("new {kind}"),
    }
}

/// Ok when there are no errors, else `CoreError::Validation` naming the record.
pub fn into_result(record: String, errors: Vec<FieldError>) -> Result<()> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CoreError::Validation { record, errors })
    }
}

/// Walks a parent chain (org unit parents, reports-to) up from `start`. `step_sql` takes an id
/// and returns that row's name and next id. If the walk reaches `id`, returns the loop as
/// "A → B → A" so the message can show it.
pub(crate) fn find_loop(
    conn: &Connection,
    step_sql: &'static str,
    id: Id,
    start: Id,
) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached(step_sql)?;
    let mut names = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut current = Some(start);
    while let Some(step) = current {
        let Some((name, next)) = stmt
            .query_row([step], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<Id>>(1)?))
            })
            .optional()?
        else {
            return Ok(None);
        };
        names.push(name);
        if step == id {
            return Ok(Some(names.join(" → ")));
        }
        // A loop that already exists elsewhere must not hang the check.
        if !seen.insert(step) {
            return Ok(None);
        }
        current = next;
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_errors(value: &str) -> usize {
        let mut errors = Errors::default();
        errors.name("name", "A name", value);
        errors.0.len()
    }

    #[test]
    fn names_are_one_to_two_hundred_characters_after_trimming() {
        assert_eq!(name_errors(""), 1);
        assert_eq!(name_errors("   "), 1);
        assert_eq!(name_errors("\0Sales"), 1);
        assert_eq!(name_errors("Sa\0les"), 1);
        assert_eq!(name_errors(&format!("x{}", "\t".repeat(200))), 1);
        assert_eq!(name_errors("A"), 0);
        assert_eq!(name_errors(&"é".repeat(200)), 0);
        assert_eq!(name_errors(&format!("  {}  ", "x".repeat(200))), 0);
        assert_eq!(name_errors(&"x".repeat(201)), 1);
        assert_eq!(name_errors(&"x".repeat(500)), 1);
    }

    #[test]
    fn required_texts_count_as_the_table_does() {
        let errors_for = |value: &str| {
            let mut errors = Errors::default();
            required_text(&mut errors, "text", "The text", value, 2000);
            errors.0
        };
        // A text Rust trims to 2000 characters but SQLite (spaces only) counts as 2001.
        let tabbed = format!("\n{}", "x".repeat(2000));
        assert_eq!(errors_for(&tabbed)[0].field, "text");
        assert!(errors_for(&tabbed)[0].message.contains("it has 2001"));
        assert_eq!(errors_for("\0Ask").len(), 1);
        assert!(errors_for("\0Ask")[0].message.contains("NUL"));
        assert_eq!(errors_for(&format!(" {} ", "x".repeat(2000))).len(), 0);
        assert_eq!(errors_for("\t").len(), 1);
    }

    #[test]
    fn ranges_include_both_ends() {
        let mut errors = Errors::default();
        for v in [0, 1, 4, 5] {
            errors.range("tier", "Tier", v, 1, 4);
        }
        let fields: Vec<&str> = errors.0.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            fields,
            [
                "Tier must be between 1 and 4 (it is 0)",
                "Tier must be between 1 and 4 (it is 5)"
            ]
        );
    }

    #[test]
    fn records_are_labelled_by_id_and_name() {
        assert_eq!(
            record_label("sponsor", Some(7), " Ada "),
            "sponsor 7 \"Ada\""
        );
        assert_eq!(record_label("sponsor", None, ""), "new sponsor");
    }
}
