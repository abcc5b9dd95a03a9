//! Turning one cell into a typed value, with the message that says what would be valid.
//! Spreadsheet spellings are accepted: "Tier 2", "Role changed", "Champion".

use chrono::NaiveDate;

use crate::org_units::OrgUnitKind;
use crate::sponsors::{SponsorStatus, Stance};

/// Lowercase words joined by `_`: "Role changed" and "role-changed" read as `role_changed`.
fn snake(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

pub(crate) fn number(text: &str, what: &str, min: i64, max: i64) -> Result<i64, String> {
    let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
    match digits.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) && !digits.is_empty() => Ok(n),
        _ => Err(format!(
            "\"{text}\" is not a {what}; write a whole number from {min} to {max}"
        )),
    }
}

pub(crate) fn stance(text: &str) -> Result<Stance, String> {
    snake(text).parse().map_err(|_| {
        format!(
            "\"{text}\" is not a stance; use one of: {}",
            Stance::expected()
        )
    })
}

pub(crate) fn status(text: &str) -> Result<SponsorStatus, String> {
    snake(text).parse().map_err(|_| {
        format!(
            "\"{text}\" is not a status; use one of: {}",
            SponsorStatus::expected()
        )
    })
}

pub(crate) fn kind(text: &str) -> Result<OrgUnitKind, String> {
    snake(text).parse().map_err(|_| {
        format!(
            "\"{text}\" is not an org unit kind; use one of: {}",
            OrgUnitKind::expected()
        )
    })
}

pub(crate) fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31"))
}

pub(crate) fn id(text: &str) -> Result<i64, String> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("\"{text}\" is not an id; write the whole number Sponsor Desk exported, or leave it empty"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_spellings() {
        assert_eq!(number("Tier 2", "tier", 1, 4), Ok(2));
        assert!(number("5", "tier", 1, 4).is_err());
        assert_eq!(status("Role changed"), Ok(SponsorStatus::RoleChanged));
        assert_eq!(stance(" Champion "), Ok(Stance::Champion));
        assert_eq!(kind("Business group"), Ok(OrgUnitKind::BusinessGroup));
        assert!(date("31/03/2027").is_err());
    }
}
