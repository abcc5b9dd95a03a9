//! A spreadsheet of sponsors for the import benchmark: `count` people in a handful of units,
//! each reporting to someone above them (by email), every column the importer maps.

use std::fmt::Write;

const FIRST: [&str; 12] = [
    "Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemi",
    "Lars",
];
const LAST: [&str; 10] = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Silva",
    "Novak",
    "Haddad",
    "Berg",
    "Costa",
    "Quinn",
];
const UNITS: [&str; 6] = [
    "Group / Finance",
    "Group / Operations / Plant North",
    "Group / Operations / Plant South",
    "Group / Sales / Europe",
    "Group / Sales / Americas",
    "Group / Research",
];
const STANCES: [&str; 5] = ["champion", "supporter", "neutral", "skeptic", "opponent"];

/// RFC 4180 text with a header; deterministic, so every run imports the same file.
pub fn sponsors(count: usize) -> String {
    let mut out = String::from(
        "name,title,email,org_unit,reports_to,tier,stance,influence,interest,preferred_channel\n",
    );
    for i in 0..count {
        let name = format!(
            "{} {} {i}",
            FIRST[i % FIRST.len()],
            LAST[i / 7 % LAST.len()]
        );
        // The first rows are the bosses: row i reports to row i / 8 (none for the first).
        let boss = if i == 0 { String::new() } else { email(i / 8) };
        let tier = match i {
            0..=49 => 1,
            50..=499 => 2,
            500..=1999 => 3,
            _ => 4,
        };
        let _ = writeln!(
            out,
            "{name},\"Director, team {i}\",{},{},{boss},{tier},{},{},{},email",
            email(i),
            UNITS[i % UNITS.len()],
            STANCES[i % STANCES.len()],
            1 + i % 5,
            1 + (i / 5) % 5,
        );
    }
    out
}

fn email(i: usize) -> String {
    format!("person{i}@bench.example")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_person_with_the_header_and_earlier_bosses() {
        let text = sponsors(20);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 21);
        assert!(lines[0].starts_with("name,title,email,org_unit,reports_to,tier"));
        assert!(
            lines[1].contains(",person0@bench.example,Group / Finance,,1,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[17].contains(",person16@bench.example,")
                && lines[17].contains(",person2@bench.example,"),
            "{}",
            lines[17]
        );
        assert_eq!(sponsors(20), text);
    }
}
