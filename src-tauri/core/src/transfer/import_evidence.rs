//! Import of the evidence of value: quick wins, success stories with their quotes (put back in
//! their story in position order) and usages, metrics and their values, through their checks.

use std::collections::HashMap;

use rusqlite::Transaction;

use super::import::{invalid_at, refuse};
use super::model::{Export, QuoteRecord};
use crate::error::Result;
use crate::metrics::{self, MetricInput, MetricValueInput};
use crate::stories::{self, StoryInput, UsageInput};
use crate::wins::{self, QuickWinInput};
use crate::Id;

pub(super) fn insert_wins(tx: &Transaction, e: &Export) -> Result<()> {
    for (index, w) in e.quick_wins.iter().enumerate() {
        refuse(
            "quick_wins",
            index,
            Some(w.id),
            wins::check(tx, Some(w.id), &QuickWinInput::from(w))?,
        )?;
        wins::insert_verbatim(tx, w)?;
    }
    Ok(())
}

pub(super) fn insert_stories(tx: &Transaction, e: &Export) -> Result<()> {
    let mut quotes: HashMap<Id, Vec<(usize, &QuoteRecord)>> = HashMap::new();
    for (index, q) in e.quotes.iter().enumerate() {
        quotes.entry(q.story_id).or_default().push((index, q));
    }
    for (index, record) in e.stories.iter().enumerate() {
        let mut own = quotes.remove(&record.id).unwrap_or_default();
        own.sort_by_key(|(_, q)| q.position);
        for (n, (at, q)) in (1_i64..).zip(&own) {
            if q.position != n {
                return Err(invalid_at(
                    "quotes",
                    *at,
                    Some(q.id),
                    "position",
                    format!(
                        "is {}, but the quotes of story {} are numbered 1, 2, 3... without gaps or repeats; make it {n}",
                        q.position, record.id
                    ),
                ));
            }
        }
        let own: Vec<&QuoteRecord> = own.into_iter().map(|(_, q)| q).collect();
        let story = record.join(&own);
        // Quote ids are left out of the check: they are new to this database, not edits.
        let mut input = StoryInput::from(&story);
        for quote in &mut input.quotes {
            quote.id = None;
        }
        refuse(
            "stories",
            index,
            Some(story.id),
            stories::check(tx, Some(story.id), &input)?,
        )?;
        stories::insert_verbatim(tx, &story)?;
        // Usages are checked once their story is written: the check looks the story up.
        for (n, u) in story.usages.iter().enumerate() {
            let usage = UsageInput {
                story_id: Some(u.story_id),
                kind: u.kind,
                sponsor_id: u.sponsor_id,
                meeting_id: u.meeting_id,
                used_on: Some(u.used_on),
                note: u.note.clone(),
            };
            if let Some(first) = stories::check_usage(tx, &usage)?.into_iter().next() {
                return Err(invalid_at(
                    "stories",
                    index,
                    Some(story.id),
                    &format!("usages[{n}].{}", first.field),
                    first.message,
                ));
            }
        }
    }
    Ok(())
}

pub(super) fn insert_metrics(tx: &Transaction, e: &Export) -> Result<()> {
    for (index, m) in e.metrics.iter().enumerate() {
        refuse(
            "metrics",
            index,
            Some(m.id),
            metrics::check(tx, Some(m.id), &MetricInput::from(m))?,
        )?;
        metrics::insert_verbatim(tx, m)?;
    }
    for (index, v) in e.metric_values.iter().enumerate() {
        refuse(
            "metric_values",
            index,
            Some(v.id),
            metrics::check_value(tx, Some(v.id), &MetricValueInput::from(v))?,
        )?;
        metrics::insert_value_verbatim(tx, v)?;
    }
    Ok(())
}
