import { describe, expect, it } from 'vitest';
import { emptyTouchpointDraft, itemIndex, toTouchpointInput } from './draft';

describe('touchpoint draft', () => {
  it('turns empty dates into null and puts asks before commitments', () => {
    const d = emptyTouchpointDraft('2026-05-01', [{ id: 4, name: 'Ada' }]);
    d.asks = ['Open the all-staff meeting'];
    d.commitments = ['Two hours a week'];
    const input = toTouchpointInput(d);
    expect(input.occurred_on).toBe('2026-05-01');
    expect(input.follow_up_on).toBeNull();
    expect(input.stance_observed).toBeNull();
    expect(input.sponsor_ids).toEqual([4]);
    expect(input.items.map((i) => [i.kind, i.text])).toEqual([
      ['ask', 'Open the all-staff meeting'],
      ['commitment', 'Two hours a week'],
    ]);
    expect(itemIndex(d, 'commitment', 0)).toBe(1);
  });
});
