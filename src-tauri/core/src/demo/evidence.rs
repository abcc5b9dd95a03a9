//! The small demo's evidence of value: quick wins (hard-dollar savings from consolidating
//! duplicate subscriptions [000], one in USD and one in EUR, one late), success stories in the
//! beneficiaries' own words with consent given, pending and withheld, and programme metrics with
//! quarterly values.

use std::collections::HashMap;

use chrono::{Datelike, Duration, Months, NaiveDate};
use rusqlite::Transaction;

use super::small::lookup;
use crate::error::Result;
use crate::metrics::{self, Direction, MetricInput, MetricValueInput};
use crate::stories::{self, Consent, Impact, QuoteInput, StoryInput, UsageInput, UsageKind};
use crate::wins::{self, Evidence, EvidenceKind, QuickWinInput, Recurrence, WinStatus};
use crate::Id;

/// How many of each the demo created.
pub(super) struct Created {
    pub quick_wins: usize,
    pub stories: usize,
    pub metrics: usize,
    pub metric_values: usize,
}

struct Win {
    plan: &'static str,
    title: &'static str,
    /// Start, target and delivery, in days from today.
    days: (i64, i64, Option<i64>),
    status: WinStatus,
    savings: Option<(&'static str, &'static str, Recurrence)>,
    basis: &'static str,
    benefits: &'static str,
    sponsors: &'static [&'static str],
    evidence: &'static [(&'static str, &'static str)],
}

const WINS: &[Win] = &[
    Win {
        plan: "subs",
        title: "Consolidate duplicate research subscriptions",
        days: (-150, -60, Some(-70)),
        status: WinStatus::Delivered,
        savings: Some(("48600.00", "USD", Recurrence::PerYear)),
        basis: "Products, Support and Sales each paid for the same two research services; one company contract replaces five team contracts",
        benefits: "Everyone now reads the same analyst reports",
        sponsors: &["supm", "vpsa"],
        evidence: &[
            ("https://intranet.northwind.example/procurement/contract-2291", "Company contract"),
            ("subscriptions-before-after.xlsx", "Cost comparison"),
        ],
    },
    Win {
        plan: "kcs",
        title: "Merge conflicting support answers",
        days: (-120, -30, Some(-35)),
        status: WinStatus::Delivered,
        savings: Some(("12500.00", "EUR", Recurrence::OneOff)),
        basis: "Two outsourced translation batches no longer needed for duplicate articles",
        benefits: "One answer per topic on the help site and in the agents' knowledge base",
        sponsors: &["vps", "supm"],
        evidence: &[("https://support.northwind.example/kb/merge-report", "Merge report")],
    },
    Win {
        plan: "llp",
        title: "First 20 lessons published in the portal",
        days: (-170, -20, None),
        status: WinStatus::InProgress,
        savings: None,
        basis: "",
        benefits: "Exercise planners reuse lessons instead of relearning them",
        sponsors: &["cos", "kmwg"],
        evidence: &[],
    },
    Win {
        plan: "opscop",
        title: "After-action review template in every exercise plan",
        days: (-10, 100, None),
        status: WinStatus::Planned,
        savings: None,
        basis: "",
        benefits: "Reviews held within 14 days, filed where the next planner looks",
        sponsors: &["j5"],
        evidence: &[],
    },
];

/// (text, person, role, consent, days from today consent was given or withheld)
type Said = (
    &'static str,
    &'static str,
    &'static str,
    Consent,
    Option<i64>,
);

struct Told {
    plan: &'static str,
    day: i64,
    headline: &'static str,
    narrative: &'static str,
    tags: &'static [&'static str],
    quotes: &'static [Said],
    impacts: &'static [(&'static str, f64, f64, &'static str)],
}

const STORIES: &[Told] = &[
    Told {
        plan: "kcs",
        day: -25,
        headline: "The answer was already in the knowledge base",
        narrative: "A Tier 2 engineer closed a recurring outage ticket on the first call by following an article a colleague in Web had fixed the week before.",
        tags: &["support", "first-contact resolution", "time saved"],
        quotes: &[
            ("I found it in two minutes instead of escalating for two days.", "Ana Ruiz", "Tier 2 support engineer", Consent::Given, Some(-22)),
            ("Customers stopped getting three different answers from us.", "Tom Becker", "Support team lead", Consent::Pending, None),
        ],
        impacts: &[("First-contact resolution", 55.0, 63.0, "%")],
    },
    Told {
        plan: "llp",
        day: -50,
        headline: "Last winter's fuel lesson prevented a repeat shortfall",
        narrative: "A planner searched the portal before the winter exercise, found the previous year's fuel-forecast lesson and changed the resupply schedule.",
        tags: &["lessons learned", "logistics", "mistake prevented"],
        quotes: &[
            ("Without the portal we would have made the same mistake again.", "Maj. L. Duarte", "Exercise planner, J4", Consent::Given, Some(-45)),
            ("The lesson was written by my old unit; I would never have found it otherwise.", "Capt. S. Holm", "Logistics officer", Consent::Withheld, Some(-44)),
        ],
        impacts: &[("Days of fuel shortfall in the exercise", 3.0, 0.0, "days")],
    },
    Told {
        plan: "subs",
        day: -65,
        headline: "Three teams, one subscription",
        narrative: "Support discovered that Products and Sales paid for the same research services; one contract now serves all three.",
        tags: &["savings", "quick win"],
        quotes: &[(
            "We had no idea the other teams were paying for the same thing.",
            "Priya Anand",
            "Sales operations analyst",
            Consent::Given,
            Some(-60),
        )],
        impacts: &[("Research subscription cost per year", 97200.0, 48600.0, "USD")],
    },
];

struct Measure {
    name: &'static str,
    unit: &'static str,
    direction: Direction,
    plan: Option<&'static str>,
    outcome: &'static str,
    /// Oldest quarter first.
    values: [f64; 4],
}

const MEASURES: &[Measure] = &[
    Measure {
        name: "Operations CoP active members",
        unit: "people",
        direction: Direction::HigherIsBetter,
        plan: Some("opscop"),
        outcome: "Exercise lessons applied in the next plan",
        values: [18.0, 26.0, 31.0, 44.0],
    },
    Measure {
        name: "First-contact resolution",
        unit: "%",
        direction: Direction::HigherIsBetter,
        plan: Some("kcs"),
        outcome: "Fewer escalations and lower support cost",
        values: [54.0, 55.0, 59.0, 63.0],
    },
    Measure {
        name: "Lessons published",
        unit: "lessons",
        direction: Direction::HigherIsBetter,
        plan: Some("llp"),
        outcome: "Mistakes not repeated across exercises",
        values: [0.0, 12.0, 27.0, 40.0],
    },
    Measure {
        name: "Hours to find an expert",
        unit: "hours",
        direction: Direction::LowerIsBetter,
        plan: Some("expertise"),
        outcome: "Fewer outside consultants hired for skills we have",
        values: [30.0, 28.0, 21.0, 16.0],
    },
];

pub(super) fn fill(
    tx: &Transaction,
    today: NaiveDate,
    people: &HashMap<&str, Id>,
    plans: &HashMap<&str, Id>,
    told_at_meeting: Id,
) -> Result<Created> {
    let day = |offset: i64| today + Duration::days(offset);
    for w in WINS {
        let input = QuickWinInput {
            initiative_id: Some(lookup(plans, w.plan)?),
            title: w.title.to_string(),
            start_on: Some(day(w.days.0)),
            target_on: Some(day(w.days.1)),
            status: w.status,
            delivered_on: w.days.2.map(day),
            savings_amount: w.savings.map(|(amount, _, _)| amount.to_string()),
            currency: w.savings.map(|(_, currency, _)| currency.to_string()),
            savings_basis: w.basis.to_string(),
            recurrence: w.savings.map_or(Recurrence::OneOff, |(_, _, r)| r),
            soft_benefits: w.benefits.to_string(),
            evidence: w
                .evidence
                .iter()
                .map(|(reference, label)| Evidence {
                    kind: if reference.starts_with("https://") {
                        EvidenceKind::Link
                    } else {
                        EvidenceKind::File
                    },
                    reference: (*reference).to_string(),
                    label: (*label).to_string(),
                })
                .collect(),
            sponsor_ids: w
                .sponsors
                .iter()
                .map(|k| lookup(people, k))
                .collect::<Result<_>>()?,
        };
        wins::create(tx, &input)?;
    }
    let mut story_ids = Vec::new();
    for s in STORIES {
        let input = StoryInput {
            initiative_id: Some(lookup(plans, s.plan)?),
            told_on: Some(day(s.day)),
            headline: s.headline.to_string(),
            narrative: s.narrative.to_string(),
            tags: s.tags.iter().map(|t| (*t).to_string()).collect(),
            quotes: s
                .quotes
                .iter()
                .map(|(text, person, role, consent, on)| QuoteInput {
                    id: None,
                    text: (*text).to_string(),
                    person_name: (*person).to_string(),
                    person_role: (*role).to_string(),
                    consent: *consent,
                    consent_on: on.map(day),
                })
                .collect(),
            impacts: s
                .impacts
                .iter()
                .map(|(metric, before, after, unit)| Impact {
                    metric: (*metric).to_string(),
                    before: *before,
                    after: *after,
                    unit: (*unit).to_string(),
                })
                .collect(),
        };
        story_ids.push(stories::create(tx, &input)?.id);
    }
    // Where the stories were already told, so packs do not repeat them.
    let usages = [
        (
            story_ids[0],
            UsageKind::Brief,
            Some(lookup(people, "vps")?),
            None,
            -10,
        ),
        (
            story_ids[1],
            UsageKind::Meeting,
            None,
            Some(told_at_meeting),
            -40,
        ),
    ];
    for (story, kind, sponsor_id, meeting_id, on) in usages {
        let input = UsageInput {
            story_id: Some(story),
            kind,
            sponsor_id,
            meeting_id,
            used_on: Some(day(on)),
            note: String::new(),
        };
        stories::record_usage(tx, &input)?;
    }
    let quarter_start =
        NaiveDate::from_ymd_opt(today.year(), today.month0() / 3 * 3 + 1, 1).unwrap_or(today);
    for m in MEASURES {
        let input = MetricInput {
            name: m.name.to_string(),
            unit: m.unit.to_string(),
            direction: m.direction,
            initiative_id: m.plan.map(|p| lookup(plans, p)).transpose()?,
            outcome: m.outcome.to_string(),
        };
        let metric = metrics::create(tx, &input)?.id;
        for (back, value) in (0..4_u32).rev().zip(m.values) {
            // The first day of each of the last four quarters, oldest first.
            let on = quarter_start
                .checked_sub_months(Months::new(3 * back))
                .unwrap_or(quarter_start);
            let input = MetricValueInput {
                metric_id: Some(metric),
                measured_on: Some(on),
                value,
                note: String::new(),
            };
            metrics::add_value(tx, &input)?;
        }
    }
    Ok(Created {
        quick_wins: WINS.len(),
        stories: STORIES.len(),
        metrics: MEASURES.len(),
        metric_values: MEASURES.iter().map(|m| m.values.len()).sum(),
    })
}
