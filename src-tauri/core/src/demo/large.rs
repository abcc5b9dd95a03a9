//! The large demo: 5,000 sponsors, 500 initiatives and 20,000 sponsorships in one transaction,
//! to feel the lists and warnings at scale. Same insert SQL and history rows as a user's save.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};
use rusqlite::Transaction;

use super::clock::Clock;
use super::rng::Rng;
use super::texts;
use super::DemoSummary;
use crate::error::Result;
use crate::history::{self, HistoryAction};
use crate::initiatives::{InitiativeInput, InitiativeKind, InitiativeStatus, RequiredCoverage};
use crate::org_units::{OrgUnitInput, OrgUnitKind};
use crate::sponsors::{SponsorInput, SponsorStatus, Stance};
use crate::sponsorships::{Contributions, SponsorshipInput, SponsorshipRole};
use crate::{initiatives, org_units, sponsors, sponsorships, Id};

const ORGANISATIONS: usize = 5;
const UNITS_PER_ORGANISATION: usize = 12;
const SPONSORS: usize = 5_000;
const INITIATIVES: usize = 500;
const SPONSORSHIPS: usize = 20_000;

/// Tiers by share of people: few executives, many line managers and champions.
const TIERS: &[i64] = &[1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4];

pub fn fill(tx: &Transaction, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    let mut rng = Rng::new(seed);
    let mut clock = Clock::new(today);
    let day = |offset: i64| today + Duration::days(offset);

    let mut units: Vec<Id> = Vec::new();
    for o in 1..=ORGANISATIONS {
        let top = OrgUnitInput {
            name: format!("Organisation {o:02}"),
            kind: OrgUnitKind::Organisation,
            parent_id: None,
            notes: String::new(),
        };
        let top = org_units::create_at(tx, &top, &clock.tick())?.id;
        for d in 1..=UNITS_PER_ORGANISATION {
            let unit = OrgUnitInput {
                name: format!("Organisation {o:02} / Department {d:02}"),
                kind: OrgUnitKind::Department,
                parent_id: Some(top),
                notes: String::new(),
            };
            units.push(org_units::create_at(tx, &unit, &clock.tick())?.id);
        }
    }

    // Insert without re-validating each row (the generator keeps every rule by construction),
    // then read the row back for its history entry, as create does.
    let mut people: Vec<(Id, i64)> = Vec::with_capacity(SPONSORS);
    for n in 0..SPONSORS {
        let tier = *rng.pick(TIERS);
        let (status, status_date) = match rng.below(20) {
            0 => (SponsorStatus::Departing, Some(day(rng.between(1, 120)))),
            1 => (SponsorStatus::Departed, Some(day(-rng.between(1, 365)))),
            2 => (SponsorStatus::RoleChanged, Some(day(-rng.between(1, 365)))),
            _ => (SponsorStatus::Active, None),
        };
        // Someone of a higher tier created earlier: no reporting loop can form.
        let bosses: Vec<&(Id, i64)> = people
            .iter()
            .rev()
            .take(200)
            .filter(|(_, t)| *t < tier)
            .collect();
        let reports_to_id = (!bosses.is_empty()).then(|| bosses[rng.below(bosses.len())].0);
        let first = rng.pick(texts::FIRST_NAMES);
        let last = rng.pick(texts::LAST_NAMES);
        let input = SponsorInput {
            name: format!("{first} {last}"),
            title: format!("Tier {tier} lead {n:04}"),
            email: None,
            org_unit_id: Some(units[rng.below(units.len())]),
            reports_to_id,
            tier,
            stance: *rng.pick(Stance::ALL),
            influence: rng.between(1, 5),
            interest: rng.between(1, 5),
            status,
            status_date,
            priorities: rng.pick(texts::COMPANY_PRIORITIES).to_string(),
            talking_points: rng.pick(texts::TALKING_POINTS).to_string(),
            preferred_channel: rng.pick(texts::CHANNELS).to_string(),
            notes: String::new(),
        };
        let at = clock.tick();
        let id = sponsors::insert(tx, None, &input, &at, &at)?;
        let sponsor = sponsors::get(tx, id)?;
        history::record_at(
            tx,
            &at,
            "sponsors",
            id,
            HistoryAction::Create,
            None,
            Some(&sponsor),
        )?;
        people.push((id, tier));
    }

    let mut plans: Vec<Id> = Vec::with_capacity(INITIATIVES);
    for n in 0..INITIATIVES {
        let start = rng.between(-700, 100);
        let input = InitiativeInput {
            name: format!("Initiative {n:03}"),
            kind: *rng.pick(InitiativeKind::ALL),
            business_problem: String::new(),
            measurable_goal: String::new(),
            owner: String::new(),
            status: *rng.pick(InitiativeStatus::ALL),
            start_date: Some(day(start)),
            target_date: Some(day(start + rng.between(90, 720))),
            maturity_baseline: None,
            required_coverage: RequiredCoverage::default(),
            org_unit_ids: vec![units[rng.below(units.len())]],
            milestones: Vec::new(),
            assessments: Vec::new(),
        };
        let at = clock.tick();
        let id = initiatives::insert(tx, None, &input, &at, &at)?;
        for unit in &input.org_unit_ids {
            initiatives::insert_org_unit(tx, id, *unit)?;
        }
        let initiative = initiatives::get(tx, id)?;
        history::record_at(
            tx,
            &at,
            "initiatives",
            id,
            HistoryAction::Create,
            None,
            Some(&initiative),
        )?;
        plans.push(id);
    }

    // Each (sponsor, initiative, role) at most once, so no two open ones collide.
    let mut taken: HashSet<(Id, Id, SponsorshipRole)> = HashSet::with_capacity(SPONSORSHIPS);
    while taken.len() < SPONSORSHIPS {
        let (sponsor_id, tier) = people[rng.below(people.len())];
        let initiative_id = plans[rng.below(plans.len())];
        let role = match tier {
            1 | 2 if rng.chance(80) => SponsorshipRole::ExecutiveSponsor,
            3 if rng.chance(80) => SponsorshipRole::LineManagerSponsor,
            _ => *rng.pick(SponsorshipRole::ALL),
        };
        if !taken.insert((sponsor_id, initiative_id, role)) {
            continue;
        }
        let start = rng.between(-700, 0);
        let input = SponsorshipInput {
            sponsor_id: Some(sponsor_id),
            initiative_id: Some(initiative_id),
            role,
            start_date: Some(day(start)),
            end_date: rng.chance(15).then(|| day(start + rng.between(0, 600))),
            contributions: Contributions {
                translates_strategy: rng.chance(50),
                legitimizes: rng.chance(50),
                channels_resources: rng.chance(40),
                gives_voice: rng.chance(50),
                negotiates_accountability: rng.chance(30),
            },
            notes: String::new(),
        };
        let at = clock.tick();
        let id = sponsorships::insert(tx, None, &input, &at, &at)?;
        let sponsorship = sponsorships::get(tx, id)?;
        history::record_at(
            tx,
            &at,
            "sponsorships",
            id,
            HistoryAction::Create,
            None,
            Some(&sponsorship),
        )?;
    }

    let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
    Ok(DemoSummary {
        org_units: n(units.len() + ORGANISATIONS),
        sponsors: n(people.len()),
        initiatives: n(plans.len()),
        sponsorships: n(taken.len()),
        ..DemoSummary::default()
    })
}

#[cfg(test)]
mod tests {
    use crate::demo::{fill, DemoSize};
    use crate::testing::date;
    use crate::Store;

    #[test]
    fn large_demo_has_the_promised_sizes_and_is_consistent() {
        let mut store = Store::open_in_memory().unwrap();
        let summary = fill(&mut store, DemoSize::Large, 7, date("2026-06-15")).unwrap();
        assert_eq!(
            (summary.sponsors, summary.initiatives, summary.sponsorships),
            (5_000, 500, 20_000)
        );
        let history: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM history", [], |r| r.get(0))
            .unwrap();
        assert_eq!(history, 5_000 + 500 + 20_000 + 65);
        assert!(store.check().unwrap().ok);
    }
}
