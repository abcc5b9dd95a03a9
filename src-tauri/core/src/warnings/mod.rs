//! warnings: the turnover and gap warnings of DOMAIN.md, computed by a pure engine over a
//! loaded snapshot and an as-of date, plus what-if departures and acknowledgements/snoozes.
//!
//! Shape: `load_snapshot(conn)` reads everything in a dozen queries (never one per record);
//! `evaluate(&snapshot, &settings, as_of)` is pure and deterministic (same data and date, same
//! Vec in the same order);
//! `list(conn, as_of)` loads settings and snapshot, evaluates, and leaves out the warnings the
//! user acknowledged or snoozed (`list_with_hidden` keeps them, marked). Nothing here writes
//! except `acknowledge`, `snooze` and `unhide`, each in the caller's transaction with history.
//!
//! Definitions every rule shares:
//! - A sponsor is *in post* on day D when their status is active, or departing with a departure
//!   date after D (the date is their first day gone). Departed and role-changed sponsors are not.
//! - A sponsorship *runs* on D when start_date <= D and (no end_date or end_date >= D).
//! - An *active sponsor* of an initiative on D is a sponsor in post with a running sponsorship
//!   in a covering role: executive sponsor, line-manager sponsor or champion. A
//!   successor-in-waiting is lined up, not counted, except where a rule says so. Each person
//!   counts once per initiative. Coverage lines: executive (tiers 1-2), tier1 .. tier4.
//! - Initiative status: orphaned, tier-gap, single-point, pet-project, unit-gap and
//!   concentration look at active initiatives only; departing-uncovered and stale-engagement
//!   at active and proposed ones (losing a proposal's sponsor, or its sponsor's attention,
//!   matters before launch); departed-unreplaced at proposed, active and on-hold ones (the
//!   record is wrong while the initiative lives). Completed and cancelled ones never warn.
//! - Touchpoints, meetings and stories dated after the as-of date are ignored.
//!
//! All sixteen rules are implemented (see each function's comment in `rules/` for the precise
//! condition): orphaned, tier-gap, single-point, pet-project, unit-gap (`rules/initiatives.rs`);
//! departing-uncovered, departed-unreplaced, concentration (`rules/turnover.rs`);
//! stale-engagement, stance-slipping, follow-up-overdue (`rules/engagement.rs`);
//! committee-lapsed, decision-stalled, action-overdue (`rules/committees.rs`, deciding with the
//! committees feature's pure conditions); quick-win-late, story-drought (`rules/evidence.rs`).
//! Thresholds are `settings::Settings`, except decision-stalled's 60 days / two meetings and
//! quick-win-late's six months, which are the committees' and quick wins' own constants.

mod acks;
mod build;
pub(crate) mod cache;
mod coverage;
mod evaluate;
mod index;
pub mod model;
mod overview;
mod rules;
mod snapshot;
pub mod views;
mod what_if;

use chrono::NaiveDate;
use rusqlite::Connection;

pub use acks::{
    acknowledge, check_ack, insert_verbatim as insert_ack_verbatim, list_acks, snooze, unhide,
};
pub use evaluate::{evaluate, sort};
pub use model::{
    AckInput, AckState, Candidate, InitiativeRef, LosingCoverage, LostLine, Severity, SponsorRef,
    Subject, SubjectKind, SuccessorCandidates, Warning, WarningAck, WarningCode, WhatIf,
};
pub use overview::{overview, SeverityGroup, WarningsOverview};
pub use snapshot::{
    load_snapshot, InitiativeFacts, OrgUnitFacts, QuickWinFacts, Snapshot, SponsorFacts,
    SponsorshipFacts, StoryFacts, TouchpointFacts,
};
pub use views::{
    coverage_matrix, departures, departures_brief, follow_ups_due, CellSponsor, Departure,
    FollowUp, MatrixCell, MatrixRow,
};
pub use what_if::{what_if, what_if_snapshot, MAX_CANDIDATES};

use crate::error::Result;

/// The warnings to show as of `as_of`: acknowledged ones and ones snoozed past `as_of` are left
/// out, unless their facts changed since.
pub fn list(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Warning>> {
    let mut all = list_with_hidden(conn, as_of)?;
    all.retain(|w| !w.is_hidden());
    Ok(all)
}

/// Loads the snapshot and evaluates `as_of`'s warnings into the cache, for a later `list` or
/// view to reuse; nothing is copied out or marked.
pub fn prepare(conn: &Connection, as_of: NaiveDate) -> Result<()> {
    cache::evaluated(conn, as_of).map(drop)
}

/// Every warning as of `as_of`, the hidden ones included and marked (`acknowledged`,
/// `snoozed_until`), for a "show hidden" view.
pub fn list_with_hidden(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Warning>> {
    let mut warnings = cache::evaluated(conn, as_of)?.as_ref().clone();
    acks::mark(&mut warnings, &list_acks(conn)?, as_of);
    Ok(warnings)
}
