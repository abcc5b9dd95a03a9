//! Fixtures for the committee tests: a store on a temporary file, sponsors and initiatives made
//! through the public API (so their history rows exist), and minimal committee inputs.
#![allow(dead_code)]

use crate::fixture_support::store_with_unit;
#[allow(unused_imports)]
pub use crate::fixture_support::{count, d, fields, sponsor_input};

use sponsor_desk_core::committees::{
    self, ActionInput, ActionStatus, AgendaItemInput, AgendaKind, CommitteeCadence, CommitteeInput,
    DecisionInput, DecisionStatus, MeetingInput, MeetingStatus, MemberInput, MemberRole,
};
use sponsor_desk_core::initiatives::{self, InitiativeInput, InitiativeKind, InitiativeStatus};
use sponsor_desk_core::sponsors::{self, SponsorInput, SponsorStatus};
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
        let base = store_with_unit("Directorate");
        Fx {
            store: base.store,
            unit: base.unit,
            path: base.path,
            _dir: base.dir,
        }
    }

    pub fn sponsor(&mut self, name: &str, tier: i64) -> Id {
        let input = sponsor_input(name, self.unit, tier);
        self.store
            .write(|tx| Ok(sponsors::create(tx, &input)?.id))
            .expect("sponsor")
    }

    /// Changes a sponsor's status through the API (so the history records it).
    pub fn set_status(&mut self, id: Id, status: SponsorStatus, on: Option<&str>) {
        let current = sponsors::get(self.store.conn(), id).expect("sponsor");
        let mut input = SponsorInput::from(&current);
        input.status = status;
        input.status_date = on.map(d);
        self.store
            .write(|tx| sponsors::update(tx, id, &input))
            .expect("status");
    }

    pub fn initiative(&mut self, name: &str) -> Id {
        let input = InitiativeInput {
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
        };
        self.store
            .write(|tx| Ok(initiatives::create(tx, &input)?.id))
            .expect("initiative")
    }

    pub fn committee(&mut self, name: &str) -> Id {
        let input = committee(name);
        self.store
            .write(|tx| Ok(committees::create(tx, &input)?.id))
            .expect("committee")
    }

    pub fn member(&mut self, committee_id: Id, sponsor_id: Id, role: MemberRole, from: &str) -> Id {
        let input = member(committee_id, sponsor_id, role, from);
        self.store
            .write(|tx| Ok(committees::add_member(tx, &input)?.id))
            .expect("member")
    }

    pub fn meeting(&mut self, committee_id: Id, on: &str, agenda: &[&str]) -> Id {
        let input = meeting(committee_id, on, agenda);
        self.store
            .write(|tx| Ok(committees::meetings::plan(tx, &input)?.id))
            .expect("meeting")
    }

    /// Marks a meeting held (keeping its agenda).
    pub fn hold(&mut self, meeting_id: Id) {
        let m = committees::meetings::get(self.store.conn(), meeting_id).expect("meeting");
        let input = MeetingInput {
            committee_id: Some(m.committee_id),
            scheduled_on: Some(m.scheduled_on),
            location: m.location.clone(),
            status: MeetingStatus::Held,
            send_ahead_notes: m.send_ahead_notes.clone(),
            agenda: m
                .agenda
                .iter()
                .map(|a| AgendaItemInput {
                    id: Some(a.id),
                    title: a.title.clone(),
                    presenter: a.presenter.clone(),
                    time_box_minutes: a.time_box_minutes,
                    initiative_id: a.initiative_id,
                    kind: a.kind,
                    minutes: a.minutes.clone(),
                })
                .collect(),
        };
        self.store
            .write(|tx| committees::meetings::update(tx, meeting_id, &input))
            .expect("hold");
    }

    pub fn decision(&mut self, input: &DecisionInput) -> Id {
        self.store
            .write(|tx| Ok(committees::decisions::create(tx, input)?.id))
            .expect("decision")
    }

    pub fn action(&mut self, input: &ActionInput) -> Id {
        self.store
            .write(|tx| Ok(committees::actions::create(tx, input)?.id))
            .expect("action")
    }

    /// Rows in a table, to show nothing was written.
    pub fn count(&self, table: &str) -> i64 {
        count(&self.store, table)
    }
}

pub fn committee(name: &str) -> CommitteeInput {
    CommitteeInput {
        name: name.into(),
        cadence: CommitteeCadence::Quarterly,
        cadence_days: None,
        purpose: "Guidance and decisions for the KM programme".into(),
    }
}

pub fn member(committee_id: Id, sponsor_id: Id, role: MemberRole, from: &str) -> MemberInput {
    MemberInput {
        committee_id: Some(committee_id),
        sponsor_id: Some(sponsor_id),
        role,
        start_date: Some(d(from)),
        end_date: None,
    }
}

pub fn item(title: &str) -> AgendaItemInput {
    AgendaItemInput {
        id: None,
        title: title.into(),
        presenter: "KMO".into(),
        time_box_minutes: Some(15),
        initiative_id: None,
        kind: AgendaKind::Discussion,
        minutes: String::new(),
    }
}

pub fn meeting(committee_id: Id, on: &str, agenda: &[&str]) -> MeetingInput {
    MeetingInput {
        committee_id: Some(committee_id),
        scheduled_on: Some(d(on)),
        location: "Board room".into(),
        status: MeetingStatus::Planned,
        send_ahead_notes: String::new(),
        agenda: agenda.iter().map(|t| item(t)).collect(),
    }
}

pub fn decision(title: &str, status: DecisionStatus) -> DecisionInput {
    DecisionInput {
        title: title.into(),
        text: format!("{title}: agreed"),
        rationale: String::new(),
        status,
        meeting_id: None,
        decided_by: "Steering committee".into(),
        decided_on: match status {
            DecisionStatus::Decided => Some(d("2026-01-15")),
            _ => None,
        },
        supersedes_id: None,
        initiative_ids: Vec::new(),
    }
}

pub fn action(text: &str, owner_sponsor_id: Option<Id>, due: &str) -> ActionInput {
    ActionInput {
        text: text.into(),
        owner_sponsor_id,
        owner_name: if owner_sponsor_id.is_none() {
            Some("Pat the KMO".into())
        } else {
            None
        },
        due_on: Some(d(due)),
        status: ActionStatus::Open,
        meeting_id: None,
        decision_id: None,
        completed_on: None,
    }
}
