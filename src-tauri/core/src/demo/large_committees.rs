//! The large demo's committees: each organisation's boards (monthly, quarterly or every six
//! weeks) seating mostly executives, one seat in five ended; their meetings at the cadence, held
//! ones with agenda, minutes and attendance (apologies, delegates, guests), a few cancelled, the
//! next one planned unless the committee has lapsed; a decision register with supersede chains,
//! stalled proposals and deferrals; and actions from the meetings, some overdue.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::clock::Clock;
use super::large::{as_id, record_created as record, Sizes, World};
use super::rng::Rng;
use super::texts;
use crate::committees::actions::ActionItem;
use crate::committees::decisions::Decision;
use crate::committees::meetings::{AgendaItem, Attendance, Meeting};
use crate::committees::{
    verbatim, ActionStatus, AgendaKind, AttendanceStatus, Committee, CommitteeCadence,
    CommitteeMember, DecisionStatus, MeetingStatus, MemberRole,
};
use crate::error::Result;
use crate::Id;

/// How many of each the generator created.
pub(super) struct Created {
    pub committees: usize,
    pub meetings: usize,
    pub decisions: usize,
    pub actions: usize,
}

/// A held meeting, for the decisions and actions raised at it.
struct Held {
    id: Id,
    committee: usize,
    on: NaiveDate,
}

fn someone(rng: &mut Rng) -> String {
    format!(
        "{} {}",
        rng.pick(texts::FIRST_NAMES),
        rng.pick(texts::LAST_NAMES)
    )
}

pub(super) fn fill(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
) -> Result<Created> {
    let mut members_of: Vec<Vec<CommitteeMember>> = Vec::with_capacity(sizes.committees);
    let mut held: Vec<Held> = Vec::new();
    let (mut member_id, mut meeting_id, mut agenda_id, mut attendance_id) = (0, 0, 0, 0);
    for c in 0..sizes.committees {
        let (topic, purpose) = texts::COMMITTEES[c % texts::COMMITTEES.len()];
        let organisation = c / texts::COMMITTEES.len() + 1;
        let (cadence, cadence_days) = match c % 3 {
            0 => (CommitteeCadence::Monthly, None),
            1 => (CommitteeCadence::Quarterly, None),
            _ => (CommitteeCadence::Custom, Some(42)),
        };
        let at = clock.tick();
        let committee = Committee {
            id: as_id(c + 1),
            name: format!("{topic} (Organisation {organisation:02})"),
            cadence,
            cadence_days,
            purpose: purpose.to_string(),
            created_at: at.clone(),
            updated_at: at.clone(),
        };
        verbatim::insert_committee(tx, &committee)?;
        record(tx, &at, "committees", committee.id, &committee)?;

        // The last meeting: ahead (planned) for most, long past for a committee that lapsed.
        let every = committee.cadence_in_days();
        let last = if rng.chance(80) {
            rng.between(1, every)
        } else {
            -rng.between(every + 30, every + 120)
        };
        let count = as_id(sizes.meetings_per_committee);
        let first = last - (count - 1) * every;

        let mut seats: Vec<usize> = Vec::new();
        while seats.len() < 6 + rng.below(5) {
            let pick = if rng.chance(85) && !world.executives.is_empty() {
                world.executives[rng.below(world.executives.len())]
            } else {
                rng.below(world.people.len())
            };
            if !seats.contains(&pick) {
                seats.push(pick);
            }
        }
        let mut members = Vec::with_capacity(seats.len());
        for (n, person) in seats.iter().enumerate() {
            let role = match n {
                0 => MemberRole::Chair,
                1 => MemberRole::Secretary,
                _ => MemberRole::Member,
            };
            let start_date = world.day(first - 30);
            let end_date = (n > 1 && rng.chance(20))
                .then(|| world.day(rng.between(first, last.min(-1).max(first))));
            member_id += 1;
            let at = clock.tick();
            let member = CommitteeMember {
                id: member_id,
                committee_id: committee.id,
                sponsor_id: world.people[*person].id,
                role,
                start_date,
                end_date,
                created_at: at.clone(),
                updated_at: at.clone(),
            };
            verbatim::insert_member(tx, &member)?;
            record(tx, &at, "committee_members", member.id, &member)?;
            members.push(member);
        }
        let chair = world.people[seats[0]].name.clone();

        for k in 0..count {
            let offset = first + k * every;
            let on = world.day(offset);
            let status = if offset >= 0 {
                MeetingStatus::Planned
            } else if rng.chance(5) {
                MeetingStatus::Cancelled
            } else {
                MeetingStatus::Held
            };
            meeting_id += 1;
            let mut agenda = Vec::new();
            for position in 1..=rng.between(2, 4) {
                agenda_id += 1;
                agenda.push(AgendaItem {
                    id: agenda_id,
                    meeting_id,
                    position,
                    title: rng.pick(texts::AGENDA_TITLES).to_string(),
                    presenter: if rng.chance(50) {
                        chair.clone()
                    } else {
                        "Knowledge Management Officer".to_string()
                    },
                    time_box_minutes: Some(rng.between(2, 6) * 5),
                    initiative_id: rng
                        .chance(70)
                        .then(|| world.plans[rng.below(world.plans.len())]),
                    kind: *rng.pick(AgendaKind::ALL),
                    minutes: if status == MeetingStatus::Held {
                        rng.pick(texts::MINUTES).to_string()
                    } else {
                        String::new()
                    },
                });
            }
            let mut attendance = Vec::new();
            if status == MeetingStatus::Held {
                for m in members.iter().filter(|m| m.runs_on(on)) {
                    let (mark, delegate_name) = match rng.below(100) {
                        0..=79 => (AttendanceStatus::Present, None),
                        80..=91 => (AttendanceStatus::Apologies, None),
                        _ => (AttendanceStatus::Delegate, Some(someone(rng))),
                    };
                    attendance_id += 1;
                    attendance.push(Attendance {
                        id: attendance_id,
                        meeting_id,
                        sponsor_id: Some(m.sponsor_id),
                        guest_name: None,
                        attendance: mark,
                        delegate_name,
                        is_guest: false,
                    });
                }
                if rng.chance(30) {
                    attendance_id += 1;
                    attendance.push(Attendance {
                        id: attendance_id,
                        meeting_id,
                        sponsor_id: None,
                        guest_name: Some(someone(rng)),
                        attendance: AttendanceStatus::Present,
                        delegate_name: None,
                        is_guest: true,
                    });
                }
                held.push(Held {
                    id: meeting_id,
                    committee: c,
                    on,
                });
            }
            let at = clock.tick();
            let meeting = Meeting {
                id: meeting_id,
                committee_id: committee.id,
                scheduled_on: on,
                location: if rng.chance(30) {
                    "Video call".to_string()
                } else {
                    format!("Conference room {}", rng.pick(&["A", "B", "C", "D"]))
                },
                status,
                send_ahead_notes: String::new(),
                agenda,
                attendance,
                created_at: at.clone(),
                updated_at: at.clone(),
            };
            verbatim::insert_meeting(tx, &meeting)?;
            record(tx, &at, "meetings", meeting.id, &meeting)?;
        }
        members_of.push(members);
    }
    held.sort_by_key(|h| (h.on, h.id));

    let by_meeting = decisions(tx, rng, clock, world, sizes, &held)?;
    actions(
        tx,
        rng,
        clock,
        world,
        sizes,
        &held,
        &members_of,
        &by_meeting,
    )?;
    Ok(Created {
        committees: sizes.committees,
        meetings: usize::try_from(meeting_id).unwrap_or(0),
        decisions: if held.is_empty() { 0 } else { sizes.decisions },
        actions: if held.is_empty() { 0 } else { sizes.actions },
    })
}

/// The register, oldest meeting first. A new decided decision sometimes supersedes its
/// committee's latest decided one (which then reads superseded): chains, never trees. Returns
/// each meeting's decisions.
fn decisions(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
    held: &[Held],
) -> Result<HashMap<Id, Vec<Id>>> {
    let mut by_meeting: HashMap<Id, Vec<Id>> = HashMap::new();
    if held.is_empty() {
        return Ok(by_meeting);
    }
    let mut register: Vec<Decision> = Vec::with_capacity(sizes.decisions);
    let mut latest_decided: HashMap<usize, usize> = HashMap::new();
    for d in 0..sizes.decisions {
        let meeting = &held[d * held.len() / sizes.decisions];
        let status = match rng.below(100) {
            0..=74 => DecisionStatus::Decided,
            75..=86 => DecisionStatus::Proposed,
            87..=96 => DecisionStatus::Deferred,
            _ => DecisionStatus::Reversed,
        };
        let mut supersedes_id = None;
        if status == DecisionStatus::Decided {
            if let Some(older) = latest_decided.get(&meeting.committee).copied() {
                if rng.chance(25) {
                    register[older].status = DecisionStatus::Superseded;
                    supersedes_id = Some(register[older].id);
                }
            }
            latest_decided.insert(meeting.committee, d);
        }
        let (title, text) = rng.pick(texts::DECISIONS);
        let plan = rng.pick(texts::PROGRAMMES);
        let mut initiative_ids: Vec<Id> = (0..rng.between(1, 2))
            .map(|_| world.plans[rng.below(world.plans.len())])
            .collect();
        initiative_ids.sort_unstable();
        initiative_ids.dedup();
        let at = clock.tick();
        let id = as_id(d + 1);
        by_meeting.entry(meeting.id).or_default().push(id);
        register.push(Decision {
            id,
            title: format!("{title}: {plan}"),
            text: text.to_string(),
            rationale: String::new(),
            status,
            meeting_id: Some(meeting.id),
            decided_by: "Chair".to_string(),
            decided_on: (status == DecisionStatus::Decided).then_some(meeting.on),
            supersedes_id,
            initiative_ids,
            created_at: at.clone(),
            updated_at: at,
        });
    }
    for decision in &register {
        verbatim::insert_decision(tx, decision)?;
        let at = decision.created_at.clone();
        record(tx, &at, "decisions", decision.id, decision)?;
    }
    Ok(by_meeting)
}

/// Actions raised at held meetings, owned by a member (or a named person who is not a sponsor),
/// due a week to two months later; most past-due ones done, some still open.
#[allow(clippy::too_many_arguments)]
fn actions(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
    held: &[Held],
    members_of: &[Vec<CommitteeMember>],
    by_meeting: &HashMap<Id, Vec<Id>>,
) -> Result<()> {
    if held.is_empty() {
        return Ok(());
    }
    for a in 0..sizes.actions {
        let meeting = &held[a * held.len() / sizes.actions];
        let due = meeting.on + chrono::Duration::days(rng.between(7, 60));
        let (status, completed_on) = if due < world.today {
            match rng.below(10) {
                0..=5 => (ActionStatus::Done, true),
                6 => (ActionStatus::Dropped, true),
                _ => (ActionStatus::Open, false),
            }
        } else if rng.chance(20) {
            (ActionStatus::Done, true)
        } else {
            (ActionStatus::Open, false)
        };
        let completed_on = completed_on.then(|| {
            let until = due.min(world.today);
            let span = (until - meeting.on).num_days().max(1);
            (meeting.on + chrono::Duration::days(rng.between(1, span))).min(world.today)
        });
        let members = &members_of[meeting.committee];
        let (owner_sponsor_id, owner_name) = if rng.chance(85) && !members.is_empty() {
            (Some(members[rng.below(members.len())].sponsor_id), None)
        } else {
            (None, Some(someone(rng)))
        };
        let decision_id = by_meeting
            .get(&meeting.id)
            .filter(|ids| !ids.is_empty() && rng.chance(40))
            .map(|ids| ids[rng.below(ids.len())]);
        let at = clock.tick();
        let action = ActionItem {
            id: as_id(a + 1),
            text: rng.pick(texts::ACTIONS).to_string(),
            owner_sponsor_id,
            owner_name,
            due_on: due,
            status,
            meeting_id: Some(meeting.id),
            decision_id,
            completed_on,
            created_at: at.clone(),
            updated_at: at.clone(),
        };
        verbatim::insert_action(tx, &action)?;
        record(tx, &at, "actions", action.id, &action)?;
    }
    Ok(())
}
