import { describe, expect, it } from 'vitest';
import type { OrgUnit } from './bindings/OrgUnit';
import { descendants, flattenTree, indentLabel } from './orgTree';

const u = (id: number, name: string, parent_id: number | null): OrgUnit => ({
  id,
  name,
  kind: 'department',
  parent_id,
  notes: '',
  created_at: '',
  updated_at: '',
});

const units = [u(1, 'Acme', null), u(3, 'Web', 1), u(2, 'Products', 1), u(4, 'Frontend', 3), u(5, 'Lost', 99)];

describe('flattenTree', () => {
  it('walks depth-first with children by name; orphans at the top', () => {
    expect(flattenTree(units).map((r) => [r.unit.name, r.depth])).toEqual([
      ['Acme', 0],
      ['Products', 1],
      ['Web', 1],
      ['Frontend', 2],
      ['Lost', 0],
    ]);
  });
  it('hides the children of collapsed units', () => {
    expect(flattenTree(units, new Set([3])).map((r) => r.unit.name)).toEqual([
      'Acme',
      'Products',
      'Web',
      'Lost',
    ]);
  });
  it('survives a cycle', () => {
    expect(flattenTree([u(1, 'A', 2), u(2, 'B', 1)])).toEqual([]);
  });
  it('builds paths and indented labels', () => {
    const rows = flattenTree(units);
    expect(rows[3].path).toBe('Acme / Web / Frontend');
    expect(indentLabel(rows[3])).toBe('\u00a0'.repeat(6) + 'Frontend');
  });
});

describe('descendants', () => {
  it('includes the unit and everything below it', () => {
    expect([...descendants(units, 3)].sort()).toEqual([3, 4]);
    expect(descendants(units, 1).size).toBe(4);
  });
});
