//! The warning record the engine produces, the what-if result, and acknowledgements. These
//! types cross IPC and the CLI's JSON (CLI.md), so their field names are a contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    /// The sixteen rules of DOMAIN.md. Declared in the table's order; sorting uses the text.
    WarningCode {
        Orphaned => "orphaned",
        TierGap => "tier-gap",
        SinglePoint => "single-point",
        DepartingUncovered => "departing-uncovered",
        DepartedUnreplaced => "departed-unreplaced",
        PetProject => "pet-project",
        UnitGap => "unit-gap",
        Concentration => "concentration",
        StaleEngagement => "stale-engagement",
        StanceSlipping => "stance-slipping",
        FollowUpOverdue => "follow-up-overdue",
        CommitteeLapsed => "committee-lapsed",
        DecisionStalled => "decision-stalled",
        ActionOverdue => "action-overdue",
        QuickWinLate => "quick-win-late",
        StoryDrought => "story-drought",
    }
);

impl WarningCode {
    /// DOMAIN.md's severity for the rule.
    pub fn severity(self) -> Severity {
        match self {
            WarningCode::Orphaned
            | WarningCode::DepartingUncovered
            | WarningCode::DepartedUnreplaced => Severity::Critical,
            WarningCode::UnitGap | WarningCode::StoryDrought => Severity::Info,
            _ => Severity::Warning,
        }
    }
}

text_enum!(
    /// Declared most severe first: the derived order is the display order.
    Severity {
        Critical => "critical",
        Warning => "warning",
        Info => "info",
    }
);

text_enum!(
    SubjectKind {
        Sponsor => "sponsor",
        Initiative => "initiative",
        Committee => "committee",
        Decision => "decision",
        Action => "action",
        QuickWin => "quick_win",
        Touchpoint => "touchpoint",
    }
);

/// The record a warning is about; `kind` and `id` are enough for the UI to link to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: Id,
    pub name: String,
}

/// One warning. At most one per code and subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Warning {
    pub code: WarningCode,
    pub severity: Severity,
    pub subject: Subject,
    /// One line.
    pub message: String,
    /// The rule and the facts (names, dates, counts) that made it fire.
    pub reason: String,
    /// The next step.
    pub suggestion: String,
    /// A hash of the facts behind the warning: an acknowledgement or snooze holds only while it
    /// is unchanged. It does not change with the as-of date alone.
    pub fingerprint: String,
    /// True when the user acknowledged this warning with these facts. Only `list_with_hidden`
    /// returns such warnings; `list` leaves them out.
    pub acknowledged: bool,
    /// Set when the warning is snoozed with these facts until this date (later than the as-of
    /// date). Only `list_with_hidden` returns such warnings.
    pub snoozed_until: Option<NaiveDate>,
}

impl Warning {
    /// The identity that acknowledgements are keyed on.
    pub fn key(&self) -> (WarningCode, SubjectKind, Id) {
        (self.code, self.subject.kind, self.subject.id)
    }

    /// Hidden by an acknowledgement or a snooze.
    pub fn is_hidden(&self) -> bool {
        self.acknowledged || self.snoozed_until.is_some()
    }
}

text_enum!(
    AckState {
        Acknowledged => "acknowledged",
        Snoozed => "snoozed",
    }
);

/// Which warning (with which facts) a user acknowledges or snoozes: copied from the Warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AckInput {
    pub code: WarningCode,
    pub subject_kind: SubjectKind,
    pub subject_id: Id,
    pub fingerprint: String,
}

/// A stored acknowledgement or snooze.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WarningAck {
    pub code: WarningCode,
    pub subject_kind: SubjectKind,
    pub subject_id: Id,
    pub fingerprint: String,
    pub state: AckState,
    pub snoozed_until: Option<NaiveDate>,
    /// RFC 3339, UTC.
    pub at: String,
}

/// An initiative, by id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InitiativeRef {
    pub id: Id,
    pub name: String,
}

/// A sponsor, by id, name and tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SponsorRef {
    pub id: Id,
    pub name: String,
    pub tier: u8,
}

/// One coverage line of an initiative that a departure leaves short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LostLine {
    /// `executive`, `tier1` .. `tier4` (the keys of RequiredCoverage).
    pub key: String,
    pub label: String,
    pub required: u8,
    /// Active sponsors on the line on the departure date, without and with the departures.
    pub before: u8,
    pub after: u8,
}

/// An initiative that loses coverage in a what-if.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LosingCoverage {
    pub id: Id,
    pub name: String,
    pub lines: Vec<LostLine>,
    /// The departing sponsors who were active sponsors of it.
    pub lost_sponsors: Vec<SponsorRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Candidate {
    pub sponsor: SponsorRef,
    /// Higher ranks first; the parts are explained in `why`.
    pub score: i64,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SuccessorCandidates {
    pub initiative: InitiativeRef,
    pub candidates: Vec<Candidate>,
}

/// What would happen if some sponsors departed on a date. Nothing is written to compute it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WhatIf {
    pub new_warnings: Vec<Warning>,
    pub initiatives_losing_coverage: Vec<LosingCoverage>,
    pub successor_candidates: Vec<SuccessorCandidates>,
}
