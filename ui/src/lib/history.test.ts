import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './bindings/HistoryEntry';
import { diffEntry, diffValues, flatten, formatValue } from './history';

describe('diffValues', () => {
  it('lists only changed fields, old -> new, ignoring bookkeeping', () => {
    const changes = diffValues(
      { id: 1, name: 'Ada', tier: 2, status: 'active', updated_at: 'a' },
      { id: 1, name: 'Ada', tier: 1, status: 'departing', updated_at: 'b' },
    );
    expect(changes).toEqual([
      { field: 'tier', old: '2', new: '1' },
      { field: 'status', old: 'active', new: 'departing' },
    ]);
  });

  it('treats null and empty string as the same nothing', () => {
    expect(diffValues({ email: null }, { email: '' })).toEqual([]);
  });

  it('flattens nested objects such as contributions', () => {
    const changes = diffValues(
      { contributions: { legitimizes: false, gives_voice: true } },
      { contributions: { legitimizes: true, gives_voice: true } },
    );
    expect(changes).toEqual([{ field: 'contributions.legitimizes', old: 'no', new: 'yes' }]);
  });

  it('shows every field on create and delete', () => {
    expect(diffValues(null, { name: 'Ada', tier: 1 })).toHaveLength(2);
    expect(diffValues({ name: 'Ada' }, null)).toEqual([
      { field: 'name', old: 'Ada', new: '(empty)' },
    ]);
  });

  it('keeps fields that only the old record had', () => {
    expect(diffValues({ a: 1, b: 2 }, { a: 1 })).toEqual([{ field: 'b', old: '2', new: '(empty)' }]);
  });

  it('works on a history entry', () => {
    const e: HistoryEntry = {
      id: 1,
      at: '2026-01-01T00:00:00Z',
      entity: 'sponsors',
      entity_id: 3,
      action: 'update',
      old_values: { title: 'CIO' },
      new_values: { title: 'CEO' },
    };
    expect(diffEntry(e)).toEqual([{ field: 'title', old: 'CIO', new: 'CEO' }]);
  });
});

describe('helpers', () => {
  it('formats values in plain words', () => {
    expect(formatValue(true)).toBe('yes');
    expect(formatValue(null)).toBe('(empty)');
    expect(formatValue([1, 2])).toBe('[1,2]');
  });
  it('skips top-level ids only', () => {
    expect([...flatten({ id: 1, x: { id: 2 } }).keys()]).toEqual(['x.id']);
  });
});
