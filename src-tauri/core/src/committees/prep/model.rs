//! What the meeting prep view holds: the meeting, what is open, what changed since the last
//! meeting, and which members are at risk. The committee pack prints exactly this.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::committees::actions::model::ActionView;
use crate::committees::decisions::model::RegisterEntry;
use crate::committees::meetings::model::{MeetingDetail, MeetingRow};
use crate::committees::model::MemberRole;
use crate::sponsors::model::SponsorStatus;
use crate::warnings::model::Warning;
use crate::Id;

/// A sponsor whose status changed, from the history of changes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SponsorChange {
    pub sponsor_id: Id,
    pub name: String,
    pub from: SponsorStatus,
    pub to: SponsorStatus,
    pub status_date: Option<NaiveDate>,
    /// When the change was recorded (RFC 3339, UTC).
    pub recorded_at: String,
}

/// A dated item of another feature listed in the prep view (quick wins, success stories).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PrepItem {
    pub id: Id,
    pub title: String,
    pub on: NaiveDate,
    pub initiative_id: Option<Id>,
}

/// What changed between the previous held meeting of the committee and the as-of date.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChangesSince {
    /// The previous held meeting's date; none for a committee's first meeting, and then every
    /// list below is empty (there is nothing to compare with).
    pub since: Option<NaiveDate>,
    /// Decisions dated after `since` up to the as-of date, newest first.
    pub new_decisions: Vec<RegisterEntry>,
    /// Sponsor status changes recorded after `since` up to the as-of date, oldest first.
    pub sponsor_changes: Vec<SponsorChange>,
    /// Warnings showing on the as-of date that the same data did not raise on `since`.
    pub new_warnings: Vec<Warning>,
    /// Quick wins delivered since: empty until quick wins exist (issue 6).
    pub quick_wins: Vec<PrepItem>,
    /// Success stories dated since: empty until success stories exist (issue 6).
    pub stories: Vec<PrepItem>,
}

text_enum!(
    RiskKind {
        EmptySeat => "empty_seat",
        Departing => "departing",
        StaleEngagement => "stale_engagement",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RiskReason {
    pub kind: RiskKind,
    /// One sentence with the facts, for the page and the pack.
    pub detail: String,
    /// The departure date, or the last touchpoint (none when there was none).
    pub on: Option<NaiveDate>,
}

/// A member on the meeting's date who is gone, going, or not engaged lately.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MemberAtRisk {
    pub sponsor_id: Id,
    pub name: String,
    pub role: MemberRole,
    pub tier: u8,
    pub reasons: Vec<RiskReason>,
}

/// Everything to walk into a meeting with.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingPrep {
    pub as_of: NaiveDate,
    pub meeting: MeetingDetail,
    /// The committee's previous held meeting.
    pub previous_meeting: Option<MeetingRow>,
    /// Open actions raised at the committee's meetings (or by their decisions), by due date;
    /// overdue ones are marked.
    pub open_actions: Vec<ActionView>,
    /// Proposed or deferred decisions of the committee's meetings, and those not yet tabled at
    /// any meeting, newest first.
    pub pending_decisions: Vec<RegisterEntry>,
    pub changes: ChangesSince,
    /// Members on the meeting's date at risk, by name.
    pub members_at_risk: Vec<MemberAtRisk>,
}
