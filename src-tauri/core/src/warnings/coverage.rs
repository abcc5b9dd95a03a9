//! Required coverage, counted the one way every rule and the what-if count it: distinct
//! sponsors in post on a day holding a running sponsorship in a covering role.

use chrono::NaiveDate;

use super::index::Index;
use super::snapshot::{SponsorFacts, SponsorshipFacts};
use crate::initiatives::model::RequiredCoverage;
use crate::Id;

/// One requirement line: which tiers count toward it and how many sponsors it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub key: &'static str,
    pub label: &'static str,
    pub required: u8,
    pub tiers: (u8, u8),
}

impl Line {
    pub fn fits(&self, tier: u8) -> bool {
        (self.tiers.0..=self.tiers.1).contains(&tier)
    }
}

/// The five lines of a RequiredCoverage, executive first.
pub(crate) fn lines(r: &RequiredCoverage) -> [Line; 5] {
    [
        Line {
            key: "executive",
            label: "executive sponsors (tier 1-2)",
            required: r.executive,
            tiers: (1, 2),
        },
        Line {
            key: "tier1",
            label: "tier-1 sponsors",
            required: r.tier1,
            tiers: (1, 1),
        },
        Line {
            key: "tier2",
            label: "tier-2 sponsors",
            required: r.tier2,
            tiers: (2, 2),
        },
        Line {
            key: "tier3",
            label: "tier-3 line managers",
            required: r.tier3,
            tiers: (3, 3),
        },
        Line {
            key: "tier4",
            label: "tier-4 operational champions",
            required: r.tier4,
            tiers: (4, 4),
        },
    ]
}

/// The sponsors counted on an initiative on a day, ascending by id, each once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Coverage<'a> {
    pub sponsors: Vec<&'a SponsorFacts>,
}

impl<'a> Coverage<'a> {
    /// Counts the sponsors that `counts` accepts among those in post on `day` with a
    /// sponsorship of `initiative_id` running on `day`.
    pub fn on(
        ix: &Index<'a>,
        initiative_id: Id,
        day: NaiveDate,
        counts: impl Fn(&SponsorshipFacts, &SponsorFacts) -> bool,
    ) -> Coverage<'a> {
        let mut sponsors: Vec<&SponsorFacts> = ix
            .sponsorships_of_initiative(initiative_id)
            .iter()
            .filter(|s| s.runs_on(day))
            .filter_map(|s| {
                ix.sponsor(s.sponsor_id)
                    .filter(|p| p.in_post_on(day) && counts(s, p))
            })
            .collect();
        sponsors.sort_by_key(|p| p.id);
        sponsors.dedup_by_key(|p| p.id);
        Coverage { sponsors }
    }

    /// The standard count: covering roles only.
    pub fn covering(ix: &Index<'a>, initiative_id: Id, day: NaiveDate) -> Coverage<'a> {
        Coverage::on(ix, initiative_id, day, |s, _| s.covers())
    }

    pub fn on_line(&self, line: &Line) -> Vec<&'a SponsorFacts> {
        self.sponsors
            .iter()
            .copied()
            .filter(|p| line.fits(p.tier))
            .collect()
    }

    pub fn count(&self, line: &Line) -> u8 {
        u8::try_from(self.sponsors.iter().filter(|p| line.fits(p.tier)).count()).unwrap_or(u8::MAX)
    }

    pub fn in_tier(&self, tier: u8) -> Vec<&'a SponsorFacts> {
        self.sponsors
            .iter()
            .copied()
            .filter(|p| p.tier == tier)
            .collect()
    }
}
