//! Fixtures for the evidence and search tests: a store on a temporary file, sponsors and
//! initiatives made through the public API (so their history and search rows exist), and minimal
//! quick win, story and metric inputs.
#![allow(dead_code)]

use crate::fixture_support::store_with_unit;
#[allow(unused_imports)]
pub use crate::fixture_support::{count, d, fields, sponsor_input};

use sponsor_desk_core::committees::{
    self, CommitteeCadence, CommitteeInput, MeetingInput, MeetingStatus,
};
use sponsor_desk_core::initiatives::{self, InitiativeInput, InitiativeKind, InitiativeStatus};
use sponsor_desk_core::metrics::{Direction, MetricInput, MetricValueInput};
use sponsor_desk_core::sponsors;
use sponsor_desk_core::sponsorships::{self, SponsorshipInput, SponsorshipRole};
use sponsor_desk_core::stories::{Consent, QuoteInput, StoryInput};
use sponsor_desk_core::wins::{QuickWinInput, Recurrence, WinStatus};
use sponsor_desk_core::{Id, Store};

pub struct Fx {
    pub store: Store,
    pub unit: Id,
    pub path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Fx {
    /// A store on a real file with one org unit.
    pub fn new() -> Fx {
        let base = store_with_unit("Operations");
        Fx {
            store: base.store,
            unit: base.unit,
            path: base.path,
            _dir: base.dir,
        }
    }

    /// Closes and reopens the file, to show what was written is really on disk.
    pub fn reopen(&mut self) {
        self.store = Store::open(&self.path).expect("reopen");
    }

    pub fn sponsor(&mut self, name: &str, tier: i64, priorities: &str) -> Id {
        let mut input = sponsor_input(name, self.unit, tier);
        input.priorities = priorities.into();
        self.store
            .write(|tx| Ok(sponsors::create(tx, &input)?.id))
            .expect("sponsor")
    }

    pub fn initiative(&mut self, name: &str) -> Id {
        let input = initiative_input(name);
        self.store
            .write(|tx| Ok(initiatives::create(tx, &input)?.id))
            .expect("initiative")
    }

    pub fn sponsorship(
        &mut self,
        sponsor: Id,
        initiative: Id,
        role: SponsorshipRole,
        from: &str,
    ) -> Id {
        let input = SponsorshipInput {
            sponsor_id: Some(sponsor),
            initiative_id: Some(initiative),
            role,
            start_date: Some(d(from)),
            end_date: None,
            contributions: Default::default(),
            notes: String::new(),
        };
        self.store
            .write(|tx| Ok(sponsorships::create(tx, &input)?.id))
            .expect("sponsorship")
    }

    pub fn meeting(&mut self, on: &str) -> Id {
        let committee = CommitteeInput {
            name: format!("Steering {on}"),
            cadence: CommitteeCadence::Quarterly,
            cadence_days: None,
            purpose: String::new(),
        };
        self.store
            .write(|tx| {
                let c = committees::create(tx, &committee)?;
                let m = MeetingInput {
                    committee_id: Some(c.id),
                    scheduled_on: Some(d(on)),
                    location: String::new(),
                    status: MeetingStatus::Planned,
                    send_ahead_notes: String::new(),
                    agenda: Vec::new(),
                };
                Ok(committees::meetings::plan(tx, &m)?.id)
            })
            .expect("meeting")
    }

    /// Rows in a table (or `table WHERE ...`), to show nothing was written.
    pub fn count(&self, table: &str) -> i64 {
        count(&self.store, table)
    }
}

pub fn initiative_input(name: &str) -> InitiativeInput {
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

pub fn win(initiative: Id, title: &str) -> QuickWinInput {
    QuickWinInput {
        initiative_id: Some(initiative),
        title: title.into(),
        start_on: Some(d("2026-01-05")),
        target_on: Some(d("2026-04-30")),
        status: WinStatus::InProgress,
        delivered_on: None,
        savings_amount: None,
        currency: None,
        savings_basis: String::new(),
        recurrence: Recurrence::OneOff,
        soft_benefits: String::new(),
        evidence: Vec::new(),
        sponsor_ids: Vec::new(),
    }
}

/// A delivered quick win saving `amount` of `currency`.
pub fn saving(
    initiative: Id,
    title: &str,
    amount: &str,
    currency: &str,
    on: &str,
) -> QuickWinInput {
    QuickWinInput {
        status: WinStatus::Delivered,
        delivered_on: Some(d(on)),
        start_on: Some(d("2025-01-01")),
        target_on: Some(d("2025-06-30")),
        savings_amount: Some(amount.into()),
        currency: Some(currency.into()),
        ..win(initiative, title)
    }
}

pub fn story(initiative: Id, headline: &str, on: &str) -> StoryInput {
    StoryInput {
        initiative_id: Some(initiative),
        told_on: Some(d(on)),
        headline: headline.into(),
        narrative: String::new(),
        tags: Vec::new(),
        quotes: Vec::new(),
        impacts: Vec::new(),
    }
}

pub fn quote(text: &str, person: &str, consent: Consent, on: Option<&str>) -> QuoteInput {
    QuoteInput {
        id: None,
        text: text.into(),
        person_name: person.into(),
        person_role: "Field engineer".into(),
        consent,
        consent_on: on.map(d),
    }
}

pub fn metric(name: &str) -> MetricInput {
    MetricInput {
        name: name.into(),
        unit: "people".into(),
        direction: Direction::HigherIsBetter,
        initiative_id: None,
        outcome: String::new(),
    }
}

pub fn value(metric: Id, on: &str, v: f64) -> MetricValueInput {
    MetricValueInput {
        metric_id: Some(metric),
        measured_on: Some(d(on)),
        value: v,
        note: String::new(),
    }
}
