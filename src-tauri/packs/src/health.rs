//! An initiative's health for the packs: red, amber or green with the reason, from the warnings
//! engine and the coverage requirement. Same data and date, same colour.

use std::collections::BTreeMap;

use serde::Serialize;
use sponsor_desk_core::initiatives::InitiativeRow;
use sponsor_desk_core::warnings::{Severity, SubjectKind, Warning};
use sponsor_desk_core::Id;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Health {
    /// `red`, `amber` or `green`: the template picks the colour from it.
    pub rag: &'static str,
    /// "Red", "Amber", "Green": printed beside the dot, so the page reads in black and white too.
    pub word: &'static str,
    pub reason: String,
}

/// The warnings about each initiative, most severe first (the engine's order).
pub fn by_initiative(warnings: &[Warning]) -> BTreeMap<Id, Vec<&Warning>> {
    let mut map: BTreeMap<Id, Vec<&Warning>> = BTreeMap::new();
    for w in warnings {
        if w.subject.kind == SubjectKind::Initiative {
            map.entry(w.subject.id).or_default().push(w);
        }
    }
    map
}

/// Red when a critical warning stands (orphaned, departing sponsor uncovered...); amber when a
/// lesser warning stands or coverage is short; green otherwise. The reason names the top two.
pub fn health(row: &InitiativeRow, warnings: &[&Warning]) -> Health {
    let critical = warnings.iter().any(|w| w.severity == Severity::Critical);
    let warned = warnings.iter().any(|w| w.severity == Severity::Warning);
    let reasons: Vec<&str> = warnings
        .iter()
        .filter(|w| w.severity != Severity::Info)
        .take(2)
        .map(|w| w.message.as_str())
        .collect();
    if critical {
        return Health {
            rag: "red",
            word: "Red",
            reason: reasons.join("; "),
        };
    }
    if warned || !row.covered {
        let reason = if reasons.is_empty() {
            "Sponsor coverage is below what it needs".to_string()
        } else {
            reasons.join("; ")
        };
        return Health {
            rag: "amber",
            word: "Amber",
            reason,
        };
    }
    Health {
        rag: "green",
        word: "Green",
        reason: format!(
            "Coverage met with {} active sponsor(s); no open warnings",
            row.active_sponsors
        ),
    }
}
