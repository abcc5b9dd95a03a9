//! The rules an initiative must meet: name, dates in order, maturity 1-5, quarterly milestones,
//! coverage 0-20 per line and spanned org units that exist. `check` reports all at once.

use rusqlite::Connection;

use super::model::InitiativeInput;
use crate::error::{FieldError, Result};
use crate::validate::Errors;
use crate::Id;

/// The most active sponsors a coverage line may require.
const MAX_REQUIRED: u8 = 20;

/// Every problem with `input` for initiative `id` (none when creating).
pub fn check(
    conn: &Connection,
    _id: Option<Id>,
    input: &InitiativeInput,
) -> Result<Vec<FieldError>> {
    let mut errors = Errors(fields(input));
    let mut stmt = conn.prepare_cached("SELECT 1 FROM org_units WHERE id = ?1")?;
    for unit in &input.org_unit_ids {
        if !stmt.exists([unit])? {
            errors.push(
                "org_unit_ids",
                format!("Org unit {unit} does not exist; remove it from the units this initiative spans"),
            );
        }
    }
    Ok(errors.into_vec())
}

fn fields(input: &InitiativeInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    errors.name("name", "The initiative's name", &input.name);
    if let (Some(start), Some(target)) = (input.start_date, input.target_date) {
        if target < start {
            errors.push(
                "target_date",
                format!("The target date {target} is before the start date {start}; pick a date on or after the start"),
            );
        }
    }
    if let Some(level) = input.maturity_baseline {
        errors.range("maturity_baseline", "The maturity baseline", level, 1, 5);
    }
    let c = &input.required_coverage;
    for (key, value) in [
        ("executive", c.executive),
        ("tier1", c.tier1),
        ("tier2", c.tier2),
        ("tier3", c.tier3),
        ("tier4", c.tier4),
    ] {
        if value > MAX_REQUIRED {
            errors.push(
                format!("required_coverage.{key}"),
                format!("Required coverage must be between 0 and {MAX_REQUIRED} sponsors (it is {value})"),
            );
        }
    }
    for (i, m) in input.milestones.iter().enumerate() {
        if !is_quarter(&m.quarter) {
            errors.push(
                format!("milestones[{i}].quarter"),
                format!(
                    "Milestone {}: \"{}\" is not a quarter; write it like 2026-Q3",
                    i + 1,
                    m.quarter
                ),
            );
        }
        errors.name(
            &format!("milestones[{i}].title"),
            &format!("Milestone {}'s title", i + 1),
            &m.title,
        );
    }
    for (i, a) in input.assessments.iter().enumerate() {
        errors.range(
            &format!("assessments[{i}].level"),
            &format!("Assessment {}'s maturity level", i + 1),
            a.level,
            1,
            5,
        );
    }
    errors.into_vec()
}

/// `YYYY-Qn` with n from 1 to 4.
fn is_quarter(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && &bytes[4..6] == b"-Q"
        && (b'1'..=b'4').contains(&bytes[6])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::initiatives::{AssessmentInput, MilestoneInput};
    use crate::testing::{date, initiative};

    fn fields_of(input: &InitiativeInput) -> Vec<String> {
        fields(input).into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn quarters() {
        assert!(is_quarter("2026-Q3"));
        for bad in [
            "2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "2026-q1", "2026-Q12", "",
        ] {
            assert!(!is_quarter(bad), "{bad}");
        }
    }

    #[test]
    fn dates_maturity_milestones_coverage_and_assessments() {
        let mut input = initiative("KM Portal");
        assert!(fields_of(&input).is_empty());
        input.start_date = Some(date("2026-06-01"));
        input.target_date = Some(date("2026-06-01"));
        assert!(fields_of(&input).is_empty());
        input.target_date = Some(date("2026-05-31"));
        input.maturity_baseline = Some(6);
        input.required_coverage.tier4 = 21;
        input.milestones = vec![
            MilestoneInput {
                quarter: "2026-Q3".into(),
                title: "Pilot".into(),
                done: false,
            },
            MilestoneInput {
                quarter: "Q3".into(),
                title: " ".into(),
                done: false,
            },
        ];
        input.assessments = vec![AssessmentInput {
            assessed_on: date("2026-01-01"),
            level: 0,
            note: String::new(),
        }];
        assert_eq!(
            fields_of(&input),
            [
                "target_date",
                "maturity_baseline",
                "required_coverage.tier4",
                "milestones[1].quarter",
                "milestones[1].title",
                "assessments[0].level"
            ]
        );
    }
}
