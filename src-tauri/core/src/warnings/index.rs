//! Lookups over a snapshot, built once per evaluation so every rule runs in near-linear time:
//! sponsorships by initiative and by sponsor, touchpoints by sponsor, and the org-unit tree;
//! plus the sponsors a what-if changed, read in place of the snapshot's own facts.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use chrono::NaiveDate;

use super::snapshot::{Snapshot, SponsorFacts, SponsorshipFacts, TouchpointFacts};
use crate::sponsors::model::Stance;
use crate::Id;

/// Hashes an id with one multiplication (Fibonacci hashing). Ids are our own rowids, not
/// attacker-chosen keys, so std's DoS-resistant SipHash only costs time here.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_i64(&mut self, id: i64) {
        self.0 = (id as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

pub(crate) type IdMap<V> = HashMap<Id, V, BuildHasherDefault<IdHasher>>;

/// One entry of a sponsor's touchpoint list, with the date and stance copied beside the
/// reference: searching a list then reads one contiguous array instead of chasing pointers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seen<'a> {
    pub on: NaiveDate,
    pub stance: Option<Stance>,
    pub touchpoint: &'a TouchpointFacts,
}

/// Where each id's list starts in a flat array. Ids are rowids, nearly dense from 1: a plain
/// array indexed by id then answers without hashing; sparse ids fall back to a map.
enum Slots {
    Dense(Vec<u32>),
    Sparse(IdMap<u32>),
}

impl Slots {
    const NONE: u32 = u32::MAX;

    /// Slots 0, 1, .. in the order the ids are first seen.
    fn of(ids: impl Iterator<Item = Id> + Clone) -> (Slots, usize) {
        let (mut n, mut max, mut min) = (0usize, 0, 0);
        for id in ids.clone() {
            n += 1;
            max = max.max(id);
            min = min.min(id);
        }
        let dense_up_to = usize::try_from(max).ok().filter(|m| *m <= 8 * n + 1024);
        let mut next = 0u32;
        match dense_up_to {
            Some(max) if min >= 0 => {
                let mut at = vec![Self::NONE; max + 1];
                for id in ids {
                    let slot = &mut at[usize::try_from(id).unwrap_or(0)];
                    if *slot == Self::NONE {
                        *slot = next;
                        next += 1;
                    }
                }
                (Slots::Dense(at), next as usize)
            }
            _ => {
                let mut at = IdMap::default();
                for id in ids {
                    at.entry(id).or_insert_with(|| {
                        next += 1;
                        next - 1
                    });
                }
                (Slots::Sparse(at), next as usize)
            }
        }
    }

    #[inline]
    fn get(&self, id: Id) -> Option<usize> {
        let slot = match self {
            Slots::Dense(at) => *usize::try_from(id).ok().and_then(|i| at.get(i))?,
            Slots::Sparse(at) => *at.get(&id)?,
        };
        (slot != Self::NONE).then_some(slot as usize)
    }
}

/// Lists by id in one flat array, each in the order its items came: the id in slot `k` owns
/// `items[starts[k]..starts[k + 1]]`. Built in two passes without a vector per id.
struct Grouped<T> {
    slots: Slots,
    starts: Vec<usize>,
    items: Vec<T>,
}

impl<T: Copy> Grouped<T> {
    /// `pairs` is called twice and must give the same pairs both times; pairs whose id
    /// `slots` does not know are left out.
    fn new<I: Iterator<Item = (Id, T)>>(slots: (Slots, usize), pairs: impl Fn() -> I) -> Self {
        let (slots, n) = slots;
        let mut starts = vec![0usize; n + 1];
        let mut first = None;
        for (id, item) in pairs() {
            if let Some(slot) = slots.get(id) {
                starts[slot + 1] += 1;
                first.get_or_insert(item);
            }
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let Some(blank) = first else {
            return Grouped {
                slots,
                starts,
                items: Vec::new(),
            };
        };
        let mut fill = starts.clone();
        let mut items = vec![blank; starts[n]];
        for (id, item) in pairs() {
            if let Some(slot) = slots.get(id) {
                items[fill[slot]] = item;
                fill[slot] += 1;
            }
        }
        Grouped {
            slots,
            starts,
            items,
        }
    }

    #[inline]
    fn of(&self, id: Id) -> &[T] {
        match self.slots.get(id) {
            Some(slot) => &self.items[self.starts[slot]..self.starts[slot + 1]],
            None => &[],
        }
    }
}

pub(crate) struct Index<'a> {
    pub snap: &'a Snapshot,
    /// Sponsors whose facts a what-if changed (a handful at most), read instead of the
    /// snapshot's: the lookups below do not depend on any sponsor's facts, so one index serves
    /// both the "before" and the "after" world without copying the snapshot.
    overrides: &'a [SponsorFacts],
    /// The snapshot's sponsors, one each: a lookup without walking the map's tree.
    sponsors: Grouped<&'a SponsorFacts>,
    /// In id order.
    by_initiative: Grouped<&'a SponsorshipFacts>,
    /// In id order.
    by_sponsor: Grouped<&'a SponsorshipFacts>,
    /// Each sponsor's touchpoints, oldest first (date, then id); only the snapshot's sponsors.
    touchpoints: Grouped<Seen<'a>>,
}

impl<'a> Index<'a> {
    pub fn new(snap: &'a Snapshot) -> Index<'a> {
        let sponsorships = &snap.sponsorships;
        let by_initiative = Grouped::new(
            Slots::of(sponsorships.iter().map(|s| s.initiative_id)),
            || sponsorships.iter().map(|s| (s.initiative_id, s)),
        );
        let by_sponsor = Grouped::new(Slots::of(sponsorships.iter().map(|s| s.sponsor_id)), || {
            sponsorships.iter().map(|s| (s.sponsor_id, s))
        });
        let touchpoints = Grouped::new(Slots::of(snap.sponsors.keys().copied()), || {
            snap.touchpoints.iter().flat_map(|t| {
                let seen = Seen {
                    on: t.occurred_on,
                    stance: t.stance_observed,
                    touchpoint: t,
                };
                t.sponsor_ids.iter().map(move |id| (*id, seen))
            })
        });
        let sponsors = Grouped::new(Slots::of(snap.sponsors.keys().copied()), || {
            snap.sponsors.iter().map(|(id, p)| (*id, p))
        });
        Index {
            snap,
            overrides: &[],
            sponsors,
            by_initiative,
            by_sponsor,
            touchpoints,
        }
    }

    /// Reads `overrides` in place of the snapshot's facts of the same sponsors; an override of
    /// an id the snapshot does not hold is never read.
    pub fn set_overrides(&mut self, overrides: &'a [SponsorFacts]) {
        self.overrides = overrides;
    }

    fn overridden(&self, p: &'a SponsorFacts) -> &'a SponsorFacts {
        self.overrides.iter().find(|o| o.id == p.id).unwrap_or(p)
    }

    pub fn sponsor(&self, id: Id) -> Option<&'a SponsorFacts> {
        let p = *self.sponsors.of(id).first()?;
        Some(if self.overrides.is_empty() {
            p
        } else {
            self.overridden(p)
        })
    }

    /// Every sponsor, by id.
    pub fn sponsors(&self) -> impl Iterator<Item = &'a SponsorFacts> + '_ {
        self.snap.sponsors.values().map(|p| self.overridden(p))
    }

    pub fn sponsorships_of_initiative(&self, id: Id) -> &[&'a SponsorshipFacts] {
        self.by_initiative.of(id)
    }

    pub fn sponsorships_of_sponsor(&self, id: Id) -> &[&'a SponsorshipFacts] {
        self.by_sponsor.of(id)
    }

    /// A sponsor's touchpoints on or before `day`, oldest first.
    pub fn touchpoints_until(&self, sponsor_id: Id, day: NaiveDate) -> &[Seen<'a>] {
        let all = self.touchpoints.of(sponsor_id);
        let end = all.partition_point(|t| t.on <= day);
        &all[..end]
    }

    /// True when `unit` is `ancestor` or lies under it in the org tree. The walk is bounded by
    /// the number of units, so a cycle in damaged data cannot loop forever.
    pub fn unit_within(&self, unit: Id, ancestor: Id) -> bool {
        let mut current = Some(unit);
        for _ in 0..=self.snap.org_units.len() {
            match current {
                Some(id) if id == ancestor => return true,
                Some(id) => current = self.snap.org_units.get(&id).and_then(|u| u.parent_id),
                None => return false,
            }
        }
        false
    }

    pub fn unit_name(&self, id: Id) -> String {
        self.snap
            .org_units
            .get(&id)
            .map_or_else(|| format!("org unit {id}"), |u| u.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::{Grouped, Slots};

    /// Dense and sparse ids group alike, each list in arrival order; unknown ids have none.
    #[test]
    fn grouped_lists_by_dense_and_sparse_ids() {
        for ids in [[1, 2, 3, 2, 1], [7, -4, 1 << 40, -4, 7]] {
            let pairs = || ids.iter().enumerate().map(|(at, id)| (*id, at));
            let grouped = Grouped::new(Slots::of(ids.iter().copied()), pairs);
            assert!(matches!(grouped.slots, Slots::Dense(_)) == (ids[0] == 1));
            assert_eq!(grouped.of(ids[0]), [0, 4]);
            assert_eq!(grouped.of(ids[1]), [1, 3]);
            assert_eq!(grouped.of(ids[2]), [2]);
            assert!(grouped.of(99).is_empty() && grouped.of(-1).is_empty());
        }
        let empty: Grouped<usize> = Grouped::new(Slots::of([].into_iter()), std::iter::empty);
        assert!(empty.of(1).is_empty());
    }
}
