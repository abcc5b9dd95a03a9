//! Shared pieces for writing warnings: the fingerprint of a warning's facts and small text
//! helpers, so every rule words names, counts and lists alike.

use super::model::{Subject, SubjectKind, Warning, WarningCode};
use crate::Id;

/// FNV-1a, 64 bits: stable across Rust versions and platforms (std's hasher is not), so a
/// stored acknowledgement keeps matching after an upgrade. Fed piece by piece, so a
/// fingerprint hashes its text without building it.
struct Fnv1a(u64);

#[cfg(test)]
fn fnv1a(text: &str) -> u64 {
    let mut hash = Fnv1a::default();
    hash.add(text);
    hash.0
}

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn add(&mut self, text: &str) {
        for byte in text.as_bytes() {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

impl std::fmt::Write for Fnv1a {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.add(text);
        Ok(())
    }
}

/// The fingerprint of a warning: its code, subject and the rule's facts, as 16 hex digits.
pub(crate) fn fingerprint(code: WarningCode, kind: SubjectKind, id: Id, facts: &str) -> String {
    use std::fmt::Write;
    let mut hash = Fnv1a::default();
    // The hash of exactly the text "code|kind|id|facts"; writing to it cannot fail.
    let _ = write!(hash, "{code}|{kind}|{id}|{facts}");
    format!("{:016x}", hash.0)
}

/// What a rule produces; `finish` adds the severity and the fingerprint.
pub(crate) struct Draft {
    pub code: WarningCode,
    pub subject: Subject,
    pub message: String,
    pub reason: String,
    pub suggestion: String,
    /// The facts the fingerprint is taken from: ids, dates and counts, never the as-of date.
    pub facts: String,
}

impl Draft {
    pub fn finish(self) -> Warning {
        let fingerprint = fingerprint(self.code, self.subject.kind, self.subject.id, &self.facts);
        Warning {
            code: self.code,
            severity: self.code.severity(),
            subject: self.subject,
            message: self.message,
            reason: [self.code.as_str(), ": ", &self.reason].concat(),
            suggestion: self.suggestion,
            fingerprint,
            acknowledged: false,
            snoozed_until: None,
        }
    }
}

/// "1 initiative", "2 initiatives".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Joins a list for a sentence: "A", "A and B", "A, B and C".
pub(crate) fn join<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// A comma-separated list of ids (or anything displayable), for facts strings.
pub(crate) fn ids<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// The first `max` characters of `text` on one line, with an ellipsis when cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    // Most texts are already one line with single spaces and short: nothing to re-join or cut
    // (at most `max` bytes is at most `max` characters).
    let flat_already = !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ")
        && !text.contains(|c: char| c.is_whitespace() && c != ' ');
    if flat_already && text.len() <= max {
        return text.to_string();
    }
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_fact_sensitive() {
        let a = fingerprint(WarningCode::Orphaned, SubjectKind::Initiative, 1, "x");
        assert_eq!(
            a,
            fingerprint(WarningCode::Orphaned, SubjectKind::Initiative, 1, "x")
        );
        assert_ne!(
            a,
            fingerprint(WarningCode::Orphaned, SubjectKind::Initiative, 1, "y")
        );
        assert_ne!(
            a,
            fingerprint(WarningCode::Orphaned, SubjectKind::Initiative, 2, "x")
        );
        assert_eq!(a.len(), 16);
        // Pinned: a change here would orphan every stored acknowledgement.
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            a,
            format!("{:016x}", fnv1a("orphaned|initiative|1|x")),
            "the fingerprint hashes exactly this text"
        );
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(join::<&str>(&[]), "");
        assert_eq!(join(&["A"]), "A");
        assert_eq!(join(&["A", "B"]), "A and B");
        assert_eq!(join(&["A", "B", "C"]), "A, B and C");
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(excerpt("a  b\nc", 10), "a b c");
        assert_eq!(excerpt("abcdefghijkl", 5), "abcd…");
        for text in [
            " a b", "a b ", "a\tb", "a\u{a0}b", "ab  c", "", " ", "a b", "é è",
        ] {
            let slow = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(excerpt(text, 10), slow, "{text:?}");
        }
    }
}
