//! Length rules for the committee records' free texts, and how an optional name is read.
//! Pure functions; each feature's `validate.rs` calls them with its own field names.

pub(crate) use crate::validate::{optional_text as optional, required_text as required};

/// The longest agenda minutes, send-ahead notes, decision text or rationale, in characters.
pub const LONG_TEXT_MAX: usize = 20_000;
/// The longest action text, in characters after trimming.
pub const ACTION_TEXT_MAX: usize = 2000;
/// The longest short text that is not a name (location, presenter, decided by), in characters.
pub const SHORT_TEXT_MAX: usize = 200;

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
    use crate::validate::Errors;

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
