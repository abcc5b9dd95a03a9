//! sponsors: the people whose support keeps the programme alive; types, queries and validation.

pub mod model;
mod queries;
mod validate;

pub use model::{
    Sponsor, SponsorDetail, SponsorInput, SponsorQuery, SponsorRow, SponsorSort, SponsorStatus,
    Stance,
};
pub use queries::{create, delete, detail, detail_on, get, list, list_on, update};
pub(crate) use queries::{create_at, insert, list_by_id};
pub use validate::check;

impl From<&Sponsor> for SponsorInput {
    /// The input that would store this sponsor as it is (import validates records this way).
    fn from(s: &Sponsor) -> Self {
        SponsorInput {
            name: s.name.clone(),
            title: s.title.clone(),
            email: s.email.clone(),
            org_unit_id: Some(s.org_unit_id),
            reports_to_id: s.reports_to_id,
            tier: s.tier.into(),
            stance: s.stance,
            influence: s.influence.into(),
            interest: s.interest.into(),
            status: s.status,
            status_date: s.status_date,
            priorities: s.priorities.clone(),
            talking_points: s.talking_points.clone(),
            preferred_channel: s.preferred_channel.clone(),
            notes: s.notes.clone(),
        }
    }
}
