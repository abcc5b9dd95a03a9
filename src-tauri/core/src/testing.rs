//! Test fixtures shared by the unit tests: minimal valid inputs and a store with a few records.
//! Compiled only for tests.

use chrono::NaiveDate;

use crate::initiatives::{InitiativeInput, InitiativeKind, InitiativeStatus};
use crate::org_units::{OrgUnitInput, OrgUnitKind};
use crate::sponsors::{SponsorInput, SponsorStatus, Stance};
use crate::sponsorships::{SponsorshipInput, SponsorshipRole};
use crate::{CoreError, Id, Store};

pub fn date(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

pub fn unit(name: &str, parent_id: Option<Id>) -> OrgUnitInput {
    OrgUnitInput {
        name: name.into(),
        kind: OrgUnitKind::Team,
        parent_id,
        notes: String::new(),
    }
}

pub fn sponsor(name: &str, org_unit_id: Id, tier: i64) -> SponsorInput {
    SponsorInput {
        name: name.into(),
        title: String::new(),
        email: None,
        org_unit_id: Some(org_unit_id),
        reports_to_id: None,
        tier,
        stance: Stance::Supporter,
        influence: 3,
        interest: 3,
        status: SponsorStatus::Active,
        status_date: None,
        priorities: String::new(),
        talking_points: String::new(),
        preferred_channel: String::new(),
        notes: String::new(),
    }
}

pub fn initiative(name: &str) -> InitiativeInput {
    InitiativeInput {
        name: name.into(),
        kind: InitiativeKind::Programme,
        business_problem: String::new(),
        measurable_goal: String::new(),
        owner: String::new(),
        status: InitiativeStatus::Active,
        start_date: None,
        target_date: None,
        maturity_baseline: None,
        required_coverage: Default::default(),
        org_unit_ids: Vec::new(),
        milestones: Vec::new(),
        assessments: Vec::new(),
    }
}

pub fn sponsorship(sponsor_id: Id, initiative_id: Id, role: SponsorshipRole) -> SponsorshipInput {
    SponsorshipInput {
        sponsor_id: Some(sponsor_id),
        initiative_id: Some(initiative_id),
        role,
        start_date: Some(date("2025-01-01")),
        end_date: None,
        contributions: Default::default(),
        notes: String::new(),
    }
}

/// The fields a validation error names, in order.
pub fn fields_of(err: CoreError) -> Vec<String> {
    err.field_errors().into_iter().map(|e| e.field).collect()
}

/// A store with one org unit (id returned) ready for sponsors.
pub fn store_with_unit() -> (Store, Id) {
    let mut store = Store::open_in_memory().expect("store");
    let id = store
        .write(|tx| Ok(crate::org_units::create(tx, &unit("Products", None))?.id))
        .expect("unit");
    (store, id)
}
