//! The rules a quick win must meet: an existing initiative, a title, start before target, a
//! delivery date exactly when delivered, a non-negative saving in an active ISO 4217 currency,
//! well-formed evidence and existing sponsors. `check` reports every problem at once.

use rusqlite::Connection;

use super::model::{EvidenceKind, QuickWinInput, WinStatus};
use super::money::{minor_digits, parse_amount, AmountError, SAVINGS_MAX_MAJOR};
use super::text::{optional, required};
use crate::error::{FieldError, Result};
use crate::stories::exists;
use crate::validate::Errors;
use crate::Id;

/// The longest basis or evidence reference, in characters.
pub const REFERENCE_MAX: usize = 2000;
/// The longest soft-benefits text, in characters.
pub const BENEFITS_MAX: usize = 20_000;
/// The most evidence items one quick win holds.
pub const EVIDENCE_MAX: usize = 50;

/// The saving a valid input stores: (minor units, upper-case currency), or none.
pub(crate) fn savings_of(input: &QuickWinInput) -> Option<(i64, String)> {
    let amount = clean(input.savings_amount.as_deref())?;
    let currency = clean(input.currency.as_deref())?.to_ascii_uppercase();
    let minor = parse_amount(amount, minor_digits(&currency)?).ok()?;
    Some((minor, currency))
}

/// Trimmed, and none when blank.
fn clean(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// Every problem with `input` (for quick win `id`, none when creating).
pub fn check(conn: &Connection, _id: Option<Id>, input: &QuickWinInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors(fields(input));
    if let Some(initiative) = input.initiative_id {
        if !exists(conn, "SELECT 1 FROM initiatives WHERE id = ?1", initiative)? {
            errors.push(
                "initiative_id",
                format!("Initiative {initiative} does not exist; pick an existing initiative"),
            );
        }
    }
    for (i, sponsor) in input.sponsor_ids.iter().enumerate() {
        if !exists(conn, "SELECT 1 FROM sponsors WHERE id = ?1", *sponsor)? {
            errors.push(
                format!("sponsor_ids[{i}]"),
                format!("Sponsor {sponsor} does not exist; pick an existing person"),
            );
        }
    }
    Ok(errors.into_vec())
}

/// The rules that need no database.
fn fields(input: &QuickWinInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    if input.initiative_id.is_none() {
        errors.push(
            "initiative_id",
            "A quick win belongs to an initiative; pick one",
        );
    }
    errors.name("title", "The quick win's title", &input.title);
    dates(&mut errors, input);
    savings(&mut errors, input);
    optional(
        &mut errors,
        "savings_basis",
        "The basis of the saving",
        &input.savings_basis,
        REFERENCE_MAX,
    );
    optional(
        &mut errors,
        "soft_benefits",
        "The soft benefits",
        &input.soft_benefits,
        BENEFITS_MAX,
    );
    if input.evidence.len() > EVIDENCE_MAX {
        errors.push(
            "evidence",
            format!(
                "A quick win holds at most {EVIDENCE_MAX} pieces of evidence (it has {}); remove some",
                input.evidence.len()
            ),
        );
    }
    for (i, item) in input.evidence.iter().enumerate() {
        let field = format!("evidence[{i}].reference");
        required(
            &mut errors,
            &field,
            "The evidence's link or file",
            &item.reference,
            REFERENCE_MAX,
        );
        if item.kind == EvidenceKind::Link
            && !item.reference.trim().is_empty()
            && !is_web_link(&item.reference)
        {
            errors.push(
                field,
                format!(
                    "\"{}\" is not a web link; write it as https://... or mark it as a file",
                    item.reference.trim()
                ),
            );
        }
        optional(
            &mut errors,
            &format!("evidence[{i}].label"),
            "The evidence's label",
            &item.label,
            crate::validate::NAME_MAX,
        );
    }
    errors.into_vec()
}

fn dates(errors: &mut Errors, input: &QuickWinInput) {
    if input.start_on.is_none() {
        errors.push("start_on", "A quick win needs a start date");
    }
    match (input.start_on, input.target_on) {
        (_, None) => errors.push("target_on", "A quick win needs a target date"),
        (Some(start), Some(target)) if target < start => errors.push(
            "target_on",
            format!(
                "The target date {target} is before the start date {start}; pick {start} or later"
            ),
        ),
        _ => {}
    }
    match (input.status, input.delivered_on) {
        (WinStatus::Delivered, None) => {
            errors.push("delivered_on", "A delivered quick win needs the date it was delivered")
        }
        (WinStatus::Delivered, Some(on)) => {
            if let Some(start) = input.start_on.filter(|start| on < *start) {
                errors.push(
                    "delivered_on",
                    format!("The delivery date {on} is before the start date {start}; pick {start} or later"),
                );
            }
        }
        (_, Some(_)) => errors.push(
            "delivered_on",
            "Only a delivered quick win has a delivery date; clear it or set the status to delivered",
        ),
        (_, None) => {}
    }
}

fn savings(errors: &mut Errors, input: &QuickWinInput) {
    let currency = clean(input.currency.as_deref()).map(str::to_ascii_uppercase);
    let digits = match currency.as_deref() {
        Some(code) => {
            let digits = minor_digits(code);
            if digits.is_none() {
                errors.push(
                    "currency",
                    format!("\"{code}\" is not an active ISO 4217 currency code; use a code such as EUR, USD or GBP"),
                );
            }
            digits
        }
        None => None,
    };
    let Some(amount) = clean(input.savings_amount.as_deref()) else {
        return;
    };
    if currency.is_none() {
        errors.push(
            "currency",
            "A saving needs its currency; pick one such as EUR, USD or GBP",
        );
    }
    // Without a known currency the amount is still checked for being a number and not negative
    // (at the finest precision any currency has), so both problems show at once.
    let result = parse_amount(amount, digits.unwrap_or(3));
    let message = match result {
        Ok(_) => return,
        Err(AmountError::NotANumber) => format!(
            "\"{amount}\" is not an amount; type digits with an optional decimal point, such as 1250.50"
        ),
        Err(AmountError::Negative) => format!(
            "A saving cannot be negative ({amount}); record what was saved as a positive amount"
        ),
        Err(AmountError::TooManyDecimals { allowed: 0 }) => format!(
            "{} has no decimals; round {amount} to a whole amount",
            currency.as_deref().unwrap_or("This currency")
        ),
        Err(AmountError::TooManyDecimals { allowed }) => format!(
            "{} has {allowed} decimals; round {amount} to {allowed} decimal places",
            currency.as_deref().unwrap_or("This currency")
        ),
        Err(AmountError::TooLarge) => format!(
            "{amount} is larger than any saving this app records (at most {SAVINGS_MAX_MAJOR}); check the amount"
        ),
    };
    errors.push("savings_amount", message);
}

/// An http(s) URL with something after the scheme and no spaces.
fn is_web_link(text: &str) -> bool {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !text.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_links() {
        for ok in [
            "https://intranet.example/km",
            "HTTP://x.example",
            " https://a.b/c?d=e ",
        ] {
            assert!(is_web_link(ok), "{ok}");
        }
        for bad in [
            "intranet/km",
            "https://",
            "https:///x",
            "ftp://x",
            "https://a b",
            "javascript:alert(1)",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
    }
}
