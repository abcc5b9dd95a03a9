//! Length rules for the free texts of quick wins, stories and metrics (the evidence modules).
//! Pure functions; each feature's `validate.rs` calls them with its own field names.

use crate::validate::Errors;
pub(crate) use crate::validate::{optional_text as optional, required_text as required};

/// A number that must be finite: NaN and the infinities (1e309 parses as infinity) are refused.
pub(crate) fn finite(errors: &mut Errors, field: &str, what: &str, value: f64) {
    if !value.is_finite() {
        errors.push(
            field,
            format!("{what} must be a finite number (it is {value}); type an ordinary number"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_finite_numbers() {
        let mut errors = Errors::default();
        required(&mut errors, "a", "A", " ", 5);
        required(&mut errors, "a", "A", "123456", 5);
        required(&mut errors, "a", "A", " 12345 ", 5);
        optional(&mut errors, "b", "B", "", 5);
        optional(&mut errors, "b", "B", "123456", 5);
        for v in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            "1e309".parse().unwrap(),
        ] {
            finite(&mut errors, "v", "V", v);
        }
        finite(&mut errors, "v", "V", f64::MAX);
        assert_eq!(errors.0.len(), 7);
    }
}
