//! How tags and free text become comparable words: tags normalised for storage, and the
//! meaningful words of a sponsor's priorities or a story's text for the story finder.

use std::collections::BTreeSet;

/// The longest tag, in characters after normalising.
pub const TAG_MAX: usize = 50;

/// A tag as stored: no leading '#', trimmed, lower case, inner whitespace as single spaces.
pub fn normalise_tag(tag: &str) -> String {
    tag.trim()
        .trim_start_matches('#')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Tags as stored: normalised, blanks dropped, sorted, each once.
pub fn normalise_tags(tags: &[String]) -> Vec<String> {
    tags.iter()
        .map(|t| normalise_tag(t))
        .filter(|t| !t.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Words too common to say anything about what a sponsor cares about.
const STOP_WORDS: &[&str] = &[
    "about", "across", "after", "also", "and", "are", "but", "for", "from", "has", "have", "into",
    "its", "more", "most", "not", "our", "out", "over", "that", "the", "their", "them", "this",
    "those", "via", "was", "were", "what", "when", "which", "who", "will", "with", "within",
    "would", "you", "your",
];

/// The meaningful words of `text`: lower case, split on anything that is not a letter or digit,
/// at least three characters, stop words left out, a plural 's' dropped (so "savings" meets
/// "saving").
pub fn words(text: &str) -> BTreeSet<String> {
    let lower = text.to_lowercase();
    meaningful(&lower).map(str::to_string).collect()
}

/// The words of `text` (as `words` finds them) that are among `wanted`, without building the
/// whole text's word set: the story finder scores every story against a few priorities.
pub fn words_among(text: &str, wanted: &BTreeSet<String>) -> BTreeSet<String> {
    let lower = text.to_lowercase();
    // The same test as `meaningful`'s, with the cheap lookup in the few wanted words first: most
    // words are not wanted, and comparing each with every stop word took most of the story
    // finder's time over 5,000 stories.
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| {
            let stemmed = stem(w);
            (wanted.contains(stemmed) && is_meaningful(w)).then_some(stemmed)
        })
        .map(str::to_string)
        .collect()
}

fn meaningful(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| is_meaningful(w))
        .map(stem)
}

/// Long enough and not a stop word (before the plural 's' is dropped).
fn is_meaningful(word: &str) -> bool {
    word.chars().count() >= 3 && !STOP_WORDS.contains(&word)
}

fn stem(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(base) if base.chars().count() >= 3 && !base.ends_with('s') => base,
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_among_are_the_texts_words_that_are_wanted() {
        let text = "Savings on Onboarding: the new starters' onboarding time fell; costs too";
        let wanted = words("saving onboarding budget cost");
        let among = words_among(text, &wanted);
        let expected: BTreeSet<String> = words(text).intersection(&wanted).cloned().collect();
        assert_eq!(among, expected);
        assert_eq!(among.len(), 3, "{among:?}");
        // "ours" stems to the stop word "our" and still counts; "the" and "ab" never do.
        let wanted: BTreeSet<String> = ["our", "the", "ab"].map(String::from).into();
        let text = "ours the ab our";
        let expected: BTreeSet<String> = words(text).intersection(&wanted).cloned().collect();
        assert_eq!(words_among(text, &wanted), expected);
        assert_eq!(expected.len(), 1, "{expected:?}");
    }

    #[test]
    fn tags_are_normalised_sorted_and_unique() {
        let tags: Vec<String> = [
            "  #Onboarding ",
            "onboarding",
            "Time  To\tCompetency",
            " ",
            "#",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(normalise_tags(&tags), ["onboarding", "time to competency"]);
        assert_eq!(normalise_tag("ÉLAN"), "élan");
    }

    #[test]
    fn words_drop_short_and_common_ones_and_plural_s() {
        let w: Vec<String> = words("Cut the Savings, reuse lessons-learned; AI & KM for process")
            .into_iter()
            .collect();
        assert_eq!(
            w,
            ["cut", "learned", "lesson", "process", "reuse", "saving"]
        );
    }
}
