// The tour's steps and their order: each goes to a real section and points somewhere, and
// next/back/close move as the keys promise.
import { describe, expect, it } from 'vitest';
import { NAV } from './route';
import { TOUR_STEPS, tour } from './tour.svelte';

describe('the guided tour', () => {
  it('has three to five steps, each on a section of the nav with a fallback target', () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(3);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(5);
    const sections = NAV.map((n) => n.section);
    for (const s of TOUR_STEPS) {
      expect(sections).toContain(s.section);
      expect(s.targets.length).toBeGreaterThan(0);
      expect(s.targets[s.targets.length - 1]).toBe('.page h1');
    }
    expect(TOUR_STEPS.map((s) => s.section)).toEqual(['coverage', 'coverage', 'warnings', 'warnings']);
  });
  it('goes forward, back (never before the first) and ends after the last step', () => {
    tour.offered = true;
    tour.start();
    expect([tour.step, tour.open, tour.offered]).toEqual([0, true, false]);
    tour.back();
    expect(tour.step).toBe(0);
    tour.next();
    tour.next();
    tour.back();
    expect(tour.step).toBe(1);
    for (let i = 0; i < TOUR_STEPS.length; i++) tour.next();
    expect(tour.open).toBe(false);
    tour.next();
    expect(tour.step).toBeNull();
    tour.start();
    tour.close();
    expect(tour.open).toBe(false);
  });
});
