// The influence/interest grid's layout: which cell (by influence row, interest column) each
// sponsor falls in, and the quadrant words. Pure and tested; the component draws it.
import type { SponsorRow } from '../../lib/bindings/SponsorRow';

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** Sponsors in each cell, keyed `influence-interest`, each cell sorted by name. */
export function cells(rows: SponsorRow[]): Map<string, SponsorRow[]> {
  const out = new Map<string, SponsorRow[]>();
  for (const r of rows) {
    const key = `${r.influence}-${r.interest}`;
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}

/** The classic stakeholder quadrant of a cell. */
export function quadrant(influence: number, interest: number): string {
  const high = (n: number) => n >= 3;
  if (high(influence) && high(interest)) return 'Manage closely';
  if (high(influence)) return 'Keep satisfied';
  if (high(interest)) return 'Keep informed';
  return 'Monitor';
}
