//! The large demo's evidence of value: quick wins (two in five with hard-dollar savings in USD,
//! EUR or GBP; some late, some dropped), success stories with credited quotes whose consent is
//! given, pending or withheld, and programme metrics with weekly values.

use chrono::{Duration, NaiveDate};
use rusqlite::Transaction;

use super::clock::Clock;
use super::large::{as_id, record_created as record, Sizes, World};
use super::rng::Rng;
use super::texts;
use crate::error::Result;
use crate::metrics::{self, Direction, Metric, MetricValue};
use crate::stories::{self, Consent, Impact, Quote, Story};
use crate::wins::{self, Evidence, EvidenceKind, QuickWin, Recurrence, Savings, WinStatus};
use crate::Id;

/// How many of each the generator created.
pub(super) struct Created {
    pub quick_wins: usize,
    pub stories: usize,
    pub metrics: usize,
    pub metric_values: usize,
}

pub(super) fn fill(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
) -> Result<Created> {
    quick_wins(tx, rng, clock, world, sizes)?;
    stories_of(tx, rng, clock, world, sizes)?;
    measures(tx, rng, clock, world, sizes)?;
    Ok(Created {
        quick_wins: sizes.quick_wins,
        stories: sizes.stories,
        metrics: sizes.metrics,
        metric_values: sizes.metrics * sizes.values_per_metric,
    })
}

fn quick_wins(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
) -> Result<()> {
    let day = |offset: i64| world.day(offset);
    for n in 1..=sizes.quick_wins {
        let start = rng.between(-400, 0);
        // Most within six months; one in eight later (quick-win-late).
        let target = start
            + if rng.chance(12) {
                rng.between(200, 300)
            } else {
                rng.between(30, 170)
            };
        let status = if target < 0 && rng.chance(70) {
            WinStatus::Delivered
        } else {
            *rng.pick(&[
                WinStatus::Planned,
                WinStatus::InProgress,
                WinStatus::InProgress,
                WinStatus::Dropped,
            ])
        };
        let delivered_on = (status == WinStatus::Delivered)
            .then(|| day(rng.between(start, target.min(0).max(start))));
        let savings = rng.chance(40).then(|| {
            let minor = rng.between(5, 500) * 10_000;
            Savings {
                minor,
                currency: rng.pick(&["USD", "EUR", "GBP"]).to_string(),
                amount: wins::format_minor(minor, 2),
            }
        });
        let (title, benefits) = rng.pick(texts::WINS);
        let evidence = (0..rng.below(3))
            .map(|e| {
                if e == 0 {
                    Evidence {
                        kind: EvidenceKind::Link,
                        reference: format!("https://intranet.example/km/quick-wins/{n}"),
                        label: "Write-up".to_string(),
                    }
                } else {
                    Evidence {
                        kind: EvidenceKind::File,
                        reference: format!("quick-win-{n}-before-after.xlsx"),
                        label: "Cost comparison".to_string(),
                    }
                }
            })
            .collect();
        let mut sponsor_ids: Vec<Id> = (0..rng.between(1, 3))
            .map(|_| world.people[rng.below(world.people.len())].id)
            .collect();
        sponsor_ids.sort_unstable();
        sponsor_ids.dedup();
        let at = clock.tick();
        let recurrence = if savings.is_some() && rng.chance(50) {
            Recurrence::PerYear
        } else {
            Recurrence::OneOff
        };
        let win = QuickWin {
            id: as_id(n),
            initiative_id: world.plans[rng.below(world.plans.len())],
            title: title.to_string(),
            start_on: day(start),
            target_on: day(target),
            status,
            delivered_on,
            savings_basis: if savings.is_some() {
                "Contracts and licences no longer paid, per the finance team's figures".to_string()
            } else {
                String::new()
            },
            savings,
            recurrence,
            soft_benefits: benefits.to_string(),
            evidence,
            sponsor_ids,
            created_at: at.clone(),
            updated_at: at.clone(),
        };
        wins::insert_verbatim(tx, &win)?;
        record(tx, &at, "quick_wins", win.id, &win)?;
    }
    Ok(())
}

fn stories_of(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
) -> Result<()> {
    let mut quote_id = 0;
    for n in 1..=sizes.stories {
        let id = as_id(n);
        let ago = rng.between(0, 600);
        let told_on = world.day(-ago);
        let mut tags: Vec<String> = (0..rng.between(1, 3))
            .map(|_| rng.pick(texts::TAGS).to_string())
            .collect();
        tags.sort_unstable();
        tags.dedup();
        let quotes = (1..=rng.between(1, 2))
            .map(|_| {
                let (text, role) = rng.pick(texts::QUOTES);
                let (consent, consent_on) = match rng.below(10) {
                    0..=5 => (Consent::Given, Some(world.day(-rng.between(0, ago)))),
                    6..=8 => (Consent::Pending, None),
                    _ => (Consent::Withheld, Some(world.day(-rng.between(0, ago)))),
                };
                quote_id += 1;
                Quote {
                    id: quote_id,
                    story_id: id,
                    text: text.to_string(),
                    person_name: format!(
                        "{} {}",
                        rng.pick(texts::FIRST_NAMES),
                        rng.pick(texts::LAST_NAMES)
                    ),
                    person_role: role.to_string(),
                    consent,
                    consent_on,
                }
            })
            .collect();
        let impacts = if rng.chance(40) {
            let (metric, unit, lower, _) = rng.pick(texts::MEASURES);
            let before = f64::from(u32::try_from(rng.between(20, 80)).unwrap_or(50));
            let change = f64::from(u32::try_from(rng.between(5, 15)).unwrap_or(10));
            let after = if *lower {
                before - change
            } else {
                before + change
            };
            vec![Impact {
                metric: metric.to_string(),
                before,
                after,
                unit: unit.to_string(),
            }]
        } else {
            Vec::new()
        };
        let at = clock.tick();
        let story = Story {
            id,
            initiative_id: world.plans[rng.below(world.plans.len())],
            told_on,
            headline: rng.pick(texts::HEADLINES).to_string(),
            narrative: rng.pick(texts::NARRATIVES).to_string(),
            tags,
            quotes,
            impacts,
            usages: Vec::new(),
            created_at: at.clone(),
            updated_at: at.clone(),
        };
        stories::insert_verbatim(tx, &story)?;
        record(tx, &at, "stories", story.id, &story)?;
    }
    Ok(())
}

/// Metrics named after a measure and the programme they follow (names are unique), each with a
/// value a week apart, oldest first, drifting the right way with noise.
fn measures(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
) -> Result<()> {
    let mut value_id = 0;
    for n in 1..=sizes.metrics {
        let (name, unit, lower, outcome) = texts::MEASURES[(n - 1) % texts::MEASURES.len()];
        let at = clock.tick();
        let metric = Metric {
            id: as_id(n),
            name: format!("{name} {n:03}"),
            unit: unit.to_string(),
            direction: if lower {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            },
            initiative_id: rng
                .chance(80)
                .then(|| world.plans[rng.below(world.plans.len())]),
            outcome: outcome.to_string(),
            created_at: at.clone(),
            updated_at: at.clone(),
        };
        metrics::insert_verbatim(tx, &metric)?;
        record(tx, &at, "metrics", metric.id, &metric)?;
        let mut level = f64::from(u32::try_from(rng.between(20, 80)).unwrap_or(50));
        let weeks = as_id(sizes.values_per_metric);
        for week in 0..weeks {
            let step = f64::from(u32::try_from(rng.between(0, 4)).unwrap_or(2)) - 1.5;
            level = (level + if lower { -step } else { step }).max(0.0);
            value_id += 1;
            let measured_on: NaiveDate = world.today - Duration::weeks(weeks - 1 - week);
            let at = clock.tick();
            let value = MetricValue {
                id: value_id,
                metric_id: metric.id,
                measured_on,
                value: level,
                note: String::new(),
                created_at: at.clone(),
                updated_at: at.clone(),
            };
            metrics::insert_value_verbatim(tx, &value)?;
            record(tx, &at, "metric_values", value.id, &value)?;
        }
    }
    Ok(())
}
