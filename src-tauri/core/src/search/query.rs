//! Running a search: the literal FTS5 query against the one index, the best hits of each kind
//! (kind order, then bm25 rank with titles weighted above bodies), snippets split into parts.

use rusqlite::{params, Connection, OptionalExtension};

use super::fts::literal_query;
use super::model::{SearchHit, SearchKind, SnippetPart};
use crate::error::Result;
use crate::store::all_rows;

/// Marks FTS5 puts around matched words in a snippet: private-use characters, split out below
/// and removed from the text, so what the user typed is never mistaken for a mark.
const OPEN: char = '\u{e000}';
const CLOSE: char = '\u{e001}';
/// Words of context in a snippet.
const SNIPPET_WORDS: i64 = 12;
/// The longest title shown, in characters.
const TITLE_MAX: usize = 120;
/// Weight of a match in the title against one in the body.
const TITLE_WEIGHT: f64 = 4.0;

/// Searches sponsors, touchpoints, decisions, stories and quotes for `text`, taken literally.
/// Returns at most `limit` hits of each kind, grouped by kind (sponsors first, then touchpoints,
/// decisions, stories, quotes), best first within a kind. Blank text finds nothing.
pub fn query(conn: &Connection, text: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let Some(fts) = literal_query(text) else {
        return Ok(Vec::new());
    };
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = all_rows(
        conn,
        // Ranked first, snippets only for the hits kept: a common word matches thousands of
        // documents, and a snippet for each cost 200 ms on a large database. The ranking reads
        // the kind and id from the rowid (id * 8 + kind, see migration 0005), not from the stored
        // columns, which would fetch every matching document's row (15 ms for "knowledge").
        // The kept documents are picked in one more pass over the matches (`+` keeps SQLite from
        // handing the rowid list to FTS5, which would run the query again per document: 20 ms).
        "WITH hits AS (
             SELECT rowid AS doc, rowid % 8 AS k, bm25(search_index, 0.0, 0.0, ?5, 1.0) AS score
             FROM search_index WHERE search_index MATCH ?1
         ), ranked AS (
             SELECT doc, row_number() OVER (PARTITION BY k ORDER BY score, doc) AS n
             FROM hits
         )
         SELECT kind, ref_id, title, snippet(search_index, -1, ?2, ?3, '…', ?4),
                bm25(search_index, 0.0, 0.0, ?5, 1.0)
         FROM search_index
         WHERE search_index MATCH ?1 AND +rowid IN (SELECT doc FROM ranked WHERE n <= ?6)",
        params![
            fts,
            OPEN.to_string(),
            CLOSE.to_string(),
            SNIPPET_WORDS,
            TITLE_WEIGHT,
            limit
        ],
        |r| {
            Ok((
                r.get::<_, SearchKind>(0)?,
                r.get(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, f64>(4)?,
            ))
        },
    )?;
    let mut hits = Vec::with_capacity(rows.len());
    for (kind, id, title, snip, rank) in rows {
        let parent_id = match kind {
            SearchKind::Quote => conn
                .prepare_cached("SELECT story_id FROM story_quotes WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?,
            _ => None,
        };
        hits.push(SearchHit {
            kind,
            id,
            parent_id,
            title: shorten(&title),
            snippet: parts(&snip),
            rank,
        });
    }
    hits.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(a.rank.total_cmp(&b.rank))
            .then(a.id.cmp(&b.id))
    });
    Ok(hits)
}

/// The first line of a title, cut at `TITLE_MAX` characters with an ellipsis.
fn shorten(title: &str) -> String {
    let line = title.lines().next().unwrap_or("").trim();
    if line.chars().count() <= TITLE_MAX {
        return line.to_string();
    }
    let cut: String = line.chars().take(TITLE_MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Splits a marked snippet into plain and matched parts; stray marks are dropped.
fn parts(snippet: &str) -> Vec<SnippetPart> {
    let mut out: Vec<SnippetPart> = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    let flush = |text: &mut String, hit: bool, out: &mut Vec<SnippetPart>| {
        if !text.is_empty() {
            out.push(SnippetPart {
                text: std::mem::take(text),
                hit,
            });
        }
    };
    for c in snippet.chars() {
        match c {
            OPEN => {
                flush(&mut current, hit, &mut out);
                hit = true;
            }
            CLOSE => {
                flush(&mut current, hit, &mut out);
                hit = false;
            }
            other => current.push(other),
        }
    }
    flush(&mut current, hit, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_into_parts() {
        let s = format!("…the {OPEN}expert{CLOSE} finder {OPEN}saves{CLOSE}");
        let p = parts(&s);
        let got: Vec<(&str, bool)> = p.iter().map(|p| (p.text.as_str(), p.hit)).collect();
        assert_eq!(
            got,
            [
                ("…the ", false),
                ("expert", true),
                (" finder ", false),
                ("saves", true)
            ]
        );
        assert!(parts("").is_empty());
    }

    #[test]
    fn titles_are_one_line_and_short() {
        assert_eq!(shorten("Ada\nsecond line"), "Ada");
        let long = "x".repeat(300);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), TITLE_MAX);
        assert!(short.ends_with('…'));
    }
}
