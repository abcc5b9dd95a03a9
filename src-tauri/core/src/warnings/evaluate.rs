//! The engine: every implemented rule over a snapshot as of one date, in the stable order.
//! Pure: no clock, no database, no randomness; the same inputs give the same Vec.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::build::Draft;
use super::index::Index;
use super::model::Warning;
use super::rules::{self, Ctx};
use super::snapshot::Snapshot;
use crate::settings::Settings;

/// Every warning the data gives as of `as_of`, ordered by severity (critical first), code,
/// subject name (ignoring case, then exactly), subject kind and subject id.
pub fn evaluate(snapshot: &Snapshot, settings: &Settings, as_of: NaiveDate) -> Vec<Warning> {
    let ix = Index::new(snapshot);
    let cx = Ctx {
        ix: &ix,
        settings,
        as_of,
    };
    let mut warnings: Vec<Warning> = rules::run(&cx).into_iter().map(Draft::finish).collect();
    sort(&mut warnings);
    warnings
}

/// The display order of CLI.md: severity, then code, then subject name; ties by kind and id.
pub fn sort(warnings: &mut [Warning]) {
    warnings.sort_by(order);
}

fn order(a: &Warning, b: &Warning) -> Ordering {
    a.severity
        .cmp(&b.severity)
        .then_with(|| a.code.as_str().cmp(b.code.as_str()))
        .then_with(|| {
            a.subject
                .name
                .to_lowercase()
                .cmp(&b.subject.name.to_lowercase())
        })
        .then_with(|| a.subject.name.cmp(&b.subject.name))
        .then_with(|| a.subject.kind.as_str().cmp(b.subject.kind.as_str()))
        .then_with(|| a.subject.id.cmp(&b.subject.id))
}
