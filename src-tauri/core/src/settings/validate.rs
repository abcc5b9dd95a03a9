//! Field rules for settings; pure, so a settings form can check as the user types.

use super::model::Settings;
use crate::error::FieldError;
use crate::validate::Errors;

/// Every problem with `settings`, each named by its field path (`cadence_days.tier1`).
pub fn check(settings: &Settings) -> Vec<FieldError> {
    let mut errors = Errors::default();
    errors.range(
        "horizon_days",
        "The departure horizon (days)",
        settings.horizon_days,
        1,
        730,
    );
    let c = &settings.cadence_days;
    for (field, tier, value) in [
        ("cadence_days.tier1", 1, c.tier1),
        ("cadence_days.tier2", 2, c.tier2),
        ("cadence_days.tier3", 3, c.tier3),
        ("cadence_days.tier4", 4, c.tier4),
    ] {
        errors.range(
            field,
            &format!("The tier-{tier} cadence (days)"),
            value,
            1,
            365,
        );
    }
    errors.range(
        "concentration_percent",
        "The concentration threshold (%)",
        settings.concentration_percent,
        1,
        100,
    );
    errors.range(
        "committee_grace_days",
        "The committee grace (days)",
        settings.committee_grace_days,
        0,
        365,
    );
    errors.range(
        "story_drought_days",
        "The story drought (days)",
        settings.story_drought_days,
        1,
        730,
    );
    let r = &settings.default_required_coverage;
    // Same bounds as the initiatives table's CHECKs, so a default can always be saved.
    for (field, what, value) in [
        (
            "default_required_coverage.executive",
            "Required executive sponsors",
            r.executive,
        ),
        (
            "default_required_coverage.tier1",
            "Required tier-1 sponsors",
            r.tier1,
        ),
        (
            "default_required_coverage.tier2",
            "Required tier-2 sponsors",
            r.tier2,
        ),
        (
            "default_required_coverage.tier3",
            "Required tier-3 sponsors",
            r.tier3,
        ),
        (
            "default_required_coverage.tier4",
            "Required tier-4 sponsors",
            r.tier4,
        ),
    ] {
        errors.range(field, what, i64::from(value), 0, 20);
    }
    errors.into_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_bounds_are_inclusive() {
        assert!(check(&Settings::default()).is_empty());
        let mut s = Settings {
            horizon_days: 730,
            concentration_percent: 100,
            ..Settings::default()
        };
        s.cadence_days.tier1 = 365;
        assert!(check(&s).is_empty());
        s.horizon_days = 0;
        s.cadence_days.tier4 = 366;
        s.concentration_percent = 101;
        s.default_required_coverage.tier3 = 21;
        let fields: Vec<String> = check(&s).into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "horizon_days",
                "cadence_days.tier4",
                "concentration_percent",
                "default_required_coverage.tier3"
            ]
        );
    }
}
