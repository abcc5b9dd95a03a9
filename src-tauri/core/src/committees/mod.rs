//! committees: steering committees and their members, meetings (agenda, minutes, attendance),
//! the decision register, action items, the meeting prep view and the calendar export (which
//! also carries touchpoint follow-ups and sponsor departures).
//!
//! Every write runs in the caller's transaction (`Store::write`) and records history; every
//! `check` returns all field problems without writing. Nothing here deletes a sponsor or an
//! initiative, and none of their rows cascade away from here (the schema RESTRICTs).

pub mod actions;
pub mod decisions;
pub mod facts;
mod ics;
mod ics_people;
pub mod meetings;
pub mod model;
pub mod prep;
mod queries;
mod text;
mod validate;
pub mod verbatim;

pub use actions::{
    actions_csv, overdue_actions, ActionInput, ActionItem, ActionQuery, ActionStatus, ActionView,
};
pub use decisions::{
    decision_register, register_csv, Decision, DecisionInput, DecisionRef, DecisionStatus,
    RegisterEntry, RegisterFilter,
};
pub use ics::{action_uid, departure_uid, follow_up_uid, ics, meeting_uid, PRODID};
pub use meetings::{
    duplicate_last_agenda, AgendaItem, AgendaItemInput, AgendaKind, AttendanceInput,
    AttendanceStatus, Meeting, MeetingDetail, MeetingInput, MeetingRow, MeetingStatus,
};
pub use model::{
    Committee, CommitteeCadence, CommitteeDetail, CommitteeInput, CommitteeMember, CommitteeRow,
    MemberInput, MemberRole, MemberView,
};
pub use prep::{meeting_prep, MeetingPrep};
pub use queries::{
    add_member, create, delete, detail, get, get_member, list, list_all, list_all_members,
    member_views, members_of, remove_member, update, update_member,
};
pub use text::{ACTION_TEXT_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX};
pub use validate::{check, check_member, CADENCE_DAYS_MAX};
