//! Turning what a user typed into an FTS5 query that means the words literally: each token
//! becomes an FTS5 string ("..." with '"' doubled), so operators, column filters, '*', '^',
//! NEAR and unbalanced quotes are just text, and no input can make MATCH fail.

/// The most words a query uses; the rest are ignored (a pasted page must not build a huge query).
pub const MAX_TOKENS: usize = 16;

/// The FTS5 query for `text`: every word must appear (implicit AND), the last one as a prefix
/// so results follow typing. None when nothing searchable was typed.
pub fn literal_query(text: &str) -> Option<String> {
    let tokens: Vec<String> = text
        .split_whitespace()
        // A token with no letter or digit holds nothing the tokenizer indexes; quoting it would
        // give an empty phrase, which matches nothing and would empty the whole AND.
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .take(MAX_TOKENS)
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect();
    if tokens.is_empty() {
        return None;
    }
    Some(format!("{}*", tokens.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_quoted_strings_with_quotes_doubled() {
        assert_eq!(literal_query("  "), None);
        assert_eq!(literal_query("* \" ( ) -"), None);
        assert_eq!(literal_query("expert"), Some("\"expert\"*".into()));
        assert_eq!(
            literal_query("NEAR(a b) \"x"),
            Some("\"NEAR(a\" \"b)\" \"\"\"x\"*".into())
        );
        assert_eq!(
            literal_query("title:foo OR bar"),
            Some("\"title:foo\" \"OR\" \"bar\"*".into())
        );
        let many = "w ".repeat(40);
        assert_eq!(
            literal_query(&many).unwrap().matches("\"w\"").count(),
            MAX_TOKENS
        );
    }
}
