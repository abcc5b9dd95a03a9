import { describe, expect, it } from 'vitest';
import { NAV, NAV_GROUPS, href, parseHash } from './route';

describe('routes', () => {
  it('parses lists and details', () => {
    expect(parseHash('#/initiatives/12')).toEqual({ section: 'initiatives', id: 12 });
    expect(parseHash('#/org-units')).toEqual({ section: 'org-units', id: null });
  });
  it('falls back to home, the landing page', () => {
    expect(parseHash('')).toEqual({ section: 'home', id: null });
    expect(parseHash('#/nowhere/x')).toEqual({ section: 'home', id: null });
    expect(parseHash('#/sponsors/-3')).toEqual({ section: 'sponsors', id: null });
  });
  it('round-trips', () => {
    expect(parseHash(href('sponsors', 5))).toEqual({ section: 'sponsors', id: 5 });
  });
});

describe('NAV_GROUPS', () => {
  it('puts every nav section in exactly one group', () => {
    const grouped = NAV_GROUPS.flatMap((g) => g.sections);
    expect([...grouped].sort()).toEqual(NAV.map((n) => n.section).sort());
  });
});
