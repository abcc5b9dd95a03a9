//! Length rules for the committee records' free texts, and how an optional name is read.
//! Pure functions; each feature's `validate.rs` calls them with its own field names.

use crate::validate::Errors;

/// The longest agenda minutes, send-ahead notes, decision text or rationale, in characters.
pub const LONG_TEXT_MAX: usize = 20_000;
/// The longest action text, in characters after trimming.
pub const ACTION_TEXT_MAX: usize = 2000;
/// The longest short text that is not a name (location, presenter, decided by), in characters.
pub const SHORT_TEXT_MAX: usize = 200;

/// A text that may be empty but not longer than `max` characters.
pub(crate) fn optional(errors: &mut Errors, field: &str, what: &str, value: &str, max: usize) {
    let length = value.chars().count();
    if length > max {
        errors.push(
            field,
            format!("{what} must be at most {max} characters (it has {length}); shorten it"),
        );
    }
}

/// A required text of 1 to `max` characters once trimmed.
pub(crate) fn required(errors: &mut Errors, field: &str, what: &str, value: &str, max: usize) {
    let length = value.trim().chars().count();
    if length == 0 {
        errors.push(
            field,
            format!("{what} is required; type at least one character"),
        );
    } else if length > max {
        errors.push(
            field,
            format!("{what} must be at most {max} characters (it has {length}); shorten it"),
        );
    }
}

/// An optional name as stored: trimmed, and none when blank.
pub(crate) fn name_or_none(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_optional_names_are_none_and_others_are_trimmed() {
        assert_eq!(name_or_none(None), None);
        assert_eq!(name_or_none(Some("  ")), None);
        assert_eq!(name_or_none(Some(" Ada ")), Some("Ada".to_string()));
    }

    #[test]
    fn required_texts_report_empty_and_too_long() {
        let mut errors = Errors::default();
        required(&mut errors, "text", "The text", " ", 5);
        required(&mut errors, "text", "The text", "123456", 5);
        required(&mut errors, "text", "The text", "12345", 5);
        optional(&mut errors, "notes", "Notes", "", 5);
        optional(&mut errors, "notes", "Notes", "123456", 5);
        assert_eq!(errors.0.len(), 3);
    }
}
