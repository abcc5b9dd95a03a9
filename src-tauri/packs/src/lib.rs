//! Sponsor Desk's briefing packs: sponsor briefs and committee packs typeset to PDF with Typst.
//! GUI-free; data goes into the templates as JSON, never as markup, and private notes never.
//!
//! ```text
//! let data = packs::brief(conn, sponsor_id, as_of, &PackOptions::default())?;
//! let pdf = packs::pdf(&data)?;                // or packs::preview(&data, 1.5)? for PNG pages
//! packs::record_usage(&mut store, &data, as_of)?; // when printed for real, not for a preview
//! ```

mod brief;
mod committee;
mod error;
mod health;
mod model;
mod options;
mod render;
mod text;
mod world;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use sponsor_desk_core::stories::{self, UsageInput, UsageKind};
use sponsor_desk_core::{Id, Store};

pub use brief::{story_choices, BriefData, StoryChoice};
pub use committee::{attendees, CommitteeData};
pub use error::{PackError, Result};
pub use model::CLASSIFICATION;
pub use options::{PackOptions, Section};
pub use render::{Template, TIME_LIMIT};
pub use world::warm_up;

/// A pack's data, ready to typeset: it knows its template and which stories it tells.
pub trait Pack: Serialize {
    const TEMPLATE: Template;
    /// The stories printed, whose use is recorded when the pack is printed for real.
    fn story_ids(&self) -> &[Id];
    /// How the use of a story is recorded (for whom, at which meeting).
    fn usage(&self, story_id: Id, on: NaiveDate) -> UsageInput;
}

impl Pack for BriefData {
    const TEMPLATE: Template = Template::Brief;
    fn story_ids(&self) -> &[Id] {
        &self.story_ids
    }
    fn usage(&self, story_id: Id, on: NaiveDate) -> UsageInput {
        UsageInput {
            story_id: Some(story_id),
            kind: UsageKind::Brief,
            sponsor_id: Some(self.sponsor_id),
            meeting_id: None,
            used_on: Some(on),
            note: "printed in a sponsor brief".to_string(),
        }
    }
}

impl Pack for CommitteeData {
    const TEMPLATE: Template = Template::Committee;
    fn story_ids(&self) -> &[Id] {
        &self.story_ids
    }
    fn usage(&self, story_id: Id, on: NaiveDate) -> UsageInput {
        UsageInput {
            story_id: Some(story_id),
            kind: UsageKind::Meeting,
            sponsor_id: None,
            meeting_id: Some(self.meeting_id),
            used_on: Some(on),
            note: "printed in a committee pack".to_string(),
        }
    }
}

/// The brief for sponsor `sponsor_id` as of `as_of`.
pub fn brief(
    conn: &Connection,
    sponsor_id: Id,
    as_of: NaiveDate,
    options: &PackOptions,
) -> Result<BriefData> {
    brief::build(conn, sponsor_id, as_of, options)
}

/// The committee pack for meeting `meeting_id` as of `as_of`.
pub fn committee_pack(
    conn: &Connection,
    meeting_id: Id,
    as_of: NaiveDate,
    options: &PackOptions,
) -> Result<CommitteeData> {
    committee::build(conn, meeting_id, as_of, options)
}

/// The pack as PDF bytes.
pub fn pdf<P: Pack>(pack: &P) -> Result<Vec<u8>> {
    let document = render::typeset(P::TEMPLATE, serde_json::to_vec(pack)?)?;
    render::pdf(P::TEMPLATE, &document)
}

/// The pack's pages as PNG images, `pixels_per_point` per point (1.0 = 72 dpi).
pub fn preview<P: Pack>(pack: &P, pixels_per_point: f32) -> Result<Vec<Vec<u8>>> {
    let document = render::typeset(P::TEMPLATE, serde_json::to_vec(pack)?)?;
    render::png_pages(P::TEMPLATE, &document, pixels_per_point)
}

/// Records that the pack's stories were told (so later briefs don't repeat them). Call it after
/// the PDF is saved, never for a preview. One transaction for all of them.
pub fn record_usage<P: Pack>(store: &mut Store, pack: &P, on: NaiveDate) -> Result<()> {
    let ids = pack.story_ids().to_vec();
    if ids.is_empty() {
        return Ok(());
    }
    store.write(|tx| {
        for id in &ids {
            stories::record_usage(tx, &pack.usage(*id, on))?;
        }
        Ok(())
    })?;
    Ok(())
}

/// `brief-12-ada-lovelace.pdf`: the id keeps names unique, the name makes the folder readable.
/// Only ASCII letters and digits survive, so any name gives a safe file name on every system.
pub fn brief_file_name(sponsor_id: Id, name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("brief-{sponsor_id}.pdf")
    } else {
        format!("brief-{sponsor_id}-{slug}.pdf")
    }
}
