//! prep: the meeting prep view (what the committee pack prints): open actions, pending
//! decisions, what changed since the last meeting, members at risk. Reads only.

mod build;
pub mod model;

pub use build::meeting_prep;
pub use model::{
    ChangesSince, MeetingPrep, MemberAtRisk, PrepItem, RiskKind, RiskReason, SponsorChange,
};
