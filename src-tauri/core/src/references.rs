//! What still refers to a sponsor or an initiative beyond the sponsor map (touchpoints,
//! committees, actions, evidence), counted and put in words, so a delete can refuse with a
//! sentence instead of a raw FOREIGN KEY error. Read-only.

use rusqlite::Connection;

use crate::error::Result;
use crate::Id;

/// One kind of record that can point at the subject: how to count them (`?1` the subject's id)
/// and the words for one and for several.
struct Referrer {
    count_sql: &'static str,
    one: &'static str,
    many: &'static str,
}

const SPONSOR_REFERRERS: &[Referrer] = &[
    Referrer {
        count_sql: "SELECT count(*) FROM touchpoint_sponsors WHERE sponsor_id = ?1",
        one: "touchpoint",
        many: "touchpoints",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM committee_members WHERE sponsor_id = ?1",
        one: "committee seat",
        many: "committee seats",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM meeting_attendance WHERE sponsor_id = ?1",
        one: "meeting attendance",
        many: "meeting attendances",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM actions WHERE owner_sponsor_id = ?1",
        one: "action they own",
        many: "actions they own",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM quick_win_sponsors WHERE sponsor_id = ?1",
        one: "quick win that names them",
        many: "quick wins that name them",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM story_usages WHERE sponsor_id = ?1",
        one: "story logged as told in their brief",
        many: "stories logged as told in their briefs",
    },
];

const INITIATIVE_REFERRERS: &[Referrer] = &[
    Referrer {
        count_sql: "SELECT count(*) FROM agenda_items WHERE initiative_id = ?1",
        one: "agenda item",
        many: "agenda items",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM decision_initiatives WHERE initiative_id = ?1",
        one: "decision",
        many: "decisions",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM quick_wins WHERE initiative_id = ?1",
        one: "quick win",
        many: "quick wins",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM stories WHERE initiative_id = ?1",
        one: "success story",
        many: "success stories",
    },
    Referrer {
        count_sql: "SELECT count(*) FROM metrics WHERE initiative_id = ?1",
        one: "metric",
        many: "metrics",
    },
];

fn uses(conn: &Connection, id: Id, referrers: &[Referrer]) -> Result<Option<String>> {
    let mut parts = Vec::new();
    for r in referrers {
        let n: i64 = conn
            .prepare_cached(r.count_sql)?
            .query_row([id], |row| row.get(0))?;
        match n {
            0 => {}
            1 => parts.push(format!("1 {}", r.one)),
            n => parts.push(format!("{n} {}", r.many)),
        }
    }
    Ok(join_words(&parts))
}

/// "3 touchpoints, 1 committee seat and 2 actions they own", or none when nothing refers to the
/// sponsor outside sponsorships and reporting lines.
pub(crate) fn sponsor_uses(conn: &Connection, id: Id) -> Result<Option<String>> {
    uses(conn, id, SPONSOR_REFERRERS)
}

/// "2 agenda items and 1 quick win", or none when nothing refers to the initiative outside its
/// sponsorships.
pub(crate) fn initiative_uses(conn: &Connection, id: Id) -> Result<Option<String>> {
    uses(conn, id, INITIATIVE_REFERRERS)
}

/// "a", "a and b", "a, b and c".
fn join_words(parts: &[String]) -> Option<String> {
    match parts {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::join_words;

    #[test]
    fn words_are_joined_as_a_sentence_reads() {
        let words =
            |list: &[&str]| join_words(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(words(&[]), None);
        assert_eq!(words(&["a"]).as_deref(), Some("a"));
        assert_eq!(words(&["a", "b", "c"]).as_deref(), Some("a, b and c"));
    }
}
