//! sponsorships: a sponsor backing an initiative in a role; types, queries, validation and the
//! one rule for "is this sponsorship active on a date" that coverage and warnings share.

mod active;
pub mod model;
mod queries;
mod validate;

pub use active::{in_post_on, is_active_on};
pub use model::{Contributions, Sponsorship, SponsorshipInput, SponsorshipRole, SponsorshipView};
pub use queries::{create, delete, get, update, views_on};
pub(crate) use queries::{create_at, insert, list_by_id};
pub use validate::check;
pub(crate) use validate::check_on;

impl From<&Sponsorship> for SponsorshipInput {
    /// The input that would store this sponsorship as it is (import validates records this way).
    fn from(s: &Sponsorship) -> Self {
        SponsorshipInput {
            sponsor_id: Some(s.sponsor_id),
            initiative_id: Some(s.initiative_id),
            role: s.role,
            start_date: Some(s.start_date),
            end_date: s.end_date,
            contributions: s.contributions,
            notes: s.notes.clone(),
        }
    }
}
