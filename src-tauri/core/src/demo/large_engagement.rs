//! The large demo's touchpoints: over the last 400 days, one to three sponsors each (executives
//! more often), a third with an observed stance, a fifth with a follow-up (some now overdue), and
//! asks and commitments open, met or dropped.

use rusqlite::Transaction;

use super::clock::Clock;
use super::large::{record_created, Sizes, World};
use super::rng::Rng;
use super::texts;
use crate::error::Result;
use crate::sponsors::Stance;
use crate::touchpoints::{self, ItemKind, ItemStatus, Touchpoint, TouchpointItem, TouchpointKind};

/// Logs the touchpoints; returns how many.
pub(super) fn fill(
    tx: &Transaction,
    rng: &mut Rng,
    clock: &mut Clock,
    world: &World,
    sizes: &Sizes,
) -> Result<usize> {
    let mut item_id = 0;
    for id in 1..=sizes.touchpoints {
        let id = i64::try_from(id).unwrap_or(i64::MAX);
        let ago = rng.between(0, 400);
        let occurred_on = world.day(-ago);
        let mut sponsor_ids: Vec<i64> = (0..rng.between(1, 3))
            .map(|_| {
                let person = if rng.chance(40) && !world.executives.is_empty() {
                    &world.people[world.executives[rng.below(world.executives.len())]]
                } else {
                    &world.people[rng.below(world.people.len())]
                };
                person.id
            })
            .collect();
        sponsor_ids.sort_unstable();
        sponsor_ids.dedup();
        let mut items = Vec::new();
        for _ in 0..rng.below(3) {
            let (kind, text) = if rng.chance(50) {
                (ItemKind::Ask, *rng.pick(texts::ASKS))
            } else {
                (ItemKind::Commitment, *rng.pick(texts::COMMITMENTS))
            };
            let (status, resolved_on) = match rng.below(10) {
                0..=4 => (ItemStatus::Open, None),
                5..=8 => (ItemStatus::Met, Some(rng.between(0, ago))),
                _ => (ItemStatus::Dropped, Some(rng.between(0, ago))),
            };
            item_id += 1;
            items.push(TouchpointItem {
                id: item_id,
                touchpoint_id: id,
                kind,
                text: text.to_string(),
                status,
                resolved_on: resolved_on.map(|back| world.day(-back)),
            });
        }
        let at = clock.tick();
        let touchpoint = Touchpoint {
            id,
            occurred_on,
            kind: *rng.pick(TouchpointKind::ALL),
            summary: format!(
                "{}: {}",
                rng.pick(texts::TOUCHPOINT_TOPICS),
                rng.pick(texts::PROGRAMMES)
            ),
            stance_observed: rng.chance(33).then(|| *rng.pick(Stance::ALL)),
            follow_up_on: rng.chance(20).then(|| world.day(-ago + rng.between(7, 60))),
            sponsor_ids,
            items,
            created_at: at.clone(),
            updated_at: at.clone(),
        };
        touchpoints::insert_verbatim(tx, &touchpoint)?;
        record_created(tx, &at, "touchpoints", id, &touchpoint)?;
    }
    Ok(sizes.touchpoints)
}
