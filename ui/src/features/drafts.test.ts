import { describe, expect, it } from 'vitest';
import { byQuarter, emptyInitiativeDraft, toInitiativeInput } from './initiatives/draft';
import { emptySponsorDraft, toSponsorInput } from './sponsors/draft';
import { emptySponsorshipDraft, toSponsorshipInput } from './sponsorships/draft';

describe('sponsor draft', () => {
  it('sends null for empty email and for the date of an active sponsor', () => {
    const d = { ...emptySponsorDraft(4), name: 'Ada', email: '  ', status_date: '2026-01-01' };
    const input = toSponsorInput(d);
    expect(input.email).toBeNull();
    expect(input.status_date).toBeNull();
    expect(input.org_unit_id).toBe(4);
  });
  it('keeps the date of a departing sponsor', () => {
    const d = { ...emptySponsorDraft(), status: 'departing' as const, status_date: ' 2026-12-15 ' };
    expect(toSponsorInput(d).status_date).toBe('2026-12-15');
  });
});

describe('initiative draft', () => {
  it('defaults to one executive and one tier-3 line manager', () => {
    expect(emptyInitiativeDraft().required_coverage).toEqual({
      executive: 1,
      tier1: 0,
      tier2: 0,
      tier3: 1,
      tier4: 0,
    });
  });
  it('turns cleared number boxes into 0 and empty dates into null', () => {
    const d = emptyInitiativeDraft();
    (d.required_coverage as Record<string, unknown>).tier3 = null;
    const input = toInitiativeInput(d);
    expect(input.required_coverage.tier3).toBe(0);
    expect(input.start_date).toBeNull();
  });
  it('groups milestones by quarter in order', () => {
    const g = byQuarter([
      { quarter: '2026-Q3', title: 'b' },
      { quarter: '2026-Q1', title: 'a' },
      { quarter: '2026-Q3', title: 'c' },
    ]);
    expect(g.map(([q, xs]) => [q, xs.length])).toEqual([
      ['2026-Q1', 1],
      ['2026-Q3', 2],
    ]);
  });
});

describe('sponsorship draft', () => {
  it('pre-fills both sides and converts dates', () => {
    const d = emptySponsorshipDraft(3, 9);
    expect([d.sponsor_id, d.initiative_id]).toEqual([3, 9]);
    const input = toSponsorshipInput({ ...d, start_date: '', end_date: '2027-01-01' });
    expect(input.start_date).toBeNull();
    expect(input.end_date).toBe('2027-01-01');
  });
});
