//! Money without floating point: ISO 4217 currency codes with their minor-unit digits, and exact
//! conversion between a typed decimal ("1 250.50") and integer minor units (125050 cents).
//! Never uses f64: a saving must add up to the cent in every total and every pack.

/// Active ISO 4217 currencies (code, digits after the decimal point). Fund codes (CHE, CLF, ...),
/// precious metals and testing codes (X..) other than the regional currencies are left out: they
/// are not money a programme saves. Withdrawn codes are left out too (ANG became XCG in 2025,
/// HRK became EUR in 2023, SLL became SLE, ZWL became ZWG, CUC was withdrawn).
#[rustfmt::skip]
const CURRENCIES: &[(&str, u32)] = &[
    ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("AOA", 2), ("ARS", 2), ("AUD", 2),
    ("AWG", 2), ("AZN", 2), ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BGN", 2), ("BHD", 3),
    ("BIF", 0), ("BMD", 2), ("BND", 2), ("BOB", 2), ("BRL", 2), ("BSD", 2), ("BTN", 2),
    ("BWP", 2), ("BYN", 2), ("BZD", 2), ("CAD", 2), ("CDF", 2), ("CHF", 2), ("CLP", 0),
    ("CNY", 2), ("COP", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2), ("CZK", 2), ("DJF", 0),
    ("DKK", 2), ("DOP", 2), ("DZD", 2), ("EGP", 2), ("ERN", 2), ("ETB", 2), ("EUR", 2),
    ("FJD", 2), ("FKP", 2), ("GBP", 2), ("GEL", 2), ("GHS", 2), ("GIP", 2), ("GMD", 2),
    ("GNF", 0), ("GTQ", 2), ("GYD", 2), ("HKD", 2), ("HNL", 2), ("HTG", 2), ("HUF", 2),
    ("IDR", 2), ("ILS", 2), ("INR", 2), ("IQD", 3), ("IRR", 2), ("ISK", 0), ("JMD", 2),
    ("JOD", 3), ("JPY", 0), ("KES", 2), ("KGS", 2), ("KHR", 2), ("KMF", 0), ("KPW", 2),
    ("KRW", 0), ("KWD", 3), ("KYD", 2), ("KZT", 2), ("LAK", 2), ("LBP", 2), ("LKR", 2),
    ("LRD", 2), ("LSL", 2), ("LYD", 3), ("MAD", 2), ("MDL", 2), ("MGA", 2), ("MKD", 2),
    ("MMK", 2), ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2), ("MVR", 2), ("MWK", 2),
    ("MXN", 2), ("MYR", 2), ("MZN", 2), ("NAD", 2), ("NGN", 2), ("NIO", 2), ("NOK", 2),
    ("NPR", 2), ("NZD", 2), ("OMR", 3), ("PAB", 2), ("PEN", 2), ("PGK", 2), ("PHP", 2),
    ("PKR", 2), ("PLN", 2), ("PYG", 0), ("QAR", 2), ("RON", 2), ("RSD", 2), ("RUB", 2),
    ("RWF", 0), ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2), ("SEK", 2), ("SGD", 2),
    ("SHP", 2), ("SLE", 2), ("SOS", 2), ("SRD", 2), ("SSP", 2), ("STN", 2), ("SVC", 2),
    ("SYP", 2), ("SZL", 2), ("THB", 2), ("TJS", 2), ("TMT", 2), ("TND", 3), ("TOP", 2),
    ("TRY", 2), ("TTD", 2), ("TWD", 2), ("TZS", 2), ("UAH", 2), ("UGX", 0), ("USD", 2),
    ("UYU", 2), ("UZS", 2), ("VED", 2), ("VES", 2), ("VND", 0), ("VUV", 0), ("WST", 2),
    ("XAF", 0), ("XCD", 2), ("XCG", 2), ("XOF", 0), ("XPF", 0), ("YER", 2), ("ZAR", 2),
    ("ZMW", 2), ("ZWG", 2),
];

/// The largest saving accepted, in major units: far above any programme's savings, and small
/// enough that minor units of every currency (up to 3 digits) and their sums stay inside i64.
pub const SAVINGS_MAX_MAJOR: i64 = 1_000_000_000_000;

/// The active ISO 4217 codes this app accepts, in alphabetical order (for a picker).
pub fn currency_codes() -> Vec<&'static str> {
    CURRENCIES.iter().map(|(code, _)| *code).collect()
}

/// How many digits follow the decimal point in `code` (2 for EUR, 0 for JPY, 3 for KWD); none
/// when `code` is not an active ISO 4217 code. Exact match: codes are stored upper case.
pub fn minor_digits(code: &str) -> Option<u32> {
    CURRENCIES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .and_then(|i| CURRENCIES.get(i))
        .map(|(_, digits)| *digits)
}

/// Why a typed amount was refused; the caller words it for its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    Negative,
    TooManyDecimals { allowed: u32 },
    TooLarge,
}

/// Parses a typed, non-negative decimal into minor units of a currency with `digits` decimals.
/// Accepts "1250", "1250.5", "1,250.50", "1 250.50" (thousands separators ',', ' ', '_', and
/// the narrow no-break space). Refuses a sign other than a leading '+', exponents, "NaN", "inf",
/// more decimals than the currency has, and amounts above `SAVINGS_MAX_MAJOR`.
pub fn parse_amount(text: &str, digits: u32) -> Result<i64, AmountError> {
    let trimmed = text.trim();
    if let Some(rest) = trimmed.strip_prefix('-') {
        if rest.starts_with(['-', '+']) {
            return Err(AmountError::NotANumber);
        }
        // Only call it negative when what follows is a number: "-abc" is not a number.
        return match parse_amount(rest, digits) {
            Ok(0) => Ok(0),
            Ok(_) => Err(AmountError::Negative),
            Err(e) => Err(e),
        };
    }
    let unsigned = trimmed.strip_prefix('+').unwrap_or(trimmed);
    let cleaned: String = unsigned
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '\u{202f}' | '\u{a0}'))
        .collect();
    let (whole, fraction) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return Err(AmountError::NotANumber);
    }
    // Trailing zeros never add precision: "10.500" is fine for a 2-digit currency.
    let fraction = fraction.trim_end_matches('0');
    let places = u32::try_from(fraction.len())
        .map_err(|_| AmountError::TooManyDecimals { allowed: digits })?;
    if places > digits {
        return Err(AmountError::TooManyDecimals { allowed: digits });
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 13 {
        return Err(AmountError::TooLarge);
    }
    let major: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| AmountError::NotANumber)?
    };
    if major > SAVINGS_MAX_MAJOR {
        return Err(AmountError::TooLarge);
    }
    let scale = 10_i64.pow(digits);
    let mut minor_part: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().map_err(|_| AmountError::NotANumber)?
    };
    minor_part *= 10_i64.pow(digits - places);
    let total = major * scale + minor_part;
    if total > SAVINGS_MAX_MAJOR * scale {
        return Err(AmountError::TooLarge);
    }
    Ok(total)
}

/// Minor units as a plain decimal with exactly the currency's digits: 125050, 2 -> "1250.50".
/// No thousands separators: the UI formats for display in the user's locale.
pub fn format_minor(minor: i64, digits: u32) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10_u64.pow(digits);
    format!(
        "{sign}{}.{:0width$}",
        abs / scale,
        abs % scale,
        width = digits as usize
    )
}

/// `format_minor` for a stored currency code; an unknown code (never stored) shows 2 digits.
pub fn format_in(minor: i64, currency: &str) -> String {
    format_minor(minor, minor_digits(currency).unwrap_or(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_unique_and_three_upper_case_letters() {
        for pair in CURRENCIES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} then {:?}", pair[0], pair[1]);
        }
        for (code, digits) in CURRENCIES {
            assert!(code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()));
            assert!(*digits <= 3);
        }
        assert_eq!(minor_digits("EUR"), Some(2));
        assert_eq!(minor_digits("JPY"), Some(0));
        assert_eq!(minor_digits("KWD"), Some(3));
        for gone in ["eur", "XXX", "HRK", "ANG", "ZWL", "EU", ""] {
            assert_eq!(minor_digits(gone), None, "{gone}");
        }
    }

    #[test]
    fn typed_amounts_become_exact_minor_units() {
        let cases = [
            ("1250", 2, 125_000),
            ("1250.5", 2, 125_050),
            ("1,250.50", 2, 125_050),
            ("1 250.50", 2, 125_050),
            ("  +0.01 ", 2, 1),
            (".5", 2, 50),
            ("7.", 2, 700),
            ("10.500", 2, 1050),
            ("1250", 0, 1250),
            ("1.234", 3, 1234),
            ("0", 2, 0),
            ("-0", 2, 0),
            ("1000000000000", 3, 1_000_000_000_000_000),
        ];
        for (text, digits, minor) in cases {
            assert_eq!(parse_amount(text, digits), Ok(minor), "{text}");
        }
    }

    #[test]
    fn bad_amounts_say_why() {
        use AmountError::*;
        let cases = [
            ("-5", 2, Negative),
            ("-0.01", 2, Negative),
            ("abc", 2, NotANumber),
            ("-abc", 2, NotANumber),
            ("", 2, NotANumber),
            (".", 2, NotANumber),
            ("1e3", 2, NotANumber),
            ("NaN", 2, NotANumber),
            ("inf", 2, NotANumber),
            ("1.2.3", 2, NotANumber),
            ("--5", 2, NotANumber),
            ("١٢٣", 2, NotANumber),
            ("0.001", 2, TooManyDecimals { allowed: 2 }),
            ("5.5", 0, TooManyDecimals { allowed: 0 }),
            ("1000000000000.01", 2, TooLarge),
            ("99999999999999999999999", 2, TooLarge),
        ];
        for (text, digits, error) in cases {
            assert_eq!(parse_amount(text, digits), Err(error), "{text}");
        }
    }

    #[test]
    fn minor_units_format_with_the_currency_digits() {
        assert_eq!(format_minor(125_050, 2), "1250.50");
        assert_eq!(format_minor(5, 2), "0.05");
        assert_eq!(format_minor(1250, 0), "1250");
        assert_eq!(format_minor(1, 3), "0.001");
        assert_eq!(format_minor(-150, 2), "-1.50");
        assert_eq!(format_in(125_050, "EUR"), "1250.50");
        for (text, digits) in [("1250.50", 2), ("0.001", 3), ("77", 0)] {
            let minor = parse_amount(text, digits).unwrap();
            assert_eq!(format_minor(minor, digits), text);
        }
    }
}
