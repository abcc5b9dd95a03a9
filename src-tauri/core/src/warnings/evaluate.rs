//! The engine: every implemented rule over a snapshot as of one date, in the stable order.
//! Pure: no clock, no database, no randomness; the same inputs give the same Vec.

use chrono::NaiveDate;

use super::build::Draft;
use super::index::Index;
use super::model::Warning;
use super::rules::{self, Ctx, Scope};
use super::snapshot::Snapshot;
use crate::settings::Settings;

/// Every warning the data gives as of `as_of`, ordered by severity (critical first), code,
/// subject name (ignoring case, then exactly), subject kind and subject id.
pub fn evaluate(snapshot: &Snapshot, settings: &Settings, as_of: NaiveDate) -> Vec<Warning> {
    evaluate_in(&Index::new(snapshot), settings, as_of, None)
}

/// `evaluate` over an index (with its overrides), optionally only the warnings of a scope's
/// subjects, in the same order.
pub(crate) fn evaluate_in(
    ix: &Index,
    settings: &Settings,
    as_of: NaiveDate,
    scope: Option<&Scope>,
) -> Vec<Warning> {
    let cx = Ctx {
        ix,
        settings,
        as_of,
        scope,
    };
    let mut warnings: Vec<Warning> = rules::run(&cx).into_iter().map(Draft::finish).collect();
    sort(&mut warnings);
    warnings
}

/// The display order of CLI.md: severity, then code, then subject name (ignoring case, then
/// exactly); ties by kind and id.
pub fn sort(warnings: &mut [Warning]) {
    // Lower-casing once per warning, not once per comparison.
    warnings.sort_by_cached_key(|w| {
        (
            w.severity,
            w.code.as_str(),
            lower(&w.subject.name),
            w.subject.name.clone(),
            w.subject.kind.as_str(),
            w.subject.id,
        )
    });
}

/// `str::to_lowercase`, with a quicker path for the usual all-ASCII name (where the two agree).
fn lower(name: &str) -> String {
    if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::lower;

    #[test]
    fn the_quick_lower_case_agrees_with_std() {
        for name in [
            "Ada Chief",
            "ÉLODIE Ørsted",
            "İstanbul Office",
            "",
            "O'Brien-SMITH 2",
        ] {
            assert_eq!(lower(name), name.to_lowercase(), "{name}");
        }
    }
}
