//! Meetings of a committee: the date, place and status, the agenda (with minutes per item) and
//! who attended. Agenda items and attendance are part of their meeting, saved with it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::super::model::MemberRole;
use crate::Id;

text_enum!(
    MeetingStatus {
        Planned => "planned",
        Held => "held",
        Cancelled => "cancelled",
    }
);

text_enum!(
    /// What an agenda item asks of the committee.
    AgendaKind {
        Information => "information",
        Discussion => "discussion",
        Decision => "decision",
    }
);

text_enum!(
    AttendanceStatus {
        Present => "present",
        Apologies => "apologies",
        Delegate => "delegate",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub id: Id,
    pub meeting_id: Id,
    /// 1, 2, 3... in agenda order.
    pub position: i64,
    pub title: String,
    pub presenter: String,
    pub time_box_minutes: Option<i64>,
    pub initiative_id: Option<Id>,
    pub kind: AgendaKind,
    pub minutes: String,
}

/// One attendee of a meeting: a sponsor (a member, or a guest) or a named guest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub id: Id,
    pub meeting_id: Id,
    pub sponsor_id: Option<Id>,
    /// The name of a guest who is not a sponsor.
    pub guest_name: Option<String>,
    pub attendance: AttendanceStatus,
    /// Who came in their place, when `attendance` is `delegate`.
    pub delegate_name: Option<String>,
    /// Not a member of the committee on the meeting's date.
    pub is_guest: bool,
}

/// A meeting with its agenda (in order) and attendance (in the order recorded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: Id,
    pub committee_id: Id,
    pub scheduled_on: NaiveDate,
    pub location: String,
    pub status: MeetingStatus,
    pub send_ahead_notes: String,
    pub agenda: Vec<AgendaItem>,
    pub attendance: Vec<Attendance>,
    pub created_at: String,
    pub updated_at: String,
}

/// An agenda item as submitted. On update, an item with an `id` keeps its identity; one without
/// is new; items left out are deleted. The order of the list is the agenda's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgendaItemInput {
    #[serde(default)]
    pub id: Option<Id>,
    pub title: String,
    #[serde(default)]
    pub presenter: String,
    #[serde(default)]
    pub time_box_minutes: Option<i64>,
    #[serde(default)]
    pub initiative_id: Option<Id>,
    pub kind: AgendaKind,
    #[serde(default)]
    pub minutes: String,
}

/// What a user submits to plan or edit a meeting. The agenda is replaced as a whole; attendance
/// is recorded separately (`record_attendance`) and kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeetingInput {
    pub committee_id: Option<Id>,
    pub scheduled_on: Option<NaiveDate>,
    #[serde(default)]
    pub location: String,
    #[serde(default = "planned")]
    pub status: MeetingStatus,
    #[serde(default)]
    pub send_ahead_notes: String,
    #[serde(default)]
    pub agenda: Vec<AgendaItemInput>,
}

fn planned() -> MeetingStatus {
    MeetingStatus::Planned
}

/// One attendee as submitted: a sponsor (`sponsor_id`) or a guest who is not a sponsor
/// (`guest_name`). A sponsor who is not a member on the meeting's date must be marked a guest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AttendanceInput {
    #[serde(default)]
    pub sponsor_id: Option<Id>,
    #[serde(default)]
    pub guest_name: Option<String>,
    pub attendance: AttendanceStatus,
    #[serde(default)]
    pub delegate_name: Option<String>,
    #[serde(default)]
    pub is_guest: bool,
}

/// One line of a meetings list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingRow {
    pub id: Id,
    pub committee_id: Id,
    pub committee_name: String,
    pub scheduled_on: NaiveDate,
    pub location: String,
    pub status: MeetingStatus,
    pub agenda_items: u32,
    pub decisions: u32,
    pub actions: u32,
}

/// An attendee with the name to show and what they are to the committee.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AttendanceView {
    pub attendance: Attendance,
    /// The sponsor's name, or the guest's.
    pub name: String,
    /// Their role on the committee on the meeting's date; none for a guest.
    pub role: Option<MemberRole>,
    /// "guest (not a member of <committee>)" for guests, none for members: the page states it.
    pub guest_note: Option<String>,
}

/// An agenda item with the name of the initiative it is about.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AgendaItemView {
    pub item: AgendaItem,
    pub initiative_name: Option<String>,
}

/// A member on the meeting's date with no attendance recorded yet.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExpectedMember {
    pub sponsor_id: Id,
    pub name: String,
    pub role: MemberRole,
}

/// Everything the meeting screen shows, for typing live.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub committee_name: String,
    pub agenda: Vec<AgendaItemView>,
    pub attendance: Vec<AttendanceView>,
    /// Members on the meeting's date with no attendance row, by name.
    pub not_recorded: Vec<ExpectedMember>,
    /// Decisions taken or tabled at this meeting, by id.
    pub decisions: Vec<crate::committees::decisions::model::Decision>,
    /// Actions raised at this meeting, by due date.
    pub actions: Vec<crate::committees::actions::model::ActionItem>,
    /// The committee's meeting before this one (by date), and the one after.
    pub previous_meeting_id: Option<Id>,
    pub next_meeting_id: Option<Id>,
}
