//! The packs' fuzz check: the demo export with a few edits (see `edits`), imported, then briefs
//! and committee packs built for chosen sponsors and meetings with fuzzed options and as-of days.
//! Every pack of a record that exists builds, private notes and unconsented quotes never reach
//! its data, and (when the input asks) it typesets within the time limit.

use arbitrary::{Result, Unstructured};
use chrono::{Days, NaiveDate};
use serde_json::Value;
use sponsor_desk_core::transfer::import_json;
use sponsor_desk_core::{CoreError, Id};
use sponsor_desk_packs::{self as packs, PackError, PackOptions, Section};

use crate::{base, common, edits};

/// Written into every private field before the import; never allowed in a pack's data.
const SECRET: &str = "SECRET-d41d8c";

const SECTIONS: [Section; 13] = [
    Section::Sponsorships,
    Section::Touchpoints,
    Section::OpenItems,
    Section::TalkingPoints,
    Section::Wins,
    Section::Stories,
    Section::Decisions,
    Section::NextStep,
    Section::Status,
    Section::Register,
    Section::Actions,
    Section::Coverage,
    Section::Metrics,
];

pub fn check(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let _ = run(&mut u);
}

fn run(u: &mut Unstructured) -> Result<()> {
    let mut file = base::demo().clone();
    if u.arbitrary::<bool>()? {
        edits::apply(&mut file, u, 4)?;
    }
    hide_secrets(&mut file);
    let mut store = common::store();
    if import_json(&mut store, &file.to_string()).is_err() {
        // Refusals are the import targets' business.
        return Ok(());
    }
    let conn = store.conn();
    let as_of = as_of(u)?;
    let options = options(u, &file)?;
    let render = u.ratio(1, 16)?;
    let sponsors = ids(&file, "sponsors");
    let meetings = ids(&file, "meetings");
    for _ in 0..u.int_in_range(0..=3u8)? {
        let id = pick(u, &sponsors)?;
        match packs::brief(conn, id, as_of, &options) {
            Ok(brief) => {
                assert_public(&brief, "brief");
                if render {
                    assert_renders(packs::pdf(&brief), "brief");
                }
            }
            Err(e) => assert_missing(&e, sponsors.contains(&id), &options, &file),
        }
    }
    for _ in 0..u.int_in_range(0..=2u8)? {
        let id = pick(u, &meetings)?;
        match packs::committee_pack(conn, id, as_of, &options) {
            Ok(pack) => {
                assert_public(&pack, "committee pack");
                if render {
                    assert_renders(packs::pdf(&pack), "committee pack");
                }
            }
            Err(e) => assert_missing(&e, meetings.contains(&id), &options, &file),
        }
    }
    Ok(())
}

/// Sponsors' and sponsorships' notes and the text of every quote that may not be shared.
fn hide_secrets(file: &mut Value) {
    for kind in ["sponsors", "sponsorships"] {
        for record in list_mut(file, kind) {
            if let Some(notes) = record.get_mut("notes").filter(|n| n.is_string()) {
                *notes = Value::from(format!("{SECRET} notes"));
            }
        }
    }
    for quote in list_mut(file, "quotes") {
        let shareable = quote.get("consent").and_then(Value::as_str) == Some("given")
            && quote.get("consent_on").is_some_and(|on| !on.is_null());
        if !shareable {
            if let Some(text) = quote.get_mut("text").filter(|t| t.is_string()) {
                *text = Value::from(format!("{SECRET} quote"));
            }
        }
    }
}

fn list_mut<'a>(file: &'a mut Value, kind: &str) -> impl Iterator<Item = &'a mut Value> {
    file.get_mut(kind)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

fn ids(file: &Value, kind: &str) -> Vec<Id> {
    file.get(kind)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| r.get("id").and_then(Value::as_i64))
        .collect()
}

/// Mostly a record that exists; sometimes any id at all.
fn pick(u: &mut Unstructured, known: &[Id]) -> Result<Id> {
    if known.is_empty() || u.ratio(1, 8)? {
        u.arbitrary()
    } else {
        Ok(*u.choose(known)?)
    }
}

/// Around the demo's day, or anywhere in the calendar, its ends included.
fn as_of(u: &mut Unstructured) -> Result<NaiveDate> {
    let today = base::today();
    Ok(match u.int_in_range(0..=3u8)? {
        0 => NaiveDate::MIN,
        1 => NaiveDate::MAX,
        2 => NaiveDate::from_num_days_from_ce_opt(u.arbitrary()?).unwrap_or(today),
        _ => {
            let days = u.int_in_range(-4000..=4000i64)?;
            let shifted = if days < 0 {
                today.checked_sub_days(Days::new(days.unsigned_abs()))
            } else {
                today.checked_add_days(Days::new(days.unsigned_abs()))
            };
            shifted.unwrap_or(today)
        }
    })
}

fn options(u: &mut Unstructured, file: &Value) -> Result<PackOptions> {
    let mut omit = Vec::new();
    for section in SECTIONS {
        if u.ratio(1, 4)? {
            omit.push(section);
        }
    }
    let story_ids = if u.arbitrary()? {
        let stories = ids(file, "stories");
        let mut chosen = Vec::new();
        for _ in 0..u.int_in_range(0..=4u8)? {
            chosen.push(pick(u, &stories)?);
        }
        Some(chosen)
    } else {
        None
    };
    Ok(PackOptions { omit, story_ids })
}

/// The pack's data as the template reads it holds nothing private.
fn assert_public<P: packs::Pack>(pack: &P, what: &str) {
    let json = serde_json::to_string(pack)
        .unwrap_or_else(|e| panic!("the {what}'s data is not JSON: {e}"));
    assert!(
        !json.contains(SECRET),
        "a private note or an unconsented quote reached the {what}: {json}"
    );
}

fn assert_renders(result: packs::Result<Vec<u8>>, what: &str) {
    match result {
        Ok(pdf) => assert!(pdf.starts_with(b"%PDF"), "the {what} is not a PDF"),
        Err(e) => panic!("the {what} does not typeset: {e}"),
    }
}

/// A pack may only fail for a record that does not exist: its sponsor or meeting, or a story
/// the options name.
fn assert_missing(error: &PackError, exists: bool, options: &PackOptions, file: &Value) {
    let stories = ids(file, "stories");
    let unknown_story = options
        .story_ids
        .iter()
        .flatten()
        .any(|id| !stories.contains(id));
    let not_found = matches!(error, PackError::Core(CoreError::NotFound { .. }));
    assert!(
        not_found && (!exists || unknown_story),
        "a pack of a record that exists failed: {error}"
    );
}
