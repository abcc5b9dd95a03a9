import { describe, expect, it } from 'vitest';
import { ariaSort, buildSponsorQuery, DEFAULT_FILTERS, toggleSort } from './query';

describe('buildSponsorQuery', () => {
  it('sends nulls for empty filters', () => {
    expect(buildSponsorQuery(DEFAULT_FILTERS)).toEqual({
      search: null,
      tier: null,
      stance: null,
      status: null,
      org_unit_id: null,
      sort: 'name',
      descending: false,
    });
  });
  it('converts select strings to typed values and trims the search', () => {
    expect(
      buildSponsorQuery({
        ...DEFAULT_FILTERS,
        search: '  ada ',
        tier: '2',
        stance: 'champion',
        status: 'departing',
        orgUnit: '7',
        sort: 'tier',
        descending: true,
      }),
    ).toEqual({
      search: 'ada',
      tier: 2,
      stance: 'champion',
      status: 'departing',
      org_unit_id: 7,
      sort: 'tier',
      descending: true,
    });
  });
  it('ignores a non-number tier', () => {
    expect(buildSponsorQuery({ ...DEFAULT_FILTERS, tier: 'x' }).tier).toBeNull();
  });
});

describe('sorting', () => {
  it('flips direction on the same column, resets on another', () => {
    expect(toggleSort({ sort: 'name', descending: false }, 'name')).toEqual({ sort: 'name', descending: true });
    expect(toggleSort({ sort: 'name', descending: true }, 'tier')).toEqual({ sort: 'tier', descending: false });
  });
  it('reports aria-sort', () => {
    expect(ariaSort({ sort: 'name', descending: false }, 'name')).toBe('ascending');
    expect(ariaSort({ sort: 'name', descending: true }, 'name')).toBe('descending');
    expect(ariaSort({ sort: 'name', descending: true }, 'tier')).toBe('none');
  });
});
