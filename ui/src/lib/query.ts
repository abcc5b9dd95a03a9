// Building the SponsorQuery the list sends, and toggling sort from a column header. Pure, tested.
import type { SponsorQuery } from './bindings/SponsorQuery';
import type { SponsorSort } from './bindings/SponsorSort';
import type { SponsorStatus } from './bindings/SponsorStatus';
import type { Stance } from './bindings/Stance';

/** What the filter bar holds: strings straight from inputs and selects ('' = any). */
export type SponsorFilters = {
  search: string;
  tier: string;
  stance: string;
  status: string;
  orgUnit: string;
  sort: SponsorSort;
  descending: boolean;
};

export const DEFAULT_FILTERS: SponsorFilters = {
  search: '',
  tier: '',
  stance: '',
  status: '',
  orgUnit: '',
  sort: 'name',
  descending: false,
};

function intOrNull(s: string): number | null {
  if (s.trim() === '') return null;
  const n = Number(s);
  return Number.isInteger(n) ? n : null;
}

/** Everyone whose name contains `search`, by name: for pickers and the palette. */
export function searchQuery(search = ''): SponsorQuery {
  return buildSponsorQuery({ ...DEFAULT_FILTERS, search });
}

export function buildSponsorQuery(f: SponsorFilters): SponsorQuery {
  const search = f.search.trim();
  return {
    search: search === '' ? null : search,
    tier: intOrNull(f.tier),
    stance: f.stance === '' ? null : (f.stance as Stance),
    status: f.status === '' ? null : (f.status as SponsorStatus),
    org_unit_id: intOrNull(f.orgUnit),
    sort: f.sort,
    descending: f.descending,
  };
}

/** Clicking the sorted column flips direction; clicking another sorts it ascending. */
export function toggleSort(
  cur: { sort: SponsorSort; descending: boolean },
  col: SponsorSort,
): { sort: SponsorSort; descending: boolean } {
  if (cur.sort === col) return { sort: col, descending: !cur.descending };
  return { sort: col, descending: false };
}

export function ariaSort(
  cur: { sort: SponsorSort; descending: boolean },
  col: SponsorSort,
): 'ascending' | 'descending' | 'none' {
  if (cur.sort !== col) return 'none';
  return cur.descending ? 'descending' : 'ascending';
}
