//! Import of the committee records: committees, memberships, meetings (agenda and attendance),
//! the decision register and actions, each through its feature's own checks.

use rusqlite::Transaction;

use super::import::{invalid_at, parents_first, refuse};
use super::model::Export;
use crate::committees::decisions::{self, DecisionInput};
use crate::committees::meetings::{self, check_attendance, AgendaItemInput, AttendanceInput};
use crate::committees::MemberInput;
use crate::committees::{self, actions, verbatim, ActionInput, CommitteeInput, MeetingInput};
use crate::error::Result;

pub(super) fn insert_committees(tx: &Transaction, e: &Export) -> Result<()> {
    for (index, c) in e.committees.iter().enumerate() {
        let input = CommitteeInput {
            name: c.name.clone(),
            cadence: c.cadence,
            cadence_days: c.cadence_days,
            purpose: c.purpose.clone(),
        };
        let mut problems = committees::check(tx, Some(c.id), &input)?;
        // A save drops the days of a non-custom cadence; a file cannot be corrected silently,
        // and the table refuses the pair (found by fuzzing: it failed as a database error).
        if c.cadence != committees::CommitteeCadence::Custom && c.cadence_days.is_some() {
            problems.push(crate::error::FieldError {
                field: "cadence_days".into(),
                message: "Only a custom cadence has its own number of days: leave cadence_days \
                          null, or set cadence to \"custom\""
                    .into(),
            });
        }
        refuse("committees", index, Some(c.id), problems)?;
        verbatim::insert_committee(tx, c)?;
    }
    for (index, m) in e.committee_members.iter().enumerate() {
        let input = MemberInput {
            committee_id: Some(m.committee_id),
            sponsor_id: Some(m.sponsor_id),
            role: m.role,
            start_date: Some(m.start_date),
            end_date: m.end_date,
        };
        refuse(
            "committee_members",
            index,
            Some(m.id),
            committees::check_member(tx, Some(m.id), &input)?,
        )?;
        verbatim::insert_member(tx, m)?;
    }
    Ok(())
}

/// Meetings come after the memberships: whether an attendee is a guest depends on them.
pub(super) fn insert_meetings(tx: &Transaction, e: &Export) -> Result<()> {
    for (index, m) in e.meetings.iter().enumerate() {
        // Agenda ids are left out of the check: they are new to this database, not edits.
        let input = MeetingInput {
            committee_id: Some(m.committee_id),
            scheduled_on: Some(m.scheduled_on),
            location: m.location.clone(),
            status: m.status,
            send_ahead_notes: m.send_ahead_notes.clone(),
            agenda: m
                .agenda
                .iter()
                .map(|a| AgendaItemInput {
                    id: None,
                    title: a.title.clone(),
                    presenter: a.presenter.clone(),
                    time_box_minutes: a.time_box_minutes,
                    initiative_id: a.initiative_id,
                    kind: a.kind,
                    minutes: a.minutes.clone(),
                })
                .collect(),
        };
        refuse(
            "meetings",
            index,
            Some(m.id),
            meetings::check(tx, Some(m.id), &input)?,
        )?;
        for (n, item) in (1_i64..).zip(&m.agenda) {
            if item.position != n {
                return Err(invalid_at(
                    "meetings",
                    index,
                    Some(m.id),
                    &format!("agenda[{}].position", n - 1),
                    format!(
                        "is {}, but agenda items are numbered 1, 2, 3... in order; make it {n}",
                        item.position
                    ),
                ));
            }
        }
        let attendance: Vec<AttendanceInput> = m
            .attendance
            .iter()
            .map(|a| AttendanceInput {
                sponsor_id: a.sponsor_id,
                guest_name: a.guest_name.clone(),
                attendance: a.attendance,
                delegate_name: a.delegate_name.clone(),
                is_guest: a.is_guest,
            })
            .collect();
        let committee = committees::get(tx, m.committee_id)?;
        let (problems, _) = check_attendance(
            tx,
            m.committee_id,
            &committee.name,
            m.scheduled_on,
            &attendance,
        )?;
        refuse("meetings", index, Some(m.id), problems)?;
        verbatim::insert_meeting(tx, m)?;
    }
    Ok(())
}

/// Decisions are written older-first along the supersede chain, then each is checked (a
/// superseded decision is only valid once the decision replacing it is there too); then actions.
pub(super) fn insert_register(tx: &Transaction, e: &Export) -> Result<()> {
    let ordered = parents_first("decisions", "supersedes_id", &e.decisions, |d| {
        (d.id, d.supersedes_id)
    })?;
    // The text rules first: the table's own CHECKs would refuse a bad title on insert as a
    // database error naming nothing (found by fuzzing).
    for (index, d) in e.decisions.iter().enumerate() {
        refuse(
            "decisions",
            index,
            Some(d.id),
            decisions::check_text(&decision_input(d)),
        )?;
    }
    for (_, d) in &ordered {
        verbatim::insert_decision(tx, d)?;
    }
    for (index, d) in e.decisions.iter().enumerate() {
        let input = decision_input(d);
        refuse(
            "decisions",
            index,
            Some(d.id),
            decisions::check(tx, Some(d.id), &input)?,
        )?;
    }
    for (index, a) in e.actions.iter().enumerate() {
        let input = ActionInput {
            text: a.text.clone(),
            owner_sponsor_id: a.owner_sponsor_id,
            owner_name: a.owner_name.clone(),
            due_on: Some(a.due_on),
            status: a.status,
            meeting_id: a.meeting_id,
            decision_id: a.decision_id,
            completed_on: a.completed_on,
        };
        refuse(
            "actions",
            index,
            Some(a.id),
            actions::check(tx, Some(a.id), &input)?,
        )?;
        // Stored as a save stores it: a blank owner name is no name (the table's CHECK refuses
        // a blank one, which a fuzzed file next to an owner sponsor reached as a database error).
        let owner_name = a.owner_name.clone().filter(|n| !n.trim().is_empty());
        verbatim::insert_action(
            tx,
            &crate::committees::ActionItem {
                owner_name,
                ..a.clone()
            },
        )?;
    }
    Ok(())
}

fn decision_input(d: &crate::committees::decisions::Decision) -> DecisionInput {
    DecisionInput {
        title: d.title.clone(),
        text: d.text.clone(),
        rationale: d.rationale.clone(),
        status: d.status,
        meeting_id: d.meeting_id,
        decided_by: d.decided_by.clone(),
        decided_on: d.decided_on,
        supersedes_id: d.supersedes_id,
        initiative_ids: d.initiative_ids.clone(),
    }
}
