// Search hits keep the core's order inside groups of one kind each.
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../lib/bindings/SearchHit';
import { groupHits } from './open';

const hit = (kind: SearchHit['kind'], id: number): SearchHit => ({
  kind,
  id,
  parent_id: null,
  title: `${kind} ${id}`,
  snippet: [],
  rank: 0,
});

describe('groupHits', () => {
  it('groups consecutive hits of a kind, keeping their order', () => {
    const groups = groupHits([hit('sponsor', 2), hit('sponsor', 1), hit('story', 5), hit('quote', 9)]);
    expect(groups.map((g) => g.kind)).toEqual(['sponsor', 'story', 'quote']);
    expect(groups[0].hits.map((h) => h.id)).toEqual([2, 1]);
  });
  it('gives nothing for no hits', () => {
    expect(groupHits([])).toEqual([]);
  });
});
