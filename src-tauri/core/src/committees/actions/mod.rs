//! actions: action items with one owner (a sponsor or a named person), a due date not before
//! the meeting they came from, and the overdue list.

mod csv;
pub mod model;
mod queries;
mod validate;

pub use csv::{actions_csv, ACTIONS_CSV_HEADER};
pub use model::{ActionInput, ActionItem, ActionQuery, ActionStatus, ActionView};
pub use queries::{
    create, delete, for_meeting, get, list, list_all, overdue_actions, set_status, update,
};
pub use validate::check;
