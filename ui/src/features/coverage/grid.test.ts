import { describe, expect, it } from 'vitest';
import type { SponsorRow } from '../../lib/bindings/SponsorRow';
import { cells, quadrant } from './grid';

const row = (id: number, name: string, influence: number, interest: number) =>
  ({ id, name, influence, interest }) as SponsorRow;

describe('influence grid', () => {
  it('places sponsors by influence and interest, by name', () => {
    const c = cells([row(1, 'Zed', 5, 2), row(2, 'Ann', 5, 2), row(3, 'Bo', 1, 1)]);
    expect(c.get('5-2')?.map((r) => r.name)).toEqual(['Ann', 'Zed']);
    expect(c.get('1-1')?.length).toBe(1);
  });
  it('names the quadrants', () => {
    expect(quadrant(5, 5)).toBe('Manage closely');
    expect(quadrant(1, 1)).toBe('Monitor');
  });
});
