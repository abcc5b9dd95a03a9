//! Committees and their members: the steering committee's name, cadence and purpose, and who
//! sits on it in which role, from when to when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::meetings::model::MeetingRow;
use crate::sponsors::model::SponsorStatus;
use crate::Id;

text_enum!(
    /// How often the committee meets. A custom cadence states its number of days.
    CommitteeCadence {
        Monthly => "monthly",
        Quarterly => "quarterly",
        Custom => "custom",
    }
);

impl CommitteeCadence {
    /// Days between meetings: monthly 30, quarterly 91, custom its own days. The
    /// committee-lapsed warning adds its grace (14 days) to this.
    pub fn days(self, custom_days: Option<i64>) -> i64 {
        match self {
            CommitteeCadence::Monthly => 30,
            CommitteeCadence::Quarterly => 91,
            CommitteeCadence::Custom => custom_days.unwrap_or(91),
        }
    }
}

text_enum!(
    MemberRole {
        Chair => "chair",
        Member => "member",
        Secretary => "secretary",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Committee {
    pub id: Id,
    pub name: String,
    pub cadence: CommitteeCadence,
    /// Set exactly when the cadence is custom (1-730).
    pub cadence_days: Option<i64>,
    pub purpose: String,
    pub created_at: String,
    pub updated_at: String,
}

impl Committee {
    /// Days between meetings, whatever the cadence.
    pub fn cadence_in_days(&self) -> i64 {
        self.cadence.days(self.cadence_days)
    }
}

/// What a user submits to create or update a committee (members are added one by one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CommitteeInput {
    pub name: String,
    pub cadence: CommitteeCadence,
    #[serde(default)]
    pub cadence_days: Option<i64>,
    #[serde(default)]
    pub purpose: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CommitteeMember {
    pub id: Id,
    pub committee_id: Id,
    pub sponsor_id: Id,
    pub role: MemberRole,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub created_at: String,
    pub updated_at: String,
}

impl CommitteeMember {
    /// The membership runs on `on`: started, and not ended before `on`.
    pub fn runs_on(&self, on: NaiveDate) -> bool {
        self.start_date <= on && self.end_date.is_none_or(|end| end >= on)
    }
}

/// What a user submits to seat a sponsor on a committee or change their seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MemberInput {
    pub committee_id: Option<Id>,
    pub sponsor_id: Option<Id>,
    pub role: MemberRole,
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
}

/// A member as the committee page shows them, with their seat's state on the as-of date.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MemberView {
    pub member: CommitteeMember,
    pub sponsor_name: String,
    pub sponsor_title: String,
    pub sponsor_tier: u8,
    pub sponsor_status: SponsorStatus,
    pub sponsor_status_date: Option<NaiveDate>,
    /// The membership runs on the as-of date (started, not ended).
    pub current: bool,
    /// A current membership whose sponsor is no longer in post (departed, role changed, or
    /// departing on or before the as-of date): the seat is empty until someone is named.
    pub empty_seat: bool,
    /// One sentence for the page when the seat is empty or about to be; none otherwise.
    pub seat_note: Option<String>,
}

/// One line of the committees list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommitteeRow {
    pub id: Id,
    pub name: String,
    pub cadence: CommitteeCadence,
    pub cadence_days: Option<i64>,
    /// Current members on the as-of date.
    pub members: u32,
    /// Current memberships whose sponsor is no longer in post.
    pub empty_seats: u32,
    /// The latest held meeting on or before the as-of date.
    pub last_held_on: Option<NaiveDate>,
    /// The earliest planned meeting on or after the as-of date.
    pub next_planned_on: Option<NaiveDate>,
}

/// Everything a committee's page shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommitteeDetail {
    pub committee: Committee,
    /// Current members first (chair, secretary, member, then name), then past ones.
    pub members: Vec<MemberView>,
    /// Newest first.
    pub meetings: Vec<MeetingRow>,
    pub history: Vec<crate::history::HistoryEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cadences_have_their_days() {
        assert_eq!(CommitteeCadence::Monthly.days(Some(5)), 30);
        assert_eq!(CommitteeCadence::Quarterly.days(None), 91);
        assert_eq!(CommitteeCadence::Custom.days(Some(45)), 45);
    }

    #[test]
    fn a_membership_runs_from_its_start_through_its_end() {
        let member = CommitteeMember {
            id: 1,
            committee_id: 1,
            sponsor_id: 1,
            role: MemberRole::Chair,
            start_date: "2026-01-01".parse().unwrap(),
            end_date: Some("2026-06-30".parse().unwrap()),
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert!(!member.runs_on("2025-12-31".parse().unwrap()));
        assert!(member.runs_on("2026-01-01".parse().unwrap()));
        assert!(member.runs_on("2026-06-30".parse().unwrap()));
        assert!(!member.runs_on("2026-07-01".parse().unwrap()));
    }
}
