//! The committee facts the warnings engine needs for committee-lapsed, decision-stalled and
//! action-overdue, loaded in three queries, with the pure tests of each rule's condition. Reads
//! only; the engine turns a true condition into its own Warning with message and suggestion.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::actions::ActionStatus;
use super::decisions::DecisionStatus;
use super::meetings::MeetingStatus;
use super::model::CommitteeCadence;
use crate::error::Result;
use crate::Id;

/// Days added to a committee's cadence before it counts as lapsed (DOMAIN.md).
pub const LAPSE_GRACE_DAYS: i64 = 14;
/// A proposed or deferred decision older than this many days is stalled (DOMAIN.md).
pub const STALL_DAYS: i64 = 60;
/// ... or one that has stayed open across this many held meetings of its committee.
pub const STALL_MEETINGS: usize = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingFact {
    pub id: Id,
    pub on: NaiveDate,
    pub status: MeetingStatus,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommitteeFacts {
    pub id: Id,
    pub name: String,
    pub cadence_days: i64,
    /// By date, then id.
    pub meetings: Vec<MeetingFact>,
}

impl CommitteeFacts {
    /// The latest held meeting on or before `as_of`.
    pub fn last_held_on(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        self.meetings
            .iter()
            .filter(|m| m.status == MeetingStatus::Held && m.on <= as_of)
            .map(|m| m.on)
            .max()
    }

    /// The earliest planned meeting on or after `as_of`.
    pub fn next_planned_on(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        self.meetings
            .iter()
            .filter(|m| m.status == MeetingStatus::Planned && m.on >= as_of)
            .map(|m| m.on)
            .min()
    }

    /// committee-lapsed: no held meeting within cadence + grace days before `as_of` (a committee
    /// that never met counts from nothing: lapsed), or no planned meeting from `as_of` on.
    pub fn lapsed_on(&self, as_of: NaiveDate, grace_days: i64) -> bool {
        let met_recently = self
            .last_held_on(as_of)
            .is_some_and(|last| (as_of - last).num_days() <= self.cadence_days + grace_days);
        !met_recently || self.next_planned_on(as_of).is_none()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DecisionFacts {
    pub id: Id,
    pub title: String,
    pub status: DecisionStatus,
    /// The committee of its meeting, if it was tabled at one.
    pub committee_id: Option<Id>,
    /// Its meeting's date, else the day it was recorded.
    pub tabled_on: NaiveDate,
}

impl DecisionFacts {
    /// decision-stalled: still proposed or deferred on `as_of`, and either more than `STALL_DAYS`
    /// since it was tabled or `STALL_MEETINGS` held meetings of its committee after the day it
    /// was tabled (up to `as_of`).
    pub fn stalled_on(&self, committee: Option<&CommitteeFacts>, as_of: NaiveDate) -> bool {
        if !matches!(
            self.status,
            DecisionStatus::Proposed | DecisionStatus::Deferred
        ) {
            return false;
        }
        let held_since = committee.map_or(0, |c| {
            c.meetings
                .iter()
                .filter(|m| {
                    m.status == MeetingStatus::Held && m.on > self.tabled_on && m.on <= as_of
                })
                .count()
        });
        (as_of - self.tabled_on).num_days() > STALL_DAYS || held_since >= STALL_MEETINGS
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionFacts {
    pub id: Id,
    pub text: String,
    /// The sponsor's name or the named owner.
    pub owner: String,
    pub owner_sponsor_id: Option<Id>,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
}

impl ActionFacts {
    /// action-overdue: open and due before `as_of` (due today is not overdue).
    pub fn overdue_on(&self, as_of: NaiveDate) -> bool {
        self.status == ActionStatus::Open && self.due_on < as_of
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WarningFacts {
    /// By id.
    pub committees: Vec<CommitteeFacts>,
    /// By id.
    pub decisions: Vec<DecisionFacts>,
    /// By id.
    pub actions: Vec<ActionFacts>,
}

/// Loads every committee (with its meetings), decision and action the three rules read.
pub fn warning_facts(conn: &Connection) -> Result<WarningFacts> {
    let mut facts = WarningFacts::default();
    let mut stmt =
        conn.prepare_cached("SELECT id, name, cadence, cadence_days FROM committees ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let cadence: CommitteeCadence = r.get(2)?;
        Ok(CommitteeFacts {
            id: r.get(0)?,
            name: r.get(1)?,
            cadence_days: cadence.days(r.get(3)?),
            meetings: Vec::new(),
        })
    })?;
    facts.committees = rows.collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT committee_id, id, scheduled_on, status FROM meetings
         ORDER BY scheduled_on, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, Id>(0)?,
            MeetingFact {
                id: r.get(1)?,
                on: r.get(2)?,
                status: r.get(3)?,
            },
        ))
    })?;
    for row in rows {
        let (committee, meeting) = row?;
        if let Some(c) = facts.committees.iter_mut().find(|c| c.id == committee) {
            c.meetings.push(meeting);
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.title, d.status, m.committee_id,
                coalesce(m.scheduled_on, substr(d.created_at, 1, 10))
         FROM decisions d LEFT JOIN meetings m ON m.id = d.meeting_id ORDER BY d.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(DecisionFacts {
            id: r.get(0)?,
            title: r.get(1)?,
            status: r.get(2)?,
            committee_id: r.get(3)?,
            tabled_on: r.get(4)?,
        })
    })?;
    facts.decisions = rows.collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.text, coalesce(s.name, a.owner_name, ''), a.owner_sponsor_id, a.due_on,
                a.status
         FROM actions a LEFT JOIN sponsors s ON s.id = a.owner_sponsor_id ORDER BY a.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ActionFacts {
            id: r.get(0)?,
            text: r.get(1)?,
            owner: r.get(2)?,
            owner_sponsor_id: r.get(3)?,
            due_on: r.get(4)?,
            status: r.get(5)?,
        })
    })?;
    facts.actions = rows.collect::<rusqlite::Result<_>>()?;
    Ok(facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn committee(meetings: &[(&str, MeetingStatus)]) -> CommitteeFacts {
        CommitteeFacts {
            id: 1,
            name: "KM Steering Committee".into(),
            cadence_days: 91,
            meetings: meetings
                .iter()
                .enumerate()
                .map(|(i, (on, status))| MeetingFact {
                    id: i as Id + 1,
                    on: date(on),
                    status: *status,
                })
                .collect(),
        }
    }

    #[test]
    fn a_committee_lapses_after_cadence_plus_grace_or_without_a_next_meeting() {
        use MeetingStatus::{Held, Planned};
        let c = committee(&[("2026-01-01", Held), ("2026-06-01", Planned)]);
        // 91 + 14 = 105 days after 2026-01-01 is 2026-04-16.
        assert!(!c.lapsed_on(date("2026-04-16"), LAPSE_GRACE_DAYS));
        assert!(c.lapsed_on(date("2026-04-17"), LAPSE_GRACE_DAYS));
        let no_next = committee(&[("2026-01-01", Held)]);
        assert!(no_next.lapsed_on(date("2026-01-02"), LAPSE_GRACE_DAYS));
        let never_met = committee(&[("2026-06-01", Planned)]);
        assert!(never_met.lapsed_on(date("2026-01-02"), LAPSE_GRACE_DAYS));
    }

    #[test]
    fn a_decision_stalls_after_sixty_days_or_two_held_meetings() {
        use MeetingStatus::{Cancelled, Held};
        let c = committee(&[
            ("2026-01-01", Held),
            ("2026-02-01", Held),
            ("2026-02-15", Cancelled),
            ("2026-02-20", Held),
        ]);
        let d = DecisionFacts {
            id: 1,
            title: "Portal budget".into(),
            status: DecisionStatus::Deferred,
            committee_id: Some(1),
            tabled_on: date("2026-01-01"),
        };
        assert!(
            !d.stalled_on(Some(&c), date("2026-02-19")),
            "one meeting since"
        );
        assert!(
            d.stalled_on(Some(&c), date("2026-02-20")),
            "two meetings since"
        );
        let untabled = DecisionFacts {
            committee_id: None,
            ..d.clone()
        };
        assert!(
            !untabled.stalled_on(None, date("2026-03-02")),
            "exactly 60 days"
        );
        assert!(untabled.stalled_on(None, date("2026-03-03")));
        let decided = DecisionFacts {
            status: DecisionStatus::Decided,
            ..d
        };
        assert!(!decided.stalled_on(Some(&c), date("2027-01-01")));
    }

    #[test]
    fn an_action_is_overdue_the_day_after_it_is_due_while_open() {
        let a = ActionFacts {
            id: 1,
            text: "Send the pack".into(),
            owner: "Pat".into(),
            owner_sponsor_id: None,
            due_on: date("2026-03-01"),
            status: ActionStatus::Open,
        };
        assert!(!a.overdue_on(date("2026-03-01")));
        assert!(a.overdue_on(date("2026-03-02")));
        let done = ActionFacts {
            status: ActionStatus::Done,
            ..a
        };
        assert!(!done.overdue_on(date("2026-04-01")));
    }

    #[test]
    fn facts_load_from_the_store() {
        let mut store = crate::Store::open_in_memory().unwrap();
        store
            .write(|tx| {
                let c = crate::committees::create(
                    tx,
                    &crate::committees::CommitteeInput {
                        name: "KM Steering Committee".into(),
                        cadence: CommitteeCadence::Custom,
                        cadence_days: Some(45),
                        purpose: String::new(),
                    },
                )?;
                crate::committees::meetings::plan(
                    tx,
                    &crate::committees::MeetingInput {
                        committee_id: Some(c.id),
                        scheduled_on: Some(date("2026-03-01")),
                        location: String::new(),
                        status: MeetingStatus::Held,
                        send_ahead_notes: String::new(),
                        agenda: Vec::new(),
                    },
                )?;
                Ok(())
            })
            .unwrap();
        let facts = warning_facts(store.conn()).unwrap();
        assert_eq!(facts.committees[0].cadence_days, 45);
        assert_eq!(facts.committees[0].meetings[0].on, date("2026-03-01"));
        assert!(facts.decisions.is_empty() && facts.actions.is_empty());
    }
}
