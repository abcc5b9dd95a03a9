//! Small text helpers for pack data: dates in words, money, lists from free text. Formatting
//! happens here so the templates only lay out strings they are given.

use chrono::NaiveDate;
use sponsor_desk_core::wins::{format_minor, minor_digits};

/// "12 March 2025": unambiguous on paper whatever the reader's locale.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// "12 Mar 2025" for tables.
pub fn short_date(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// "USD 12,400.00": the ISO code first, thousands grouped.
pub fn money(minor: i64, currency: &str) -> String {
    let digits = minor_digits(currency).unwrap_or(2);
    let plain = format_minor(minor, digits);
    let (sign, plain) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest.to_string()),
        None => ("", plain),
    };
    let (whole, fraction) = match plain.split_once('.') {
        Some((w, f)) => (w.to_string(), format!(".{f}")),
        None => (plain.clone(), String::new()),
    };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{currency} {sign}{grouped}{fraction}")
}

/// The lines of a free-text field as list items: blank lines dropped, list markers trimmed.
pub fn items(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim())
        .map(|l| {
            l.strip_prefix("- ")
                .or_else(|| l.strip_prefix("* "))
                .or_else(|| l.strip_prefix("• "))
                .unwrap_or(l)
                .trim()
        })
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A label from a snake_case value: "role_changed" → "role changed".
pub fn words(value: &str) -> String {
    value.replace('_', " ")
}

/// "Tier 1 · top executive".
pub fn tier_label(tier: u8) -> String {
    let what = match tier {
        1 => "top executive",
        2 => "director / senior manager",
        3 => "line manager",
        _ => "operational champion",
    };
    format!("Tier {tier} · {what}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_groups_thousands_and_keeps_the_code() {
        assert_eq!(money(1_240_050, "USD"), "USD 12,400.50");
        assert_eq!(money(-99, "EUR"), "EUR -0.99");
        assert_eq!(money(1_000_000, "JPY"), "JPY 1,000,000");
    }

    #[test]
    fn items_trim_markers_and_blank_lines() {
        assert_eq!(items("- a\n\n* b\n  c  "), vec!["a", "b", "c"]);
    }
}
