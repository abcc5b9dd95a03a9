//! Required coverage against the sponsors an initiative actually has: one line per requirement.
//! Pure: callers decide which sponsorships are active (see `sponsorships::is_active_on`).

use std::collections::BTreeSet;

use super::model::{CoverageLine, RequiredCoverage};
use crate::Id;

/// Coverage lines for `required`, given the active sponsorships that count toward coverage
/// (`SponsorshipRole::covers`: not a successor-in-waiting) as (sponsor id, tier). Each
/// sponsor counts once per line however many roles they hold. The executive line (tiers 1 and 2
/// together) is always shown; a tier line only when that tier is required.
pub fn coverage(required: &RequiredCoverage, active: &[(Id, u8)]) -> Vec<CoverageLine> {
    let count = |tiers: &[u8]| -> u8 {
        let people: BTreeSet<Id> = active
            .iter()
            .filter(|(_, tier)| tiers.contains(tier))
            .map(|(id, _)| *id)
            .collect();
        u8::try_from(people.len()).unwrap_or(u8::MAX)
    };
    let lines = [
        (
            "executive",
            "Executive (tier 1-2)",
            required.executive,
            count(&[1, 2]),
            true,
        ),
        (
            "tier1",
            "Tier 1 executives",
            required.tier1,
            count(&[1]),
            false,
        ),
        (
            "tier2",
            "Tier 2 directors",
            required.tier2,
            count(&[2]),
            false,
        ),
        (
            "tier3",
            "Tier 3 line managers",
            required.tier3,
            count(&[3]),
            false,
        ),
        (
            "tier4",
            "Tier 4 champions",
            required.tier4,
            count(&[4]),
            false,
        ),
    ];
    lines
        .into_iter()
        .filter(|(_, _, required, _, always)| *always || *required > 0)
        .map(|(key, label, required, active, _)| CoverageLine {
            key: key.to_string(),
            label: label.to_string(),
            required,
            active,
            met: active >= required,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(lines: &[CoverageLine]) -> Vec<(&str, u8, u8, bool)> {
        lines
            .iter()
            .map(|l| (l.key.as_str(), l.required, l.active, l.met))
            .collect()
    }

    #[test]
    fn executive_counts_tiers_one_and_two_by_distinct_sponsor() {
        let required = RequiredCoverage::default();
        let active = [(1, 1), (1, 1), (2, 2), (3, 4)];
        assert_eq!(
            summary(&coverage(&required, &active)),
            [("executive", 1, 2, true), ("tier3", 1, 0, false)]
        );
    }

    #[test]
    fn only_required_tiers_are_listed_and_executive_always() {
        let required = RequiredCoverage {
            executive: 0,
            tier1: 0,
            tier2: 2,
            tier3: 0,
            tier4: 1,
        };
        assert_eq!(
            summary(&coverage(&required, &[(5, 2)])),
            [
                ("executive", 0, 1, true),
                ("tier2", 2, 1, false),
                ("tier4", 1, 0, false)
            ]
        );
    }
}
