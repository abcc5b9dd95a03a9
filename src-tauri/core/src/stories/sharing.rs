//! What of a story may leave the app: the consented quotes only. Every "for sharing" path
//! (packs, briefs, the story finder, shared exports) goes through here; nothing here can return
//! a quote whose consent is pending or withheld.

use rusqlite::{Connection, OptionalExtension};

use super::model::{ConsentGiven, SharedQuote, SharedStory, Story};
use crate::error::Result;
use crate::Id;

/// The quotes of `story` that may leave the app: consent given, with its date. In story order.
pub fn shareable_quotes(story: &Story) -> Vec<SharedQuote> {
    story
        .quotes
        .iter()
        .filter(|q| q.is_shareable())
        .filter_map(|q| {
            Some(SharedQuote {
                text: q.text.clone(),
                person_name: q.person_name.clone(),
                person_role: q.person_role.clone(),
                consent_on: q.consent_on?,
                proof: ConsentGiven,
            })
        })
        .collect()
}

/// `story` as it may be shared, under its initiative's name.
pub fn shared(story: &Story, initiative: &str) -> SharedStory {
    let quotes = shareable_quotes(story);
    let withheld = story.quotes.len().saturating_sub(quotes.len());
    SharedStory {
        id: story.id,
        initiative_id: story.initiative_id,
        initiative: initiative.to_string(),
        told_on: story.told_on,
        headline: story.headline.clone(),
        narrative: story.narrative.clone(),
        tags: story.tags.clone(),
        impacts: story.impacts.clone(),
        quotes,
        quotes_withheld: u32::try_from(withheld).unwrap_or(u32::MAX),
    }
}

/// Story `id` as it may be shared.
pub fn for_sharing(conn: &Connection, id: Id) -> Result<SharedStory> {
    let story = super::get(conn, id)?;
    let initiative = initiative_name(conn, story.initiative_id)?;
    Ok(shared(&story, &initiative))
}

pub(crate) fn initiative_name(conn: &Connection, id: Id) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT name FROM initiatives WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stories::{Consent, Quote};
    use crate::testing::date;

    fn quote(id: Id, consent: Consent, on: Option<&str>) -> Quote {
        Quote {
            id,
            story_id: 1,
            text: format!("quote {id}"),
            person_name: "Ana".into(),
            person_role: String::new(),
            consent,
            consent_on: on.map(date),
        }
    }

    #[test]
    fn only_quotes_with_consent_given_and_dated_are_shared() {
        let story = Story {
            id: 1,
            initiative_id: 1,
            told_on: date("2026-01-01"),
            headline: "h".into(),
            narrative: String::new(),
            tags: Vec::new(),
            quotes: vec![
                quote(1, Consent::Given, Some("2026-01-02")),
                quote(2, Consent::Pending, None),
                quote(3, Consent::Withheld, Some("2026-01-03")),
                // Cannot be stored (the schema and `check` refuse it), and still never shared.
                quote(4, Consent::Given, None),
                quote(5, Consent::Given, Some("2026-01-04")),
            ],
            impacts: Vec::new(),
            usages: Vec::new(),
            created_at: String::new(),
            updated_at: String::new(),
        };
        let texts: Vec<String> = shareable_quotes(&story)
            .into_iter()
            .map(|q| q.text)
            .collect();
        assert_eq!(texts, ["quote 1", "quote 5"]);
        let s = shared(&story, "Expert Finder");
        assert_eq!(s.quotes_withheld, 3);
        let json = serde_json::to_string(&s).unwrap();
        for hidden in ["quote 2", "quote 3", "quote 4"] {
            assert!(!json.contains(hidden), "{json}");
        }
    }
}
