//! meetings: a committee's meetings with their agenda (and minutes per item) and attendance;
//! planning, copying the last agenda, recording who came and what was said.

mod agenda;
mod attendance;
pub mod model;
mod queries;
mod validate;

pub use agenda::{duplicate_last_agenda, record_minutes};
pub use attendance::record_attendance;
pub use model::{
    AgendaItem, AgendaItemInput, AgendaItemView, AgendaKind, Attendance, AttendanceInput,
    AttendanceStatus, AttendanceView, ExpectedMember, Meeting, MeetingDetail, MeetingInput,
    MeetingRow, MeetingStatus,
};
pub(crate) use queries::{date_of, previous};
pub use queries::{delete, detail, get, list, list_all, plan, row, update};
pub(crate) use validate::check_attendance;
pub use validate::{check, TIME_BOX_MAX};
